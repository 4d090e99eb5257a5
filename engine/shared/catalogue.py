"""Every dataset the data panel lists and ``DataSettings.dataset`` may name, in order:
the 2-D point sets of ``toy2d``, then data that are not points (digits, generated shapes,
a person's IDX files or image folder), then sequences (algorithmic tasks and text)."""

from __future__ import annotations

from dataclasses import dataclass

#: Largest number of classes any source of points may use (the CSV loader included).
MAX_CLASSES = 9

@dataclass(frozen=True)
class DatasetInfo:
    #: Key used in ``DataSettings.dataset`` and in demo files.
    id: str
    #: Short English name for the gallery and the data panel.
    title: str
    #: "classification" or "regression".
    problem: str
    #: 1 for regression, 2 for binary sets, more where ``n_classes`` changes the set.
    max_classes: int
    #: Values per example the network reads: 2-D points go through the features (x1,
    #: x1², sin…); other data feed their own values and ignore the features.
    n_inputs: int = 2
    #: (height, width) of each example for image data, None for 2-D points.
    image_shape: tuple[int, int] | None = None
    #: True where ``DataSettings.n_classes`` picks how many classes are generated (for
    #: sequences: how many symbols there are).
    adjustable_classes: bool = False
    #: True where ``DataSettings.path`` names a person's file or folder to read.
    from_path: bool = False

    @property
    def points_2d(self) -> bool:
        """True for points in the plane: the features, the boundary and the neuron maps
        apply. Image data have a fixed number of classes (``max_classes``)."""
        return self.image_shape is None


#: The 2-D point sets (engine/data/toy2d.py draws them), in gallery order.
POINT_DATASETS: dict[str, DatasetInfo] = {info.id: info for info in (
    DatasetInfo("circle", "Circle", "classification", 2),
    DatasetInfo("xor", "Exclusive or", "classification", 2),
    DatasetInfo("gaussians", "Gaussian blobs", "classification", 5),
    DatasetInfo("spiral", "Spiral", "classification", 5),
    DatasetInfo("moons", "Two moons", "classification", 2),
    DatasetInfo("checkerboard", "Checkerboard", "classification", 2),
    DatasetInfo("two-curves", "Two curves", "classification", 2),
    DatasetInfo("plane", "Plane", "regression", 1),
    DatasetInfo("multi-gaussian", "Gaussian bumps", "regression", 1),
    DatasetInfo("custom", "Your own points", "classification", MAX_CLASSES),
)}

#: Side of the images of the shapes and of a person's files: MNIST's 28×28.
IMAGE_SIDE = 28
#: Most classes a person's IDX file or image folder may have.
MAX_FILE_CLASSES = 20


@dataclass(frozen=True)
class ImageDatasetInfo(DatasetInfo):
    """Image data: what augmentation may do to them and where their classes come from."""

    #: Horizontal flip as augmentation: None where a mirrored image is not an example of
    #: any class (a mirrored 3 is no digit), else the label each class gets in the mirror
    #: (a mirrored "bar /" is a "bar \\").
    flip_labels: tuple[int, ...] | None = None
    #: Pixels in the data's own files run from 0 to this (the digits' 16, a byte's 255);
    #: engine/data divides by it, so the network reads 0 to 1. An export of a run takes
    #: pixels in these units and divides by it itself (engine/models/export_io.py).
    pixel_max: float = 1.0

    @property
    def flip_ok(self) -> bool:
        return self.flip_labels is not None


#: Bundled handwritten digits (engine/data/digits.py): 64 pixel values, 10 classes.
DIGITS = ImageDatasetInfo("digits", "Digits (8×8 images)", "classification", 10,
                          n_inputs=64, image_shape=(8, 8), pixel_max=16.0)

#: The same digits enlarged to 28×28 (bilinear), for nets made for MNIST (LeNet's 5×5
#: kernels and two poolings do not fit 8×8). The pixels are the digits' own, smoothed.
DIGITS_28 = ImageDatasetInfo("digits-28", "Digits enlarged to 28×28", "classification", 10,
                             n_inputs=IMAGE_SIDE * IMAGE_SIDE, image_shape=(IMAGE_SIDE,) * 2,
                             pixel_max=16.0)

#: Generated shapes (engine/data/shapes.py): bars of four orientations, circle, square,
#: triangle, cross. Mirroring swaps the two diagonal bars and keeps every other class.
SHAPES = ImageDatasetInfo("shapes", "Shapes (28×28 images)", "classification", 8,
                          n_inputs=IMAGE_SIDE * IMAGE_SIDE, image_shape=(IMAGE_SIDE,) * 2,
                          flip_labels=(0, 3, 2, 1, 4, 5, 6, 7), adjustable_classes=True)

#: A person's own images keep their class in the mirror if the person says so (clothes,
#: fruit: yes; letters, digits: no): mirroring is offered, off until switched on.
_SAME_CLASS = tuple(range(MAX_FILE_CLASSES))

#: A person's MNIST-format files (engine/data/idx.py), brought to 28×28 pixels.
IDX = ImageDatasetInfo("idx", "Your IDX files (MNIST format)", "classification",
                       MAX_FILE_CLASSES, n_inputs=IMAGE_SIDE * IMAGE_SIDE,
                       image_shape=(IMAGE_SIDE,) * 2, flip_labels=_SAME_CLASS,
                       from_path=True, pixel_max=255.0)

#: A person's folder of images, one sub-folder per class (engine/data/image_folder.py).
FOLDER = ImageDatasetInfo("folder", "Your image folder", "classification",
                          MAX_FILE_CLASSES, n_inputs=IMAGE_SIDE * IMAGE_SIDE,
                          image_shape=(IMAGE_SIDE,) * 2, flip_labels=_SAME_CLASS,
                          from_path=True, pixel_max=255.0)

@dataclass(frozen=True)
class SequenceDatasetInfo(DatasetInfo):
    """Sequences (engine/data/sequences.py, engine/data/text.py): what each step holds and
    where the targets are; ``DataSettings.seq_length`` sets the length."""

    #: "tokens" (ids through an Embedding) or "values" (floats per step).
    sequence_layout: str = "tokens"
    #: True when every step has a target, False for one target after the last step.
    per_step: bool = True
    #: Length a person starts from when picking these data.
    default_length: int = 40
    #: Recurrent cell of the network a person starts from (the layer builder's kind).
    default_cell: str = "rnn"
    default_hidden: int = 32
    #: Token ids the data may hold (an Embedding's rows): the task's own vocabulary, or
    #: the most characters a text keeps (engine.data.text.MAX_VOCAB). 0 for values.
    vocab_size: int = 0

    @property
    def points_2d(self) -> bool:
        return False


PARENS = SequenceDatasetInfo(
    "parens", "Bracket depth (counting)", "classification", 6, n_inputs=1,
    default_length=40, default_hidden=16, vocab_size=4)
RECALL = SequenceDatasetInfo(
    "recall", "Delayed recall (remember a symbol)", "classification", 8, n_inputs=1,
    per_step=False, default_length=20, adjustable_classes=True, vocab_size=14)
ADDING = SequenceDatasetInfo(
    "adding", "Adding problem", "regression", 1, n_inputs=2, sequence_layout="values",
    per_step=False, default_length=30)
SINES = SequenceDatasetInfo(
    "sines", "Next value of noisy sines", "regression", 1, n_inputs=1,
    sequence_layout="values", default_length=40)
GRAMMAR = SequenceDatasetInfo(
    "grammar", "Generated sentences (characters)", "classification", 120, n_inputs=1,
    default_length=64, default_cell="lstm", default_hidden=128, vocab_size=120)
TEXT = SequenceDatasetInfo(
    "text", "Your text file (characters)", "classification", 120, n_inputs=1,
    default_length=64, from_path=True, default_cell="lstm", default_hidden=128,
    vocab_size=120)

SEQUENCE_DATASETS: dict[str, SequenceDatasetInfo] = {
    info.id: info for info in (PARENS, RECALL, ADDING, SINES, GRAMMAR, TEXT)}

@dataclass(frozen=True)
class WordDatasetInfo(DatasetInfo):
    """Words for a word model (Fig. 4): the generated corpus (engine/data/word_corpus.py)
    or a person's .txt (engine/data/word_text.py). ``DataSettings.word_task`` makes the
    examples: the previous ``context`` words -> the next word (a language model), or a
    centre word -> each word within ``context`` of it (skip-gram)."""

    #: Token ids a run's Embedding is given rows for: a bound on the generated corpus's
    #: vocabulary (either language) with the two sentence marks; for a person's text the
    #: settings' ``max_vocab`` decides (``embedding_rows``).
    vocab_bound: int = 0

    @property
    def points_2d(self) -> bool:
        return False

    def embedding_rows(self, max_vocab: int) -> int:
        """Rows of the Embedding: every word id, <s> and </s>."""
        return self.vocab_bound if not self.from_path else max_vocab + 2


#: Word models' tasks (``DataSettings.word_task``).
WORD_TASKS = ("lm", "skipgram")
#: Most words of context or window a person may ask for.
MAX_CONTEXT = 10
WORDS = WordDatasetInfo("words", "Generated news sentences (words)", "classification",
                        256, n_inputs=1, vocab_bound=256)
WORD_TEXT = WordDatasetInfo("word-text", "Your text file (words)", "classification",
                            10_002, n_inputs=1, from_path=True)
WORD_DATASETS: dict[str, WordDatasetInfo] = {info.id: info for info in (WORDS, WORD_TEXT)}


def word_info(dataset_id: str) -> WordDatasetInfo | None:
    """The entry of a word dataset, None for every other kind of data."""
    return WORD_DATASETS.get(dataset_id)


#: Every dataset, in gallery order.
DATASETS: dict[str, DatasetInfo] = {
    **POINT_DATASETS,
    **{info.id: info for info in (DIGITS, DIGITS_28, SHAPES, IDX, FOLDER)},
    **SEQUENCE_DATASETS, **WORD_DATASETS}


def sequence_info(dataset_id: str) -> SequenceDatasetInfo | None:
    """The entry of a sequence dataset, None for points and images."""
    return SEQUENCE_DATASETS.get(dataset_id)


def flip_labels(dataset_id: str) -> tuple[int, ...] | None:
    """The label map of a horizontal flip, or None where flipping is not allowed."""
    info = DATASETS.get(dataset_id)
    return info.flip_labels if isinstance(info, ImageDatasetInfo) else None


@dataclass(frozen=True)
class TranslationDatasetInfo(DatasetInfo):
    """English -> Korean sentence pairs from a toy grammar (engine/data/
    translation_grammar.py), read by an encoder-decoder (engine/models/seq2seq.py)."""

    @property
    def points_2d(self) -> bool:
        return False


TRANSLATION = TranslationDatasetInfo(
    "translation", "English to Korean sentences (translation)", "classification", 128,
    n_inputs=1)
DATASETS[TRANSLATION.id] = TRANSLATION


def translation_info(dataset_id: str) -> TranslationDatasetInfo | None:
    """The entry of the translation data, None for every other kind of data."""
    return TRANSLATION if dataset_id == TRANSLATION.id else None


@dataclass(frozen=True)
class CaptionDatasetInfo(DatasetInfo):
    """Generated scenes of one to three objects with their captions (engine/data/
    scenes.py), read by a ConvNet encoder and an LSTM decoder (engine/models/
    captioner.py)."""

    @property
    def points_2d(self) -> bool:
        return False


SCENES = CaptionDatasetInfo(
    "scenes", "Scenes with captions (captioning)", "classification", 64, n_inputs=1)
DATASETS[SCENES.id] = SCENES
#: Scenes a run may generate: 8,500 take about 100 MB as picture rows and as much as
#: masks, in each process that holds them; more is refused before anything is drawn.
MAX_SCENES = 20_000


def caption_info(dataset_id: str) -> CaptionDatasetInfo | None:
    """The entry of the captioned scenes, None for every other kind of data."""
    return SCENES if dataset_id == SCENES.id else None
