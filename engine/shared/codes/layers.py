"""Message codes: a layer stack that does not fit its data or itself (engine/shared/layers,
engine/probes/layer_plan.py).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/layers.toml.
"""

CODES: dict[str, str] = {
    # Naming a layer: "layer 3.2 Conv2d" is layers.named(where=layers.at, kind="Conv2d").
    # Kinds keep their PyTorch names ("Conv2d") in every language.
    "layers.at": "layer {position}",
    "layers.a_layer": "a layer",
    "layers.named": "{where} {kind}",
    "layers.output_layer": "the output layer",
    "layers.in_layer": "{layer}: {problem}",
    "layers.none": "none",
    # A parameter's value out of its schema (engine/shared/layers/kinds.py).
    "layers.needs_value": "{label} needs a value",
    "layers.on_or_off": "{label} must be on or off",
    "layers.not_a_number": "{label} must be a number, not {value}",
    "layers.not_finite": "{label} must be a finite number, not {value}",
    "layers.not_whole": "{label} must be a whole number, not {value}",
    "layers.out_of_range": "{label} {value:g} must be between {low:g} and {high:g}",
    # A layer or a design as a file or a command gives it (layer.py, design.py).
    "layers.no_such_parameter": "{kind} has no parameter {unknown} (it has: {known})",
    "layers.cannot_hold_layers": "{kind} cannot hold layers: only a residual block can",
    "layers.not_an_object": "a layer must be an object with a 'kind', not {raw}",
    "layers.body_not_a_list": "a residual block's 'layers' must be a list",
    "layers.unknown_kind": "unknown layer kind {kind}: use one of {kinds}",
    "layers.stack_not_a_list": "a layer stack must be a list of layers",
    "layers.design_not_an_object": "a layer design must be an object",
    "layers.design_unusable": "the design has no usable input shape or outputs ({problem})",
    # A layer re-checked where it stands in a stack (engine/shared/layers/infer.py).
    "layers.not_a_layer": "{where} is not a Layer but {value}: remove it",
    "layers.unknown_kind_at": "{where} has unknown kind {kind}: use one of {kinds}",
    "layers.params_not_pairs": "its parameters must be (name, value) pairs",
    "layers.it_has_no_parameter": "it has no parameter {unknown} (it has: {known})",
    "layers.body_not_a_tuple": "its layers must be a tuple of layers",
    "layers.it_cannot_hold_layers": "it cannot hold layers: only a residual block can",
    # A layer that does not fit what arrives (engine/shared/layers/rules.py). {got} is a
    # shape in words (shape.features ...), {shape} one as numbers (shape.dims).
    "layers.wrong_layout": "{layer} takes {takes}, got {got}: {hint}",
    "layers.linear_on_image": (
        "{layer} expects {want} features, got {shape} = {numel}: add Flatten before it and "
        "set in_features to {numel} (or leave it automatic)"),
    "layers.linear_per_step": (
        "{layer} expects {want} features per step, got {got}: set in_features to {n} "
        "(or leave it automatic)"),
    "layers.linear_features": (
        "{layer} expects {want} features, got {n}: set in_features to {n} "
        "(or leave it automatic)"),
    "layers.conv_channels": (
        "{layer} expects {want} channels, got {got}: set in_channels to {n} "
        "(or leave it automatic)"),
    "layers.kernel_too_big": (
        "{layer}: a {k}×{k} kernel does not fit a {height}×{width} input (padding "
        "{padding}): use a smaller kernel or add padding"),
    "layers.window_too_big": (
        "{layer}: a {k}×{k} window does not fit a {height}×{width} input: use a smaller "
        "kernel or remove it"),
    "layers.vocabulary_too_small": (
        "{layer} has a vocabulary of {size}, got {got}: set num_embeddings to {vocab} or "
        "more (or leave it automatic)"),
    "layers.block_empty": "{layer} is empty: add layers inside it, or remove it",
    "layers.nested_too_deep": "{layer} nests blocks more than {limit} deep: nest fewer",
    "layers.skip_misfit": (
        "{layer} turns {shape} into {output}: a skip connection adds its input to its "
        "output, so both need the same shape (make it end with {shape})"),
    "layers.head_needs_outputs": "the output layer needs at least 1 output, not {value}",
    "layers.stack_not_a_tuple": "a layer stack must be a tuple of layers, not {value}",
    "layers.bad_input_shape": "the input shape {shape} needs whole sizes of at least 1",
    "layers.too_many_parameters": (
        "the network has {total:,} parameters: Deepscope trains up to {limit:,}; use fewer "
        "units/channels or pool before Flatten ({layer} alone has {params:,})"),
    # What to change, after a misfit's colon.
    "layers.hint_add_embedding": "add an Embedding before it",
    "layers.hint_embedding_first": "an Embedding reads token ids: put it first, on text data",
    "layers.hint_batchnorm1d": "use BatchNorm2d for an image, LayerNorm for a sequence",
    "layers.hint_batchnorm2d": "use BatchNorm1d for features, LayerNorm for a sequence",
    "layers.hint_add_flatten": "add Flatten before it",
    "layers.hint_before_flatten": "move it before Flatten, or use image data",
    "layers.hint_sequence_first": (
        "put an Embedding or a recurrent layer before it, or use sequence data"),
    "layers.hint_flatten_at_end": "add Flatten at the end",
    "layers.hint_embedding_and_recurrent": "add an Embedding (and a recurrent layer) first",
    # Shapes as parameters (engine/shared/layers/shape.py, rules.py): {dims} is "16×5×5".
    "shape.dims": "{dims}",
    "shape.tokens": "{dims} tokens",
    "shape.features": "{n} features",
    "shape.image": "an image {dims}",
    "shape.sequence": "a sequence {dims}",
    "shape.token_ids": "{n} token ids (vocabulary {vocab})",
    "shape.layout_features": "features",
    "shape.layout_image": "an image",
    "shape.layout_sequence": "a sequence",
    "shape.layout_tokens": "token ids",
    # A list of layouts: "features, an image or a sequence" is list(first, either(...)).
    "shape.either": "{first} or {second}",
    "shape.list": "{first}, {rest}",
    "shape.unknown_layout": "unknown layout {layout}: use one of {layouts}",
    "shape.wrong_dims": "a {layout} shape has {n} dims, not {dims}",
    "shape.not_an_input": "not an input shape: {raw} ({problem})",
}
