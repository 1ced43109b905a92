#!/usr/bin/env python3
"""numpy reference for the learning-core benchmark (../shared/benchmarks/WORKLOAD.md).

Linear RNN h_t = W h_{t-1} + B x_t, yhat_t = C h_t (T = 100, batch 32, n_in = 4), trained by
plain SGD with BPTT, one-step truncated BPTT or RFLO. Plain float64 numpy, vectorised over the
batch, one Python loop iteration per time step.

    numpy_reference.py --rule bptt|tbptt|rflo --hidden N --outputs K   timing (one JSON line)
    numpy_reference.py --dump DIR --hidden N --outputs K [--steps 50]   arrays + 50-step losses
    numpy_reference.py --job STEPS [--hidden 128] [--outputs 4]         report-sized job
    numpy_reference.py --peak                                           dgemm peak (numpy's BLAS)

Single-threaded only through the environment (OPENBLAS_NUM_THREADS=1 etc.) and taskset, which
benchmarks/run.py sets before starting this script.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

T = 100
BATCH = 32
N_IN = 4
POOL = 8
RULES = ("bptt", "tbptt", "rflo")


def eta_for(n):
    return 0.02 / (T * n)


def make_workload(n, n_out):
    """All arrays, drawn from default_rng(0) in the order WORKLOAD.md fixes."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n)) * np.sqrt(1.0 / n)
    b_star = rng.standard_normal((n, N_IN)) * np.sqrt(1.0 / N_IN)
    c_star = rng.standard_normal((n_out, n)) * np.sqrt(1.0 / n)
    w0 = rng.standard_normal((n, n)) * np.sqrt(0.25 / n)
    b0 = rng.standard_normal((n, N_IN)) * np.sqrt(1.0 / N_IN)
    c0 = rng.standard_normal((n_out, n)) * np.sqrt(1.0 / n)
    f = rng.standard_normal((n, n_out)) * np.sqrt(1.0 / n)
    x = rng.standard_normal((POOL, T, BATCH, N_IN))
    w_star = 0.9 * a / np.max(np.abs(np.linalg.eigvals(a)))
    y = np.stack([forward(w_star, b_star, c_star, x[p])[1] for p in range(POOL)])
    return {"A": a, "W_star": w_star, "B_star": b_star, "C_star": c_star,
            "W0": w0, "B0": b0, "C0": c0, "F": f, "X": x, "Y": y}


def forward(w, b, c, x):
    """Hidden states H (T+1, Bs, N) with H[0] = h_0 = 0, and outputs (T, Bs, n_out)."""
    n = w.shape[0]
    h = np.empty((T + 1, x.shape[1], n))
    h[0] = 0.0
    u = x @ b.T                      # input drive for all t in one product
    h[1] = u[0]                      # h_1 = B x_1
    wt = w.T
    for t in range(2, T + 1):
        np.matmul(h[t - 1], wt, out=h[t])
        h[t] += u[t - 1]
    return h, h[1:] @ c.T


def train_step(rule, w, b, c, f, x, y, eta):
    """One SGD step in place; returns the loss before the update."""
    bs = x.shape[1]
    h, yhat = forward(w, b, c, x)
    eps = y - yhat                   # (T, Bs, n_out)
    loss = 0.5 * np.sum(eps * eps) / bs
    n = w.shape[0]
    m = T * bs
    e2 = eps.reshape(m, -1)          # one 2-D product over all t (and the batch)
    if rule == "rflo":
        d2 = e2 @ f.T                # F eps_t
    else:
        d2 = e2 @ c                  # C^T eps_t
        if rule == "bptt":           # a_t = C^T eps_t + W^T a_{t+1}
            delta = d2.reshape(T, bs, n)
            for t in range(T - 2, -1, -1):
                delta[t] += delta[t + 1] @ w
    scale = eta / bs
    dw = d2.T @ h[:-1].reshape(m, n)
    db = d2.T @ x.reshape(m, N_IN)
    dc = e2.T @ h[1:].reshape(m, n)
    w += scale * dw
    b += scale * db
    c += scale * dc
    return loss


def timing(rule, n, n_out):
    d = make_workload(n, n_out)
    w, b, c = d["W0"].copy(), d["B0"].copy(), d["C0"].copy()
    f, xs, ys, eta = d["F"], d["X"], d["Y"], eta_for(n)
    k = 0

    def step():
        nonlocal k
        p = k % POOL
        loss = train_step(rule, w, b, c, f, xs[p], ys[p], eta)
        k += 1
        return loss

    for _ in range(2):
        step()
    start = time.perf_counter()
    step()
    single = time.perf_counter() - start
    per_repeat = max(3, int(np.ceil(0.55 / max(single, 1e-9))))
    rates = []
    last = 0.0
    while len(rates) < 5:
        start = time.perf_counter()
        for _ in range(per_repeat):
            last = step()
        elapsed = time.perf_counter() - start
        if elapsed < 0.5 and not rates:
            per_repeat = max(per_repeat + 1, int(np.ceil(per_repeat * 0.55 / elapsed)))
            continue
        rates.append(per_repeat / elapsed)
    print(json.dumps({
        "impl": "numpy", "rule": rule, "N": n, "n_out": n_out, "K": per_repeat,
        "steps_per_s": rates, "median": float(np.median(rates)), "min": min(rates), "max": max(rates),
        "final_loss": float(last), "total_steps": k}, sort_keys=True))


def losses(d, rule, steps):
    w, b, c = d["W0"].copy(), d["B0"].copy(), d["C0"].copy()
    eta = eta_for(w.shape[0])
    return [float(train_step(rule, w, b, c, d["F"], d["X"][k % POOL], d["Y"][k % POOL], eta))
            for k in range(steps)]


def dump(directory, n, n_out, steps):
    os.makedirs(directory, exist_ok=True)
    d = make_workload(n, n_out)
    arrays = {}
    for name, value in d.items():
        file = name + ".f64"
        np.ascontiguousarray(value, dtype="<f8").tofile(os.path.join(directory, file))
        arrays[name] = {"file": file, "shape": list(value.shape)}
    manifest = {"N": n, "n_in": N_IN, "n_out": n_out, "T": T, "batch": BATCH, "pool": POOL,
                "eta": eta_for(n), "dtype": "float64 little-endian, C order", "arrays": arrays,
                "losses": {rule: losses(d, rule, steps) for rule in RULES}}
    with open(os.path.join(directory, "manifest.json"), "w") as out:
        json.dump(manifest, out, indent=1)
    print(json.dumps({"impl": "numpy", "dumped": directory, "N": n, "n_out": n_out}))


def job(steps, n, n_out):
    d = make_workload(n, n_out)
    final = {}
    for rule in RULES:
        w, b, c = d["W0"].copy(), d["B0"].copy(), d["C0"].copy()
        for k in range(steps):
            final[rule] = float(train_step(rule, w, b, c, d["F"], d["X"][k % POOL], d["Y"][k % POOL], eta_for(n)))
    print(json.dumps({"impl": "numpy", "steps": steps, "N": n, "n_out": n_out, "final_losses": final}))


def peak():
    rng = np.random.default_rng(7)
    detail = {}
    for n, repeats in ((512, 20), (1024, 6)):
        a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        c = np.empty((n, n))
        np.matmul(a, b, out=c)
        best = 0.0
        for _ in range(repeats):
            start = time.perf_counter()
            np.matmul(a, b, out=c)
            best = max(best, 2.0 * n ** 3 / (time.perf_counter() - start))
        detail[f"gflops_{n}"] = best / 1e9
    print(json.dumps({"impl": "numpy", "peak_gflops": max(detail.values()), "detail": detail}))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rule", choices=RULES)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--outputs", type=int, default=4)
    p.add_argument("--dump", metavar="DIR")
    p.add_argument("--steps", type=int, default=50)
    p.add_argument("--job", type=int, metavar="STEPS")
    p.add_argument("--peak", action="store_true")
    a = p.parse_args()
    if a.hidden <= 0 or a.outputs <= 0 or a.steps <= 0:
        p.error("--hidden, --outputs and --steps must be positive")
    if a.peak:
        peak()
    elif a.dump:
        dump(a.dump, a.hidden, a.outputs, a.steps)
    elif a.job:
        job(a.job, a.hidden, a.outputs)
    elif a.rule:
        timing(a.rule, a.hidden, a.outputs)
    else:
        p.error("nothing to do: give --rule, --dump, --job or --peak")


if __name__ == "__main__":
    sys.exit(main())
