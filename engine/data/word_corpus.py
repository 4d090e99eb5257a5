"""Words for a word model (Fig. 4 of the review): a generated news-like corpus, English or
Korean, whose words fall into groups that share contexts.

Sentences come from templates in which the members of a group are interchangeable: any
day can follow "on", any capital can be "the capital of" its country. A net that learns to
predict the next word gives the members of a group similar vectors, and then assigns a
sensible probability to a sentence it never saw, "rome is the capital of italy", from
having seen "paris is the capital of france" and "the mayor of rome". An n-gram model
cannot relate words: for "capital of italy", never counted, it can only back off to how
often "italy" follows "of" anywhere. So for every template a few members of each of its
groups are *reserved*: training never puts them in that template, the held-out sentences
do, and each of those words still occurs in training in other templates.

The tables and the way Korean is phrased: engine/data/word_tables.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.data.errors import DataError
from engine.data.word_tables import FUNCTION, GROUPS, KEY, LANGUAGES, RELATIONS, TEMPLATES

#: One in this many members of a group is reserved from each template (at least one).
RESERVE_EVERY = 5


@dataclass(frozen=True)
class WordCorpus:
    """Sentences as token ids, with what each word is."""

    #: The words; a token id indexes it.
    vocabulary: tuple[str, ...]
    #: Training sentences, each a tuple of token ids (no boundary marks).
    train: tuple[tuple[int, ...], ...]
    #: Held-out sentences. Generated: each holds a word in a template that training never
    #: put it in. A person's text: the last part of the text.
    held_out: tuple[tuple[int, ...], ...]
    #: The group of each word, aligned with ``vocabulary``.
    word_groups: tuple[str, ...]
    #: The group names, in the order their words come in ``vocabulary``.
    groups: tuple[str, ...]
    #: "en" or "ko" for a generated corpus, "" for a person's text (any language).
    language: str
    #: (relation, id, id) pairs such as ("capital", paris, france); empty for a person's text.
    pairs: tuple[tuple[str, int, int], ...] = ()

    def ids(self, words: str) -> tuple[int, ...]:
        """The token ids of the space-separated ``words`` (KeyError for one not known)."""
        index = {word: i for i, word in enumerate(self.vocabulary)}
        return tuple(index[word] for word in words.split())

    def words(self, ids) -> str:
        return " ".join(self.vocabulary[i] for i in ids)


@dataclass(frozen=True)
class _Template:
    base: np.ndarray            # token ids, -1 at the slots
    slots: tuple[tuple[int, str], ...]  # (position, group)
    keys: tuple[str, ...]       # the keys its slots draw under, each once


def _key(group: str) -> str:
    return KEY.get(group, group)


def _vocabulary(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    side = LANGUAGES.index(language)
    words = [w for members in GROUPS.values() for w in members[side]]
    labels = [g for g, members in GROUPS.items() for _ in members[side]]
    glue = sorted({token for pair in TEMPLATES for token in pair[side].split()
                   if not token.startswith("{")})
    assert not set(glue) & set(words) and len(set(words)) == len(words), "a word twice"
    return tuple(words + glue), tuple(labels + [FUNCTION] * len(glue))


def _templates(language: str, index: dict[str, int]) -> list[_Template]:
    side = LANGUAGES.index(language)
    parsed = []
    for pair in TEMPLATES:
        tokens = pair[side].split()
        slots = tuple((i, t[1:-1]) for i, t in enumerate(tokens) if t.startswith("{"))
        base = np.array([-1 if t.startswith("{") else index[t] for t in tokens], np.int64)
        keys = tuple(dict.fromkeys(_key(group) for _, group in slots))
        parsed.append(_Template(base, slots, keys))
    return parsed


def _reservations(templates: list[_Template], rng: np.random.Generator
                  ) -> list[dict[str, np.ndarray]]:
    """Per template, key -> reserved member indices: the templates that use a key take
    turns through one shuffled order of its members, so each member is reserved from as
    few templates as can be, and occurs in training in the others."""
    sizes = {_key(g): len(members[0]) for g, members in GROUPS.items()}
    reserved: list[dict[str, np.ndarray]] = [{} for _ in templates]
    for key, size in sizes.items():
        users = [t for t, template in enumerate(templates) if key in template.keys]
        order, count = rng.permutation(size), max(1, size // RESERVE_EVERY)
        for turn, t in enumerate(users):
            reserved[t][key] = np.sort(order[(turn * count + np.arange(count)) % size])
    return reserved


def _allowed(templates: list[_Template], reserved: list[dict[str, np.ndarray]]
             ) -> list[dict[str, np.ndarray]]:
    """Per template, key -> the member indices training may put in it."""
    sizes = {_key(g): len(members[0]) for g, members in GROUPS.items()}
    allowed = [{key: np.setdiff1d(np.arange(sizes[key]), out) for key, out in kept.items()}
               for kept in reserved]
    for group in GROUPS:  # every word keeps a template in training (true of the tables)
        used = [allowed[t][_key(group)] for t, template in enumerate(templates)
                if any(g == group for _, g in template.slots)]
        assert len(np.unique(np.concatenate(used))) == sizes[_key(group)], group
    return allowed


def _any(choices: np.ndarray, rng: np.random.Generator) -> int:
    return int(choices[rng.integers(len(choices))])  # a third of rng.choice's time


def _fill(template: _Template, members: dict[str, int], ids: dict[str, np.ndarray]
          ) -> tuple[int, ...]:
    sentence = template.base.copy()
    for position, group in template.slots:
        sentence[position] = ids[group][members[_key(group)]]
    return tuple(sentence.tolist())


def _training(templates, allowed, ids, n: int, rng) -> list[tuple[int, ...]]:
    """Every allowed (template, member) once, so each word occurs in training however
    small the corpus, then random ones up to ``n``; shuffled."""
    def pick(t: int) -> dict[str, int]:
        return {key: _any(choices, rng) for key, choices in allowed[t].items()}

    sentences = []
    for t, template in enumerate(templates):
        for key, choices in allowed[t].items():
            for member in choices:
                sentences.append(_fill(template, {**pick(t), key: int(member)}, ids))
    while len(sentences) < n:
        t = int(rng.integers(len(templates)))
        sentences.append(_fill(templates[t], pick(t), ids))
    order = rng.permutation(len(sentences))
    return [sentences[i] for i in order]


def trigrams(sentence: tuple[int, ...]) -> set[tuple[int, int, int]]:
    """The trigrams of a sentence padded with two starts and one end (-1, -2)."""
    padded = (-1, -1, *sentence, -2)
    return set(zip(padded, padded[1:], padded[2:]))


def _held_out(templates, reserved, allowed, ids, n: int, train, rng):
    """``n`` sentences, each with one reserved member in its template and a trigram that
    training lacks (a reserved word can meet the same neighbours in another template)."""
    seen = set().union(*map(trigrams, train))
    sentences: list[tuple[int, ...]] = []
    for _ in range(50 * n):
        if len(sentences) == n:
            break
        t = int(rng.integers(len(templates)))
        members = {key: _any(choices, rng) for key, choices in allowed[t].items()}
        key = templates[t].keys[int(rng.integers(len(templates[t].keys)))]
        members[key] = _any(reserved[t][key], rng)
        sentence = _fill(templates[t], members, ids)
        if not trigrams(sentence) <= seen:
            sentences.append(sentence)
    return sentences


def word_corpus(language: str = "en", sentences: int = 30_000, held_out: int = 2_000,
                seed: int = 0) -> WordCorpus:
    """A generated corpus of at least ``sentences`` training sentences (fewer are raised
    to one per allowed template member) and ``held_out`` held-out ones, the same for the
    same seed. 30,000 sentences are about 300,000 tokens."""
    if language not in LANGUAGES:
        raise DataError.of("words.unknown_language", language=language,
                           known=", ".join(LANGUAGES))
    rng = np.random.default_rng(seed)
    vocabulary, labels = _vocabulary(language)
    index = {word: i for i, word in enumerate(vocabulary)}
    side = LANGUAGES.index(language)
    ids = {g: np.array([index[w] for w in members[side]]) for g, members in GROUPS.items()}
    templates = _templates(language, index)
    reserved = _reservations(templates, rng)
    allowed = _allowed(templates, reserved)
    train = _training(templates, allowed, ids, sentences, rng)
    held = _held_out(templates, reserved, allowed, ids, held_out, train, rng)
    pairs = tuple((relation, int(a), int(b)) for relation, left, right in RELATIONS
                  for a, b in zip(ids[left], ids[right]))
    return WordCorpus(vocabulary, tuple(train), tuple(held), labels,
                      (*GROUPS, FUNCTION), language, pairs)
