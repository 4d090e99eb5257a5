"""Words of a person's own .txt file (UTF-8, any language) for a word model.

Words are what whitespace separates, lower-cased (a no-op for scripts without case, such
as Hangul), with punctuation stripped from their edges so that "Paris," and "Paris" are
one word; punctuation inside a word stays ("don't", "e-mail"). A sentence ends at a
full stop, question or exclamation mark, at a blank line, and at a line break unless
the next line starts in lower case (a hard-wrapped paragraph goes on). The first
``train_ratio`` of the sentences train, the rest are held out, so a held-out sentence
never repeats training text it followed. The vocabulary is the most frequent training
words, up to ``max_vocab``; the others, rare words and held-out words training never
saw become ``<unk>``, which is then a word the model learns like any other.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from pathlib import Path

from engine.data.errors import DataError, DataFileError
from engine.data.text import load_text
from engine.data.word_corpus import WordCorpus

#: Largest file read: 50 MB is about 9 million words, more than a word model here uses.
MAX_WORD_TEXT_BYTES = 50 * 1024 * 1024
#: Fewest words worth training on.
MIN_WORDS = 100
UNKNOWN_WORD = "<unk>"
#: Stripped from both ends of a word: ASCII punctuation and the common marks of other
#: scripts (quotes, dashes, CJK stops and brackets).
EDGE_PUNCTUATION = string.punctuation + "“”‘’«»„‚…—–·、。，．！？：；（）「」『』《》〈〉【】"
#: A sentence break: a final mark (and closing quotes or brackets), then whitespace.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])[\"'”’)\]」』]*\s+")


def sentences_of(text: str) -> list[list[str]]:
    """The sentences of ``text`` as lists of words (sentences without a word dropped)."""
    blocks: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and blocks and blocks[-1] and stripped[0].islower():
            blocks[-1] += " " + stripped  # a wrapped line continues its sentence
        else:
            blocks.append(stripped)
    sentences = []
    for block in blocks:
        for part in _SENTENCE_END.split(block.lower()):
            words = [w for w in (raw.strip(EDGE_PUNCTUATION) for raw in part.split()) if w]
            if words:
                sentences.append(words)
    return sentences


def _vocabulary(train: list[list[str]], max_vocab: int, min_count: int) -> tuple[str, ...]:
    """Training words seen at least ``min_count`` times, most frequent first (ties in
    alphabetical order, so the ids are the same every time), up to ``max_vocab`` with
    UNKNOWN_WORD last."""
    counts = Counter(word for sentence in train for word in sentence)
    kept = sorted((w for w, c in counts.items() if c >= min_count),
                  key=lambda w: (-counts[w], w))
    return (*kept[:max(1, max_vocab - 1)], UNKNOWN_WORD)


def _check(sentences: list[list[str]], name: str) -> None:
    words = [w for sentence in sentences for w in sentence]
    if not words:
        raise DataFileError.of("words.empty", name=name)
    if len(set(words)) == 1:
        raise DataFileError.of("words.one_word", name=name, word=words[0])
    if len(words) < MIN_WORDS:
        raise DataFileError.of("words.too_few", name=name, count=len(words), least=MIN_WORDS)
    if len(sentences) < 2:
        raise DataFileError.of("words.one_sentence", name=name)


def words_of_text(text: str, name: str, max_vocab: int = 5_000, train_ratio: float = 0.9,
                  min_count: int = 2) -> WordCorpus:
    """``text`` as a WordCorpus (every word in the group "word", UNKNOWN_WORD in
    "unknown"); DataFileError naming ``name`` when it holds too little to train on."""
    if not 0 < train_ratio < 1:
        raise DataError.of("words.bad_split", ratio=train_ratio)
    sentences = sentences_of(text)
    _check(sentences, name)
    cut = min(max(1, round(len(sentences) * train_ratio)), len(sentences) - 1)
    vocabulary = _vocabulary(sentences[:cut], max_vocab, min_count)
    index = {word: i for i, word in enumerate(vocabulary)}
    unknown = len(vocabulary) - 1
    ids = [tuple(index.get(w, unknown) for w in sentence) for sentence in sentences]
    groups = ("word",) * unknown + ("unknown",)
    return WordCorpus(vocabulary, tuple(ids[:cut]), tuple(ids[cut:]), groups,
                      ("word", "unknown"), "")


def read_word_text(path: str | Path, max_vocab: int = 5_000, train_ratio: float = 0.9,
                   min_count: int = 2) -> WordCorpus:
    """A person's .txt file as a WordCorpus; DataFileError for a file that is missing,
    too large, binary, not UTF-8 (naming the byte's position), or too short."""
    text = load_text(path, MAX_WORD_TEXT_BYTES)
    name = Path(path).name or str(path)
    return words_of_text(text, name, max_vocab, train_ratio, min_count)
