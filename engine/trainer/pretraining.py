"""Greedy layer-wise pre-training (Hinton et al. 2006, Bengio et al. 2007): before any
label is used, each hidden layer in turn learns to encode its own input.

For hidden layer k = 1..L of the perceptron, the layer's Linear and activation are the
encoder of an autoencoder; a fresh decoder Linear maps the code back to the layer's input
width. The input is what the layers below (already trained, now frozen) make of every
training example, labelled or not; the loss is the mean squared reconstruction error.
After ``steps_per_layer`` minibatches the next layer starts. The output layer is left to
supervised fine-tuning.

The pretrainer has its own optimizer (Adam), batch order and random generator, so the
run's optimizer and batch order are the same as those of a run without pre-training
(a fair comparison), and a file saved mid-way continues exactly (``state``/``load_state``).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from engine.models.network import MLP
from engine.shared.experiment_file import ExperimentFileError
from engine.shared.messages import Message, message

#: Adam's step size for the autoencoders: pre-training is meant to take seconds.
LEARNING_RATE = 1e-2
#: Tensor names in a saved file start with this (engine/trainer/checkpoint.py).
PREFIX = "pretrain."


class LayerwisePretrainer:
    def __init__(self, model: MLP, inputs: torch.Tensor, steps_per_layer: int,
                 batch_size: int, seed: int, learning_rate: float = LEARNING_RATE,
                 noise: float = 0.0) -> None:
        """``inputs``: every training example (labelled and unlabelled), as the network
        reads them. ``noise``: standard deviation of gaussian noise added to each
        autoencoder's input (denoising; the target stays clean)."""
        self.model = model
        self.inputs = inputs
        self.steps_per_layer = steps_per_layer
        self.batch_size = max(1, min(batch_size, max(len(inputs), 1)))
        self.learning_rate = learning_rate
        self.noise = noise
        self.n_layers = len(model.activations)
        self.generator = torch.Generator(device="cpu").manual_seed(seed)
        # All decoders now, so building them draws from torch's RNG at a fixed moment.
        self.decoders = nn.ModuleList(
            nn.Linear(linear.out_features, linear.in_features)
            for linear in list(model.linears)[:self.n_layers]).to(inputs.device)
        #: Hidden layer being pre-trained (0-based) and minibatches done on it.
        self.layer = 0
        self.layer_step = 0
        #: Reconstruction error of the last minibatch (None before the first).
        self.error: float | None = None
        self._order = torch.empty(0, dtype=torch.long)
        self._cursor = 0
        if not self.done:
            self._begin_layer()

    @property
    def done(self) -> bool:
        return (self.layer >= self.n_layers or self.steps_per_layer <= 0
                or len(self.inputs) == 0)

    def _begin_layer(self) -> None:
        """Codes of the frozen layers below on every example; a new optimizer."""
        with torch.no_grad():
            x = self.inputs
            for linear, act in list(zip(self.model.linears, self.model.activations))[
                    :self.layer]:
                x = act(linear(x))
        self._codes = x
        self.optimizer = torch.optim.Adam(self._parameters(), lr=self.learning_rate)

    def _parameters(self) -> list[nn.Parameter]:
        return [*self.model.linears[self.layer].parameters(),
                *self.decoders[self.layer].parameters()]

    def _next_batch(self) -> torch.Tensor:
        n = len(self.inputs)
        if self._cursor + self.batch_size > self._order.numel():
            self._order = torch.randperm(n, generator=self.generator)
            self._cursor = 0
        batch = self._order[self._cursor:self._cursor + self.batch_size]
        self._cursor += self.batch_size
        return batch.to(self.inputs.device)

    def reconstruct(self, x: torch.Tensor, layer: int) -> torch.Tensor:
        """Hidden layer ``layer``'s autoencoder applied to its input ``x``."""
        code = self.model.activations[layer](self.model.linears[layer](x))
        return self.decoders[layer](code)

    def step(self) -> float:
        """One minibatch on the current layer; moves to the next layer when its steps are
        done. Returns the minibatch's reconstruction error (before the update)."""
        if self.done:
            # A programming error (the session steps it only while not done), not a person's.
            raise RuntimeError("pre-training is over")
        target = self._codes[self._next_batch()]
        x = target
        if self.noise > 0:
            x = target + self.noise * torch.randn(
                target.shape, generator=self.generator).to(target.device)
        loss = F.mse_loss(self.reconstruct(x, self.layer), target)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        self.error = float(loss.detach())
        self.layer_step += 1
        if self.layer_step >= self.steps_per_layer:
            self.layer, self.layer_step = self.layer + 1, 0
            if not self.done:
                self._begin_layer()
        return self.error

    @torch.no_grad()
    def reconstruction_error(self, layer: int | None = None) -> float:
        """Mean squared error of ``layer``'s autoencoder (default: the current one) over
        every example, with the model's present weights."""
        layer = self.layer if layer is None else layer
        x = self.inputs
        for linear, act in list(zip(self.model.linears, self.model.activations))[:layer]:
            x = act(linear(x))
        return float(F.mse_loss(self.reconstruct(x, layer), x))

    def phase_message(self) -> Message | None:
        """E.g. "pre-training layer 1 of 2: reconstruction error 0.031"; None when done."""
        if self.done:
            return None
        if self.error is None:
            return message("training.pretraining_layer", layer=self.layer + 1,
                           layers=self.n_layers)
        return message("training.pretraining_layer_error", layer=self.layer + 1,
                       layers=self.n_layers, error=self.error)

    # -- saving and reopening (engine/trainer/checkpoint.py) ---------------------------------------
    def state(self) -> tuple[dict[str, torch.Tensor], dict]:
        """Tensors (named with PREFIX) and JSON numbers that continue this exactly."""
        tensors = {f"{PREFIX}generator": self.generator.get_state(),
                   f"{PREFIX}order": self._order.clone()}
        for name, value in self.decoders.state_dict().items():
            tensors[f"{PREFIX}decoders.{name}"] = value
        if not self.done:
            for i, entries in self.optimizer.state_dict()["state"].items():
                for key, value in entries.items():
                    tensors[f"{PREFIX}adam.{i}.{key}"] = value
        error = self.error if self.error is not None and math.isfinite(self.error) else None
        info = {"layer": self.layer, "layer_step": self.layer_step, "cursor": self._cursor,
                "error": error}
        return tensors, info

    def load_state(self, tensors: dict[str, torch.Tensor], info: dict) -> None:
        """Continue from ``state()``'s output; ExperimentFileError naming what does not fit
        (KeyError for a tensor that is missing)."""
        layer, layer_step, cursor = info.get("layer"), info.get("layer_step"), info.get(
            "cursor")
        error = info.get("error")
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                   for v in (layer, layer_step, cursor)) or not (
                error is None or isinstance(error, int | float)):
            raise ExperimentFileError.of("files.pretraining_malformed")
        if layer > self.n_layers or (layer < self.n_layers
                                     and layer_step >= self.steps_per_layer):
            raise ExperimentFileError.of("files.pretraining_misfit")
        order = tensors.get(f"{PREFIX}order")
        if (order is None or order.dtype != torch.int64 or order.dim() != 1
                or cursor > order.numel()
                or (order.numel() and not 0 <= int(order.min()) <= int(order.max())
                    < len(self.inputs))):
            raise ExperimentFileError.of("files.pretraining_order_misfit")
        decoders = {k[len(PREFIX) + len("decoders."):]: v for k, v in tensors.items()
                    if k.startswith(f"{PREFIX}decoders.")}
        self.decoders.load_state_dict(decoders, strict=True)
        self.generator.set_state(tensors[f"{PREFIX}generator"])
        self.layer, self.layer_step, self.error = layer, layer_step, error
        self._order, self._cursor = order, cursor
        if self.done:
            return
        self._begin_layer()
        parameters = self._parameters()
        state: dict[int, dict] = {}
        for key, value in tensors.items():
            if key.startswith(f"{PREFIX}adam."):
                number, _, entry = key[len(PREFIX) + len("adam."):].partition(".")
                if not number.isdigit() or int(number) >= len(parameters):
                    raise ExperimentFileError.of("files.pretraining_unexpected_tensor", key=key)
                state.setdefault(int(number), {})[entry] = value
        groups = self.optimizer.state_dict()["param_groups"]
        self.optimizer.load_state_dict({"state": state, "param_groups": groups})
