"""What the ConvNet probes share: which runs they apply to, layer labels, a measuring
forward pass (eval mode, no gradients) and class probabilities from raw outputs."""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import torch

from engine.models.stack import StackModel
from engine.shared.messages import Message
from engine.shared.probe_options import ProbeError

#: Test images a probe reads at most per snapshot (confusion, pooling batches).
MAX_TEST = 2000


def require_image_stack(session, what: Message) -> StackModel:
    """The session's builder stack on images, or ProbeError saying what the view
    ``what`` (its name, as a Message) needs."""
    if session.dataset.points_2d:
        raise ProbeError.of("conv.not_images", what=what)
    model = session.model
    if not isinstance(model, StackModel) or model.input_shape.layout != "image":
        raise ProbeError.of("conv.not_an_image_stack", what=what)
    return model


def require_classes(session, what: Message) -> None:
    if session.objective.problem != "classification":
        raise ProbeError.of("conv.needs_classes", what=what)


def layer_label(position, layer_or_kind, output: torch.Tensor) -> str:
    """"1 Conv2d 8×8×8": position, kind label and the output's shape (no batch)."""
    label = layer_or_kind if isinstance(layer_or_kind, str) else layer_or_kind.label
    shape = "×".join(str(d) for d in output.shape[1:])
    return f"{position} {label} {shape}"


def labels_of(model: StackModel, outputs: list[torch.Tensor]) -> list[tuple[str, str]]:
    """(label, kind) for every output of ``model.layer_outputs``, the head last."""
    result = [(layer_label(i, layer, out), layer.kind)
              for i, (layer, out) in enumerate(zip(model.stack, outputs), start=1)]
    if model.head is not None:
        result.append((layer_label("out", "Linear", outputs[-1]), "head"))
    return result


@contextmanager
def measuring(model: torch.nn.Module):
    """Eval mode (no dropout, batch norm from running statistics), restored after."""
    was_training = model.training
    model.eval()
    try:
        yield
    finally:
        model.train(was_training)


def probabilities(objective, raw: torch.Tensor) -> torch.Tensor:
    """(N, K) class probabilities; two classes read the one logit as [1 - p, p]."""
    if objective.is_binary:
        p = torch.sigmoid(raw[:, 0])
        return torch.stack([1 - p, p], dim=1)
    return torch.softmax(raw, dim=1)


def to_numpy(tensor: torch.Tensor, dtype=np.float32) -> np.ndarray:
    return tensor.detach().to("cpu", torch.float32, copy=True).numpy().astype(dtype, copy=False)


def test_images(session, limit: int = MAX_TEST) -> tuple[torch.Tensor, torch.Tensor]:
    """The first ``limit`` test inputs, shaped as the model reads them, and their labels."""
    return session.x_test[:limit], session.y_test[:limit]


def image_shape(session) -> tuple[int, int, int]:
    """(C, H, W) of the data's images."""
    model = session.model
    if isinstance(model, StackModel) and model.input_shape.layout == "image":
        return tuple(model.input_shape.dims)
    height, width = session.dataset.image_shape
    return (1, height, width)


def images_within(session, pixel_budget: int, cap: int) -> int:
    """How many images fit a budget of pixels: a probe costs about the same per snapshot
    on 8×8 digits and on 28×28 images (at least 16, at most ``cap``)."""
    c, h, w = image_shape(session)
    return max(16, min(cap, pixel_budget // max(c * h * w, 1)))


class StepCache:
    """The last result, reused while the weights, data and options are unchanged: a
    paused run is not measured again at every snapshot."""

    def __init__(self) -> None:
        self._key = None
        self._value = None

    @staticmethod
    def key(session, options: dict):
        first = next(iter(session.model.parameters()), None)
        fingerprint = float(first.detach().flatten()[:64].sum()) if first is not None else 0.0
        return (id(session.model), session.step_count, session.data_version,
                repr(sorted(options.items())), fingerprint)

    def get(self, key):
        return self._value if key == self._key else None

    def put(self, key, value) -> None:
        self._key, self._value = key, value
