"""Both word models side by side (probe "word_models"): held-out sentences with the
log-probability the neural language model and the Kneser-Ney trigram give each, and for
a context the person types, each model's ten likeliest next words.

Options: ``"context"`` (text; words as a person's .txt is read: lower case, edge
punctuation stripped; words the vocabulary lacks become <unk> where it has one and are
left out otherwise, and are listed); ``"sentences"`` (how many held-out sentences, 12).
An empty context asks for a sentence's first word; without the option, the first three
words of the first held-out sentence are the context. A skip-gram run predicts no next
word: it gives the ten words nearest to the context's last word instead.
"""

from __future__ import annotations

import numpy as np
import torch

from engine.data.word_text import UNKNOWN_WORD, sentences_of
from engine.probes.word_scores import embedding_matrix, kneser_ney, neural_logprobs
from engine.probes.word_vectors import word_corpus_of
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.words import NextWords, WordModelsData

TOP = 10
#: Words of the first held-out sentence shown as the context before a person types one.
DEFAULT_CONTEXT = 3


@implements("word_models")
def word_models_probe(session, options: dict) -> WordModelsData:
    corpus = word_corpus_of(session)
    if session.experiment.data.word_task != "lm":
        return _neighbours(session, corpus, options.get("context") or "")
    trigram, trigram_logprobs = kneser_ney(corpus)
    count = min(int(options["sentences"]), len(corpus.held_out))
    ends = np.cumsum([len(s) + 1 for s in corpus.held_out[:count]])
    n = int(ends[-1]) if count else 0
    neural = neural_logprobs(session.model, session.x_test[:n], session.y_test[:n])
    starts = np.concatenate(([0], ends[:-1])).astype(np.int64)
    per_sentence = (np.add.reduceat(neural, starts) if count else np.zeros(0),
                    np.add.reduceat(trigram_logprobs[:n], starts) if count else np.zeros(0))
    sentences = [corpus.words(s) for s in corpus.held_out[:count]]
    text = options.get("context")
    if text is None:  # nothing typed yet: the start of the first held-out sentence
        text = corpus.words(corpus.held_out[0][:DEFAULT_CONTEXT]) if corpus.held_out else ""
    ids, shown, unknown = _context_ids(corpus.vocabulary, text)
    size = len(corpus.vocabulary)
    names = (*corpus.vocabulary, "<s>", "</s>")
    width = session.x_test.shape[1]
    padded = ([size] * width + ids)[-width:]
    x = torch.tensor([padded], dtype=torch.long, device=session.device)
    with torch.no_grad():
        was = session.model.training
        session.model.eval()
        p_neural = torch.softmax(session.model(x)[0], -1).double().cpu().numpy()
        session.model.train(was)
    p_trigram = trigram.next_word_distribution(([size, size] + ids)[-2:])
    return WordModelsData("lm", sentences, *per_sentence, shown, unknown,
                          _top(p_neural, names, size), _top(p_trigram, names, size))


def _neighbours(session, corpus, text: str) -> WordModelsData:
    """Skip-gram: the ten words nearest to the context's last word (the first grouped
    word of the vocabulary when none is typed), by cosine similarity."""
    matrix = embedding_matrix(session.model)
    if matrix is None:
        raise ProbeError.of("word_probe.no_embedding")
    ids, shown, unknown = _context_ids(corpus.vocabulary, text)
    word = ids[-1] if ids else 0
    v = matrix[:len(corpus.vocabulary)].astype(np.float64)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    similarity = v @ v[word]
    similarity[word] = -np.inf
    order = np.argsort(-similarity, kind="stable")[:TOP]
    nearest = NextWords([corpus.vocabulary[i] for i in order],
                        similarity[order].astype(np.float32))
    empty = np.zeros(0)
    return WordModelsData("neighbours", [], empty, empty, corpus.vocabulary[word], unknown,
                          nearest, None)


def _context_ids(vocabulary: tuple[str, ...], text: str
                 ) -> tuple[list[int], str, list[str]]:
    """(ids, the context as read, the words the vocabulary lacks)."""
    index = {word: i for i, word in enumerate(vocabulary)}
    words = [w for sentence in sentences_of(text) for w in sentence]
    unknown = [w for w in words if w not in index]
    fallback = index.get(UNKNOWN_WORD)
    ids = [index[w] if w in index else fallback for w in words]
    ids = [i for i in ids if i is not None]
    return ids, " ".join(vocabulary[i] for i in ids), unknown


def _top(p: np.ndarray, names: tuple[str, ...], start: int) -> NextWords:
    """The ten likeliest ids, <s> left out (no model predicts a sentence's start)."""
    p = np.asarray(p[:len(names)], np.float64).copy()
    p[start] = 0.0
    order = np.argsort(-p, kind="stable")[:TOP]
    return NextWords([names[i] for i in order], p[order].astype(np.float32))
