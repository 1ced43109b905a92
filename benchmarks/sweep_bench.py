#!/usr/bin/env python3
"""Sweep benchmark: a `train` sweep of 24 learning rates x 3 seeds at N = 64 (bptt, tbptt,
rflo; 500 sampled-SGD steps each) rendered by `report render` with --jobs 1 and --jobs 2
(cold cache each time), and the same sweep in numpy (benchmarks/numpy_sweep.py) in the same
run. Prints the speed-up of 2 jobs over 1 (target >= 1.8 on 2 cores) and the time per sweep
point of Swift (1 job) against numpy (target: numpy at least 2x slower).

    python3 benchmarks/sweep_bench.py --report .build/release/report [--points 24 --seeds 3]

Swift with 1 job and numpy run on one core (taskset -c 0, *_NUM_THREADS=1).
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NUMPY_SCRIPT = os.path.join(HERE, "numpy_sweep.py")


def chapter(points, seeds, hidden, steps):
    etas = [10 ** (-5 + 2 * i / (points - 1)) for i in range(points)] if points > 1 else [1e-5]
    return f"""# Sweep benchmark

```{{experiment}} lr
kind: train
N: {hidden}
n_in: 4
n_out: 4
T: 10
gradient: sampled
batch: 32
rules: [bptt, tbptt, rflo]
steps: {steps}
record_every: 50
sweep:
  eta: [{", ".join(f"{eta:.6g}" for eta in etas)}]
seeds: {seeds}
```
"""


def single_core(command):
    return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + command


def environment():
    env = dict(os.environ)
    for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[key] = "1"
    return env


def timed(command, what, **options):
    """Wall time and CPU time (user + system) of one child process, and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=environment(), capture_output=True, text=True, **options)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"sweep_bench.py: {what} failed ({result.returncode}):\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def render(report, folder, out, jobs):
    command = [report, "render", "chapters", "--out", out, "--quiet", "--no-figure-files", "--jobs", str(jobs)]
    wall, cpu, _ = timed(single_core(command) if jobs == 1 else command, f"report render --jobs {jobs}", cwd=folder)
    return wall, cpu


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--report", required=True, help="path of the report executable (release build)")
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--points", type=int, default=24)
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--steps", type=int, default=500)
    args = p.parse_args()
    report = os.path.abspath(args.report)
    folder = tempfile.mkdtemp(prefix="sweep-bench-")
    try:
        os.makedirs(os.path.join(folder, "chapters"))
        with open(os.path.join(folder, "chapters", "01-sweep.md"), "w") as f:
            f.write(chapter(args.points, args.seeds, args.hidden, args.steps))
        one = render(report, folder, "out1", 1)
        two = render(report, folder, "out2", 2)
        with open(os.path.join(folder, "out1", "results", "lr.json")) as f:
            runs = json.load(f)["points"]
        stopped = sum(1 for run in runs for rule in run["rules"].values() if rule.get("diverged"))
        numpy_wall, numpy_cpu, _ = timed(single_core([args.python, NUMPY_SCRIPT, "--points", str(args.points), "--seeds",
                                                      str(args.seeds), "--hidden", str(args.hidden), "--steps", str(args.steps)]),
                                         "numpy_sweep.py")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    points = args.points
    load = os.getloadavg()[0]
    print(f"Sweep benchmark: train, N = {args.hidden}, 3 rules x {args.steps} sampled-SGD steps, "
          f"{points} points x {args.seeds} seeds = {len(runs)} runs ({os.cpu_count()} cores, load average {load:.1f}; "
          f"{stopped} rule runs stopped early)")
    print("  wall and CPU time of the whole process (render or script); per point = over its seeds")
    for name, (wall, cpu) in (("Swift, --jobs 1", one), ("Swift, --jobs 2", two), ("numpy, 1 core", (numpy_wall, numpy_cpu))):
        print(f"  {name:15}: wall {wall:8.2f} s ({wall / points:7.3f} s per point)   CPU {cpu:8.2f} s ({cpu / points:7.3f} s per point)")
    speedup = one[0] / two[0]
    print(f"  speed-up of 2 jobs over 1 (wall): {speedup:.2f}x   target >= 1.8x: {'met' if speedup >= 1.8 else 'MISSED'}")
    ratio = numpy_wall / one[0]
    print(f"  numpy / Swift time per point, 1 core each: wall {ratio:.2f}, CPU {numpy_cpu / one[1]:.2f}   "
          f"target >= 2: {'met' if ratio >= 2 else 'MISSED'} (wall)")
    if load > os.cpu_count():
        print(f"  note: the load average ({load:.1f}) exceeds the {os.cpu_count()} cores; wall times and the speed-up "
              "are dominated by other processes; the CPU times compare the implementations")


if __name__ == "__main__":
    main()
