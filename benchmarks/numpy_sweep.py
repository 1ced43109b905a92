#!/usr/bin/env python3
"""numpy reference of the sweep benchmark (benchmarks/sweep_bench.py): the same sweep as its
`train` experiment, run one run after another on one thread.

Every run: a random teacher (spectral radius 0.9) and student (0.5) at N hidden units, n_in
inputs and n_out outputs, RFLO feedback F; then for each rule (bptt, tbptt with K = 1, rflo)
`steps` steps of sampled SGD on fresh white-noise batches (batch x T x n_in), the teacher's
outputs as targets, the exact expected loss every `record_every` steps (from the impulse
responses, as the Swift core does) and the singular values of W - W0 and B - B0 at the end.

    numpy_sweep.py --points 24 --seeds 3 --hidden 64 --steps 500   (one JSON line: seconds, runs)
"""
import argparse
import json
import time

import numpy as np


def task(rng, n, n_in, n_out):
    a = rng.standard_normal((n, n)) / np.sqrt(n)
    w_star = 0.9 * a / np.max(np.abs(np.linalg.eigvals(a)))
    b_star = rng.standard_normal((n, n_in)) / np.sqrt(n_in)
    c_star = rng.standard_normal((n_out, n)) / np.sqrt(n)
    s = rng.standard_normal((n, n)) / np.sqrt(n)
    w0 = 0.5 * s / np.max(np.abs(np.linalg.eigvals(s)))
    b0 = rng.standard_normal((n, n_in)) / np.sqrt(n_in)
    c0 = rng.standard_normal((n_out, n)) / np.sqrt(n)
    f = rng.standard_normal((n, n_out)) / np.sqrt(n)
    return (w_star, b_star, c_star), (w0, b0, c0), f


def forward(w, b, c, x):
    t_len, batch, _ = x.shape
    h = np.empty((t_len + 1, batch, w.shape[0]))
    h[0] = 0.0
    u = x @ b.T
    wt = w.T
    for t in range(1, t_len + 1):
        np.matmul(h[t - 1], wt, out=h[t])
        h[t] += u[t - 1]
    return h, h[1:] @ c.T


def exact_loss(student, teacher, t_len):
    """1/2 sum_k (T - k) ||C* W*^k B* - C W^k B||_F^2 for white unit-variance inputs."""
    (w, b, c), (ws, bs, cs) = student, teacher
    p, q, total = bs, b, 0.0
    for k in range(t_len):
        d = cs @ p - c @ q
        total += (t_len - k) * np.sum(d * d)
        p, q = ws @ p, w @ q
    return 0.5 * total


def train(rule, teacher, start, f, eta, steps, record_every, t_len, batch, rng):
    w, b, c = (m.copy() for m in start)
    losses = []
    n_in = b.shape[1]
    for step in range(steps + 1):
        x = rng.standard_normal((t_len, batch, n_in))
        _, y = forward(*teacher, x)
        h, yhat = forward(w, b, c, x)
        eps = y - yhat
        if step % record_every == 0 or step == steps:
            losses.append(exact_loss((w, b, c), teacher, t_len))
            if not np.isfinite(losses[-1]) or losses[-1] > 1e6 * losses[0]:
                break                    # diverged: stops like the Swift core's guard
        if step == steps:
            break
        if rule == "bptt":
            a = np.empty_like(h[1:])
            a[-1] = eps[-1] @ c
            for t in range(t_len - 2, -1, -1):
                a[t] = eps[t] @ c + a[t + 1] @ w
        elif rule == "tbptt":
            a = eps @ c
        else:
            a = eps @ f.T
        rows = t_len * batch
        a2, e2 = a.reshape(rows, -1), eps.reshape(rows, -1)
        dw = a2.T @ h[:-1].reshape(rows, -1) / batch
        db = a2.T @ x.reshape(rows, -1) / batch
        dc = e2.T @ h[1:].reshape(rows, -1) / batch
        w += eta * dw
        b += eta * db
        c += eta * dc
    if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
        return losses, None, None
    return losses, np.linalg.svd(w - start[0], compute_uv=False), np.linalg.svd(b - start[1], compute_uv=False)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--points", type=int, default=24)
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--inputs", type=int, default=4)
    p.add_argument("--outputs", type=int, default=4)
    p.add_argument("--horizon", type=int, default=10)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--steps", type=int, default=500)
    p.add_argument("--record-every", type=int, default=50)
    args = p.parse_args()
    etas = np.logspace(-5, -3, args.points)
    start = time.perf_counter()
    for eta in etas:
        for seed in range(args.seeds):
            rng = np.random.default_rng(seed)
            teacher, student, f = task(rng, args.hidden, args.inputs, args.outputs)
            for rule in ("bptt", "tbptt", "rflo"):
                train(rule, teacher, student, f, eta, args.steps, args.record_every, args.horizon, args.batch, rng)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "points": args.points, "runs": args.points * args.seeds}))


if __name__ == "__main__":
    main()
