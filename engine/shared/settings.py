"""The three sections of an experiment: data, network and training settings, as plain
typed values (the Experiment that holds them is engine.shared.experiment).

Every control of the window maps to exactly one field here (the TF-Playground
``state.ts`` habit), so an experiment round-trips through JSON without loss and a
demo file is just a partial experiment.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.shared.messages import MessageError

OPTIMIZERS = ("sgd", "momentum", "adam", "rmsprop", "adagrad")
REGULARIZATIONS = ("none", "l1", "l2")
LOSSES = ("auto", "mse", "bce", "ce")
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin_x1", "sin_x2")
#: How each feature reads on screen (here, not in engine.models.features, so the window can
#: use it without loading torch).
FEATURE_LABELS = {
    "x1": "X₁", "x2": "X₂", "x1^2": "X₁²", "x2^2": "X₂²", "x1*x2": "X₁X₂",
    "sin_x1": "sin(X₁)", "sin_x2": "sin(X₂)",
}

#: Limits a person meets in the window; ``Limits`` can be lifted per experiment.
MAX_HIDDEN_LAYERS = 10
MAX_UNITS = 64


class ExperimentError(MessageError):
    """A setting that cannot be used, with a message a person can act on."""


@dataclass(frozen=True)
class DataSettings:
    #: Dataset id from ``engine.data.DATASETS`` ("custom": only a person's own points).
    dataset: str = "circle"
    #: Number of generated points, train and test together.
    n_points: int = 500
    #: Noise level, 0 (clean) to 0.5 (heavily mixed), as a fraction of the data's scale.
    noise: float = 0.0
    #: Fraction of the points used for training; the rest is the test set.
    train_ratio: float = 0.5
    #: Seed of the generator: same settings and seed, same points.
    seed: int = 0
    #: A person's own points (x1, x2, label or value), added to the generated ones.
    custom_points: tuple[tuple[float, float, float], ...] = ()
    #: Number of classes for datasets that support more than two (spiral, gaussians).
    n_classes: int = 2
    #: Training examples that keep their label (0 = all); the rest of the training set
    #: is unlabelled and read only by pre-training. Image data (the digits) only.
    labels: int = 0
    #: A person's data: the images file of "idx" (its labels file lies beside it) or
    #: the folder of "folder" (one sub-folder per class). Ignored by the other datasets.
    path: str = ""
    #: Changes made to every training batch of image data, names from
    #: ``engine.data.augment.AUGMENTATIONS`` ("shift", "rotate", "flip", "noise").
    augment: tuple[str, ...] = ()
    #: How strong the augmentation is, 0 to 1 (1: shifts of 4 pixels, turns of 20°).
    augment_strength: float = 0.5
    #: Steps per sequence of sequence data (the lag of delayed recall is 2 less);
    #: 0 takes the data's own default. Ignored by points and images.
    seq_length: int = 0
    #: Word data (engine.shared.catalogue.WORD_DATASETS), ignored by the others. The
    #: generated corpus's language, "en" or "ko" (``n_points`` counts its sentences).
    language: str = "en"
    #: "lm": the previous ``context`` words -> the next word (Bengio et al. 2003);
    #: "skipgram": a centre word -> each word within ``context`` of it, scored against
    #: ``negatives`` words drawn from the corpus (word2vec's negative sampling).
    word_task: str = "lm"
    context: int = 3
    negatives: int = 5
    #: Most words a person's text keeps; rarer ones become <unk>.
    max_vocab: int = 5000


@dataclass(frozen=True)
class NetworkSettings:
    #: Input features fed to the network, names from ``FEATURES``.
    features: tuple[str, ...] = ("x1", "x2")
    #: Width of each hidden layer (0 to 10 layers).
    hidden: tuple[int, ...] = (4, 2)
    #: Activation of each hidden layer (same length as ``hidden``).
    activations: tuple[str, ...] = ("tanh", "tanh")
    #: Dropout probability after each hidden layer (0 switches it off).
    dropout: float = 0.0
    #: Multiplies PyTorch's default initial weights and biases: a tiny value starts the
    #: net next to the saddle point at zero (the `saddle` demo).
    init_scale: float = 1.0
    #: Multiplies the initial recurrent (hidden-to-hidden) weights of RNN/LSTM/GRU layers
    #: on top of ``init_scale``: above about 2 a tanh RNN's gradient explodes through time
    #: instead of vanishing (the `gradient-time` demo).
    recurrent_scale: float = 1.0
    #: Maximum number of hidden layers and units per layer the window allows.
    max_layers: int = MAX_HIDDEN_LAYERS
    max_units: int = MAX_UNITS
    #: A stack assembled in the layer builder (engine.shared.layers.Layer values), used instead
    #: of ``hidden``/``activations`` when it is not a plain perceptron. Empty: the
    #: playground's MLP. The output layer is not part of it: the data decide its size.
    layers: tuple = ()
    #: The translator (engine/models/seq2seq.py), on translation data only: whether its
    #: decoder attends over the encoder's states (Bahdanau et al. 2015) or reads only
    #: the thought vector; its GRUs' width and its word vectors' length.
    attention: bool = True
    translator_hidden: int = 128
    translator_embedding: int = 64
    #: The captioner (engine/models/captioner.py), on captioned scenes only (it reads
    #: ``attention`` too: soft attention over the encoder's 8x8 cells, or the picture's
    #: vector as the decoder's first input): its LSTM's width, its word vectors' length,
    #: the width of its attention scores, and the share of teacher-forced input words
    #: hidden while training (the decoder must look at the picture to go on).
    caption_hidden: int = 192
    caption_embedding: int = 48
    caption_attention_dim: int = 96
    caption_word_dropout: float = 0.6


@dataclass(frozen=True)
class TrainSettings:
    optimizer: str = "sgd"
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    reg_rate: float = 0.0
    #: "auto" picks cross-entropy for classes, MSE for regression.
    loss: str = "auto"
    #: Seed of weight initialisation and batch order.
    seed: int = 0
    #: "auto", "cpu", "cuda" or "mps".
    device: str = "auto"
    #: Greedy layer-wise autoencoder pre-training: minibatch steps per hidden layer
    #: before supervised training starts (0 = none; engine/trainer/pretraining.py).
    pretrain_steps: int = 0
    #: Scale the whole gradient down to ``clip_threshold`` when its norm is larger
    #: (recurrent nets' exploding gradients); kept apart so switching it off and on
    #: remembers the threshold.
    clip_gradients: bool = False
    clip_threshold: float = 1.0
    #: Truncated back-propagation through time: sequences are read in chunks of this many
    #: steps, the state carried on but the gradient stopped between chunks (0: the whole
    #: sequence).
    bptt: int = 0


