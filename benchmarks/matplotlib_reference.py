#!/usr/bin/env python3
"""The figure benchmark in matplotlib: the same 4-panel figure as benchmarks/FigureBench
(a line of 100,000 points, a 200 x 200 heatmap with a colour bar, a 30 x 30 vector field,
three log-scale curves), 16 cm x 12 cm, saved as SVG, PDF and PNG (72 dpi: one pixel per
point, like figure-bench's 1x PNG). Each timed run builds the figure and saves it; the best
of --repeat runs is printed per format, as JSON, in seconds."""
import argparse
import io
import json
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

CM = 1 / 2.54


def data():
    n = 100_000
    x = np.arange(n) / n * 100
    y = np.sin(x) + 0.3 * np.sin(7.3 * x) + 0.1 * np.sin(91.7 * x)
    g = np.linspace(-3, 3, 200)
    gx, gy = np.meshgrid(g, g)
    heat = np.sin(gx * gy) * np.exp(-(gx * gx + gy * gy) / 8)
    v = np.linspace(-2, 2, 30)
    vx, vy = np.meshgrid(v, v)
    u, w = vy, vx - vx ** 3 - 0.4 * vy
    steps = np.arange(1, 1001, dtype=float)
    curves = [np.exp(-r * steps) + 1e-3 for r in (0.002, 0.004, 0.008)]
    return x, y, heat, (vx, vy, u, w), steps, curves


def make_figure(d):
    x, y, heat, (vx, vy, u, w), steps, curves = d
    fig, axes = plt.subplots(2, 2, figsize=(16 * CM, 12 * CM), layout="constrained")
    a, b, c, e = axes.ravel()
    a.plot(x, y, lw=0.6)
    a.set(title="100,000 points", xlabel="$t$", ylabel="$x(t)$")
    m = np.abs(heat).max()
    im = b.imshow(heat, origin="lower", extent=(-3.015, 3.015, -3.015, 3.015), cmap="coolwarm",
                  vmin=-m, vmax=m, interpolation="nearest", aspect="auto")
    fig.colorbar(im, ax=b, label="$f(x, y)$")
    b.set(title="200 × 200 heatmap", xlabel="$x$", ylabel="$y$")
    c.quiver(vx, vy, u, w, color="0.35")
    c.set(title="30 × 30 vector field", xlabel="$x_1$", ylabel="$x_2$")
    for curve, label in zip(curves, ("BPTT", "tBPTT", "RFLO")):
        e.plot(steps, curve, label=label)
    e.set(yscale="log", title="learning curves", xlabel="step", ylabel="loss")
    e.legend()
    for ax, letter in zip(axes.ravel(), "abcd"):
        ax.set_title(letter, loc="left", fontweight="bold")
    return fig


def best(fmt, d, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fig = make_figure(d)
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=72)
        plt.close(fig)
        times.append(time.perf_counter() - t0)
    return min(times), len(buf.getvalue())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", help="also write the three files here")
    args = ap.parse_args()
    d = data()
    best("png", d, 1)  # warm-up: font cache, imports
    out = {"bytes": {}}
    for fmt in ("svg", "pdf", "png"):
        out[fmt], out["bytes"][fmt] = best(fmt, d, args.repeat)
    if args.out:
        import os
        os.makedirs(args.out, exist_ok=True)
        for fmt in ("svg", "pdf", "png"):
            make_figure(d).savefig(os.path.join(args.out, f"matplotlib.{fmt}"), dpi=72)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
