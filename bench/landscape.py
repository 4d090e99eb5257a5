"""Loss landscape, 51x51 grid: batched (engine.probes.landscape) against a per-point loop
(load weights, evaluate, repeat), same model, data and directions, in one run.

(a) the playground MLP (2 -> 4 -> 2 -> 1, tanh) on 1,000 training points of the circle
    demo, after 500 steps. Target: >= 20x the loop, max |difference| <= 1e-5.
(b) a small ConvNet (conv 8, pool, conv 16, pool, linear 10) on 512 random 1x28x28
    images with random labels. Its multiply-adds per evaluation, times the grid's points,
    at the best throughput measured on this machine (a large matmul, or the ConvNet's own
    convolutions at their best batch) give a floor. Target: within 3x of the floor. The
    loop takes ~30 ms a point (over a minute for the grid): it is timed on a few grid rows
    and extrapolated, and the difference is taken on those rows.
(c) recurrent models (Embedding + LSTM or GRU + last step, on tokens): 21x21 grids
    against the loop, and their difference.
(d) the software 3-D surface (gui.views.surface3d): one redraw of a 51x51 grid.
One torch thread throughout. Times are wall clock; "CPU" is the computing thread's own
CPU time (time.thread_time), which on this shared two-core machine leaves out the time
other processes held the core: where a target is judged on it, the line says so.
"""

import dataclasses
import time

import numpy as np

from bench.report import line

GRID = 51
LOOP_ROWS = 3  # grid rows the ConvNet loop runs (the rest is extrapolated)
SUBSET = 128   # images in the ConvNet's evaluation-subset option


def main() -> None:
    import torch
    torch.set_num_threads(1)
    mlp()
    convnet()
    from bench.landscape_more import recurrent, surface
    recurrent()
    surface()


def best_time(run, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def timed(run) -> tuple[float, float, object]:
    """(wall seconds, the thread's CPU seconds, result) of one run."""
    wall, cpu = time.perf_counter(), time.thread_time()
    result = run()
    return time.perf_counter() - wall, time.thread_time() - cpu, result


def mlp() -> None:
    import torch

    from engine.probes.directions import random_direction
    from engine.probes.landscape import loss_grid, loss_grid_loop
    from engine.shared.demos import load_demo
    from engine.trainer.session import TrainingSession

    experiment = load_demo("playground-circle").experiment
    experiment = experiment.replace(data=dataclasses.replace(experiment.data, n_points=2000))
    session = TrainingSession(experiment, torch.device("cpu"))
    for _ in range(500):
        session.step()
    model, objective, x, y = session.model, session.objective, session.x_train, session.y_train
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    axis = np.linspace(-1, 1, GRID)
    print(f"Loss landscape {GRID}x{GRID}, playground MLP {experiment.network.hidden} tanh, "
          f"{x.shape[0]} points, filter-normalised directions, one thread")

    def batched():
        return loss_grid(model, objective, x, y, None, d1, d2, axis, axis)

    def vmapped():
        return loss_grid(model, objective, x, y, None, d1, d2, axis, axis, method="vmap")

    def loop():
        return loss_grid_loop(model, objective, x, y, None, d1, d2, axis, axis)
    # This machine's speed drifts by tens of per cent from second to second: the three
    # take turns, and each keeps its best round (wall clock and CPU time apart).
    batched()
    runs = {"loop": [], "batched": [], "vmap": []}
    for _ in range(5):
        runs["loop"].append(timed(loop))
        runs["batched"] += [timed(batched) for _ in range(3)]
        runs["vmap"].append(timed(vmapped))
    wall = {k: min(r[0] for r in v) for k, v in runs.items()}
    cpu = {k: min(r[1] for r in v) for k, v in runs.items()}
    reference, losses, vmap_losses = (runs[k][-1][2][0] for k in ("loop", "batched", "vmap"))
    difference = float(np.abs(losses - reference).max())
    line("per-point loop (best of 5)", wall["loop"] * 1e3, "ms", "", True)
    line("  per point", wall["loop"] / GRID ** 2 * 1e6, "us", "", True)
    line("vmap over stacked parameters (best of 5)", wall["vmap"] * 1e3, "ms", "", True)
    line("batched layers (best of 15)", wall["batched"] * 1e3, "ms", "", True)
    line("  per point", wall["batched"] / GRID ** 2 * 1e6, "us", "", True)
    ratio = wall["loop"] / wall["batched"]
    line("speed-up over the loop (wall clock)", ratio, "x", ">= 20x", ratio >= 20)
    line("speed-up over the loop (CPU time)", cpu["loop"] / cpu["batched"], "x", "", True)
    line("speed-up of vmap over the loop (wall clock)", wall["loop"] / wall["vmap"], "x", "",
         True)
    vmap_difference = float(np.abs(vmap_losses - reference).max())
    line("max |batched - loop| (float32)", difference * 1e6, "1e-6", "<= 10e-6",
         difference <= 1e-5)
    line("max |vmap - loop| (float32)", vmap_difference * 1e6, "1e-6", "<= 10e-6",
         vmap_difference <= 1e-5)


def conv_net():
    from torch import nn
    return nn.Sequential(nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 3),
                         nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16 * 5 * 5, 10))


def multiply_adds(model, x) -> int:
    """Multiply-adds of one forward pass of ``x``, counted from the layers' shapes."""
    import torch
    from torch import nn
    counts = []

    def count(module, _inputs, out):
        if isinstance(module, nn.Conv2d):
            kh, kw = module.kernel_size
            counts.append(out.numel() * module.in_channels // module.groups * kh * kw)
        elif isinstance(module, nn.Linear):
            counts.append(out.numel() * module.in_features)
    hooks = [m.register_forward_hook(count) for m in model.modules()]
    with torch.no_grad():
        model(x)
    for hook in hooks:
        hook.remove()
    return sum(counts)


def peak_rate(model, images: int = 128) -> tuple[float, float]:
    """Multiply-adds per second, one thread: a 1024^3 float32 matmul, and the ConvNet's
    convolutions alone (channels-last, ``images`` at a time, their best of batches)."""
    import torch
    import torch.nn.functional as F

    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    matmul_s, _ = best_time(lambda: a @ b, 20)
    conv = model[3]
    h = torch.randn(images, 8, 13, 13).contiguous(memory_format=torch.channels_last)
    w = conv.weight.detach().contiguous(memory_format=torch.channels_last)
    conv_s, _ = best_time(lambda: F.conv2d(h, w, conv.bias.detach()), 30)
    return 1024 ** 3 / matmul_s, images * 11 * 11 * 16 * 8 * 9 / conv_s


def convnet() -> None:
    import torch

    from engine.models.objective import Objective
    from engine.probes.directions import random_direction
    from engine.probes.landscape import LandscapeJob, loss_grid, loss_grid_loop

    torch.manual_seed(0)
    model = conv_net()
    g = torch.Generator().manual_seed(0)
    x = torch.randn(512, 1, 28, 28, generator=g)
    y = torch.randint(0, 10, (512,), generator=g).float()
    objective = Objective("classification", 10, "ce")
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    axis = np.linspace(-1, 1, GRID)
    macs = multiply_adds(model, x)
    matmul_rate, conv_rate = peak_rate(model)
    rate = max(matmul_rate, conv_rate)
    floor = macs * GRID * GRID / rate
    print(f"Loss landscape {GRID}x{GRID}, ConvNet 8-16-10 on {x.shape[0]} images 1x28x28, "
          "one thread")
    print(f"  {macs / 1e6:.1f} M multiply-adds per evaluation of 512 images "
          f"({macs // 512:,} per image); measured peak {matmul_rate / 1e9:.1f} G/s "
          f"(1024^3 matmul), {conv_rate / 1e9:.1f} G/s (its 8->16 conv, channels-last): "
          f"floor = MACs x {GRID * GRID} points / {rate / 1e9:.1f} G/s")

    batched_s, batched_cpu, (losses, _) = timed(
        lambda: loss_grid(model, objective, x, y, None, d1, d2, axis, axis))

    rows = axis[GRID // 2 - LOOP_ROWS // 2: GRID // 2 - LOOP_ROWS // 2 + LOOP_ROWS]
    picked = slice(GRID // 2 - LOOP_ROWS // 2, GRID // 2 - LOOP_ROWS // 2 + LOOP_ROWS)
    loop_s, loop_cpu, (reference, _) = timed(
        lambda: loss_grid_loop(model, objective, x, y, None, d1, d2, axis, rows))
    loop_s, loop_cpu = loop_s * GRID / LOOP_ROWS, loop_cpu * GRID / LOOP_ROWS
    difference = float(np.abs(losses[picked] - reference).max())

    vmap_s, _, (vmap_losses, _) = timed(lambda: loss_grid(
        model, objective, x, y, None, d1, d2, axis, rows[:1], method="vmap"))
    vmap_s *= GRID
    vmap_difference = float(np.abs(vmap_losses - reference[:1]).max())

    subset_s, subset_cpu, (subset, _) = timed(lambda: loss_grid(
        model, objective, x[:SUBSET], y[:SUBSET], None, d1, d2, axis, axis))
    subset_error = np.abs(subset - losses)

    job = LandscapeJob(model, objective, x, y, None, d1, d2, axis, axis)
    start = time.perf_counter()
    while job.done_points < 13 * 13:  # the stride-4 lattice: a 13x13 preview
        job.step(0.05)
    preview_s = time.perf_counter() - start
    preview_points = job.done_points
    preview_error = np.abs(job.preview() - losses)

    line(f"per-point loop, timed on {LOOP_ROWS} rows x {GRID}, extrapolated", loop_s, "s",
         "", True)
    line("vmap over stacked parameters, 1 row timed, extrapolated", vmap_s, "s", "", True)
    line("batched layers, whole grid, all 512 images (wall clock)", batched_s, "s", "", True)
    line("  the same, CPU time of its thread", batched_cpu, "s", "", True)
    line("floor (multiply-adds / measured peak)", floor, "s", "", True)
    line("batched / floor (wall clock)", batched_s / floor, "x", "", True)
    line("batched / floor (CPU time)", batched_cpu / floor, "x", "<= 3x",
         batched_cpu / floor <= 3)
    line("speed-up over the loop (wall clock)", loop_s / batched_s, "x", "", True)
    line("speed-up over the loop (CPU time)", loop_cpu / batched_cpu, "x", "", True)
    line(f"max |batched - loop| on the loop's {LOOP_ROWS * GRID} points (float32)",
         difference * 1e6, "1e-6", "<= 10e-6", difference <= 1e-5)
    line("max |vmap - loop| on 1 row (float32)", vmap_difference * 1e6, "1e-6", "<= 10e-6",
         vmap_difference <= 1e-5)
    line(f"option: evaluation subset of {SUBSET} images, whole grid", subset_s, "s", "", True)
    line("  subset / floor of all 512 images (wall clock)", subset_s / floor, "x", "<= 3x",
         subset_s / floor <= 3)
    line("  its max |error| against all 512 images", float(subset_error.max()), "", "", True)
    line("  its mean |error| / loss range", float(subset_error.mean() / np.ptp(losses)), "",
         "", True)
    line(f"coarse-to-fine: first whole-range preview ({preview_points} points)", preview_s,
         "s", "", True)
    line("  its max |error| (nearest lattice point) / loss range",
         float(preview_error.max() / np.ptp(losses)), "", "", True)


if __name__ == "__main__":
    main()
