import Engine
import Foundation

/// Ctrl-C while a job array runs: the first SIGINT (or SIGTERM, or SIGHUP when the terminal
/// closes) is only recorded, so the Slurm executor can cancel its arrays and finish the
/// render; a second one ends the process at once.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var sources: [DispatchSourceSignal] = []

    var requested: Bool { lock.withLock { count > 0 } }

    static func install() -> Interruption {
        RunCancellation.shared.handOverInterrupts()
        let interruption = Interruption()
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let n = interruption.lock.withLock { interruption.count += 1; return interruption.count }
                if n == 1 {
                    FileHandle.standardError.write(Data("\ninterrupted: cancelling the Slurm job array (Ctrl-C again to quit at once)\n".utf8))
                } else {
                    exit(130)
                }
            }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }
}
