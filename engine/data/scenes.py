"""Generated scenes: 64 x 64 RGB pictures of one to three objects (engine/data/
scene_grammar.py) on a dark background, plain or speckled with noise, each with its
caption, each object's mask, and the object each caption word names.

Held-out scenes show a colour-and-shape pair no training scene shows (``HELD_OUT_PAIRS``:
a red square, a green triangle, a yellow circle): every word is seen in training, the
pair never, so a held-out caption is right only when the captioner reads each object's
colour and shape from the picture rather than recalling whole phrases.

Numpy only: the window draws a scene for the dataset's thumbnail.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.data import scene_grammar as g
from engine.data.translation_vocab import BOS_ID, EOS_ID, PAD_ID, Vocabulary

PICTURE_SHAPE = (3, 64, 64)
PICTURE_BYTES = 3 * 64 * 64
SIDE = 64
MAX_OBJECTS = 3
#: The encoder's grid of cells, CELLS x CELLS (each 8 x 8 pixels).
CELLS = 8
#: Decoder steps: the longest caption (three objects in English, 16 words) and <eos>.
CAPTION_STEPS = 17
ENGLISH_WORDS = Vocabulary.of(g.english_vocabulary())
KOREAN_WORDS = Vocabulary.of(g.korean_vocabulary())
HELD_OUT_PAIRS = frozenset({("red", "square"), ("green", "triangle"), ("yellow", "circle")})
#: Radius of each size in pixels, and the gap kept between objects.
RADIUS = {"small": 6.0, "large": 10.5}
GAP = 3.0
#: Each colour's RGB; the picture's brightest channel is about as bright for every colour,
#: so a shape reads the same whatever its colour.
RGB = {"red": (235, 45, 40), "green": (40, 215, 70), "blue": (60, 100, 245),
       "yellow": (240, 225, 45)}


def vocabulary(language: str) -> Vocabulary:
    return KOREAN_WORDS if language == "ko" else ENGLISH_WORDS


@dataclass(frozen=True)
class SceneSet:
    #: (N, 3, 64, 64) uint8 pictures.
    images: np.ndarray
    #: (N, MAX_OBJECTS, 64, 64) bool: each object's pixels (absent objects all False), in
    #: the order of ``objects``.
    masks: np.ndarray
    objects: tuple[tuple[g.SceneObject, ...], ...]
    #: Each scene's caption, in the set's language.
    captions: tuple[tuple[str, ...], ...]
    #: (N, CAPTION_STEPS) int8: the object the target word at each step names, -1 else.
    naming: np.ndarray

    def object_counts(self) -> np.ndarray:
        return np.array([len(o) for o in self.objects], np.int64)

    def __len__(self) -> int:
        return len(self.objects)


@dataclass(frozen=True)
class CaptionScenes:
    train: SceneSet
    held_out: SceneSet
    language: str
    vocab: Vocabulary

    def tokens(self, which: SceneSet) -> tuple[np.ndarray, np.ndarray]:
        """(decoder inputs: <bos> and the words; targets: the words and <eos>), each
        (N, CAPTION_STEPS) int64, padded."""
        n = len(which)
        inputs = np.full((n, CAPTION_STEPS), PAD_ID, np.int64)
        targets = np.full((n, CAPTION_STEPS), PAD_ID, np.int64)
        for i, words in enumerate(which.captions):
            ids = self.vocab.ids(words)
            inputs[i, 0] = BOS_ID
            inputs[i, 1:1 + len(ids)] = ids
            targets[i, :len(ids)] = ids
            targets[i, len(ids)] = EOS_ID
        return inputs, targets


def _clear_relation(first: g.SceneObject, second: g.SceneObject) -> bool:
    """Side by side or above/below beyond doubt (no diagonal a person would argue)."""
    dx, dy = abs(second.x - first.x), abs(second.y - first.y)
    return dx >= 4.0 and not 0.6 < dy / dx < 1.6


def random_objects(rng: np.random.Generator) -> tuple[g.SceneObject, ...]:
    """One to three objects that neither overlap nor leave the picture."""
    while True:
        count = int(rng.integers(1, MAX_OBJECTS + 1))
        objects: list[g.SceneObject] = []
        for _ in range(count):
            for _try in range(50):
                size = g.SIZES[rng.integers(len(g.SIZES))]
                r = RADIUS[size]
                x, y = rng.uniform(r + 1, SIDE - r - 1, size=2)
                if all(np.hypot(x - o.x, y - o.y) > r + RADIUS[o.size] + GAP for o in objects):
                    objects.append(g.SceneObject(g.SHAPES[rng.integers(len(g.SHAPES))],
                                                 g.COLOURS[rng.integers(len(g.COLOURS))],
                                                 size, float(x), float(y)))
                    break
        ordered = sorted(objects, key=lambda o: o.x)
        if len(objects) == count and all(
                _clear_relation(a, b) for a, b in zip(ordered, ordered[1:])):
            return tuple(objects)


def held_out_scene(objects) -> bool:
    return any((o.colour, o.shape) in HELD_OUT_PAIRS for o in objects)


def object_mask(obj: g.SceneObject) -> np.ndarray:
    """(64, 64) bool: the pixels whose centres lie inside the object."""
    ys, xs = np.mgrid[0:SIDE, 0:SIDE].astype(np.float32) + 0.5
    dx, dy, r = xs - obj.x, ys - obj.y, RADIUS[obj.size]
    if obj.shape == "circle":
        return dx * dx + dy * dy <= r * r
    if obj.shape == "square":
        half = r * 0.85  # about the circle's area
        return (np.abs(dx) <= half) & (np.abs(dy) <= half)
    # An upright triangle as wide as it is tall, its centre halfway up.
    top = -r
    return (dy >= top) & (dy <= r) & (np.abs(dx) <= (dy - top) / 2)


def render(objects, noise: float, rng: np.random.Generator
           ) -> tuple[np.ndarray, np.ndarray]:
    """(picture (3, 64, 64) uint8, masks (len(objects), 64, 64) bool)."""
    image = rng.uniform(0.0, 255.0 * noise, size=(SIDE, SIDE, 3)) if noise > 0 else (
        np.zeros((SIDE, SIDE, 3)))
    masks = np.zeros((len(objects), SIDE, SIDE), bool)
    for k, obj in enumerate(objects):
        masks[k] = object_mask(obj)
        shade = np.clip(np.array(RGB[obj.colour], np.float64)
                        * rng.uniform(0.85, 1.0), 0, 255)
        image[masks[k]] = shade
    return image.round().astype(np.uint8).transpose(2, 0, 1), masks


def scene_set(scenes: list[tuple[g.SceneObject, ...]], noise: float, language: str,
              rng: np.random.Generator) -> SceneSet:
    n = len(scenes)
    images = np.zeros((n, *PICTURE_SHAPE), np.uint8)
    masks = np.zeros((n, MAX_OBJECTS, SIDE, SIDE), bool)
    naming = np.full((n, CAPTION_STEPS), -1, np.int8)
    for i, objects in enumerate(scenes):
        images[i], masks[i, :len(objects)] = render(objects, noise, rng)
        named = g.naming(objects, language)
        naming[i, :len(named)] = named
    captions = tuple(g.caption(objects, language) for objects in scenes)
    return SceneSet(images, masks, tuple(scenes), captions, naming)


def make_scenes(n_train: int, n_held: int, seed: int, noise: float,
                language: str = "en") -> CaptionScenes:
    """``n_train`` training and ``n_held`` held-out scenes; the same seed, the same
    pictures."""
    rng = np.random.default_rng(seed)
    train: list = []
    held: list = []
    while len(train) < n_train or len(held) < n_held:
        objects = random_objects(rng)
        bucket, want = (held, n_held) if held_out_scene(objects) else (train, n_train)
        if len(bucket) < want:
            bucket.append(objects)
    return CaptionScenes(scene_set(train, noise, language, rng),
                         scene_set(held, noise, language, rng), language, vocabulary(language))


def cell_cover(masks: np.ndarray) -> np.ndarray:
    """(..., CELLS, CELLS) float32: the share of each cell's pixels inside the mask."""
    side = SIDE // CELLS
    shaped = masks.reshape(*masks.shape[:-2], CELLS, side, CELLS, side)
    return shaped.mean(axis=(-3, -1), dtype=np.float32)
