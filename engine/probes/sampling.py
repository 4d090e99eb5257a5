"""Sampling a character model (issue 7): text the net writes after a prompt.

Options: ``"prompt"`` (default: the first PROMPT_DEFAULT characters of test sequence 0),
``"temperature"`` in [0.05, 5] (default 0.8), ``"length"`` in [1, 1000] characters
(default 200), ``"seed"`` (default 0; the same seed writes the same text). Numbers out of
range are brought into it; values that are not numbers raise ValueError.

The prompt is read in one pass of the network (each recurrent module called with its
whole input, giving its final states); then each character is drawn from
softmax(logits / T) (inverse CDF of a uniform number from a torch.Generator seeded by
``seed``) and fed back, carrying every
recurrent sub-layer's state (h, or (h, c) for an LSTM) from step to step: writing n
characters costs n single steps, not a re-reading of the growing text. Every other layer
is applied to the one step (Embedding, Linear, activations, LayerNorm, Dropout in eval
mode, residual blocks of those); a Last step, a bidirectional layer or any layer that
mixes steps cannot write text and raises ValueError.

An empty prompt (or one whose characters are all unknown) starts from the zero state fed
with one seed character that is not shown: a newline if the vocabulary has one, else a
space, else the first token of the vocabulary.
"""

from __future__ import annotations

import torch
from torch import nn

from engine.models.stack import Recurrent, Residual, StackModel
from engine.probes.conv_stack import measuring
from engine.probes.recurrent_cells import CELLS, cell_kind, sublayer_weights
from engine.probes.recurrent_stack import class_probabilities
from engine.shared.messages import CODES
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.recurrent import SampleData

PROMPT_DEFAULT = 20
#: Prompt characters read at most (the last ones are kept: they set the context).
MAX_PROMPT = 1000
NOT_A_CHARACTER_MODEL = CODES["sample.not_a_character_model"]
#: Modules that act on each step alone, so one step at a time gives the same result.
_PER_STEP = (nn.Embedding, nn.Linear, nn.Dropout, nn.LayerNorm, nn.ReLU, nn.Tanh,
             nn.Sigmoid, nn.Identity, nn.GELU, nn.SiLU, nn.LeakyReLU)


@implements("sample")
def sample_probe(session, options: dict) -> SampleData:
    vocab = _character_vocab(session)
    model = session.model
    _check_per_step(model)
    temperature = options["temperature"]
    length, seed = int(options["length"]), int(options["seed"])
    prompt = options["prompt"] if "prompt" in options else _default_prompt(session, vocab)
    prompt = prompt[-MAX_PROMPT:]
    ids = {token: i for i, token in enumerate(vocab)}
    unknown = tuple(sorted({ch for ch in prompt if ch not in ids}))
    known = [ids[ch] for ch in prompt if ch in ids] or [_seed_token(vocab)]
    generator = torch.Generator(device=session.device)
    generator.manual_seed(seed)
    with measuring(model), torch.inference_mode():
        written = _write(session, model, known, length, temperature, generator)
    return SampleData(step=int(session.step_count), prompt="".join(ch for ch in prompt
                                                                    if ch in ids),
                      temperature=temperature, text="".join(vocab[i] for i in written),
                      unknown=unknown)


def _character_vocab(session) -> tuple[str, ...]:
    info = session.dataset.sequence
    objective = session.objective
    vocab = tuple(info.vocab) if info is not None else ()
    names = tuple(session.dataset.class_names)
    if (info is None or info.layout != "tokens" or not info.per_step or not vocab
            or objective.problem != "classification" or objective.n_classes != len(vocab)
            or (names and names != vocab)):
        raise ProbeError.of("sample.not_a_character_model")
    return vocab


def _check_per_step(model) -> None:
    if not (isinstance(model, StackModel)
            and any(isinstance(layer, Recurrent) for layer in model.layers)):
        raise ProbeError.of("sample.needs_recurrent")
    for layer in model.layers:
        inner = layer.body if isinstance(layer, Residual) else [layer]
        for module in inner:
            if isinstance(module, Recurrent) and module.rnn.bidirectional:
                raise ProbeError.of("sample.bidirectional")
            if isinstance(layer, Residual) and isinstance(module, Recurrent):
                raise ProbeError.of("sample.residual_state")
            if not isinstance(module, (*_PER_STEP, Recurrent)):
                raise ProbeError.of("sample.whole_sequence_layer",
                                    layer=type(module).__name__)


def _default_prompt(session, vocab: tuple[str, ...]) -> str:
    if session.x_test.shape[0] == 0:
        return ""
    return "".join(vocab[i] for i in session.x_test[0, :PROMPT_DEFAULT].tolist()
                   if 0 <= i < len(vocab))


def _seed_token(vocab: tuple[str, ...]) -> int:
    for start in ("\n", " "):
        if start in vocab:
            return vocab.index(start)
    return 0


def _write(session, model, prompt: list[int], length: int, temperature: float,
           generator: torch.Generator) -> list[int]:
    """Token ids drawn after ``prompt``, one step at a time with carried states."""
    x = torch.tensor([prompt], dtype=torch.long, device=session.device)
    logits, states = _read_prompt(model, x)
    objective, chosen = session.objective, []
    # Inverse-CDF draws from uniforms drawn up front: a third of torch.multinomial's cost
    # per character, and the same text for the same seed.
    uniforms = torch.rand(length, 1, 1, generator=generator, device=session.device)
    for i in range(length):
        probs = class_probabilities(objective, logits / temperature)
        token = torch.searchsorted(probs.cumsum(dim=1), uniforms[i], right=True)[:, 0]
        token = token.clamp_(max=probs.shape[1] - 1)  # (1,): the next input
        chosen.append(token)
        if len(chosen) < length:
            logits = _step(model, token, states)
    return torch.cat(chosen).tolist()


def _read_prompt(model, x: torch.Tensor) -> tuple[torch.Tensor, dict[int, list]]:
    """Logits after the prompt's last step (1, C), and every recurrent sub-layer's state:
    states[row] = [h of each sub-layer] (RNN, GRU) or [(h, c) of each] (LSTM), (1, H)."""
    states: dict[int, list] = {}
    for index, layer in enumerate(model.layers):
        if isinstance(layer, Recurrent):
            x, final = layer.rnn(x)
            states[index] = _per_sublayer(layer.mode, final)
        else:
            x = layer(x)
    out = model.head(x) if model.head is not None else x
    return out[:, -1], states


def _per_sublayer(mode: str, final) -> list:
    if mode == "lstm":
        h, c = final
        return [(h[k], c[k]) for k in range(h.shape[0])]
    return [final[k] for k in range(final.shape[0])]


def _step(model, token: torch.Tensor, states: dict[int, list]) -> torch.Tensor:
    """Logits (1, C) of one new step. A recurrent layer steps with PyTorch's own one-step
    kernels (torch.lstm_cell...) on the module's weights: nn.LSTM's general forward costs
    ~90 µs a call on one step against ~25 µs, and 200 characters must take < 30 ms."""
    x = token
    for index, layer in enumerate(model.layers):
        if not isinstance(layer, Recurrent):
            x = layer(x)
            continue
        rnn, carried = layer.rnn, states[index]
        for k in range(rnn.num_layers):
            weights = sublayer_weights(rnn, k)
            carried[k] = CELLS[cell_kind(rnn)](x, carried[k], *weights)
            x = carried[k][0] if layer.mode == "lstm" else carried[k]
    return model.head(x) if model.head is not None else x
