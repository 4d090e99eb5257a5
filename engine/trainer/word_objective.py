"""Which loss a word run trains with: skip-gram's negative sampling for skip-gram data,
None (the objective's softmax cross-entropy) for everything else. Its metrics stay the
softmax cross-entropy of the context word, so the curves read like any classifier's."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from engine.data import Dataset
from engine.models.negative_sampling import (
    negative_sampling_loss,
    noise_distribution,
    step_generator,
)
from engine.shared.experiment import Experiment


@dataclass(frozen=True)
class SkipGramObjective:
    noise: torch.Tensor
    negatives: int

    def loss(self, model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor,
             seed: int, step: int) -> torch.Tensor:
        """The batch's loss; the noise words depend on the run's seed and the step only."""
        return negative_sampling_loss(model, x, y, self.noise, self.negatives,
                                      step_generator(seed, step))


def skipgram_objective(dataset: Dataset, experiment: Experiment) -> SkipGramObjective | None:
    if dataset.corpus is None or experiment.data.word_task != "skipgram":
        return None
    return SkipGramObjective(noise_distribution(dataset.y_train, dataset.n_classes),
                             experiment.data.negatives)
