"""An interpolated Kneser-Ney trigram language model: the n-gram baseline a neural word
model is compared with (the review's Fig. 4 and its point that n-grams do not generalise
across related words).

The definition is nltk's ``nltk.lm.KneserNeyInterpolated(order=3)`` (discount 0.1) fitted
on ``padded_everygram_pipeline(3, sentences)``, so its numbers can be checked against an
independent implementation (tests/engine/test_ngram.py), computed with numpy instead of
nltk's per-query loops over all counts:

- a sentence is padded to ``<s> <s> w1 .. wn </s> </s>`` and every trigram and bigram in
  it is counted;
- trigram level: ``max(c(u v w) - d, 0) / c(u v .) + d * N1+(u v .) / c(u v .) * p(w | v)``;
- bigram level, with continuation counts: ``max(N1+(. v w) - d, 0) / N1+(. v .)
  + d * N1+(v .) / N1+(. v .) * p(w)``, where ``N1+(v .)`` counts bigram followers;
- unigram: ``N1+(. w) / N1+(. .)``, with no uniform floor: a word that never follows
  another has probability 0;
- a context never seen passes its whole mass to the next lower order.

Token ids ``0 .. n_words - 1`` are the vocabulary's; ``n_words`` is ``<s>`` and
``n_words + 1`` is ``</s>``. An id outside that range (a word training never saw) counts
as a context never seen and has probability 0, as nltk's ``<UNK>`` does here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np


def trigram_windows(sentences: Sequence[Sequence[int]], start: int, end: int
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(u, v, w, last): every trigram of every sentence padded to ``start start w1 .. wn
    end end``, and whether it is its sentence's last one (the one predicting the second
    ``end``)."""
    lengths = np.fromiter(map(len, sentences), np.int64, len(sentences))
    words = np.fromiter(chain.from_iterable(sentences), np.int64, int(lengths.sum()))
    padded_lengths = lengths + 4
    offsets = np.concatenate(([0], np.cumsum(padded_lengths)[:-1]))
    padded = np.full(int(padded_lengths.sum()), end, np.int64)
    padded[offsets] = start
    padded[offsets + 1] = start
    word_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    local = np.arange(len(words)) - np.repeat(word_starts, lengths)
    padded[np.repeat(offsets + 2, lengths) + local] = words
    windows = lengths + 2
    window_starts = np.concatenate(([0], np.cumsum(windows)[:-1]))
    at = np.repeat(offsets, windows) + np.arange(int(windows.sum())) - np.repeat(
        window_starts, windows)
    last = np.zeros(len(at), bool)
    last[window_starts + windows - 1] = True
    return padded[at], padded[at + 1], padded[at + 2], last


class KneserNeyTrigram:
    """Interpolated Kneser-Ney trigram probabilities counted on ``sentences`` of ids."""

    def __init__(self, sentences: Sequence[Sequence[int]], n_words: int,
                 discount: float = 0.1) -> None:
        assert sentences and 0 <= discount <= 1, "needs sentences and a discount in [0, 1]"
        self.n_words = n_words
        self.start, self.end = n_words, n_words + 1
        #: Ids the model predicts: the vocabulary, <s> and </s>.
        self.size = n_words + 2
        self.discount = discount
        # Codes in base size + 1: the extra digit is "an id never seen" (see _clean).
        base = self._base = self.size + 1
        assert base ** 3 < 2 ** 63, "vocabulary too large for int64 trigram codes"
        u, v, w, _ = trigram_windows(sentences, self.start, self.end)
        trigram, counts = np.unique((u * base + v) * base + w, return_counts=True)
        bigram = np.unique(np.concatenate((u * base + v, [self.end * base + self.end])))
        self._trigram, self._trigram_counts = trigram, counts
        # Trigram contexts (u v): their total count and their number of distinct followers.
        context = trigram // base
        self._context, first = np.unique(context, return_index=True)
        self._context_total = np.add.reduceat(counts, first)
        self._context_followers = np.diff(np.append(first, len(trigram)))
        # Bigram level: N1+(. v w), N1+(. v .) and N1+(v .).
        middle_word, self._continuation = np.unique(trigram % (base * base),
                                                    return_counts=True)
        self._middle_word = middle_word
        self._middle_total = np.bincount((trigram // base) % base, minlength=base)
        self._bigram_followers = np.bincount(bigram // base, minlength=base)
        # Unigram level: N1+(. w) / N1+(. .).
        self._unigram = np.bincount(bigram % base, minlength=base) / len(bigram)

    def _clean(self, ids) -> np.ndarray:
        ids = np.asarray(ids, np.int64)
        return np.where((ids >= 0) & (ids < self.size), ids, self.size)

    @staticmethod
    def _lookup(codes: np.ndarray, values: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """values[i] where codes[i] == key, 0 where no code is the key."""
        at = np.minimum(np.searchsorted(codes, keys), len(codes) - 1)
        return np.where(codes[at] == keys, values[at], 0)

    def _bigram_level(self, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        d, base = self.discount, self._base
        lower = self._unigram[w]
        followers = self._bigram_followers[v]
        total = np.maximum(self._middle_total[v], 1)  # 0 only where followers are 0 too
        count = self._lookup(self._middle_word, self._continuation, v * base + w)
        alpha = np.maximum(count - d, 0.0) / total
        gamma = d * followers / total
        return np.where(followers > 0, alpha + gamma * lower, lower)

    def _trigram_level(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        d, base = self.discount, self._base
        lower = self._bigram_level(v, w)
        context = u * base + v
        total = self._lookup(self._context, self._context_total, context)
        followers = self._lookup(self._context, self._context_followers, context)
        count = self._lookup(self._trigram, self._trigram_counts, context * base + w)
        safe = np.maximum(total, 1)
        alpha = np.maximum(count - d, 0.0) / safe
        gamma = d * followers / safe
        return np.where(total > 0, alpha + gamma * lower, lower)

    def probs(self, words, context: Sequence[int]) -> np.ndarray:
        """p(word | context) for each of ``words``; only the last two ids of ``context``
        count (fewer: the bigram or unigram level, as nltk scores a shorter context)."""
        w = self._clean(words)
        context = self._clean(list(context)[-2:])
        if len(context) == 0:
            return self._unigram[w]
        v = np.full(w.shape, context[-1])
        if len(context) == 1:
            return self._bigram_level(v, w)
        return self._trigram_level(np.full(w.shape, context[0]), v, w)

    def prob(self, word: int, context: Sequence[int]) -> float:
        return float(self.probs([word], context)[0])

    def logprob(self, word: int, context: Sequence[int]) -> float:
        """The natural logarithm of ``prob`` (-inf for probability 0)."""
        p = self.prob(word, context)
        return float(np.log(p)) if p > 0 else -np.inf

    def next_word_distribution(self, context: Sequence[int]) -> np.ndarray:
        """p(. | context) over all ``size`` ids, summing to 1. nltk's definition itself
        sums to 1 everywhere but after ``<s>``: there the padding bigram ``<s> <s>``
        counts as a follower without a trigram continuation, leaving an excess of
        ``gamma * d / N1+(. <s> .)`` (about 1e-5); it is divided out here."""
        p = self.probs(np.arange(self.size), context)
        return p / p.sum()

    def sentence_logprobs(self, sentences: Sequence[Sequence[int]]) -> np.ndarray:
        """ln p of each predicted token: every word and one ``</s>`` per sentence, each
        given the two before it (``<s>`` padding at the start)."""
        u, v, w, last = trigram_windows(sentences, self.start, self.end)
        keep = ~last
        p = self._trigram_level(self._clean(u[keep]), self._clean(v[keep]),
                                self._clean(w[keep]))
        with np.errstate(divide="ignore"):
            return np.log(p)

    def perplexity(self, sentences: Iterable[Sequence[int]]) -> float:
        """exp of the mean negative log-probability of the predicted tokens (inf when one
        has probability 0): nltk's ``perplexity`` of the same trigrams."""
        return float(np.exp(-np.mean(self.sentence_logprobs(list(sentences)))))
