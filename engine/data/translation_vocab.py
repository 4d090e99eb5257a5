"""The translation data's vocabularies and sentence pairs, as words: torch-free and
numpy-light, so the window can read them (engine/data/translation_data.py makes them)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.data import translation_grammar as g

PAD, BOS, EOS, UNK = "<pad>", "<bos>", "<eos>", "<unk>"
SPECIALS = (PAD, BOS, EOS, UNK)
PAD_ID, BOS_ID, EOS_ID, UNK_ID = range(4)
@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]

    @classmethod
    def of(cls, words: list[str]) -> Vocabulary:
        return cls((*SPECIALS, *dict.fromkeys(words)))

    def __len__(self) -> int:
        return len(self.words)

    def ids(self, tokens) -> list[int]:
        index = {w: i for i, w in enumerate(self.words)}
        return [index.get(t, UNK_ID) for t in tokens]

    def tokens(self, ids) -> list[str]:
        """Words of ``ids`` up to the first <eos>, leaving out <pad> and <bos>."""
        out = []
        for i in ids:
            if int(i) == EOS_ID:
                break
            if int(i) not in (PAD_ID, BOS_ID):
                out.append(self.words[int(i)])
        return out


ENGLISH = Vocabulary.of(g.english_vocabulary())
KOREAN = Vocabulary.of(g.korean_vocabulary())


@dataclass(frozen=True)
class Translations:
    """The sentence pairs behind a translation Dataset, as words."""
    #: Training and held-out pairs (English words, Korean morphemes).
    train: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    held_out: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    source: Vocabulary = ENGLISH
    target: Vocabulary = KOREAN

    def held_out_lengths(self) -> np.ndarray:
        """English words of each held-out sentence."""
        return np.array([len(en) for en, _ in self.held_out], np.int64)
