/// The seeds of a training experiment: `task_seed` draws the random task (teacher, initial
/// student, RFLO feedback), `data_seed` the input sequences; `seed` is a shorthand for both
/// (the only key before they were split, so its results are unchanged).
struct SeedSpec: Sendable, Equatable {
    let task: UInt64
    let data: UInt64

    static func read(_ p: ParameterMap) throws -> SeedSpec {
        let allowed = "an integer >= 0"
        if p.has("seed"), let key = ["task_seed", "data_seed"].first(where: p.has) {
            throw p.error(at: p.node(key), "'\(key)' and 'seed' are both given; 'seed' sets both 'task_seed' and 'data_seed', so give either 'seed' or the other two")
        }
        let seed = try p.int("seed", default: 0, allowed: allowed, where: { $0 >= 0 })
        return SeedSpec(task: UInt64(try p.int("task_seed", default: seed, allowed: allowed, where: { $0 >= 0 })),
                        data: UInt64(try p.int("data_seed", default: seed, allowed: allowed, where: { $0 >= 0 })))
    }
}
