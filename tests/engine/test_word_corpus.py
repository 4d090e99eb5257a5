"""Words for a word model: the generated corpus (groups that share contexts, held-out
sentences a trigram model never counted) and a person's own .txt file."""

from collections import defaultdict

import pytest

from engine.data.errors import DataError, DataFileError
from engine.data.word_corpus import trigrams, word_corpus
from engine.data.word_tables import GROUPS
from engine.data.word_text import MAX_WORD_TEXT_BYTES, UNKNOWN_WORD, read_word_text


@pytest.fixture(scope="module", params=["en", "ko"])
def corpus(request):
    return word_corpus(request.param, sentences=8_000, held_out=500, seed=1)


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another():
    a, b = word_corpus("en", 3_000, 200, seed=5), word_corpus("en", 3_000, 200, seed=5)
    assert a == b
    c = word_corpus("en", 3_000, 200, seed=6)
    assert c.train != a.train and c.held_out != a.held_out
    assert c.vocabulary == a.vocabulary  # the ids of words do not depend on the seed


def test_sizes_are_as_asked(corpus):
    assert len(corpus.train) == 8_000 and len(corpus.held_out) == 500
    tiny = word_corpus(corpus.language, sentences=10, held_out=5)
    assert len(tiny.train) > 10, "raised to one sentence per allowed template member"
    assert len(tiny.held_out) == 5


def test_every_held_out_sentence_holds_a_trigram_training_never_had(corpus):
    seen = set().union(*map(trigrams, corpus.train))
    training = set(corpus.train)
    for sentence in corpus.held_out:
        assert not trigrams(sentence) <= seen, corpus.words(sentence)
        assert sentence not in training
    words_trained = {w for s in corpus.train for w in s}
    assert {w for s in corpus.held_out for w in s} <= words_trained
    assert words_trained == set(range(len(corpus.vocabulary))), "every word is trained on"


def test_capital_of_sentences_are_held_out_for_some_pairs():
    corpus = word_corpus("en", sentences=8_000, held_out=2_000, seed=0)
    held = {corpus.words(s) for s in corpus.held_out if "capital of" in corpus.words(s)}
    trained = {corpus.words(s) for s in corpus.train if "capital of" in corpus.words(s)}
    assert held and trained and not held & trained
    for sentence in held:  # the capital and the country both occur elsewhere in training
        capital, country = sentence.split()[0], sentence.split()[-1]
        assert any(capital in t and country not in t for t in map(corpus.words, corpus.train))
        assert capital == dict(zip(GROUPS["country"][0], GROUPS["capital"][0]))[country]


def test_groups_have_five_members_or_more_and_every_word_one_group(corpus):
    assert len(corpus.word_groups) == len(corpus.vocabulary) == len(set(corpus.vocabulary))
    members = defaultdict(list)
    for word, group in zip(corpus.vocabulary, corpus.word_groups):
        members[group].append(word)
    assert set(members) == set(corpus.groups)
    assert all(len(words) >= 5 for words in members.values()), members
    assert set(GROUPS) < set(corpus.groups)


def test_members_of_a_group_share_contexts(corpus):
    """Any two members of a group appear after the same word and before the same word
    somewhere in training: what lets a net give them similar vectors."""
    left, right = defaultdict(set), defaultdict(set)
    for sentence in corpus.train:
        padded = (-1, *sentence, -2)
        for before, word, after in zip(padded, padded[1:], padded[2:]):
            left[word].add(before)
            right[word].add(after)
    for group in GROUPS:
        ids = [i for i, g in enumerate(corpus.word_groups) if g == group]
        for a in ids:
            for b in ids:
                assert left[a] & left[b] and right[a] & right[b], (group, a, b)


def test_korean_words_are_hangul_and_english_words_lower_case():
    ko = word_corpus("ko", sentences=2_000, held_out=10)
    assert all("\uac00" <= ch <= "\ud7a3" for word in ko.vocabulary for ch in word)
    en = word_corpus("en", sentences=2_000, held_out=10)
    assert all(word.isascii() and word.isalpha() and word.islower() for word in en.vocabulary)


def test_pairs_relate_capitals_to_countries_and_tenses(corpus):
    relations = {(r, corpus.vocabulary[a], corpus.vocabulary[b]) for r, a, b in corpus.pairs}
    if corpus.language == "en":
        assert ("capital", "paris", "france") in relations
        assert ("past", "buys", "bought") in relations
    else:
        assert ("capital", "파리", "프랑스") in relations
        assert ("past", "산다", "샀다") in relations
    assert len(relations) == 12 + 8


def test_an_unknown_language_is_refused():
    with pytest.raises(DataError) as caught:
        word_corpus("fr")
    assert caught.value.message.code == "words.unknown_language"


# -- a person's text ----------------------------------------------------------------------
STORY = ("The cat sat on the mat. The dog sat on the rug!\nA bird sang on the roof.\n"
         "The cat, the dog and the bird\nwere friends. ") * 20 + "The fox ran away."


def test_a_persons_text_becomes_lower_case_words_and_sentences(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    corpus = read_word_text(path, train_ratio=0.8)
    sentences = [corpus.words(s) for s in corpus.train]
    assert sentences[:4] == ["the cat sat on the mat", "the dog sat on the rug",
                             "a bird sang on the roof",
                             "the cat the dog and the bird were friends"]
    assert len(corpus.train) == 65 and len(corpus.held_out) == 16  # 81 sentences
    assert corpus.words(corpus.held_out[-1]) == "the " + " ".join([UNKNOWN_WORD] * 3)
    assert corpus.vocabulary[0] == "the" and corpus.vocabulary[-1] == UNKNOWN_WORD
    capped = read_word_text(path, max_vocab=4)  # 73 training sentences: one more "cat"
    assert capped.vocabulary == ("the", "on", "cat", UNKNOWN_WORD)
    assert capped.words(capped.train[1]) == "the <unk> <unk> on the <unk>"


def test_korean_text_keeps_its_words(tmp_path):
    path = tmp_path / "이야기.txt"
    path.write_text("고양이가 매트 위에 앉았다. 강아지가 뛰었다.\n" * 30, encoding="utf-8")
    corpus = read_word_text(path, min_count=1)
    assert corpus.words(corpus.train[0]) == "고양이가 매트 위에 앉았다"
    assert set(corpus.vocabulary) == {"고양이가", "매트", "위에", "앉았다", "강아지가",
                                      "뛰었다", UNKNOWN_WORD}


@pytest.mark.parametrize(("content", "code"), [
    (b"", "words.empty"),
    (b" \n\t ... !!\n", "words.empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 30, "text.binary"),
    ("caf\xe9 au lait. ".encode("latin-1") * 30, "text.not_utf8"),
    (b"hello " * 500, "words.one_word"),
    (b"a few words. and no more.", "words.too_few"),
    (" ".join(f"w{i}" for i in range(300)).encode(), "words.one_sentence"),
])
def test_bad_text_gets_its_code(tmp_path, content, code):
    path = tmp_path / "words.txt"
    path.write_bytes(content)
    with pytest.raises(DataFileError) as caught:
        read_word_text(path)
    assert caught.value.message.code == code
    assert "words.txt" in str(caught.value)


def test_not_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "words.txt"
    path.write_bytes(b"good words here " * 10 + b"\xff and more")
    with pytest.raises(DataFileError) as caught:
        read_word_text(path)
    assert caught.value.message.values["position"] == 160


def test_too_large_a_file_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: refused by its size, never read
        handle.truncate(MAX_WORD_TEXT_BYTES + 1)
    with pytest.raises(DataFileError) as caught:
        read_word_text(path)
    assert caught.value.message.code == "text.too_large"
    assert caught.value.message.values["limit"] == 50
    assert "50 MB" in str(caught.value)


def test_missing_file_folder_and_bad_split(tmp_path):
    for path, code in ((tmp_path / "nowhere.txt", "text.cannot_read"),
                       (tmp_path, "text.is_folder"), ("", "text.no_file")):
        with pytest.raises(DataFileError) as caught:
            read_word_text(path)
        assert caught.value.message.code == code
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_word_text(tmp_path / "a.txt", train_ratio=1.0)
    assert caught.value.message.code == "words.bad_split"
