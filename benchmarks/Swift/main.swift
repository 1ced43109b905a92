// rnn-bench: the learning-core benchmark of ../shared/benchmarks/WORKLOAD.md in Swift.
//
//   rnn-bench --rule bptt|tbptt|rflo --hidden N --outputs K [--seed S]
//       one timing configuration (fresh process): 2 warm-up steps, K steps per repeat so a
//       repeat takes >= 0.5 s (>= 3 steps), 5 repeats; prints one JSON line.
//   rnn-bench --load DIR [--steps 50]
//       runs every rule on the arrays numpy_reference.py --dump wrote, prints the losses as JSON.
//   rnn-bench --job STEPS [--hidden 128] [--outputs 4]
//       the report-sized job: STEPS steps of each rule; prints the final losses as JSON.
//   rnn-bench --peak
//       single-thread dgemm peak (best of several square products), JSON.
//
// Single-threaded: calls openblas_set_num_threads(1) (the driver also sets the variables).

import CBLAS
import Foundation
import LinearRNN

// OpenBLAS's fallback kernel on CPUs newer than its build is several times slower.
BLASKernel.relaunchWithPreferredKernel()

// MARK: - Workload

let horizon = 100
let batchSize = 32
let inputSize = 4
let poolSize = 8

struct Workload {
    var teacher: RNNWeights
    var student: RNNWeights
    var feedback: Matrix
    var batches: [SequenceBatch]
    var targets: [Matrix]
    var eta: Double
    let setting = SequenceSetting(horizon: horizon, alpha: 1, loss: .all)

    func rule(_ name: String) -> any LearningRule {
        switch name {
        case "bptt": return BPTT()
        case "tbptt": return TruncatedBPTT(horizon: 1)
        case "rflo": return RFLO(feedback: feedback)
        default: fail("unknown rule '\(name)' (allowed: bptt, tbptt, rflo)")
        }
    }

    static func eta(hidden n: Int) -> Double { 0.02 / Double(horizon * n) }

    /// The workload drawn from the project's seeded RandomSource, in the order of WORKLOAD.md.
    static func generated(hidden n: Int, outputs: Int, seed: UInt64) -> Workload {
        var random = RandomSource(seed: seed)
        let a = random.normalMatrix(rows: n, cols: n, standardDeviation: (1 / Double(n)).squareRoot())
        let radius = try! LinearAlgebra.spectralRadius(a)
        let wStar = a.scaled(by: 0.9 / radius)
        let bStar = random.normalMatrix(rows: n, cols: inputSize, standardDeviation: (1 / Double(inputSize)).squareRoot())
        let cStar = random.normalMatrix(rows: outputs, cols: n, standardDeviation: (1 / Double(n)).squareRoot())
        let w0 = random.normalMatrix(rows: n, cols: n, standardDeviation: (0.25 / Double(n)).squareRoot())
        let b0 = random.normalMatrix(rows: n, cols: inputSize, standardDeviation: (1 / Double(inputSize)).squareRoot())
        let c0 = random.normalMatrix(rows: outputs, cols: n, standardDeviation: (1 / Double(n)).squareRoot())
        let f = random.normalMatrix(rows: n, cols: outputs, standardDeviation: (1 / Double(n)).squareRoot())
        let batches = (0..<poolSize).map { _ in
            SequenceBatch(horizon: horizon, size: batchSize,
                          inputs: random.normalMatrix(rows: horizon * batchSize, cols: inputSize))
        }
        let teacher = RNNWeights(W: wStar, B: bStar, C: cStar)
        let setting = SequenceSetting(horizon: horizon, alpha: 1, loss: .all)
        let targets = batches.map { ForwardPass(weights: teacher, batch: $0, setting: setting).outputs }
        return Workload(teacher: teacher, student: RNNWeights(W: w0, B: b0, C: c0), feedback: f,
                        batches: batches, targets: targets, eta: eta(hidden: n))
    }

    /// The arrays numpy_reference.py --dump wrote (raw little-endian float64, C order).
    static func loaded(from directory: String) -> (Workload, [String: Any]) {
        let url = URL(fileURLWithPath: directory)
        guard let data = try? Data(contentsOf: url.appendingPathComponent("manifest.json")),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let arrays = manifest["arrays"] as? [String: Any]
        else { fail("cannot read \(directory)/manifest.json") }
        func array(_ name: String) -> (shape: [Int], values: [Double]) {
            guard let entry = arrays[name] as? [String: Any], let file = entry["file"] as? String,
                  let shape = entry["shape"] as? [Int],
                  let raw = try? Data(contentsOf: url.appendingPathComponent(file))
            else { fail("manifest has no readable array '\(name)'") }
            let count = shape.reduce(1, *)
            guard raw.count == count * 8 else { fail("\(file): \(raw.count) bytes, expected \(count * 8)") }
            var values = [Double](repeating: 0, count: count)
            raw.withUnsafeBytes { bytes in
                for i in 0..<count {
                    values[i] = Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)))
                }
            }
            return (shape, values)
        }
        func matrix(_ name: String) -> Matrix {
            let (shape, values) = array(name)
            guard shape.count == 2 else { fail("'\(name)' is not a matrix") }
            return Matrix(rows: shape[0], cols: shape[1], elements: values)
        }
        let x = array("X"), y = array("Y")
        guard x.shape.count == 4, y.shape.count == 4, x.shape[0] == poolSize, x.shape[1] == horizon,
              x.shape[2] == batchSize, x.shape[3] == inputSize
        else { fail("X must be (8, 100, 32, 4), Y (8, 100, 32, n_out)") }
        let xBlock = horizon * batchSize * inputSize, outputs = y.shape[3], yBlock = horizon * batchSize * outputs
        let batches = (0..<poolSize).map { p in
            SequenceBatch(horizon: horizon, size: batchSize,
                          inputs: Matrix(rows: horizon * batchSize, cols: inputSize,
                                         elements: Array(x.values[(p * xBlock)..<((p + 1) * xBlock)])))
        }
        let targets = (0..<poolSize).map { p in
            Matrix(rows: horizon * batchSize, cols: outputs, elements: Array(y.values[(p * yBlock)..<((p + 1) * yBlock)]))
        }
        guard let eta = manifest["eta"] as? Double else { fail("manifest has no eta") }
        let workload = Workload(
            teacher: RNNWeights(W: matrix("W_star"), B: matrix("B_star"), C: matrix("C_star")),
            student: RNNWeights(W: matrix("W0"), B: matrix("B0"), C: matrix("C0")),
            feedback: matrix("F"), batches: batches, targets: targets, eta: eta)
        return (workload, manifest)
    }

    /// One training step on pool batch `k mod 8`; returns the loss before the update.
    @inline(__always)
    func step(_ rule: any LearningRule, _ weights: inout RNNWeights, _ k: Int) -> Double {
        let p = k % poolSize
        let (direction, loss) = rule.sampledDirection(weights: weights, batch: batches[p], targets: targets[p], setting: setting)
        weights.apply(direction, step: eta)
        return loss
    }
}

// MARK: - Helpers

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("rnn-bench: \(message)\n".utf8))
    exit(2)
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + 1e-9 * Double(ts.tv_nsec)
}

func json(_ object: Any) -> String {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : 0.5 * (s[s.count / 2 - 1] + s[s.count / 2])
}

/// FLOPs per step, WORKLOAD.md section 3 (exact count).
func flopsPerStep(rule: String, n: Int, outputs: Int) -> Double {
    let m = Double(horizon * batchSize), nn = Double(n), ni = Double(inputSize), no = Double(outputs)
    let recurrence = Double(horizon - 1) * (2 * Double(batchSize) * nn * nn + Double(batchSize) * nn)
    var total = 2 * m * ni * nn + recurrence + 2 * m * nn * no + 3 * m * no
    total += 2 * m * no * nn
    if rule == "bptt" { total += recurrence }
    total += 2 * m * nn * nn + 2 * m * nn * ni + 2 * m * no * nn
    total += 2 * (nn * nn + nn * ni + no * nn)
    return total
}

// MARK: - Modes

func timing(rule name: String, hidden n: Int, outputs: Int, seed: UInt64) {
    let workload = Workload.generated(hidden: n, outputs: outputs, seed: seed)
    let rule = workload.rule(name)
    var weights = workload.student
    var k = 0
    for _ in 0..<2 { _ = workload.step(rule, &weights, k); k += 1 }
    // Calibrate: time one step, then choose K so that a repeat takes >= 0.5 s.
    var start = now()
    _ = workload.step(rule, &weights, k); k += 1
    let single = now() - start
    var stepsPerRepeat = max(3, Int((0.55 / max(single, 1e-9)).rounded(.up)))
    var rates = [Double]()
    var lastLoss = 0.0
    while rates.count < 5 {
        start = now()
        for _ in 0..<stepsPerRepeat { lastLoss = workload.step(rule, &weights, k); k += 1 }
        let elapsed = now() - start
        if elapsed < 0.5 && rates.isEmpty {
            // The one-step estimate was optimistic: enlarge K and start the repeats again.
            stepsPerRepeat = max(stepsPerRepeat + 1, Int((Double(stepsPerRepeat) * 0.55 / elapsed).rounded(.up)))
            continue
        }
        rates.append(Double(stepsPerRepeat) / elapsed)
    }
    print(json([
        "impl": "swift", "rule": name, "N": n, "n_out": outputs, "K": stepsPerRepeat,
        "steps_per_s": rates, "median": median(rates), "min": rates.min()!, "max": rates.max()!,
        "flops_per_step": flopsPerStep(rule: name, n: n, outputs: outputs),
        "final_loss": lastLoss, "total_steps": k,
    ] as [String: Any]))
}

func agreement(directory: String, steps: Int) {
    let (workload, manifest) = Workload.loaded(from: directory)
    // Check the targets too: the teacher run in Swift on the dumped inputs.
    var targetDiff = 0.0
    for (batch, target) in zip(workload.batches, workload.targets) {
        let y = ForwardPass(weights: workload.teacher, batch: batch, setting: workload.setting).outputs
        targetDiff = max(targetDiff, Matrix.maxRelativeDifference(y, target))
    }
    var losses = [String: [Double]]()
    for name in ["bptt", "tbptt", "rflo"] {
        let rule = workload.rule(name)
        var weights = workload.student
        losses[name] = (0..<steps).map { workload.step(rule, &weights, $0) }
    }
    print(json(["impl": "swift", "N": manifest["N"] ?? 0, "n_out": manifest["n_out"] ?? 0,
                "losses": losses, "teacher_output_max_rel_diff": targetDiff] as [String: Any]))
}

func job(steps: Int, hidden n: Int, outputs: Int, seed: UInt64) {
    let workload = Workload.generated(hidden: n, outputs: outputs, seed: seed)
    var result = [String: Double]()
    for name in ["bptt", "tbptt", "rflo"] {
        let rule = workload.rule(name)
        var weights = workload.student
        var loss = 0.0
        for k in 0..<steps { loss = workload.step(rule, &weights, k) }
        result[name] = loss
    }
    print(json(["impl": "swift", "steps": steps, "N": n, "n_out": outputs, "final_losses": result] as [String: Any]))
}

func peak() {
    var results = [String: Double]()
    for n in [512, 1024] {
        var random = RandomSource(seed: 7)
        let a = random.normalMatrix(rows: n, cols: n), b = random.normalMatrix(rows: n, cols: n)
        var c = Matrix(rows: n, cols: n)
        c.accumulateProduct(a, b, beta: 0)  // warm-up
        var best = 0.0
        let repeats = n == 512 ? 20 : 6
        for _ in 0..<repeats {
            let start = now()
            c.accumulateProduct(a, b, beta: 0)
            best = max(best, 2 * Double(n) * Double(n) * Double(n) / (now() - start))
        }
        results["gflops_\(n)"] = best / 1e9
    }
    print(json(["impl": "swift", "peak_gflops": results.values.max()!, "detail": results] as [String: Any]))
}

/// Development check: the directions of every rule (K = 1, 3, T for tBPTT, RFLO with and without
/// the postsynaptic gain) in linear, leaky, final-loss and tanh settings, as JSON, so that a
/// change to the core's hot path can be compared number by number with the code before it.
func directions() {
    var random = RandomSource(seed: 11)
    let n = 24, outputs = 3, size = 5
    let settings = [
        SequenceSetting(horizon: 9, alpha: 1, loss: .all),
        SequenceSetting(horizon: 9, alpha: 0.6, loss: .all),
        SequenceSetting(horizon: 9, alpha: 0.6, loss: .final),
        SequenceSetting(horizon: 9, alpha: 0.6, loss: .all, nonlinearity: .tanh),
    ]
    let teacher = RNNWeights(W: random.normalMatrix(rows: n, cols: n, standardDeviation: 0.15),
                             B: random.normalMatrix(rows: n, cols: inputSize),
                             C: random.normalMatrix(rows: outputs, cols: n, standardDeviation: 0.2))
    let student = RNNWeights(W: random.normalMatrix(rows: n, cols: n, standardDeviation: 0.1),
                             B: random.normalMatrix(rows: n, cols: inputSize),
                             C: random.normalMatrix(rows: outputs, cols: n, standardDeviation: 0.2))
    let f = random.normalMatrix(rows: n, cols: outputs, standardDeviation: 0.2)
    let rules: [any LearningRule] = [BPTT(), TruncatedBPTT(horizon: 1), TruncatedBPTT(horizon: 3),
                                     TruncatedBPTT(horizon: 9), RFLO(feedback: f),
                                     RFLO(feedback: f, postsynapticGain: false)]
    var out = [[String: Any]]()
    for (index, setting) in settings.enumerated() {
        let batch = SequenceBatch.white(horizon: setting.horizon, size: size, inputSize: inputSize, random: &random)
        let targets = ForwardPass(weights: teacher, batch: batch, setting: setting).outputs
        for rule in rules {
            let (d, loss) = rule.sampledDirection(weights: student, batch: batch, targets: targets, setting: setting)
            out.append(["setting": index, "rule": rule.name, "loss": loss,
                        "dW": d.dW.elements, "dB": d.dB.elements, "dC": d.dC.elements])
        }
    }
    print(json(out))
}

// MARK: - Command line

openblas_set_num_threads(1)
var arguments = Array(CommandLine.arguments.dropFirst())
var options = [String: String]()
var flags = Set<String>()
while let first = arguments.first {
    arguments.removeFirst()
    guard first.hasPrefix("--") else { fail("unexpected argument '\(first)'") }
    let key = String(first.dropFirst(2))
    if key == "peak" || key == "help" || key == "directions" { flags.insert(key); continue }
    guard let value = arguments.first else { fail("--\(key) needs a value") }
    arguments.removeFirst()
    options[key] = value
}
@MainActor func intOption(_ key: String, _ fallback: Int) -> Int {
    guard let text = options[key] else { return fallback }
    guard let v = Int(text), v > 0 else { fail("--\(key) must be a positive integer, got '\(text)'") }
    return v
}
let seed = UInt64(intOption("seed", 1))
if flags.contains("help") {
    print("usage: rnn-bench --rule bptt|tbptt|rflo --hidden N --outputs K | --load DIR [--steps 50] | --job STEPS | --peak")
} else if flags.contains("directions") {
    directions()
} else if flags.contains("peak") {
    peak()
} else if let directory = options["load"] {
    agreement(directory: directory, steps: intOption("steps", 50))
} else if options["job"] != nil {
    job(steps: intOption("job", 2000), hidden: intOption("hidden", 128), outputs: intOption("outputs", 4), seed: seed)
} else if let rule = options["rule"] {
    timing(rule: rule, hidden: intOption("hidden", 128), outputs: intOption("outputs", 4), seed: seed)
} else {
    fail("nothing to do (try --help)")
}
