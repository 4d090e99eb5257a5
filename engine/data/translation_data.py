"""Translation data as a Dataset: seeded English -> Korean sentence pairs from the toy
grammar (engine/data/translation_grammar.py), as word ids.

Held-out sentences say (subject, verb, object) combinations no training sentence says:
every word is seen in training, the combination never. Each row of ``x`` is the English
sentence padded on the left to ``SOURCE_LENGTH`` (so a plain encoder's last state comes
right after the last word), then the decoder's input: <bos> and the Korean, padded on the
right; ``y`` is the Korean and <eos>, padded: what the decoder must say at each step.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import numpy as np

from engine.data import translation_grammar as g
from engine.data.dataset import Dataset, int_setting
from engine.data.errors import DataError
from engine.data.translation_vocab import (  # noqa: F401 (the data's words, re-exported)
    BOS_ID,
    ENGLISH,
    EOS_ID,
    KOREAN,
    PAD_ID,
    SPECIALS,
    UNK,
    UNK_ID,
    Translations,
    Vocabulary,
)
from engine.shared.messages import Message, message
from engine.shared.sequence_info import SequenceInfo

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

#: Longest English sentence the grammar writes, and longest Korean one.
SOURCE_LENGTH, TARGET_LENGTH = 15, 15
#: Fewest and most English words of a generated sentence.
MIN_WORDS, MAX_WORDS = 3, SOURCE_LENGTH
#: Decoder steps: the Korean and <eos>.
DECODE_STEPS = TARGET_LENGTH + 1
#: Every this-many-th (subject, verb, object) combination is held out (about 10 %).
HELD_OUT_EVERY = 10
#: Held-out sentences at the least.
MIN_HELD_OUT = 200


def held_out_triple(triple: tuple[int, int, int]) -> bool:
    subject, verb, obj = triple
    return (subject * 7 + verb * 3 + (obj + 1) * 11) % HELD_OUT_EVERY == 0


def sentence_pairs(n_train: int, n_held: int, seed: int) -> Translations:
    """``n_train`` training and ``n_held`` held-out pairs; the same seed, the same pairs."""
    rng = np.random.default_rng(seed)
    train, held = [], []
    while len(train) < n_train or len(held) < n_held:
        meaning = g.random_meaning(rng)
        pair = (tuple(g.english(meaning, g.random_wording(rng))), tuple(g.korean(meaning)))
        bucket, want = (held, n_held) if held_out_triple(meaning.triple) else (train, n_train)
        if len(bucket) < want:
            bucket.append(pair)
    return Translations(tuple(train), tuple(held))


def source_row(ids: list[int]) -> np.ndarray:
    row = np.full(SOURCE_LENGTH, PAD_ID, np.int64)
    ids = ids[-SOURCE_LENGTH:]
    row[SOURCE_LENGTH - len(ids):] = ids
    return row


def encode(pairs) -> tuple[np.ndarray, np.ndarray]:
    """(x (N, SOURCE_LENGTH + DECODE_STEPS), y (N, DECODE_STEPS)) word ids."""
    n = len(pairs)
    x = np.full((n, SOURCE_LENGTH + DECODE_STEPS), PAD_ID, np.int64)
    y = np.full((n, DECODE_STEPS), PAD_ID, np.int64)
    for i, (en, ko) in enumerate(pairs):
        x[i, :SOURCE_LENGTH] = source_row(ENGLISH.ids(en))
        target = KOREAN.ids(ko)
        x[i, SOURCE_LENGTH] = BOS_ID
        x[i, SOURCE_LENGTH + 1:SOURCE_LENGTH + 1 + len(target)] = target
        y[i, :len(target)] = target
        y[i, len(target)] = EOS_ID
    return x, y


def split_words(text: str) -> list[str]:
    """A typed sentence as the grammar's words: lower case, punctuation dropped."""
    return re.findall(r"[a-z]+", text.lower())


def read_english(text: str) -> tuple[list[str], np.ndarray, Message | None]:
    """(words, source row, note): a typed sentence ready for the encoder. Words the
    vocabulary lacks become <unk> and the note names them; an empty sentence, or one
    longer than the encoder reads, is a DataError."""
    words = split_words(text)
    if not words:
        raise DataError.of("translation.empty_sentence")
    if len(words) > SOURCE_LENGTH:
        raise DataError.of("translation.too_long", n=len(words), most=SOURCE_LENGTH)
    ids = ENGLISH.ids(words)
    unknown = [w for w, i in zip(words, ids, strict=True) if i == UNK_ID]
    note = None
    if unknown:
        note = message("translation.unknown_words", n=len(unknown),
                       words=", ".join(dict.fromkeys(unknown)))
    shown = [UNK if i == UNK_ID else w for w, i in zip(words, ids, strict=True)]
    return shown, source_row(ids), note


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


def make_translations(settings: DataSettings) -> Dataset:
    n = int_setting("data.name_sentences", settings.n_points, 2)
    seed = int_setting("data.name_seed", settings.seed, 0)
    held = max(MIN_HELD_OUT, round(n * (1.0 - settings.train_ratio)))
    return _translations(max(1, n - held), held, seed)


@functools.lru_cache(maxsize=2)
def _translations(n_train: int, n_held: int, seed: int) -> Dataset:
    """Made once for the runs of a comparison, which share their data (the arrays are
    read-only, so sharing them is safe)."""
    pairs = sentence_pairs(n_train, n_held, seed)
    x_train, y_train = encode(pairs.train)
    x_test, y_test = encode(pairs.held_out)
    sequence = SequenceInfo("tokens", KOREAN.words, per_step=True, length=x_train.shape[1])
    return Dataset(x_train=_frozen(x_train), y_train=_frozen(y_train),
                   x_test=_frozen(x_test), y_test=_frozen(y_test),
                   problem="classification", n_classes=len(KOREAN),
                   x_unlabelled=_frozen(x_train[:0]), class_names=KOREAN.words,
                   sequence=sequence, translations=pairs,
                   tokens_per_example=float(np.mean([len(e) for e, _ in pairs.train])))
