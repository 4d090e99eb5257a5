"""Ready-made stacks a person can start from, one per kind of data (torch-free).

Each is a classic of its kind, small enough to train live on a CPU, so that the first
thing a person sees of a layout is a network that works.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    #: What it learns from: "points", "images", "sequences", "text" or "words".
    data: str
    input: Shape
    n_outputs: int
    stack: tuple[Layer, ...]
    description: str


L = Layer.make


_TEMPLATES = (
    Template(
        "mlp", "Multilayer perceptron", "points", Shape.features(2), 1,
        (L("linear", out_features=8), L("tanh"), L("linear", out_features=8), L("tanh")),
        "Two hidden layers of 8 tanh units: the playground's classic network for 2-D points.",
    ),
    Template(
        "residual-mlp", "Residual MLP", "points", Shape.features(2), 1,
        (L("linear", out_features=16), L("relu"),
         L("residual", body=(L("linear", out_features=16), L("relu")))),
        "A skip connection around a hidden layer: the block learns a correction to its "
        "input, which keeps deep networks trainable.",
    ),
    Template(
        "lenet", "LeNet-5", "images", Shape.image(1, 28, 28), 10,
        (L("conv2d", out_channels=6, kernel=5, padding=2), L("relu"), L("maxpool2d", kernel=2),
         L("conv2d", out_channels=16, kernel=5), L("relu"), L("maxpool2d", kernel=2),
         L("flatten"), L("linear", out_features=120), L("relu"),
         L("linear", out_features=84), L("relu")),
        "LeCun's 1998 digit reader: two convolution-and-pooling stages, then three fully "
        "connected layers (with ReLU for the original's tanh).",
    ),
    Template(
        "small-convnet", "Small convnet", "images", Shape.image(1, 28, 28), 10,
        (L("conv2d", out_channels=8, kernel=3), L("relu"), L("maxpool2d", kernel=2),
         L("conv2d", out_channels=16, kernel=3), L("relu"), L("maxpool2d", kernel=2),
         L("flatten")),
        "Two small convolution stages straight into the output layer: few parameters, "
        "quick to train, and its filters are easy to look at.",
    ),
    Template(
        "padded-convnet", "Padded convnet", "images", Shape.image(1, 28, 28), 10,
        (L("conv2d", out_channels=8, kernel=3, padding=1), L("relu"), L("maxpool2d", kernel=2),
         L("conv2d", out_channels=16, kernel=3, padding=1), L("relu"),
         L("maxpool2d", kernel=2), L("flatten")),
        "Two convolution stages whose padding keeps the size, each pooling halves it: fits "
        "images as small as 4×4, such as the 8×8 digits.",
    ),
    Template(
        "char-rnn", "Character RNN", "text", Shape.tokens(64, 64), 64,
        (L("embedding", embedding_dim=16), L("rnn", hidden_size=128)),
        "Reads text one character at a time and predicts the next at every step, "
        "as in Karpathy's char-rnn.",
    ),
    Template(
        "neural-lm", "Neural language model", "words", Shape.tokens(3, 256), 190,
        (L("embedding", embedding_dim=32), L("flatten"), L("linear", out_features=128),
         L("tanh")),
        "Bengio et al. (2003): the previous words through one shared Embedding, "
        "concatenated, a tanh hidden layer, and a softmax over the vocabulary.",
    ),
    Template(
        "skip-gram", "Skip-gram word vectors", "words", Shape.tokens(1, 256), 190,
        (L("embedding", embedding_dim=32), L("flatten")),
        "word2vec: a word's vector scores the words around it; on skip-gram examples it "
        "trains with negative sampling, the output layer's rows being the context vectors.",
    ),
    Template(
        "lstm", "LSTM classifier", "sequences", Shape.sequence(50, 1), 2,
        (L("lstm", hidden_size=32), L("last_step")),
        "An LSTM reads the whole series; its last step's state decides the class.",
    ),
)

TEMPLATES: dict[str, Template] = {t.name: t for t in _TEMPLATES}


def templates_for(layout: str) -> list[Template]:
    """The templates whose input has ``layout`` ("features", "image", ...), in order."""
    return [t for t in _TEMPLATES if t.input.layout == layout]
