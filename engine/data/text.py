"""Text for a character model: a generated corpus, or a person's own .txt file.

The generated corpus is sentences of a small grammar with quotes and brackets, so a
character net has something to count and something to close: units that track "inside a
quote" or "inside brackets" become visible in the hidden-state view.

A person's file is read as text, never run: binary files and undecodable bytes are
refused with a message that names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine.data.errors import DataFileError
from engine.shared.bounded import FileRefused, read_bounded
from engine.shared.sequence_info import SequenceInfo

#: Largest text file read (a novel is about 1 MB; more only slows the start).
MAX_TEXT_BYTES = 8 * 1024 * 1024
#: Shortest text worth training on.
MIN_TEXT_CHARS = 200
#: Most distinct characters kept; rarer ones become UNKNOWN.
MAX_VOCAB = 120
UNKNOWN = "\ufffd"
#: Characters of generated corpus per sequence asked for (windows overlap).
CORPUS_CHARS = 60_000

_SUBJECTS = ("the cat", "a dog", "the old man", "my sister", "the robot", "a bird",
             "the teacher", "our neighbour")
_VERBS = ("sees", "likes", "follows", "hears", "draws", "finds", "calls")
_OBJECTS = ("the moon", "a red ball", "the river", "an apple", "the small house",
            "a song", "the garden")
_SAID = ("said", "asked", "shouted", "whispered")
_ASIDES = ("quietly", "again", "at night", "for a while", "with a smile")


def grammar_corpus(rng: np.random.Generator, n_chars: int) -> str:
    """Sentences until ``n_chars``: plain, with a quoted speech, or with an aside in
    brackets, each ending in a full stop and a newline every few sentences."""
    parts: list[str] = []
    size = 0
    while size < n_chars:
        clause = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        kind = rng.random()
        if kind < 0.3:
            speaker = rng.choice(_SUBJECTS)
            sentence = f'{speaker} {rng.choice(_SAID)}, "{clause}."'
        elif kind < 0.55:
            sentence = f"{clause} ({rng.choice(_ASIDES)})."
        else:
            sentence = f"{clause}."
        sentence = sentence[0].upper() + sentence[1:]
        sentence += "\n" if rng.random() < 0.25 else " "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


def read_text_file(path: str | Path) -> str:
    """The text of a person's file; DataFileError for a missing, empty, binary or
    undecodable file, naming the file."""
    text = load_text(path, MAX_TEXT_BYTES)
    if len(text) < MIN_TEXT_CHARS:
        raise DataFileError.of("text.too_short", name=Path(path).name or str(path),
                               count=len(text), least=MIN_TEXT_CHARS)
    return text


def load_text(path: str | Path, limit: int) -> str:
    """The text of a person's file of at most ``limit`` bytes, with newlines as "\n";
    DataFileError for no path, a file too large, a folder, an unreadable, binary or
    undecodable file, naming the file. Any length, none included: callers judge that."""
    if not str(path).strip():
        raise DataFileError.of("text.no_file")
    path = Path(path)
    name = path.name or str(path)
    try:  # a regular file only (never /dev/zero or a FIFO), and read to the limit only
        raw = read_bounded(path, limit, lambda size: DataFileError.of(
            "text.too_large", name=name, mb=size / 1e6, limit=limit // (1024 * 1024)))
    except FileRefused as exc:
        raise DataFileError(exc.message) from None
    except IsADirectoryError:
        raise DataFileError.of("text.is_folder", name=name) from None
    except OSError as exc:
        raise DataFileError.of("text.cannot_read", name=name,
                               problem=exc.strerror or str(exc)) from None
    if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataFileError.of("text.binary", name=name)
    text = _decode(raw, name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused with
    the offending position, since guessing an encoding would train on mojibake."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DataFileError.of("text.bad_utf16", name=name, position=exc.start) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DataFileError.of("text.not_utf8", name=name, byte=raw[exc.start],
                               position=exc.start, line=line) from None


def vocabulary(text: str) -> tuple[str, ...]:
    """The characters of ``text``, most frequent first up to MAX_VOCAB (the rest become
    UNKNOWN), then sorted so the ids are stable and readable."""
    chars, counts = np.unique(np.frombuffer(text.encode("utf-32-le"), np.uint32),
                              return_counts=True)
    if len(chars) > MAX_VOCAB:
        keep = chars[np.argsort(-counts, kind="stable")[:MAX_VOCAB - 1]]
        return (*sorted(chr(c) for c in keep), UNKNOWN)
    return tuple(sorted(chr(c) for c in chars))


def encode(text: str, vocab: tuple[str, ...]) -> np.ndarray:
    """Token ids of ``text``; characters outside ``vocab`` map to UNKNOWN (or id 0)."""
    codes = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    table = np.array([ord(c) for c in vocab], np.uint32)
    order = np.argsort(table)
    pos = np.clip(np.searchsorted(table[order], codes), 0, len(table) - 1)
    found = table[order][pos] == codes
    fallback = vocab.index(UNKNOWN) if UNKNOWN in vocab else 0
    return np.where(found, order[pos], fallback).astype(np.int64)


def text_windows(ids: np.ndarray, n: int, length: int, rng: np.random.Generator
                 ) -> tuple[np.ndarray, np.ndarray]:
    """``n`` windows of ``length`` ids at random offsets, and the ids one step later."""
    if len(ids) < length + 2:
        raise DataFileError.of("text.shorter_than_window", length=length)
    starts = rng.integers(0, len(ids) - length - 1, n)
    index = starts[:, None] + np.arange(length)
    return ids[index], ids[index + 1].astype(np.float32)


def text_sequences(text: str, n: int, length: int, train_ratio: float,
                   rng: np.random.Generator):
    """(x_train, y_train, x_test, y_test, info): training windows from the first
    ``train_ratio`` of the text and test windows from the rest, so a test window never
    repeats text the net trained on."""
    vocab = vocabulary(text)
    ids = encode(text, vocab)
    cut = int(len(ids) * train_ratio)
    n_train = max(1, round(n * train_ratio))
    head, tail = ids[:cut], ids[cut:]
    if len(tail) < length + 2 or len(head) < length + 2:
        raise DataFileError.of("text.too_short_to_split", count=len(ids), length=length)
    x_train, y_train = text_windows(head, n_train, length, rng)
    x_test, y_test = text_windows(tail, max(1, n - n_train), length, rng)
    info = SequenceInfo("tokens", vocab, per_step=True, length=length)
    return x_train, y_train, x_test, y_test, info
