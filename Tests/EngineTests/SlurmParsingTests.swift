@testable import Engine
import Foundation
import Testing

/// What `scontrol` and `sacct` print, read into task states; array index lists both ways.
@Suite struct SlurmParsingTests {
    @Test func arrayIndicesRoundTrip() {
        #expect(ArrayIndices.format([7, 0, 1, 2, 3, 9, 10]) == "0-3,7,9-10")
        #expect(ArrayIndices.parse("0-3,7,9-10") == [0, 1, 2, 3, 7, 9, 10])
        #expect(ArrayIndices.parse("2-5%2") == [2, 3, 4, 5])
        #expect(ArrayIndices.parse("0-6:3") == [0, 3, 6])
        #expect(ArrayIndices.parse("x") == nil)
        #expect(ArrayIndices.parse("5-2") == nil)
    }

    @Test func scontrolLinesGiveEachTaskItsState() {
        let text = """
            JobId=15 ArrayJobId=12 ArrayTaskId=3-5%2 ArrayTaskThrottle=2 JobName=report JobState=PENDING Reason=JobArrayTaskLimit
            JobId=14 ArrayJobId=12 ArrayTaskId=2 JobName=report JobState=RUNNING Reason=None
            JobId=13 ArrayJobId=12 ArrayTaskId=1 JobName=report JobState=OUT_OF_MEMORY Reason=OutOfMemory
            JobId=12 ArrayJobId=12 ArrayTaskId=0 JobName=report JobState=COMPLETED Reason=None
            JobId=99 ArrayJobId=98 ArrayTaskId=0 JobName=other JobState=FAILED Reason=None
            """
        let states = SystemSlurm.parseScontrol(text, job: "12")
        #expect(states == [0: .completed, 1: .outOfMemory, 2: .running, 3: .pending, 4: .pending, 5: .pending])
    }

    @Test func sacctLinesGiveEachTaskItsState() {
        let states = SystemSlurm.parseSacct("12_0|COMPLETED\n12_1|CANCELLED by 0\n12_[2-3]|PENDING\n13_0|FAILED\n", job: "12")
        #expect(states == [0: .completed, 1: .cancelled, 2: .pending, 3: .pending])
    }

    @Test func statesSayWhetherTheyEndedAndWhetherToResubmit() {
        #expect(SlurmTaskState.pending.isQueued && SlurmTaskState.running.isRunning)
        #expect([SlurmTaskState.completed, .failed, .timeout, .outOfMemory, .cancelled, .nodeFail, .preempted].allSatisfy { $0.isFinished })
        #expect(SlurmTaskState.nodeFail.isClusterFailure && SlurmTaskState.preempted.isClusterFailure)
        #expect(!SlurmTaskState.failed.isClusterFailure && !SlurmTaskState.timeout.isClusterFailure)
    }

    @Test func progressLineCountsTasksAndEstimatesFromFinishedOnes() {
        let line = ArrayProgress.line(job: "12", counts: .init(queued: 2, running: 2, done: 3, failed: 1), elapsed: 8)
        #expect(line == "slurm job 12: 2 queued, 2 running, 3 done, 1 failed  elapsed 8.0s  ETA 8.0s")
        #expect(ArrayProgress.line(job: "12", counts: .init(queued: 1), elapsed: 1).hasSuffix("ETA --"))
    }
}
