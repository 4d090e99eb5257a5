"""word2vec's skip-gram objective with negative sampling (Mikolov et al. 2013).

The model is a layer stack whose output is the centre word's vector (an Embedding, then
Flatten); its output layer's rows are the context vectors. For a (centre, context) pair
the loss is ``-log σ(u_context · v_centre) - Σ_k log σ(-u_k · v_centre)`` over ``k``
words drawn from the unigram distribution raised to 3/4: the pair is told apart from
noise instead of scored against the whole vocabulary, which is what makes it cheap.

The noise words of a step come from a generator seeded by the run's seed and the step
number, so a run continued from a file draws what the uninterrupted run drew, with no
state to save.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

#: word2vec's exponent: frequent words are drawn less often than they occur.
NOISE_POWER = 0.75


def noise_distribution(targets: np.ndarray, n_classes: int) -> torch.Tensor:
    """Unigram counts of the context words, to the 3/4 power, normalised."""
    counts = np.bincount(np.asarray(targets, np.int64), minlength=n_classes).astype(np.float64)
    weights = counts ** NOISE_POWER
    return torch.tensor(weights / weights.sum(), dtype=torch.float32)


def step_generator(seed: int, step: int) -> torch.Generator:
    return torch.Generator().manual_seed((seed * 1_000_003 + step) % (2 ** 63))


def negative_sampling_loss(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor,
                           noise: torch.Tensor, k: int, generator: torch.Generator
                           ) -> torch.Tensor:
    """The mean loss of the batch's pairs (``x`` centre ids (B, 1), ``y`` context ids)."""
    centre = x
    for layer in model.layers:
        centre = layer(centre)
    head = model.head
    negatives = torch.multinomial(noise, y.shape[0] * k, replacement=True,
                                  generator=generator).view(-1, k).to(y.device)
    ids = torch.cat([y.long()[:, None], negatives], dim=1)          # (B, 1 + k)
    scores = torch.einsum("bd,bkd->bk", centre, head.weight[ids]) + head.bias[ids]
    sign = torch.ones_like(scores)
    sign[:, 1:] = -1.0
    return -F.logsigmoid(sign * scores).sum(dim=1).mean()
