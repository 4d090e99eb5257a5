"""The Kneser-Ney trigram baseline against nltk's KneserNeyInterpolated(order=3): the same
probabilities (seen and unseen contexts, unknown words, sentence boundaries) and the same
perplexity; next-word distributions that sum to 1."""

import itertools
import math

import numpy as np
import pytest
from nltk.lm import KneserNeyInterpolated
from nltk.lm.preprocessing import pad_both_ends, padded_everygram_pipeline
from nltk.util import ngrams

from engine.data.word_corpus import word_corpus
from engine.models.ngram import KneserNeyTrigram

TINY = [[0, 1, 2], [0, 1, 3, 1, 2], [], [2, 2, 2, 0], [3], [1, 0, 1, 0, 4]]


def fitted(sentences, n_words):
    """(our model, nltk's model, names): nltk fitted on the same sentences as words."""
    names = [f"w{i}" for i in range(n_words)] + ["<s>", "</s>"]
    reference = KneserNeyInterpolated(order=3)
    reference.fit(*padded_everygram_pipeline(3, [[names[i] for i in s] for s in sentences]))
    return KneserNeyTrigram(sentences, n_words), reference, names


def nltk_score(reference, names, word, context):
    name = names[word] if 0 <= word < len(names) else "never-seen"
    return reference.score(name, [names[i] if 0 <= i < len(names) else "never-seen"
                                  for i in context])


def test_every_probability_of_a_tiny_corpus_matches_nltk():
    """All words (with <s>, </s> and an id never seen) after every context of up to two
    ids, seen or not."""
    model, reference, names = fitted(TINY, n_words=6)  # word 5 is never in training
    ids = range(-1, model.size + 1)
    contexts = [[]] + [[v] for v in ids] + [[u, v] for u in ids for v in ids]
    for context in contexts:
        ours = model.probs(np.arange(-1, model.size + 1), context)
        theirs = [nltk_score(reference, names, w, context) for w in ids]
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12, err_msg=str(context))
    assert model.prob(5, [0, 1]) == 0 and model.logprob(5, [0, 1]) == -math.inf


@pytest.fixture(scope="module")
def small():
    corpus = word_corpus("en", sentences=400, held_out=60, seed=2)
    return (corpus, *fitted(corpus.train, len(corpus.vocabulary)))


def test_probabilities_of_a_word_corpus_match_nltk(small):
    corpus, model, reference, names = small
    rng = np.random.default_rng(0)
    for _ in range(600):  # random pairs: most contexts never seen
        context = list(rng.integers(0, model.size, rng.integers(0, 3)))
        word = int(rng.integers(0, model.size))
        assert model.prob(word, context) == pytest.approx(
            nltk_score(reference, names, word, context), abs=1e-9)
    for sentence in corpus.held_out[:30]:  # the trigrams a perplexity is made of
        padded = [model.start] * 2 + list(sentence) + [model.end] * 2
        for u, v, w in zip(padded, padded[1:], padded[2:]):
            expected = nltk_score(reference, names, w, [u, v])
            assert model.prob(w, [u, v]) == pytest.approx(expected, abs=1e-9)
            assert model.logprob(w, [u, v]) == pytest.approx(math.log(expected), abs=1e-9)


def test_perplexity_matches_nltk(small):
    corpus, model, reference, names = small
    # Each word and one </s> predicted: every padded trigram but the one after </s>.
    predicted = [list(ngrams(pad_both_ends([names[i] for i in s], n=3), 3))[:-1]
                 for s in corpus.held_out]
    expected = reference.perplexity(list(itertools.chain.from_iterable(predicted)))
    assert model.perplexity(corpus.held_out) == pytest.approx(expected, rel=1e-9)
    assert model.perplexity([[*corpus.held_out[0], 10_000]]) == math.inf


def test_next_word_distribution_sums_to_one(small):
    corpus, model, _, _ = small
    start, sentence = model.start, corpus.train[0]
    for context in ([], [start], [start, start], [start, sentence[0]], list(sentence[:2]),
                    [3, 3], [-5, 10_000]):
        distribution = model.next_word_distribution(context)
        assert distribution.shape == (model.size,)
        assert distribution.sum() == pytest.approx(1, abs=1e-12)
        raw = model.probs(np.arange(model.size), context)
        if context[-1:] != [start]:  # nltk's own numbers, already summing to 1
            np.testing.assert_allclose(distribution, raw, rtol=1e-12)
        else:  # after <s> nltk's definition leaks a little mass; it is divided out
            assert 1 < raw.sum() < 1.01
            np.testing.assert_allclose(distribution, raw / raw.sum(), rtol=1e-12)


def test_top_words_after_a_context_are_the_ones_that_followed_it():
    corpus = word_corpus("en", sentences=5_000, held_out=10, seed=0)
    model = KneserNeyTrigram(corpus.train, len(corpus.vocabulary))
    top = np.argsort(-model.next_word_distribution(corpus.ids("the capital")))[:1]
    assert corpus.words(top) == "of"
    after = corpus.ids("capital of")
    followed = {s[i + 2] for s in corpus.train for i in range(len(s) - 2)
                if s[i:i + 2] == after}
    assert 5 < len(followed) < 12, "some countries are held out from 'capital of'"
    top = np.argsort(-model.next_word_distribution(after))[:len(followed)]
    assert set(top.tolist()) == followed


def test_held_out_sentences_are_much_less_likely_to_the_trigram_model():
    """The corpus's point: sentences that put a word where training never put it are
    what an n-gram cannot generalise to."""
    corpus = word_corpus("ko", sentences=10_000, held_out=500, seed=0)
    model = KneserNeyTrigram(corpus.train, len(corpus.vocabulary))
    assert model.perplexity(corpus.held_out) > 3 * model.perplexity(corpus.train[:2000])
