"""Scores of a word run: held-out perplexity of the neural language model and of the
Kneser-Ney trigram on the same predictions, and the in-group nearest-neighbour share of
its word vectors (the review's "Tuesday and Wednesday are very similar")."""

from __future__ import annotations

import numpy as np
import torch

from engine.data import Dataset
from engine.data.word_corpus import WordCorpus
from engine.data.word_tables import FUNCTION
from engine.models.ngram import KneserNeyTrigram

#: Groups whose words are not scored: glue words, and a person's text's single groups.
UNSCORED = frozenset({FUNCTION, "word", "unknown"})
#: Held-out predictions scored per forward pass.
CHUNK = 2048

_trigram: tuple[WordCorpus, KneserNeyTrigram, np.ndarray] | None = None


def kneser_ney(corpus: WordCorpus) -> tuple[KneserNeyTrigram, np.ndarray]:
    """The trigram counted on the corpus's training sentences, and its ln p of every
    held-out prediction (in the order of the language model's held-out examples);
    counted once per corpus."""
    global _trigram  # one corpus trains at a time; a new one replaces it
    if _trigram is None or _trigram[0] is not corpus:
        model = KneserNeyTrigram(corpus.train, len(corpus.vocabulary))
        _trigram = (corpus, model, model.sentence_logprobs(corpus.held_out))
    return _trigram[1], _trigram[2]


def embedding_matrix(model: torch.nn.Module) -> np.ndarray | None:
    """The first Embedding's weights as float32 (a copy), None without one."""
    for module in model.modules():
        if isinstance(module, torch.nn.Embedding):
            return module.weight.detach().to("cpu", torch.float32, copy=True).numpy()
    return None


def neighbour_share(vectors: np.ndarray, groups: tuple[str, ...] | list[str]) -> float:
    """The share of grouped words whose nearest other word (by cosine, among all words
    of the vocabulary, glue words included) is in their own group; NaN without groups."""
    labels = np.asarray(groups)
    scored = ~np.isin(labels, list(UNSCORED))
    if not scored.any():
        return float("nan")
    v = vectors[:len(labels)].astype(np.float64)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    similarity = v[scored] @ v.T
    similarity[np.arange(int(scored.sum())), np.flatnonzero(scored)] = -np.inf
    nearest = similarity.argmax(axis=1)
    return float(np.mean(labels[nearest] == labels[scored]))


@torch.no_grad()
def neural_logprobs(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> np.ndarray:
    """ln p of each target under the model's softmax, without dropout."""
    was_training = model.training
    model.eval()
    out = []
    for start in range(0, x.shape[0], CHUNK):
        logits = model(x[start:start + CHUNK])
        target = y[start:start + CHUNK].long()
        out.append(torch.log_softmax(logits, -1).gather(1, target[:, None])[:, 0].cpu())
    model.train(was_training)
    return torch.cat(out).double().numpy() if out else np.zeros(0)


def perplexity(logprobs: np.ndarray) -> float:
    return float(np.exp(-np.mean(logprobs))) if len(logprobs) else float("nan")


def held_out_count(dataset: Dataset, limit: int | None) -> int:
    """Held-out predictions of whole sentences, at most ``limit`` (all when None)."""
    total = dataset.y_test.shape[0]
    if limit is None or limit >= total or dataset.corpus is None:
        return total
    ends = np.cumsum([len(s) + 1 for s in dataset.corpus.held_out])
    return int(ends[max(0, np.searchsorted(ends, limit, side="right") - 1)])
