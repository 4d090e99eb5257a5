"""Message codes: what a run reports while it trains: divergence, devices, typed weights,
pre-training.

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/training.toml.
"""

CODES: dict[str, str] = {
    "training.diverged": (
        "Training diverged at step {bad_step}: the loss became infinite or NaN with "
        "learning rate {learning_rate:g}. Restored the weights of step {good_step} and "
        "paused. Lower the learning rate, then press play."),
    "training.no_points": (
        "There are no training points: pick a dataset or click on the plot to add points."),
    # The device a run trains on (engine/trainer/device.py).
    "training.unknown_device": "unknown device {name!r}: use one of {choices}",
    "training.no_cuda": "CUDA was asked for but no CUDA GPU is available here",
    "training.no_mps": "MPS was asked for but Apple's Metal backend is not available here",
    # Names the experiment's checks let through only when valid: the model builders' own.
    "training.unknown_optimizer": "unknown optimizer {name!r}",
    "training.unknown_activation": "unknown activation {name!r}",
    # A weight typed into the perceptron view (TrainingSession.set_weight).
    "training.weights_perceptron_only": (
        "Weights can be typed in only for a perceptron the network panel draws; this "
        "network was assembled in the layer builder."),
    "training.no_layer_to_edit": "there is no layer {layer} to edit",
    "training.no_weight_at": "layer {layer} has no weight at ({row}, {col})",
    "training.weight_not_finite": "a weight must be a finite number, not {value}",
    # Layer-wise pre-training's phase, shown beside a run (a comparison's run status).
    "training.pretraining_layer": "pre-training layer {layer} of {layers}",
    "training.pretraining_layer_error": (
        "pre-training layer {layer} of {layers}: reconstruction error {error:.3f}"),
    # A comparison's run that diverged sits out (engine/trainer/compare_runs.py).
    "training.run_diverged": (
        "run {index} ({label}) diverged at step {bad_step}; its weights of step "
        "{good_step} are kept and it sits out"),
    # An error raised by a library, not by the engine (torch, numpy, the system): all
    # there is to show is its own text.
    "error.foreign": "{text}",
    "training.unknown_command": "unknown command {command}",
}
