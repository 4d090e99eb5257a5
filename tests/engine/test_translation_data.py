"""The toy English -> Korean grammar and its data: what a reader of either language
would notice (word order, particles, held-out combinations, unknown words)."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import make_dataset
from engine.data import translation_grammar as g
from engine.data.errors import DataError
from engine.data.translation_data import (
    ENGLISH,
    EOS_ID,
    KOREAN,
    SOURCE_LENGTH,
    TARGET_LENGTH,
    UNK,
    held_out_triple,
    read_english,
    sentence_pairs,
)
from engine.shared.settings import DataSettings


def test_korean_puts_the_verb_last_and_marks_roles_with_particles():
    m = g.Meaning(g.NounPhrase(0), 0, g.NounPhrase(1), past=False)
    assert " ".join(g.english(m)) == "the dog sees the cat"
    assert g.korean_text(g.korean(m)) == "개가 고양이를 본다"
    # 선생님 ends in a consonant: 이 and 을, not 가 and 를.
    m = g.Meaning(g.NounPhrase(4), 1, g.NounPhrase(5), past=True, place=(0, False, -1),
                  time=1)
    assert " ".join(g.english(m)) == "the teacher liked the student in the park yesterday"
    assert g.korean_text(g.korean(m)) == "어제 선생님이 공원에서 학생을 좋아했다"


def test_an_before_a_vowel_and_wordings_share_one_korean():
    m = g.Meaning(g.NounPhrase(0, (4,)), 0, None, past=False, manner=0, time=0)
    wordings = g.all_wordings(m)
    english = {" ".join(g.english(m, w)) for w in wordings}
    assert "an old dog quickly runs today" in english
    assert "today the old dog runs quickly" in english
    assert len(english) == len(wordings) == 8  # no object: its article never shows


def test_pairs_are_seeded_lengths_range_and_held_out_combinations_are_new():
    a, b = sentence_pairs(3000, 300, 5), sentence_pairs(3000, 300, 5)
    assert a == b and a != sentence_pairs(3000, 300, 6)
    lengths = [len(en) for en, _ in a.train]
    assert min(lengths) == 3 and max(lengths) >= 13
    def triple(en):  # subject noun, verb and object noun as words
        nouns = [w for w in en if w in {n[0] for n in g.NOUNS}]
        verb = next(w for w in en if w in {f for v in (*g.VERBS, *g.INTRANSITIVE)
                                           for f in v[:2]})
        places = {p[0] for p in g.PLACES}
        return (nouns[0], verb, nouns[1] if len(nouns) > 1 and nouns[1] not in places
                else None)
    seen = {triple(en) for en, _ in a.train}
    held = {triple(en) for en, _ in a.held_out}
    assert not seen & held
    train_words = {w for en, _ in a.train for w in en}
    assert {w for en, _ in a.held_out for w in en} <= train_words
    assert 0.05 < np.mean([held_out_triple((s, v, o)) for s in range(10) for v in range(8)
                           for o in range(-1, 10)]) < 0.15


def test_dataset_rows_pad_the_source_left_and_end_the_target():
    d = make_dataset(DataSettings(dataset="translation", n_points=600, train_ratio=0.5))
    assert d.x_train.shape[1] == SOURCE_LENGTH + d.y_train.shape[1]
    en, ko = d.translations.train[0]
    assert ENGLISH.tokens(d.x_train[0, :SOURCE_LENGTH]) == list(en)
    assert KOREAN.tokens(d.y_train[0]) == list(ko)
    assert d.y_train[0, len(ko)] == EOS_ID
    assert len(d.translations.held_out) == d.x_test.shape[0] == 300
    assert not d.points_2d


def test_unknown_words_become_unk_and_say_so():
    words, row, note = read_english("The dog sees a Zebra!")
    assert words == ["the", "dog", "sees", "a", UNK]
    assert note is not None and "zebra" in note.english()
    assert read_english("the dog runs")[2] is None
    with pytest.raises(DataError):
        read_english("  ?! ")
    with pytest.raises(DataError):
        read_english("dog " * (SOURCE_LENGTH + 1))


def test_the_longest_meaning_fits_both_sides():
    np_ = g.NounPhrase(0, (0, 2))
    m = g.Meaning(np_, 0, np_, past=True, place=(0, True, 1), manner=0, time=1)
    assert len(g.english(m)) == SOURCE_LENGTH
    assert len(g.korean(m)) == TARGET_LENGTH


def test_an_english_sentence_has_one_korean_translation():
    """Meanings that differ in one part each (every place, near or not, every manner and
    time word, with and without an object): no two English sentences alike."""
    korean_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    phrase = g.NounPhrase(0)
    for obj in (None, g.NounPhrase(1)):
        for place in [None] + [(p, near, -1) for p in range(len(g.PLACES))
                               for near in (False, True)]:
            for manner in range(-1, len(g.MANNER)):
                for time in range(-1, len(g.TIMES)):
                    m = g.Meaning(phrase, 0, obj, time == 1, place, manner, time)
                    for wording in g.all_wordings(m):
                        en = tuple(g.english(m, wording))
                        assert korean_of.setdefault(en, tuple(g.korean(m))) == tuple(
                            g.korean(m)), en
