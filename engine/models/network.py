"""The playground's models, built from NetworkSettings: the perceptron the network panel
draws, or the layer builder's stack (engine.models.stack.StackModel).

The perceptron's hidden layers are kept as separate ``Linear`` + activation (+ dropout)
blocks so probes can read every neuron's output, and activations can be swapped without
touching weights.
"""

from __future__ import annotations

import torch
from torch import nn

from engine.shared.experiment import DataSettings, ExperimentError, NetworkSettings


def make_activation(name: str) -> nn.Module:
    table = {
        "relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "linear": nn.Identity,
        "leaky_relu": lambda: nn.LeakyReLU(0.01), "gelu": nn.GELU, "silu": nn.SiLU,
    }
    if name not in table:
        raise ExperimentError.of("training.unknown_activation", name=name)
    return table[name]()


class MLP(nn.Module):
    """features -> hidden layers -> output logits (or values, for regression)."""

    def __init__(self, n_inputs: int, hidden: tuple[int, ...], activations: tuple[str, ...],
                 n_outputs: int, dropout: float = 0.0):
        super().__init__()
        widths = (n_inputs, *hidden, n_outputs)
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.activations = nn.ModuleList(make_activation(a) for a in activations)
        self.dropout = nn.Dropout(dropout)

    def set_activation(self, name: str) -> None:
        """Swap every hidden activation, keeping the weights (no reset needed)."""
        self.activations = nn.ModuleList(make_activation(name) for _ in self.activations)

    def set_dropout(self, p: float) -> None:
        self.dropout.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for linear, act in zip(self.linears, self.activations):
            x = act(linear(x))
            if self.dropout.p > 0:
                x = self.dropout(x)
        return self.linears[-1](x)

    def layer_outputs(self, x: torch.Tensor) -> list[torch.Tensor]:
        """Every hidden layer's output (after activation) and the final output, no dropout."""
        outputs = []
        for linear, act in zip(self.linears, self.activations):
            x = act(linear(x))
            outputs.append(x)
        outputs.append(self.linears[-1](x))
        return outputs

    def weight_matrices(self) -> list[nn.Parameter]:
        return [linear.weight for linear in self.linears]

    @property
    def n_outputs(self) -> int:
        return self.linears[-1].out_features


def build_model(network: NetworkSettings, n_outputs: int,
                data: DataSettings | None = None) -> nn.Module:
    """The perceptron, or the builder's stack when ``network.layers`` holds one. Its
    input width comes from ``data`` (the digits' 64 pixels) or else from the features."""
    from engine.shared.catalogue import caption_info, translation_info
    if data is not None and translation_info(data.dataset) is not None:
        from engine.models.translator import build_translator
        return build_translator(network)
    if data is not None and caption_info(data.dataset) is not None:
        from engine.models.caption_model import build_captioner
        return build_captioner(network, n_outputs)
    from engine.shared.network_stack import input_shape
    shape = input_shape(network, data)
    layers = tuple(network.layers)
    if not layers and shape.layout in ("sequence", "tokens"):
        # The perceptron cannot read a sequence: the data's own recurrent stack does.
        from engine.shared.catalogue import sequence_info
        from engine.shared.network_stack import sequence_stack
        layers = sequence_stack(sequence_info(data.dataset))
    if layers:
        from engine.models.stack import build
        model = build(layers, shape, n_outputs)
    else:
        model = MLP(shape.dims[0], tuple(network.hidden),
                    tuple(network.activations), n_outputs, network.dropout)
    if network.init_scale != 1.0:
        with torch.no_grad():
            for parameter in model.parameters():
                parameter.mul_(network.init_scale)
    if network.recurrent_scale != 1.0:
        with torch.no_grad():
            for module in model.modules():
                if isinstance(module, nn.RNNBase):
                    for name, parameter in module.named_parameters():
                        if name.startswith("weight_hh"):
                            parameter.mul_(network.recurrent_scale)
    return model


def exportable(model: nn.Module) -> bool:
    """Whether the export can take ``model``: a layer stack or a perceptron (a translator
    is an encoder-decoder with its own decoding loop, which the export cannot write)."""
    from engine.models.stack import StackModel
    return isinstance(model, (StackModel, MLP))


@torch.no_grad()
def as_stack_model(model: nn.Module, network: NetworkSettings) -> nn.Module:
    """The model as a StackModel with the same weights (what export works on). Its input
    is the perceptron's own width, so a net on the digits exports with 64 inputs."""
    from engine.models.stack import StackModel, build
    from engine.shared.layers.shape import Shape
    from engine.shared.network_stack import mlp_stack
    if isinstance(model, StackModel):
        return model
    assert isinstance(model, MLP)
    shape = Shape.features(model.linears[0].in_features)
    stack_model = build(mlp_stack(network), shape, model.n_outputs)
    linears = [m for m in stack_model.layers if isinstance(m, nn.Linear)] + [stack_model.head]
    for target, source in zip(linears, model.linears, strict=True):
        target.weight.copy_(source.weight)
        target.bias.copy_(source.bias)
    return stack_model.to(next(model.parameters()).device)
