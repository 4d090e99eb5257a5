"""The word vectors of a word run: its Embedding's row for every word of the corpus,
with the word and its group (probe "word_vectors"; the projector view draws them)."""

from __future__ import annotations

from engine.probes.word_scores import embedding_matrix
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.words import WordVectors


def word_corpus_of(session):
    """The run's corpus, or ProbeError for data that are not words."""
    corpus = session.dataset.corpus
    if corpus is None:
        raise ProbeError.of("word_probe.no_words")
    return corpus


@implements("word_vectors")
def word_vectors_probe(session, options: dict) -> WordVectors:
    corpus = word_corpus_of(session)
    matrix = embedding_matrix(session.model)
    if matrix is None:
        raise ProbeError.of("word_probe.no_embedding")
    n = len(corpus.vocabulary)
    return WordVectors(matrix[:n].copy(), list(corpus.vocabulary), list(corpus.word_groups),
                       list(corpus.groups))
