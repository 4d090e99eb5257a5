"""Message codes: an experiment's settings that do not hold together
(engine/shared/experiment.py and its neighbours: demos, landscape settings, features).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/settings.toml.
A value a person (or a file) typed arrives as its ``repr`` text: it may be of any JSON
type, and shows as it was written.
"""

CODES: dict[str, str] = {
    # The network (Experiment.validate).
    "settings.too_many_layers": "{n} hidden layers: at most {most} allowed",
    "settings.activations_mismatch": "{layers} hidden layers but {activations} activations",
    "settings.layer_width": "hidden layer {layer} has {units} units: allowed 1 to {most}",
    "settings.unknown_activation": "unknown activation {name}: use one of {choices}",
    "settings.no_features": "no input feature selected: switch on at least one",
    "settings.unknown_feature": "unknown feature {name}: use one of {choices}",
    "settings.init_scale": "initial weight scale {value} must be in (0, 10]",
    "settings.recurrent_scale": "recurrent weight scale {value} must be in (0, 10]",
    "settings.dropout": "dropout {value} must be in [0, 1)",
    "settings.every_step_target": (
        "these data have a target at every step: the network must answer at every step, "
        "so remove the 'Last step' layer"),
    "settings.one_target": (
        "these data have one target per sequence, read after its last step: end the "
        "recurrent layers with a 'Last step' layer"),
    # Training and data.
    "settings.unknown_optimizer": "unknown optimizer {name}: use one of {choices}",
    "settings.unknown_regularization": "unknown regularization {name}: use one of {choices}",
    "settings.unknown_loss": "unknown loss {name}: use one of {choices}",
    "settings.learning_rate": "learning rate {value} must be positive",
    "settings.batch_size": "batch size {value} must be at least 1",
    "settings.reg_rate": "regularization rate {value} must not be negative",
    "settings.train_ratio": "train ratio {value} must be between 0 and 1",
    "settings.noise": "noise {value} must be between 0 and 1",
    "settings.labels_not_count": "labelled examples must be a whole number ≥ 0, not {value}",
    "settings.pretrain_steps_not_count": (
        "pre-training steps must be a whole number ≥ 0, not {value}"),
    "settings.too_few_labels": (
        "{labels} labelled examples cannot show all {classes} classes: keep at least "
        "{classes}, or 0 for all"),
    "settings.pretraining_perceptron_only": (
        "layer-wise pre-training works on the perceptron (Linear layers with one "
        "activation each): set pre-training steps to 0 for a stack from the Layers tab"),
    "settings.seq_length": (
        "sequence length {value} must be a whole number from {low} to {high} (0: the "
        "data's own)"),
    "settings.clip_not_switch": "gradient clipping must be on or off",
    "settings.clip_threshold": "clipping threshold {value} must be a positive number up to 1e6",
    "settings.bptt": (
        "truncated back-propagation length {value} must be a whole number from 0 (whole "
        "sequence) to {high}"),
    # The memory a run would take (engine/shared/run_size.py).
    "settings.too_much_memory": (
        "this run would need about {total} of memory ({weights} for its {parameters:,} "
        "weights with their gradients and optimizer state, {data} for its data, "
        "{activations} for its activations); the limit is {limit}. Use fewer or narrower "
        "layers, fewer examples or a smaller batch"),
    "settings.gigabytes": "{gb:.1f} GB",
    "settings.megabytes": "{mb} MB",
    # An experiment as JSON (Experiment.from_dict; types checked by experiment files).
    "settings.not_an_object": "an experiment must be a JSON object",
    "settings.section_not_object": "'{section}' must be an object",
    "settings.unknown_settings": (
        "unknown {n:p|setting|settings} in '{section}': {names}"),
    "settings.unknown_sections": "unknown {n:p|section|sections}: {names}",
    "settings.network_stack": "network: {problem}",
    "settings.wrong_type": (
        "setting '{setting}' has the wrong type: {value} (like {default} expected)"),
    # The input features (engine/shared/features.py).
    "features.unknown": "unknown {n:p|feature|features} {names}: use {choices}",
    # Loss-landscape settings (engine/shared/landscape_settings.py).
    "landscape_settings.unknown_directions": (
        "unknown landscape directions {value}: use one of {choices}"),
    "landscape_settings.unknown_norm": "unknown direction normalisation {value}: use {choices}",
    "landscape_settings.unknown_bias": "bias must be one of {choices}, not {value}",
    "landscape_settings.resolution": "landscape resolution {value}: allowed {low} to {high}",
    "landscape_settings.files_needs_two": (
        "the line between two files needs exactly two experiment files"),
    "landscape_settings.span": "landscape range {value} must be positive, at most {high}",
    # Demo files (engine/shared/demos.py).
    "demo.unreadable": "{name}: cannot read demo file: {problem}",
    "demo.missing_key": "{name}: missing '{key}'",
    "demo.needs_english": "{name}: '{key}' needs an English ('en') text",
    "demo.unknown_views": "{name}: unknown {n:p|view|views} {views}",
    "demo.bad_figure": "{name}: 'figure' needs a 'label' text and a 'metric', one of {choices}",
    "demo.in_file": "{name}: {problem}",
    "demo.claims_not_list": "'claims' must be a list of claims",
    "demo.bad_claim": "claim {index}: {problem}",
    "claim.not_object": "a claim must be an object with 'steps', 'metric' and a bound",
    "claim.unknown_keys": "unknown keys: {names}",
    "claim.steps": "'steps' must be a whole number from 1 to 1,000,000, not {value}",
    "claim.metric": "'metric' must be one of {choices}",
    "claim.no_bound": "a claim needs 'at_least' or 'at_most' (a number)",
    "claim.run": "'run' {run} is none of the comparison's runs ({labels}) nor '*'",
    "claim.run_without_comparison": "'run' names a run, but this demo trains only one",
    "claim.changes": "'changes' must be an object of settings sections",
    "demo.bad_landscape": "{name}: bad 'landscape' settings: {problem}",
    "demo.no_such_demo": "no demo '{demo}': available demos are {ids}",
    # Word data (engine/shared/word_settings.py).
    "settings.word_task": "unknown word task {name}: choose one of {choices}",
    "settings.word_context": (
        "{value} words of context: choose a whole number from 1 to {high}"),
    "settings.word_negatives": (
        "{value} negative samples: choose a whole number from 1 to {high}"),
    "settings.word_vocabulary": (
        "a vocabulary of {value} words: choose a whole number from {low} to {high}"),
    "settings.word_language": "no generated corpus in {name}: choose one of {choices}",
    "settings.word_sentences": (
        "{value} sentences: choose a whole number from 1 to {high}"),
    # The translator (engine/shared/translation_settings.py).
    "settings.translator_attention": "attention is {value}: choose true or false",
    "settings.translator_hidden": (
        "a translator {value} units wide: choose a whole number from {low} to {high}"),
    "settings.translator_embedding": (
        "word vectors of length {value}: choose a whole number from {low} to {high}"),
    # The captioner (engine/shared/caption_settings.py).
    "settings.caption_language": "no scene captions in {name}: choose one of {choices}",
    "settings.caption_scenes": (
        "{value} scenes: choose a whole number from {low} to {high}"),
    "settings.caption_range": (
        "{name} is {value}: choose a whole number from {low} to {high}"),
    "settings.caption_word_dropout": (
        "a word dropout of {value}: choose a share from 0 up to (not including) 1"),
}
