"""The recurrent probes' states against independent references: nn.RNN/LSTM/GRU's own
outputs and a numpy step loop; what a trace shows and scores; results crossing to the
window without torch."""

from __future__ import annotations

import pickle
import subprocess
import sys
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from torch import nn

from engine.models.stack import Recurrent
from engine.probes.gradient_time import gradient_time_probe
from engine.probes.recurrent_cells import unroll_layers
from engine.probes.rnn_states import MAX_TEXT, rnn_states_probe
from engine.probes.sampling import sample_probe
from engine.shared.probe_registry import LIVE_PROBES
from engine.trainer.probe_runs import run_probes
from tests.engine.rnn_sessions import VOCAB, L, char_model, make_session


# -- an independent numpy reference of PyTorch's recurrent equations ---------------------
def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def numpy_unroll(mode: str, rnn: nn.RNNBase, k: int, x: np.ndarray) -> dict:
    """Sub-layer k (forward) over x (N, T, F), float64, one step at a time."""
    w = {name: getattr(rnn, f"{name}_l{k}").detach().double().numpy()
         for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}
    n, steps = x.shape[:2]
    hsize = rnn.hidden_size
    h, c = np.zeros((n, hsize)), np.zeros((n, hsize))
    out = {"hidden": [], "cell": [], "gates": {}}

    def keep(name, value):
        out["gates"].setdefault(name, []).append(value)

    for t in range(steps):
        gi = x[:, t] @ w["weight_ih"].T + w["bias_ih"]
        gh = h @ w["weight_hh"].T + w["bias_hh"]
        if mode == "rnn":
            h = np.tanh(gi + gh)
        elif mode == "lstm":
            a = gi + gh
            i, f = sigmoid(a[:, :hsize]), sigmoid(a[:, hsize:2 * hsize])
            g, o = np.tanh(a[:, 2 * hsize:3 * hsize]), sigmoid(a[:, 3 * hsize:])
            c = f * c + i * g
            h = o * np.tanh(c)
            for name, v in zip(("input", "forget", "candidate", "output"), (i, f, g, o)):
                keep(name, v)
            out["cell"].append(c)
        else:
            r = sigmoid(gi[:, :hsize] + gh[:, :hsize])
            z = sigmoid(gi[:, hsize:2 * hsize] + gh[:, hsize:2 * hsize])
            new = np.tanh(gi[:, 2 * hsize:] + r * gh[:, 2 * hsize:])
            h = (1 - z) * new + z * h
            for name, v in zip(("reset", "update", "new"), (r, z, new)):
                keep(name, v)
        out["hidden"].append(h)
    return {"hidden": np.stack(out["hidden"], 1),
            "cell": np.stack(out["cell"], 1) if out["cell"] else None,
            "gates": {name: np.stack(v, 1) for name, v in out["gates"].items()}}


SIGMOID_GATES = {"input", "forget", "output", "reset", "update"}


@pytest.mark.parametrize("mode", ["rnn", "lstm", "gru"])
@pytest.mark.parametrize("num_layers", [1, 2])
@pytest.mark.parametrize("keep_gates", [True, False])
def test_the_cell_loop_equals_torch_and_a_numpy_loop(mode, num_layers, keep_gates):
    torch.manual_seed(1)
    rnn = Recurrent(mode, 4, 5, num_layers).rnn
    x = torch.randn(3, 7, 4)
    runs, handed_on = unroll_layers(rnn, x, keep_gates=keep_gates)
    output, final = rnn(x)
    h_n, c_n = final if mode == "lstm" else (final, None)
    torch.testing.assert_close(handed_on, output, atol=1e-5, rtol=1e-5)
    layer_input = x.double().numpy()
    for k, run in enumerate(runs):
        hidden = run.stacked_hidden()
        torch.testing.assert_close(hidden[:, -1], h_n[k], atol=1e-5, rtol=1e-5)
        want = numpy_unroll(mode, rnn, k, layer_input)
        np.testing.assert_allclose(hidden.detach().numpy(), want["hidden"], atol=1e-5)
        if mode == "lstm":
            cell = torch.stack(run.cell, 1)
            torch.testing.assert_close(cell[:, -1], c_n[k], atol=1e-5, rtol=1e-5)
            np.testing.assert_allclose(cell.detach().numpy(), want["cell"], atol=1e-5)
        else:
            assert run.cell is None
        assert list(run.gates) == (list(want["gates"]) if keep_gates else [])
        for name, values in run.gates.items():
            got = torch.stack(values, 1).detach().numpy()
            np.testing.assert_allclose(got, want["gates"][name], atol=1e-5)
            low = 0.0 if name in SIGMOID_GATES else -1.0
            assert got.min() >= low and got.max() <= 1.0
        layer_input = want["hidden"]


@pytest.mark.parametrize("mode", ["rnn", "lstm", "gru"])
def test_the_trace_shows_every_sublayer_of_a_character_model(mode):
    stack = (L("embedding", embedding_dim=4), L(mode, hidden_size=6, num_layers=2),
             L("tanh"))
    session = make_session(stack, double=True)
    data = rnn_states_probe(session, {"example": 2})
    assert [layer.name for layer in data.layers] == [
        f"{mode.upper()} (row 2, 1/2)", f"{mode.upper()} (row 2, 2/2)"]
    assert [(t.position, t.sublayer, t.mode) for t in data.layers] == [
        ("2", 0, mode), ("2", 1, mode)]
    model, ids = session.model, session.x_test[2].numpy()
    layer_input = model.layers[0].weight.detach().numpy()[ids][None]  # the embedding
    for k, trace in enumerate(data.layers):
        want = numpy_unroll(mode, model.layers[1].rnn, k, layer_input)
        assert trace.hidden.dtype == np.float32 and trace.hidden.shape == (9, 6)
        np.testing.assert_allclose(trace.hidden, want["hidden"][0], atol=1e-5)
        if mode == "lstm":
            np.testing.assert_allclose(trace.cell, want["cell"][0], atol=1e-5)
        assert [name for name, _ in trace.gates] == list(want["gates"])
        for name, values in trace.gates:
            np.testing.assert_allclose(values, want["gates"][name][0], atol=1e-5)
        layer_input = want["hidden"]
    assert data.example == 2 and data.step == 11 and data.values is None
    assert data.tokens == tuple({" ": "␣", "\n": "⏎"}.get(VOCAB[i], VOCAB[i]) for i in ids)


def test_a_per_step_trace_scores_every_step_against_the_network():
    session = make_session((L("embedding", embedding_dim=4), L("lstm", hidden_size=6)))
    data = rnn_states_probe(session, {"example": 1})
    with torch.no_grad():
        probs = torch.softmax(session.model.eval()(session.x_test[1:2])[0], dim=1).numpy()
    target = session.y_test[1].long().numpy()
    shown = [{" ": "␣", "\n": "⏎"}.get(ch, ch) for ch in VOCAB]
    assert data.targets_at == "every"
    assert data.targets == tuple(shown[k] for k in target)
    assert data.predictions == tuple(shown[k] for k in probs.argmax(1))
    np.testing.assert_array_equal(data.correct, probs.argmax(1) == target)
    np.testing.assert_allclose(data.confidence, probs[np.arange(9), target], atol=1e-6)
    assert data.notes == ()


def test_a_last_step_task_is_scored_at_the_end_only():
    classes = ("left", "right", "up")
    session = make_session((L("gru", hidden_size=5), L("last_step")), layout="values",
                           features=2, per_step=False, classes=classes)
    data = rnn_states_probe(session, {"example": 99})  # past the end: the last one
    assert data.example == 5 and data.targets_at == "last"
    x = session.x_test[5]
    np.testing.assert_array_equal(data.values, x.numpy())
    assert data.tokens == tuple(f"{v:.2f}" for v in x[:, 0].tolist())
    with torch.no_grad():
        probs = torch.softmax(session.model.eval()(x[None])[0], dim=0).numpy()
    k = int(session.y_test[5])
    assert data.targets == ("",) * 8 + (classes[k],)
    assert data.predictions == ("",) * 8 + (classes[int(probs.argmax())],)
    assert not data.correct[:8].any() and data.correct[8] == (probs.argmax() == k)
    assert np.isnan(data.confidence[:8]).all()
    assert data.confidence[8] == pytest.approx(probs[k], abs=1e-6)


def test_a_regression_trace_shows_values_and_no_correctness():
    session = make_session((L("rnn", hidden_size=5),), layout="values", features=1,
                           problem="regression", classes=())
    data = rnn_states_probe(session, {})
    with torch.no_grad():
        values = session.model.eval()(session.x_test[:1])[0, :, 0].numpy()
    assert data.correct is None and data.example == 0
    assert data.predictions == tuple(f"{v:.2f}" for v in values)
    assert data.targets == tuple(f"{v:.2f}" for v in session.y_test[0].tolist())
    np.testing.assert_allclose(data.confidence, values, atol=1e-6)
    assert data.layers[0].gates == () and data.layers[0].cell is None


def test_typed_text_drops_unknown_characters_and_is_capped():
    session = make_session((L("embedding", embedding_dim=4), L("lstm", hidden_size=6)))
    data = rnn_states_probe(session, {"text": "ab #c\nzz"})
    assert data.example == -1 and data.tokens == ("a", "b", "␣", "c", "⏎")
    assert any("#" in str(note) and "z" in str(note) for note in data.notes)
    # a character model's target is the next typed character; the last step has none
    assert data.targets == ("b", "␣", "c", "⏎", "")
    assert np.isnan(data.confidence[-1]) and not np.isnan(data.confidence[:-1]).any()
    long = rnn_states_probe(session, {"text": "ab" * 300})
    assert len(long.tokens) == MAX_TEXT and any(str(MAX_TEXT) in str(n) for n in long.notes)
    with pytest.raises(ValueError, match="vocabulary"):
        rnn_states_probe(session, {"text": "zzz"})


def test_a_bidirectional_layer_shows_its_forward_direction_and_says_so():
    stack = (L("embedding", embedding_dim=4),
             L("gru", hidden_size=3, num_layers=2, bidirectional=True))
    session = make_session(stack, double=True)
    data = rnn_states_probe(session, {"example": 0})
    with torch.no_grad():
        output = session.model.layers[1](session.model.layers[0](session.x_test[:1]))
    np.testing.assert_allclose(data.layers[1].hidden, output[0, :, :3].numpy(), atol=1e-6)
    assert any("forward direction" in str(note) for note in data.notes)


@pytest.mark.parametrize("options", [{"example": "x"}, {"example": None},
                                     {"example": 1.5}, {"example": True}])
def test_junk_example_options_are_refused(options):
    session = make_session((L("embedding", embedding_dim=4), L("rnn", hidden_size=3)))
    with pytest.raises(ValueError, match="whole number"):
        rnn_states_probe(session, options)


def test_the_probes_say_what_they_need():
    flat = make_session((L("embedding", embedding_dim=4), L("linear", out_features=3)))
    for probe, name in ((rnn_states_probe, "hidden-state trace"),
                        (gradient_time_probe, "gradient-through-time view")):
        with pytest.raises(ValueError, match=f"The {name} needs a recurrent layer"):
            probe(flat, {})
    points = SimpleNamespace(dataset=SimpleNamespace(points_2d=True, sequence=None,
                                                     image_shape=None, class_names=()),
                             model=None)
    with pytest.raises(ValueError, match="reads sequences"):
        rnn_states_probe(points, {})
    probed = run_probes(SimpleNamespace(session=flat), ["rnn_states", "gradient_time", "sample"],
                        {})
    results, problems = probed["live"], probed["live_problems"]
    assert results == {} and set(problems) == {"rnn_states", "gradient_time", "sample"}
    assert {"rnn_states", "gradient_time", "sample"} <= set(LIVE_PROBES)



# -- crossing to the window ---------------------------------------------------------------
def test_results_cross_in_snapshots_without_torch():
    session = char_model("lstm")
    for probe in (rnn_states_probe, gradient_time_probe, sample_probe):
        data = probe(session, {})
        copy = pickle.loads(pickle.dumps(data))
        assert type(copy) is type(data) and repr(copy) == repr(data)
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import sys, engine.shared.results.recurrent; print('torch' in sys.modules)"],
        capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"


def test_the_probes_run_in_a_real_training_session():
    from engine.shared.experiment import Experiment
    from engine.trainer.run import Trainer

    experiment = Experiment.from_dict({
        "data": {"dataset": "grammar", "n_points": 120, "train_ratio": 0.7},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "clip_gradients": True,
                     "clip_threshold": 1.0}}).with_network(
        layers=(L("embedding", embedding_dim=8), L("lstm", hidden_size=16)))
    trainer = Trainer(experiment, probes={"rnn_states", "gradient_time", "sample"})
    trainer.probe_options["sample"] = {"length": 30}
    for _ in range(5):
        trainer.step()
    snap = trainer.snapshot(False, 0.0)
    assert snap.live_problems == {}
    trace, gradient, sample = (snap.live[k] for k in ("rnn_states", "gradient_time", "sample"))
    steps = trainer.session.x_test.shape[1]
    assert trace.targets_at == "every" and len(trace.tokens) == steps
    assert trace.layers[0].hidden.shape == (steps, 16) and trace.layers[0].cell is not None
    assert gradient.norms.shape == (steps,) and np.all(np.isfinite(gradient.norms))
    assert gradient.clip == 1.0 and len(gradient.history_steps) == 5
    assert np.all(np.diff(gradient.history_steps) == 1)
    assert len(sample.text) == 30
