#!/usr/bin/env python3
"""Times `report render` on the book in chapters/: cold (empty cache, every experiment
runs) and warm (everything reused), and reports the HTML size against the targets
(warm re-render under 1 s, HTML under 2 MB)."""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def render(report, out, formats):
    start = time.perf_counter()
    result = subprocess.run([report, "render", "chapters", "--out", out, "--quiet", "--format", formats],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit(f"report render failed with status {result.returncode}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--report", required=True, help="path to the report binary (release build)")
    parser.add_argument("--format", default="html")
    parser.add_argument("--warm-runs", type=int, default=5)
    args = parser.parse_args()
    out = tempfile.mkdtemp(prefix="render-bench-")
    try:
        cold = render(args.report, out, args.format)
        warm = [render(args.report, out, args.format) for _ in range(args.warm_runs)]
        html = glob.glob(os.path.join(out, "*.html"))
        size = os.path.getsize(html[0]) if html else 0
        median = statistics.median(warm)
        print("Render benchmark (book in chapters/, %d cores)" % os.cpu_count())
        print(f"  cold render (empty cache): {cold:7.2f} s")
        print(f"  warm render (median of {len(warm)}): {median:7.3f} s   [min {min(warm):.3f}, max {max(warm):.3f}]"
              f"   target < 1 s: {'met' if median < 1 else 'MISSED'}")
        print(f"  HTML size: {size / 1e6:7.3f} MB   target < 2 MB: {'met' if size < 2e6 else 'MISSED'}")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
