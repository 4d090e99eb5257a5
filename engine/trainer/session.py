"""A TrainingSession: the live state of one run (data, model, optimizer, step count).

The generator in ``engine.trainer.loop`` drives a session; tests and benchmarks can drive one
directly. All tensors stay on ``self.device``; numpy copies are made only in
``measure()`` and the probes.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import torch

from engine.data import Dataset, make_dataset
from engine.models.network import MLP, build_model, make_activation
from engine.models.objective import Objective
from engine.shared.catalogue import flip_labels
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.messages import Message
from engine.trainer.augment import BatchAugmenter
from engine.trainer.batches import BatchOrder
from engine.trainer.changes import same_except_augment, same_except_points, same_weight_shapes
from engine.trainer.device import describe_device, resolve_device
from engine.trainer.good_state import GoodState
from engine.trainer.inputs import device_tensor, network_inputs, shaped_input
from engine.trainer.metrics import measure_splits
from engine.trainer.optimizers import make_optimizer, weight_penalty
from engine.trainer.pretraining import LayerwisePretrainer
from engine.trainer.recurrent import GradientWatch, truncated_loss
from engine.trainer.word_objective import skipgram_objective

#: Input numbers a live snapshot's metrics read per split: all 2-D points and digits,
#: about 250 images of 28×28 (each snapshot of a ConvNet on 3,000 shapes took 0.3 s).
MEASURE_VALUES = 200_000
#: Scenes a live snapshot's loss and word accuracy read per split: a captioner's
#: forward pass costs about a millisecond a scene here, and the held-out exact match
#: (engine/trainer/caption_watch.py) reads more of them, less often.
SCENES_MEASURED = 64


class TrainingSession:
    def __init__(self, experiment: Experiment, device: torch.device | None = None):
        self.experiment = experiment.validate()
        self.device = device or resolve_device(experiment.training.device)
        self.device_name = describe_device(self.device)
        self.data_version = 0
        self._load_data()
        self.reset()

    # -- set-up ----------------------------------------------------------------------
    def _load_data(self) -> None:
        self.dataset: Dataset = make_dataset(self.experiment.data)
        self.data_version += 1
        d = self.dataset
        self.objective = Objective.resolve(d.problem, d.n_classes, self.experiment.training.loss)
        def to(a: np.ndarray) -> torch.Tensor:
            return device_tensor(a, self.device)

        self.points_train, self.y_train = to(d.x_train), to(d.y_train)
        self.points_test, self.y_test = to(d.x_test), to(d.y_test)
        self.points_unlabelled = to(d.x_unlabelled)
        self.word_objective = skipgram_objective(d, self.experiment)
        self._refresh_features()

    def _refresh_features(self) -> None:
        """Network inputs: the features of 2-D points; other data feed their own values."""
        features, flat = self.experiment.network.features, self.points_2d
        self.x_train = network_inputs(self.points_train, features, flat)
        self.x_test = network_inputs(self.points_test, features, flat)
        self.x_unlabelled = network_inputs(self.points_unlabelled, features, flat)

    def _shape_inputs(self) -> None:
        """The inputs in the shape the new model reads (inputs.shaped_input)."""
        sequence = self.dataset.sequence
        self.x_train = shaped_input(self.x_train, self.model, sequence)
        self.x_test = shaped_input(self.x_test, self.model, sequence)
        self.x_unlabelled = shaped_input(self.x_unlabelled, self.model, sequence)

    @property
    def points_2d(self) -> bool:
        """False for data not in the plane: no boundary, no neuron maps, no features."""
        return self.dataset.points_2d

    def reset(self) -> None:
        """Fresh weights from the seed, step 0, a new optimizer and batch order."""
        seed = self.experiment.training.seed
        torch.manual_seed(seed)
        # The perceptron (drawn by the network panel) or the builder's layer stack.
        self.model = build_model(self.experiment.network, self.objective.n_outputs,
                                 self.experiment.data)
        self.model.to(self.device)
        self._shape_inputs()
        self.optimizer = self._new_optimizer()
        self.batches = BatchOrder(seed)
        self.step_count = 0
        self.pretrainer = self._new_pretrainer()
        self.last_good = GoodState(self.model, self.step_count)
        self.gradients = GradientWatch()
        self.augmenter = BatchAugmenter(seed, self.device)

    def _new_pretrainer(self) -> LayerwisePretrainer | None:
        """Layer-wise pre-training on every training input, labelled or not, when asked
        for (built after the model, so the model's weights equal a run's without it)."""
        tr = self.experiment.training
        if tr.pretrain_steps <= 0 or not isinstance(self.model, MLP):
            return None
        inputs = torch.cat([self.x_train, self.x_unlabelled])
        return LayerwisePretrainer(self.model, inputs, tr.pretrain_steps, tr.batch_size,
                                   tr.seed)

    @property
    def pretraining(self) -> bool:
        """True while layer-wise pre-training still has steps to do."""
        return self.pretrainer is not None and not self.pretrainer.done

    def phase_message(self) -> Message | None:
        """"pre-training layer 1 of 2: reconstruction error 0.031", or None once the run
        trains on labels."""
        return self.pretrainer.phase_message() if self.pretrainer is not None else None

    def _new_optimizer(self) -> torch.optim.Optimizer:
        tr = self.experiment.training
        return make_optimizer(tr.optimizer, self.model.parameters(), tr.learning_rate)

    # -- changes while training -----------------------------------------------------
    def set_training(self, **changes) -> None:
        """Learning rate, batch size, regularisation, optimizer, loss: no reset needed.
        A new seed or device starts the run over."""
        old = self.experiment.training
        candidate = self.experiment.with_training(**changes).validate()
        new = candidate.training
        device = resolve_device(new.device) if new.device != old.device else None
        self.experiment = candidate
        if device is not None:
            self._move_to(device)
            return
        if new.seed != old.seed or new.pretrain_steps != old.pretrain_steps:
            self.reset()
            return
        if new.optimizer != old.optimizer:
            self.optimizer = self._new_optimizer()
        elif new.learning_rate != old.learning_rate:
            for group in self.optimizer.param_groups:
                group["lr"] = new.learning_rate
        if new.loss != old.loss:
            d = self.dataset
            self.objective = Objective.resolve(d.problem, d.n_classes, new.loss)

    def _move_to(self, device: torch.device) -> None:
        """Train on another device: data and a fresh model go there (a reset)."""
        self.device = device
        self.device_name = describe_device(device)
        self._load_data()
        self.reset()

    def set_experiment(self, experiment: Experiment, force_reset: bool = False) -> None:
        """Apply a new experiment, keeping as much of the run as its changes allow."""
        experiment.validate()
        old = self.experiment
        if experiment.training.device != old.training.device:
            device = resolve_device(experiment.training.device)
            self.experiment = experiment
            self._move_to(device)
            return
        self.experiment = experiment
        data_changed = experiment.data != old.data
        only_points_added = data_changed and same_except_points(old, experiment)
        # Augmentation changes only the batches to come: same data, same weights.
        only_augment = data_changed and same_except_augment(old, experiment)
        if data_changed and not only_augment:
            try:
                self._load_data()
            except ValueError:
                # A file that cannot be read: the old data and settings stay in force,
                # so the snapshot shows what trains; the trainer shows the message.
                self.experiment = old
                raise
        elif experiment.network.features != old.network.features:
            self._refresh_features()
        net_old, net_new = old.network, experiment.network
        same_shape = (same_weight_shapes(old, experiment)
                      and self.model.n_outputs == self.objective.n_outputs)
        if force_reset or not same_shape or (data_changed and not only_points_added
                                             and not only_augment):
            self.reset()
            return
        if net_new.activations != net_old.activations and isinstance(self.model, MLP):
            self.model.activations = torch.nn.ModuleList(
                make_activation(a) for a in net_new.activations)
        if isinstance(self.model, MLP):
            self.model.set_dropout(net_new.dropout)
        # Training settings go through set_training, which knows which of them need a new
        # optimizer (optimizer), a reset (seed) or just a new value (learning rate, ...).
        self.experiment = experiment.replace(training=old.training)
        self.set_training(**dataclasses.asdict(experiment.training))

    @torch.no_grad()
    def set_weight(self, layer: int, row: int, col: int, value: float) -> None:
        if not isinstance(self.model, MLP):
            raise ExperimentError.of("training.weights_perceptron_only")
        if not 0 <= layer < len(self.model.linears):
            raise ExperimentError.of("training.no_layer_to_edit", layer=layer)
        linear = self.model.linears[layer]
        if not (0 <= row < linear.out_features and -1 <= col < linear.in_features):
            raise ExperimentError.of("training.no_weight_at", layer=layer, row=row, col=col)
        if not math.isfinite(value):
            raise ExperimentError.of("training.weight_not_finite", value=value)
        if col == -1:
            linear.bias[row] = value
        else:
            linear.weight[row, col] = value

    # -- training --------------------------------------------------------------------
    def step(self) -> bool:
        """One minibatch step: of pre-training while it lasts (it counts as a step, so
        runs with and without it advance together), then of supervised training on the
        labelled examples. False when there is nothing to train on."""
        if self.pretraining:
            self.pretrainer.step()
            self.step_count += 1
            return True
        if self.x_train.shape[0] == 0:
            return False
        n = self.x_train.shape[0]
        batch = self.batches.next(n, min(self.experiment.training.batch_size, n), self.device)
        x, y = self.x_train[batch], self.y_train[batch]
        data = self.experiment.data
        if data.augment and self.dataset.image_shape is not None:
            x, y = self.augmenter(x, y, data, self.dataset.image_shape,
                                  flip_labels(data.dataset), self.dataset.n_classes)
        loss = self.batch_loss(x, y) + weight_penalty(self.model, self.experiment.training)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self._watch_and_clip_gradient()
        self.optimizer.step()
        self.step_count += 1
        return True

    def batch_loss(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """The batch's loss; a sequence longer than the truncated back-propagation length
        is read in chunks whose gradients stop at the chunk's start."""
        if self.word_objective is not None:
            return self.word_objective.loss(self.model, x, y, self.experiment.training.seed,
                                            self.step_count)
        sequence = self.dataset.sequence
        if self.dataset.scenes is not None:  # and Xu et al.'s doubly stochastic term
            return self.objective.loss_of(self.model(x), y) + self.model.penalty
        if sequence is None:
            return self.objective.loss_of(self.model(x), y)
        return truncated_loss(self.model, self.objective, x, y,
                              self.experiment.training.bptt, sequence.per_step)

    def _watch_and_clip_gradient(self) -> None:
        """Remember the whole gradient's norm (sequence data: the gradient-through-time
        view plots it) and scale the gradient down to the threshold when clipping is on."""
        tr = self.experiment.training
        if self.dataset.sequence is not None or tr.clip_gradients:
            self.gradients.watch(self.model, self.step_count,
                                 tr.clip_threshold if tr.clip_gradients else None)

    def gradient_history(self) -> tuple[np.ndarray, np.ndarray]:
        """(steps, norms): the whole gradient's norm before clipping at recent steps."""
        return self.gradients.history()

    @property
    def epoch(self) -> float:
        n = self.x_train.shape[0]
        return self.step_count * min(self.experiment.training.batch_size, max(n, 1)) / max(n, 1)

    # -- measurement -----------------------------------------------------------------
    def measure(self, values: int | None = None
                ) -> tuple[float, float, float | None, float | None]:
        """(train loss, test loss, train accuracy, test accuracy) without dropout; train
        metrics on the labelled training examples, test metrics on the whole test set.
        ``values``: measure on the first examples of each split holding at most this many
        input numbers; ``self.measured_on`` says how many were read."""
        if values is None and self.dataset.translations is not None:  # seconds per reset
            values = MEASURE_VALUES  # held-out accuracy reads every sentence instead
        if values is None and self.dataset.scenes is not None:
            values = SCENES_MEASURED * int(self.x_train.shape[1])
        results, counts = measure_splits(
            self.model, self.objective,
            [(self.x_train, self.y_train), (self.x_test, self.y_test)],
            self.dataset.sequence, values)
        full = (int(self.x_train.shape[0]), int(self.x_test.shape[0]))
        self.measured_on = None if tuple(counts) == full else (*counts, *full)
        (train_loss, train_acc), (test_loss, test_acc) = results
        return train_loss, test_loss, train_acc, test_acc

    @torch.no_grad()
    def parameters_finite(self) -> bool:
        # One reduction and one read: a read per tensor would sync a GPU per tensor.
        flags = torch.stack([torch.isfinite(p).all() for p in self.model.parameters()])
        return bool(flags.all())

    # The last finite weights (engine/trainer/good_state.py), kept at every snapshot.
    def remember_good_state(self) -> None:
        self.last_good.remember(self.model, self.step_count)

    def restore_good_state(self) -> int:
        """Back to the last finite weights (after divergence); returns their step."""
        step = self.last_good.restore(self.model)
        self.optimizer = self._new_optimizer()
        self.step_count = step
        return step

