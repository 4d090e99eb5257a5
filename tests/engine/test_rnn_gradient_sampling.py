"""The gradient through time against per-example autograd through zero perturbations
added to h_t (with PyTorch's one-step cells), and sampling against a greedy loop that
re-reads the whole growing text."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from engine.models.stack import Recurrent
from engine.probes.gradient_time import gradient_time_probe
from engine.probes.sampling import NOT_A_CHARACTER_MODEL, sample_probe
from tests.engine.rnn_sessions import VOCAB, L, char_model, make_session


# -- gradient through time --------------------------------------------------------------
def one_step_cell(rnn: nn.RNNBase, mode: str, k: int) -> nn.Module:
    """PyTorch's one-step cell holding sub-layer k's weights (a second implementation)."""
    cell_type = {"rnn": nn.RNNCell, "lstm": nn.LSTMCell, "gru": nn.GRUCell}[mode]
    in_size = rnn.input_size if k == 0 else rnn.hidden_size
    cell = cell_type(in_size, rnn.hidden_size).to(torch.float64)
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(cell, name).copy_(getattr(rnn, f"{name}_l{k}"))
    return cell


def reference_norms(session) -> np.ndarray:
    """mean_j ‖∂L_j/∂h_t‖, L_j the loss of example j alone, from zero tensors eps_t added
    to the top layer's h_t, one example at a time."""
    model = session.model.eval()
    top = max(i for i, layer in enumerate(model.layers) if isinstance(layer, Recurrent))
    rnn, mode = model.layers[top].rnn, model.layers[top].mode
    cells = [one_step_cell(rnn, mode, k) for k in range(rnn.num_layers)]
    per_step = session.dataset.sequence.per_step
    norms = []
    for j in range(session.x_test.shape[0]):
        x = session.x_test[j:j + 1]
        x = x.double() if x.is_floating_point() else x
        for layer in model.layers[:top]:
            x = layer(x)
        eps = [torch.zeros(1, rnn.hidden_size, dtype=torch.float64, requires_grad=True)
               for _ in range(x.shape[1])]
        for k, cell in enumerate(cells):
            h = torch.zeros(1, rnn.hidden_size, dtype=torch.float64)
            state, outputs = None, []
            for t in range(x.shape[1]):
                if mode == "lstm":
                    state = cell(x[:, t], state)
                    h = state[0]
                else:
                    h = cell(x[:, t], h)
                if k == rnn.num_layers - 1:
                    h = h + eps[t]
                    if mode == "lstm":
                        state = (h, state[1])
                outputs.append(h)
            x = torch.stack(outputs, 1)
        for layer in model.layers[top + 1:]:
            x = layer(x)
        raw = model.head(x)
        y = session.y_test[j:j + 1].double()
        if per_step:
            raw, y = raw[0], y[0]
        loss = session.objective.loss_of(raw, y)
        grads = torch.autograd.grad(loss, eps)
        norms.append([float(g.norm()) for g in grads])
    return np.mean(norms, axis=0)


def reference_parameter_norm(session) -> float:
    model = session.model.eval()
    x = session.x_test
    x = x.double() if x.is_floating_point() else x
    raw, y = model(x), session.y_test.double()
    if session.dataset.sequence.per_step:
        raw, y = raw.reshape(-1, raw.shape[-1]), y.reshape(-1)
    grads = torch.autograd.grad(session.objective.loss_of(raw, y),
                                list(model.parameters()))
    return float(torch.sqrt(sum((g ** 2).sum() for g in grads)))


GRADIENT_CASES = {
    "last step, LSTM of 2 layers": dict(
        stack=(L("lstm", hidden_size=4, num_layers=2), L("last_step"),
               L("linear", out_features=5), L("tanh")),
        layout="values", features=2, per_step=False, classes=("x", "y", "z")),
    "per step, characters, GRU": dict(
        stack=(L("embedding", embedding_dim=3), L("rnn", hidden_size=4),
               L("gru", hidden_size=5), L("layernorm"))),
    "per step, regression, RNN": dict(
        stack=(L("rnn", hidden_size=5),), layout="values", problem="regression",
        classes=()),
}


@pytest.mark.parametrize("case", GRADIENT_CASES)
def test_gradient_through_time_equals_per_example_autograd(case):
    session = make_session(**GRADIENT_CASES[case], double=True, n=5)
    session.model.train()
    data = gradient_time_probe(session, {"examples": 5})
    assert session.model.training  # restored
    assert all(p.grad is None for p in session.model.parameters())  # never touched
    assert data.examples == 5 and data.norms.dtype == np.float64 and data.norms.shape == (9,)
    np.testing.assert_allclose(data.norms, reference_norms(session), rtol=1e-10, atol=1e-12)
    assert data.parameter_norm == pytest.approx(reference_parameter_norm(session), rel=1e-10)
    assert data.targets_at == ("last" if case.startswith("last") else "every")
    assert data.clip == 2.5 and data.bptt == 0 and data.step == 11
    np.testing.assert_array_equal(data.history_steps, [0, 1, 2])
    np.testing.assert_array_equal(data.history_norms, [0.5, 2.0, 1.0])


def recurrent_weights(session, scale: float, input_scale: float) -> None:
    """A scaled orthogonal W_hh (spectral radius ``scale``), small inputs, no biases."""
    rnn = session.model.layers[0].rnn
    q, _ = torch.linalg.qr(torch.randn(rnn.hidden_size, rnn.hidden_size,
                                       generator=torch.Generator().manual_seed(3)))
    with torch.no_grad():
        rnn.weight_hh_l0.copy_(scale * q)
        rnn.weight_ih_l0.mul_(input_scale)
        rnn.bias_ih_l0.zero_()
        rnn.bias_hh_l0.zero_()


def test_a_plain_rnn_with_small_recurrent_weights_forgets_early_steps():
    session = make_session((L("rnn", hidden_size=16), L("last_step")), layout="values",
                           per_step=False, problem="regression", classes=(), steps=30)
    recurrent_weights(session, 0.3, 1.0)
    norms = gradient_time_probe(session, {}).norms
    assert np.all(np.diff(norms) > 0)  # falling toward t = 0
    assert norms[0] < 1e-10 * norms[-1]


def test_large_recurrent_weights_make_the_gradient_explode_backwards():
    session = make_session((L("rnn", hidden_size=16), L("last_step")), layout="values",
                           per_step=False, problem="regression", classes=(), steps=30)
    recurrent_weights(session, 1.5, 1e-4)
    data = gradient_time_probe(session, {"examples": 1000})
    assert data.examples == 6  # all there are
    assert np.all(np.diff(data.norms) < 0)  # growing toward t = 0
    assert data.norms[0] > 1e4 * data.norms[-1]


@pytest.mark.parametrize("examples", ["many", None, 2.5])
def test_junk_example_counts_are_refused(examples):
    session = make_session((L("embedding", embedding_dim=4), L("rnn", hidden_size=3)))
    with pytest.raises(ValueError, match="whole number"):
        gradient_time_probe(session, {"examples": examples})


# -- sampling ------------------------------------------------------------------------------
def greedy(model, prompt: str, length: int) -> tuple[str, float]:
    """Argmax continuation re-reading the whole growing text at every step, and the
    smallest gap between the best and second-best logit met on the way."""
    ids, gap = [VOCAB.index(ch) for ch in prompt], np.inf
    with torch.no_grad():
        for _ in range(length):
            logits = model.eval()(torch.tensor([ids]))[0, -1]
            top = torch.topk(logits, 2).values
            gap = min(gap, float(top[0] - top[1]))
            ids.append(int(logits.argmax()))
    return "".join(VOCAB[i] for i in ids[len(prompt):]), gap


def decisive_greedy(model, prompt: str, length: int) -> str:
    """The greedy continuation, after scaling the head so that at T = 0.05 any other
    character has a chance below e^-40 (scaling the head's weights and bias scales every
    logit and keeps the greedy path)."""
    text, gap = greedy(model, prompt, length)
    with torch.no_grad():
        for p in model.head.parameters():
            p.mul_(2.0 / gap)
    assert greedy(model, prompt, length) == (text, pytest.approx(2.0, rel=1e-4))
    return text


@pytest.mark.parametrize("mode", ["rnn", "lstm", "gru"])
def test_the_coldest_sample_is_the_greedy_continuation(mode):
    session = char_model(mode)
    text = decisive_greedy(session.model, "ab (c.", 40)
    data = sample_probe(session, {"prompt": "ab (c.", "temperature": 0.0, "length": 40})
    assert data.temperature == 0.05 and data.prompt == "ab (c." and data.unknown == ()
    assert data.text == text and data.step == 11


def test_sampling_is_deterministic_with_a_seed_and_reads_the_test_text_by_default():
    session = char_model("lstm")
    first = sample_probe(session, {"temperature": 2.0, "seed": 4})
    assert first == sample_probe(session, {"temperature": 2.0, "seed": 4})
    assert first.text != sample_probe(session, {"temperature": 2.0, "seed": 5}).text
    assert len(first.text) == 200 and first.temperature == 2.0
    assert first.prompt == "".join(VOCAB[i] for i in session.x_test[0, :20].tolist())
    assert set(first.text) <= set(VOCAB)


def test_unknown_prompt_characters_are_left_out_and_listed():
    session = char_model("gru")
    data = sample_probe(session, {"prompt": "a#b%#", "length": 5})
    assert data.prompt == "ab" and data.unknown == ("#", "%") and len(data.text) == 5
    empty = sample_probe(session, {"prompt": "", "length": 3})
    assert empty.prompt == "" and len(empty.text) == 3
    seeded = decisive_greedy(session.model, "\n", 3)  # an empty prompt starts at a newline
    assert sample_probe(session, {"prompt": "", "length": 3, "temperature": 0.05}).text == \
        seeded


@pytest.mark.parametrize("changes", [
    dict(layout="values", classes=("x", "y")),
    dict(per_step=False),
    dict(problem="regression", classes=()),
    dict(classes=("0", "1", "2")),
])
def test_sampling_needs_a_character_model(changes):
    stack = (L("lstm", hidden_size=4),) if changes.get("layout") == "values" else \
        (L("embedding", embedding_dim=4), L("lstm", hidden_size=4))
    if changes.get("per_step") is False:
        stack += (L("last_step"),)
    with pytest.raises(ValueError, match=NOT_A_CHARACTER_MODEL):
        sample_probe(make_session(stack, **changes), {})


@pytest.mark.parametrize(("stack", "message"), [
    ((L("embedding", embedding_dim=4), L("gru", hidden_size=4, bidirectional=True)),
     "bidirectional"),
    ((L("embedding", embedding_dim=4), L("gru", hidden_size=4), L("flatten"),
      L("linear", out_features=8)), "one character at a time"),
])
def test_layers_that_read_the_whole_text_cannot_sample(stack, message):
    with pytest.raises(ValueError, match=message):
        sample_probe(make_session(stack), {})


@pytest.mark.parametrize("options", [{"temperature": "hot"}, {"length": 2.5},
                                     {"seed": None}, {"prompt": 3}])
def test_junk_sampling_options_are_refused(options):
    with pytest.raises(ValueError):
        sample_probe(char_model("rnn"), options)


