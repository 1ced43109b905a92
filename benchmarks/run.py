#!/usr/bin/env python3
"""Driver of `make bench`: the learning-core workload (../shared/benchmarks/WORKLOAD.md) in
Swift (rnn-bench) and numpy (numpy_reference.py), side by side in one run.

    python3 benchmarks/run.py --swift .build/release/rnn-bench [--quick] [--job-runs 3]

Every measurement is a fresh process on one thread: `taskset -c 0` and
OPENBLAS/OMP/MKL_NUM_THREADS=1 (rnn-bench also calls openblas_set_num_threads(1)).
Prints the speed table, the agreement check on identical (numpy-dumped) inputs and the
report-sized job (2000 steps of each rule at N = 128, n_out = 4, whole-process wall time).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NUMPY_SCRIPT = os.path.join(HERE, "numpy_reference.py")
RULES = ("bptt", "tbptt", "rflo")
T, BATCH, N_IN = 100, 32, 4


def flops_per_step(rule, n, n_out):
    """WORKLOAD.md section 3, exact count."""
    m = T * BATCH
    recurrence = (T - 1) * (2 * BATCH * n * n + BATCH * n)
    total = 2 * m * N_IN * n + recurrence + 2 * m * n * n_out + 3 * m * n_out
    total += 2 * m * n_out * n
    if rule == "bptt":
        total += recurrence
    total += 2 * m * n * n + 2 * m * n * N_IN + 2 * m * n_out * n
    total += 2 * (n * n + n * N_IN + n_out * n)
    return total


def environment():
    env = dict(os.environ)
    for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
        env[key] = "1"
    return env


def pinned(command):
    if shutil.which("taskset"):
        return ["taskset", "-c", "0"] + command
    return command


def run_json(command, what):
    result = subprocess.run(pinned(command), env=environment(), capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"run.py: {what} failed (exit {result.returncode}):\n{result.stderr.strip()}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        sys.exit(f"run.py: {what} printed no JSON:\n{result.stdout}\n{result.stderr}")
    return json.loads(lines[-1])


def commands(swift, python):
    return {"swift": lambda *args: [swift, *args],
            "numpy": lambda *args: [python, NUMPY_SCRIPT, *args]}


def rate(r):
    return f"{r['median']:9.1f} [{r['min']:.1f}-{r['max']:.1f}]"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--swift", required=True, help="path of the rnn-bench executable (release build)")
    p.add_argument("--python", default=sys.executable, help="python for numpy_reference.py")
    p.add_argument("--quick", action="store_true", help="N = 32 and 128, n_out = 4 only; one job run")
    p.add_argument("--job-runs", type=int, default=None, help="cold runs of the report-sized job (default 3, quick 1)")
    p.add_argument("--rounds", type=int, default=1,
                   help="fresh processes per configuration and implementation (ABBA order); the one with "
                        "the highest median is shown, to filter out load from other processes (default 1)")
    p.add_argument("--json", metavar="FILE", help="also write every raw result to FILE")
    args = p.parse_args()
    if not os.path.exists(args.swift):
        sys.exit(f"run.py: no executable at {args.swift} (build it: swift build -c release --product rnn-bench)")
    cmd = commands(os.path.abspath(args.swift), args.python)
    sizes = (32, 128) if args.quick else (32, 128, 512)
    outputs = (4,) if args.quick else (4, 2)
    job_runs = args.job_runs or (1 if args.quick else 3)
    if args.rounds < 1 or job_runs < 1:
        sys.exit("run.py: --rounds and --job-runs must be at least 1")
    raw = {"timing": [], "peak": {}, "agreement": [], "job": {}}
    began = time.time()

    print("Learning-core benchmark (WORKLOAD.md): linear RNN, T = 100, batch 32, n_in = 4, SGD,")
    print("1 thread (taskset -c 0, *_NUM_THREADS=1), fresh process per configuration.")
    print(f"Rounds per configuration: {args.rounds}"
          + (" (best fresh process of each implementation shown)" if args.rounds > 1 else "")
          + ". Other load on the machine shows up as noise: compare within one run.\n")

    # dgemm peak with each implementation's BLAS; the efficiency uses the larger one.
    for impl in ("swift", "numpy"):
        raw["peak"][impl] = run_json(cmd[impl]("--peak"), f"{impl} --peak")
    peak = max(r["peak_gflops"] for r in raw["peak"].values())
    print("dgemm peak, 1 thread (best of square 512/1024 products): "
          + ", ".join(f"{impl} BLAS {r['peak_gflops']:.1f} GFLOP/s" for impl, r in raw["peak"].items())
          + f"; efficiency below is relative to {peak:.1f} GFLOP/s\n")

    header = (f"{'rule':6} {'N':>4} {'out':>3} | {'Swift steps/s (median [min-max])':>34} | "
              f"{'numpy steps/s (median [min-max])':>34} | {'Swift/np':>8} | {'MFLOP/step':>10} | "
              f"{'Swift GF/s':>10} {'eff':>5} | {'numpy GF/s':>10} {'eff':>5}")
    print(header)
    print("-" * len(header))
    for n in sizes:
        for n_out in outputs:
            for rule in RULES:
                config = ("--rule", rule, "--hidden", str(n), "--outputs", str(n_out))
                runs = {"swift": [], "numpy": []}
                for round_ in range(args.rounds):   # ABBA order over rounds against drifting load
                    order = ("swift", "numpy") if round_ % 2 == 0 else ("numpy", "swift")
                    for impl in order:
                        runs[impl].append(run_json(cmd[impl](*config), f"{impl} {' '.join(config)}"))
                # With several rounds: each implementation's fresh process with the highest median.
                r = {impl: max(results, key=lambda x: x["median"]) for impl, results in runs.items()}
                flops = flops_per_step(rule, n, n_out)
                gs, gn = r["swift"]["median"] * flops / 1e9, r["numpy"]["median"] * flops / 1e9
                ratio = r["swift"]["median"] / r["numpy"]["median"]
                raw["timing"].append({"rule": rule, "N": n, "n_out": n_out, "flops_per_step": flops,
                                      "swift": r["swift"], "numpy": r["numpy"], "ratio": ratio})
                print(f"{rule:6} {n:4d} {n_out:3d} | {rate(r['swift']):>34} | {rate(r['numpy']):>34} | "
                      f"{ratio:8.2f} | {flops / 1e6:10.2f} | {gs:10.2f} {gs / peak:5.1%} | {gn:10.2f} {gn / peak:5.1%}",
                      flush=True)

    ratios = [entry["ratio"] for entry in raw["timing"]]
    at128 = [entry["ratio"] for entry in raw["timing"] if entry["N"] == 128]
    print(f"\nSwift/numpy (median steps/s): lowest overall {min(ratios):.2f} (target >= 1.0), "
          f"lowest at N = 128 {min(at128):.2f} (target >= 1.5)")

    # Agreement on identical inputs: numpy dumps, Swift loads.
    print("\nAgreement (numpy --dump, Swift --load; losses of the first 50 steps per rule, same arrays):")
    for n, n_out in ((128, 4), (32, 2)):
        with tempfile.TemporaryDirectory(prefix="rnn-bench-") as directory:
            run_json(cmd["numpy"]("--dump", directory, "--hidden", str(n), "--outputs", str(n_out), "--steps", "50"),
                     "numpy --dump")
            swift = run_json(cmd["swift"]("--load", directory, "--steps", "50"), "swift --load")
            with open(os.path.join(directory, "manifest.json")) as f:
                reference = json.load(f)["losses"]
        worst = {}
        for rule in RULES:
            a, b = swift["losses"][rule], reference[rule]
            if len(a) != len(b):
                sys.exit(f"run.py: {rule}: {len(a)} Swift losses, {len(b)} numpy losses")
            worst[rule] = max(abs(x - y) / abs(y) for x, y in zip(a, b))
        overall = max(worst.values())
        raw["agreement"].append({"N": n, "n_out": n_out, "max_rel_diff": worst,
                                 "teacher_output_max_rel_diff": swift["teacher_output_max_rel_diff"]})
        verdict = "OK (< 1e-9)" if overall < 1e-9 else "MISMATCH (>= 1e-9)"
        print(f"  N = {n:3d}, n_out = {n_out}: max relative loss difference "
              + ", ".join(f"{rule} {v:.2e}" for rule, v in worst.items())
              + f"; teacher outputs {swift['teacher_output_max_rel_diff']:.1e}  -> {verdict}")

    # Report-sized job: 2000 steps of each rule at N = 128, n_out = 4, whole-process wall time.
    print(f"\nReport-sized job (2000 steps x 3 rules, N = 128, n_out = 4; whole process incl. start-up "
          f"and data; median of {job_runs} cold run{'s' if job_runs > 1 else ''}):")
    raw["job"] = {"swift": [], "numpy": []}
    for _ in range(job_runs):          # alternate, so that drifting machine load hits both
        for impl in ("swift", "numpy"):
            start = time.perf_counter()
            run_json(cmd[impl]("--job", "2000", "--hidden", "128", "--outputs", "4"), f"{impl} --job")
            raw["job"][impl].append(time.perf_counter() - start)
    for impl, times in raw["job"].items():
        print(f"  {impl:5}: {statistics.median(times):6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    ratio = statistics.median(raw["job"]["numpy"]) / statistics.median(raw["job"]["swift"])
    print(f"  numpy time / Swift time: {ratio:.2f}")
    print(f"\nTotal benchmark time {time.time() - began:.0f} s.")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(raw, f, indent=1)


if __name__ == "__main__":
    main()
