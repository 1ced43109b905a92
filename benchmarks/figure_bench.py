#!/usr/bin/env python3
"""Runs the figure benchmark side by side: figure-bench (Swift, Cairo/Pango) and
matplotlib_reference.py (matplotlib, Agg), the same 4-panel figure, and prints the best time
per format and the ratio matplotlib / Swift (target: at least 3 for each format).

    python3 benchmarks/figure_bench.py --swift .build/release/figure-bench [--repeat 5] [--out DIR]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit(f"figure_bench: {' '.join(cmd)} failed with status {res.returncode}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--swift", default=".build/release/figure-bench")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", help="write both figures' files here for a look")
    args = ap.parse_args()
    extra = ["--out", args.out] if args.out else []
    swift = run([args.swift, "--repeat", str(args.repeat)] + extra)
    mpl = run([sys.executable, os.path.join(HERE, "matplotlib_reference.py"), "--repeat", str(args.repeat)] + extra)
    print("figure benchmark: 4 panels (100,000-point line, 200x200 heatmap, 30x30 vector field, log curves)")
    print(f"{'format':<8}{'swift (ms)':>12}{'matplotlib (ms)':>17}{'ratio':>8}{'swift KB':>10}{'mpl KB':>9}")
    worst = float("inf")
    for fmt in ("svg", "pdf", "png"):
        s, m = swift[fmt], mpl[fmt]
        ratio = m / s
        worst = min(worst, ratio)
        print(f"{fmt:<8}{s * 1e3:>12.1f}{m * 1e3:>17.1f}{ratio:>7.1f}x"
              f"{swift['bytes'][fmt] / 1024:>10.0f}{mpl['bytes'][fmt] / 1024:>9.0f}")
    verdict = "meets" if worst >= 3 else "misses"
    print(f"slowest ratio {worst:.1f}x: {verdict} the 3x target")


if __name__ == "__main__":
    main()
