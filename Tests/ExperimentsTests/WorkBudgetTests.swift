import Experiments
import Testing

/// Sizes that drive memory are bounded key by key, and an experiment whose estimated work
/// is above the budget is refused before it runs, at the key that drives it, unless it says
/// `allow_long: true`.
struct WorkBudgetTests {
    func error(_ yaml: String) -> LocatedError? {
        do {
            _ = try ExperimentParser.parse(yaml: yaml)
            return nil
        } catch {
            return error as? LocatedError
        }
    }

    @Test func anAlignedTaskWithTooManyModesIsRefusedNamingTheKeyAndTheBound() throws {
        let modes = Array(repeating: "[1, 0.5, 1]", count: 100_000).joined(separator: ", ")
        let yaml = "kind: train\nT: 4\ntask:\n  teacher: aligned\n  teacher_modes: [\(modes)]\nrules: [bptt]\neta: 0.01\nsteps: 2"
        let e = try #require(error(yaml))
        #expect(e.message == "'task.teacher_modes' lists 100000 modes (each one unit of N); at most 4096 are allowed")
        #expect(e.place == .text(line: 5, column: 18))
    }

    @Test func longListsAreRefused() throws {
        let eps = Array(repeating: "0.1", count: 20_000).joined(separator: ", ")
        let e = try #require(error("kind: plateau\nT: 5\nrules: [bptt]\neps: [\(eps)]"))
        #expect(e.message == "'eps' lists 20000 items; at most 10000 are allowed")
    }

    @Test func workAboveTheBudgetIsRefusedAtItsKeyUnlessAllowed() throws {
        let yaml = "kind: train\nN: 64\nn_in: 4\nn_out: 2\nT: 10\nrules: [bptt]\neta: 0.001\nsteps: 10000000"
        let e = try #require(error(yaml))
        #expect(e.message.contains("would run for about"))
        #expect(e.message.contains("above the budget of 10 minutes"))
        #expect(e.message.contains("'steps', 'N', 'n_in', 'n_out', 'T'"))
        #expect(e.message.contains("'allow_long: true'"))
        #expect(e.place == .text(line: 8, column: 1))
        #expect(error(yaml + "\nallow_long: true") == nil)
        let ode = try #require(error("kind: modes\nT: 10\nrules: [bptt]\ntau: 100\nintegrator: rk4\ndt: 1.0e-7"))
        #expect(ode.message.contains("'tau', 'dt'") && ode.place == .text(line: 4, column: 1))
    }

    @Test func memoryAboveTheLimitIsRefusedEvenWhenLongRunsAreAllowed() throws {
        let yaml = "kind: train\nN: 4096\nn_in: 4096\nn_out: 4096\nT: 10000\nrules: [bptt]\neta: 0.001\nsteps: 1\nallow_long: true"
        let e = try #require(error(yaml))
        #expect(e.message.contains("GB of memory, above the limit of 2 GB; lower 'N', 'n_in', 'n_out', 'T'"))
        #expect(e.place == .text(line: 2, column: 1))
    }
}
