"""The landscape inside the training loop: grid, path, current point, commands."""

from contextlib import contextmanager

import numpy as np
import pytest
import torch

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.trainer.loop import train

torch.set_num_threads(1)


@contextmanager
def landscape_run(experiment):
    """A training generator with the landscape probe; yields (queue, gen, first snapshot)
    and stops the run afterwards."""
    queue = cmd.CommandQueue()
    gen = train(experiment, queue, probes={"landscape"})
    first = next(gen)
    yield queue, gen, first
    queue.put(cmd.Stop())
    list(gen)


def run_until(gen, predicate, limit=20000):
    for snap in gen:
        if predicate(snap):
            return snap
        assert snap.step < limit
    raise AssertionError("generator ended")


def test_landscape_fills_in_and_its_centre_is_the_loss_there():
    with landscape_run(load_demo("playground-circle").experiment) as (queue, gen, first):
        queue.put(cmd.SetLandscape({"resolution": 11, "every_seconds": 0.0}))
        snap = run_until(gen, lambda s: s.landscape is not None and s.landscape.progress >= 1)
        land = snap.landscape
        assert land.losses.shape == (11, 11) and np.isfinite(land.losses).all()
        assert land.center_step == 0
        # The middle of the grid is the network at the centre: its training loss.
        np.testing.assert_allclose(land.losses[5, 5], first.train_loss, rtol=1e-4)
        # Not yet trained: the current point sits at the centre of the plane.
        np.testing.assert_allclose(land.current, [0.0, 0.0], atol=1e-6)
        queue.put(cmd.Step(200))
        moved = run_until(gen, lambda s: s.step >= 200)
        assert np.abs(moved.landscape.current).sum() > 0


def test_pca_directions_put_the_path_in_the_plane():
    with landscape_run(load_demo("playground-circle").experiment) as (queue, gen, _):
        queue.put(cmd.SetLandscape({"directions": "pca", "resolution": 11,
                                    "every_seconds": 0.0}))
        queue.put(cmd.Play())
        run_until(gen, lambda s: s.step > 600)
        queue.put(cmd.Pause())
        queue.put(cmd.RecomputeLandscape())
        snap = run_until(gen, lambda s: s.landscape.directions == "pca" and not s.running
                         and s.landscape.progress >= 1 and s.landscape.center_step > 600)
        land = snap.landscape
        v1, v2 = land.explained_variance
        assert v1 >= v2 and v1 + v2 > 0.8
        # The centre is the current weights; the path ends there.
        np.testing.assert_allclose(land.current, [0.0, 0.0], atol=1e-4)
        assert land.trajectory.shape[0] >= 3


def test_line_directions_give_a_one_d_slice_from_start_to_now():
    with landscape_run(load_demo("playground-xor").experiment) as (queue, gen, _):
        queue.put(cmd.Step(300))
        run_until(gen, lambda s: s.step >= 300)
        queue.put(cmd.SetLandscape({"directions": "line", "resolution": 21, "span": 0.5,
                                    "every_seconds": 0.0}))
        snap = run_until(gen, lambda s: s.landscape.directions == "line"
                         and s.landscape.progress >= 1)
        land = snap.landscape
        assert land.losses.shape == (1, 21) and len(land.betas) == 1
        np.testing.assert_allclose(land.current[0], 1.0, atol=1e-5)   # now = alpha 1
        np.testing.assert_allclose(land.trajectory[0, 0], 0.0, atol=1e-5)  # start = alpha 0
        # Training went downhill from the start to now.
        start = np.interp(0.0, land.alphas, land.losses[0])
        now = np.interp(1.0, land.alphas, land.losses[0])
        assert now < start


def test_bad_landscape_settings_are_a_message_not_a_crash():
    with landscape_run(load_demo("playground-xor").experiment) as (queue, gen, _):
        queue.put(cmd.SetLandscape({"resolution": 500}))
        snap = next(gen)
        assert "resolution" in str(snap.message)


def test_saddle_demo_starts_at_a_saddle_and_escapes():
    demo = load_demo("saddle")
    with landscape_run(demo.experiment) as (queue, gen, first):
        queue.put(cmd.SetLandscape({**demo.landscape, "resolution": 11, "every_seconds": 0.0}))
        snap = run_until(gen, lambda s: s.landscape is not None and s.landscape.progress >= 1)
        assert snap.landscape.curvature_label.startswith("saddle")
        top, bottom = snap.landscape.curvature
        assert bottom < 0 < top
        queue.put(cmd.Step(4000))
        later = run_until(gen, lambda s: s.step >= 4000)
        assert later.train_loss < 0.6 * first.train_loss, "never left the saddle"


def test_the_line_between_two_experiment_files(tmp_path):
    """Issue 5: the straight line from one saved run's weights to another's; its ends are
    the two files' losses, and a file of another network is refused with a message."""
    import math

    from engine.shared.demos import load_demo
    from engine.trainer.checkpoint import load_trainer, save_trainer
    from engine.trainer.run import Trainer

    experiment = load_demo("playground-xor").experiment
    trainer = Trainer(experiment)
    start = tmp_path / "start.deepscope"
    save_trainer(trainer, start)
    for _ in range(300):
        trainer.session.step()
    end = tmp_path / "end.deepscope"
    save_trainer(trainer, end)
    losses = [load_trainer(p).session.measure()[0] for p in (start, end)]

    runner = trainer.landscape
    runner.configure(directions="files", files=(str(start), str(end)), resolution=21,
                     span=0.5, every_seconds=0)
    session = trainer.session
    for _ in range(200):
        runner.advance(session, session.step_count)
        if runner.job is None and runner.progress >= 1:
            break
    data = runner.data(session.model)
    assert data.directions == "files" and len(data.betas) == 1
    alphas = data.alphas
    at = {a: i for i, a in enumerate(np.round(alphas, 6))}
    assert math.isclose(data.losses[0, at[0.0]], losses[0], rel_tol=1e-4)
    assert math.isclose(data.losses[0, at[1.0]], losses[1], rel_tol=1e-4)
    assert data.current[0] == pytest.approx(1.0, abs=1e-5)  # training sits at the end file

    wider = Trainer(experiment.with_network(hidden=(8,), activations=("tanh",)))
    other = tmp_path / "other.deepscope"
    save_trainer(wider, other)
    runner.configure(directions="files", files=(str(start), str(other)))
    runner.advance(session, session.step_count)
    assert "another network" in str(runner.message)
    assert runner.plane[-1] == "random"


def test_a_recurrent_models_landscape_and_curvature_inside_training():
    """Issue 5 for RNNs: the bracket-counting demo (Embedding + recurrent layer on tokens)
    gets its grid, path and curvature; its subsets are cut to what a step can afford,
    and the centre of the grid is the loss on that subset."""
    from engine.trainer.run import Trainer

    trainer = Trainer(load_demo("rnn-counting").experiment)
    session, runner = trainer.session, trainer.landscape
    runner.configure(resolution=11, every_seconds=0)
    runner.record(session.model)
    for _ in range(2000):
        runner.advance(session, session.step_count)
        if runner.job is None and runner.progress >= 1:
            break
    data = runner.data(session.model)
    assert data.losses.shape == (11, 11) and np.isfinite(data.losses).all()
    assert 0 <= np.nanmin(data.accuracies) and np.nanmax(data.accuracies) <= 1
    used, total = data.examples
    assert 16 <= used <= total
    x, y = session.x_train[:used], session.y_train[:used]
    session.model.eval()
    with torch.no_grad():
        centre = float(session.objective.loss_of(session.model(x), y))
    session.model.train()
    np.testing.assert_allclose(data.losses[5, 5], centre, rtol=1e-5)
    top, bottom = data.curvature
    assert bottom <= top and data.curvature_label is not None


def test_a_grid_asked_for_while_paused_fills_in_without_training():
    """Paused, the loop keeps taking snapshots until the grid is done (it used to advance
    one slice per command, so a ConvNet's grid sat at 0-1 % while paused)."""
    with landscape_run(load_demo("playground-circle").experiment) as (queue, gen, _):
        queue.put(cmd.SetLandscape({"resolution": 41, "every_seconds": 0.0,
                                    "budget": 0.002}))
        seen = []
        snap = run_until(gen, lambda s: (seen.append(s.landscape and s.landscape.progress)
                                         or (s.landscape is not None
                                             and s.landscape.progress >= 1)))
        assert snap.step == 0 and not snap.running  # no command after SetLandscape
        # Done: the loop waits for commands again instead of spinning.
        queue.put(cmd.Step(1))
        assert run_until(gen, lambda s: s.step == 1).step == 1


def test_a_cheap_grid_follows_the_run_and_is_never_shown_half_filled():
    """Issue 16.3: the playground's grid costs milliseconds, so it is centred again on the
    newest weights within about a second instead of every_seconds (15 s here); while the
    next one fills in the last whole grid is shown, and the path stays on the plane."""
    import time

    with landscape_run(load_demo("playground-circle").experiment) as (queue, gen, _):
        queue.put(cmd.SetLandscape({"resolution": 21, "every_seconds": 15.0}))
        queue.put(cmd.Play())
        first = run_until(gen, lambda s: s.landscape is not None
                          and s.landscape.progress >= 1)
        centres, begun = {first.landscape.center_step}, time.perf_counter()
        for snap in gen:
            land = snap.landscape
            assert land.progress == 1.0 and np.isfinite(land.losses).all()
            centres.add(land.center_step)
            if time.perf_counter() - begun > 3.0:
                break
        assert len(centres) >= 3  # re-centred again and again in 3 s, not once in 15
        assert snap.step - land.center_step < snap.step - first.landscape.center_step
        # The path lies on the plane (a random plane widens to hold it).
        path = np.vstack([land.trajectory, land.current[None]])
        assert (np.abs(path[:, 0]) <= np.abs(land.alphas).max() + 1e-6).all()
        assert (np.abs(path[:, 1]) <= np.abs(land.betas).max() + 1e-6).all()


def test_a_convnets_grid_asked_for_while_paused_runs_flat_out():
    """Paused, a sliced job takes PAUSED_SLICE_SECONDS a snapshot and the unchanged
    weights are measured once: a ConvNet's 21x21 grid took ~40 s at 8 ms a snapshot with
    every snapshot measuring the losses again."""
    import time

    with landscape_run(load_demo("feature-maps").experiment) as (queue, gen, _):
        begun = time.perf_counter()
        queue.put(cmd.SetLandscape({"resolution": 21, "every_seconds": 0.0}))
        snap = run_until(gen, lambda s: s.landscape is not None
                         and s.landscape.progress >= 1)
        assert snap.step == 0 and np.isfinite(snap.landscape.losses).all()
        assert time.perf_counter() - begun < 20


def test_a_weight_set_by_hand_while_paused_is_measured_again():
    from engine.trainer.run import Trainer

    t = Trainer(load_demo("playground-xor").experiment, probes=())
    before = t.snapshot(False, 0.0).train_loss
    assert t.snapshot(False, 0.0).train_loss == before
    t.apply(cmd.SetWeight(0, 0, 0, 5.0))
    assert t.snapshot(False, 0.0).train_loss != before


def test_pca_directions_before_a_path_give_no_landscape_yet_and_no_error():
    """The landscape demo's first snapshots: PCA waits for a path (the runner's data()
    raised AttributeError before its first grid, and the trainer stopped)."""
    from engine.probes.landscape_runner import LandscapeRunner
    from engine.shared.landscape_settings import LandscapeSettings
    from engine.trainer.session import TrainingSession

    session = TrainingSession(load_demo("landscape").experiment)
    runner = LandscapeRunner(LandscapeSettings(directions="pca"))
    runner.record(session.model)
    runner.advance(session, session.step_count)
    assert runner.data(session.model) is None
