"""What the projector draws (gui/views/projector_view.py), torch-free: labelled vectors
from either source, the activations of one layer on test examples (probe "projector")
or a word model's embedding (probe "word_vectors"), plus the t-SNE layout under way.

One type for both sources, so the view never asks where its points came from: labels
are the class names (or indices) of the examples or the words themselves, groups the
classes or the word groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Where the vectors came from.
LAYER, WORDS = "layer", "words"
#: The word group of glue words ("the", "of"), which belong to no group of meaning.
GLUE_GROUP = "function"
#: The probe's default: a word run's vectors (Fig. 4 projects exactly those), else a layer.
AUTO = "auto"
#: A translator's thought vectors of many sentences (engine/probes/thought_vectors.py):
#: labels the English, groups what the sentences mean (their Korean).
THOUGHTS = "thoughts"
#: A captioner's picture vectors of one-object scenes (engine/probes/picture_vectors.py):
#: labels the captions, groups the object's colour and shape.
PICTURES = "pictures"


@dataclass(frozen=True)
class ProjectorPoints:
    #: (n, dim) float32, C-contiguous: one row per point.
    vectors: np.ndarray
    #: The text drawn beside each point (a class name, an index, a word).
    labels: tuple[str, ...]
    #: Each point's name in lists and in the search box: "#12 · 7" for test example 12
    #: of class 7, the word itself for words (unique there).
    names: tuple[str, ...]
    #: (n,) int32 index into ``group_names``: the colour of each point.
    groups: np.ndarray
    group_names: tuple[str, ...]
    source: str = LAYER
    #: The layer choices ("2 Linear·tanh 32") and the one shown (0-based); empty for words.
    layers: tuple[str, ...] = ()
    layer: int = 0
    #: The training step the vectors were read at.
    step: int = 0
    #: Test examples read, of how many there are (the view says when it is a subset).
    examples: tuple[int, int] = (0, 0)

    @property
    def analogies(self) -> bool:
        """a − b + c is arithmetic on word vectors; test examples are not words."""
        return self.source == WORDS

    def __len__(self) -> int:
        return int(self.vectors.shape[0])


@dataclass(frozen=True)
class TsneLayout:
    """t-SNE's layout so far (the job runs a few iterations per snapshot)."""
    #: (n, 2) float32; rows are the points of ``ProjectorPoints`` when it was started.
    layout: np.ndarray
    iteration: int
    iterations: int
    #: The step and the number of points the vectors it lays out were read at.
    step: int
    perplexity: float
    exaggeration: float
    learning_rate: float
    #: Kullback–Leibler divergence of the layout (None before the first report).
    divergence: float | None = None

    @property
    def progress(self) -> float:
        return min(1.0, self.iteration / max(self.iterations, 1))

    @property
    def done(self) -> bool:
        return self.iteration >= self.iterations


@dataclass(frozen=True)
class ProjectorData:
    points: ProjectorPoints
    tsne: TsneLayout | None = None


def word_points(vectors: np.ndarray, words: Sequence[str], groups: Sequence[str],
                group_names: Sequence[str], step: int = 0,
                layers: tuple[str, ...] = ()) -> ProjectorPoints:
    """A word model's embedding as the projector's points: labels are the words, the
    colour is the group (a group not in ``group_names`` is added after them); ``layers``:
    the model's layers, the other choices the person has."""
    names = list(group_names)
    index = {name: i for i, name in enumerate(names)}
    for group in groups:
        if group not in index:
            index[group] = len(names)
            names.append(group)
    words = tuple(str(w) for w in words)
    return ProjectorPoints(
        vectors=np.ascontiguousarray(vectors, np.float32), labels=words, names=words,
        groups=np.asarray([index[g] for g in groups], np.int32), group_names=tuple(names),
        source=WORDS, layers=layers, step=step, examples=(len(words), len(words)))
