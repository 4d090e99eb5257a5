"""Message codes: what a probe refuses to show, and why (engine/probes; options in
engine/shared/probe_options.py).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/probes.toml.
"""

CODES: dict[str, str] = {
    "landscape.path_too_short": (
        "Not enough of the path recorded yet for {directions} directions: using random "
        "ones until then."),
    "landscape.no_line_between_files": (
        "No line between the two files: {problem}. Showing random directions."),
    # The registry's option checks (engine/shared/probe_options.py).
    "probe.unknown_option": "The {probe} probe has no option '{option}'.",
    "probe.option_not_whole": "'{name}' must be a whole number, not {value}",
    "probe.not_a_number": "The {name} must be a number, not {value}.",
    "probe.not_whole_number": "The {name} must be a whole number, not {value}.",
    "probe.not_finite_number": "The {name} must be a finite number, not {value}.",
    # What the ConvNet and recurrent probes call their views in a refusal.
    "probe.feature_map_view": "feature-map",
    "probe.filters_view": "filters",
    "probe.pooling_view": "pooling",
    "probe.confusion_view": "confusion",
    "probe.hidden_state_trace": "hidden-state trace",
    "probe.gradient_time_view": "gradient-through-time view",
    "warp.not_points": (
        "The hidden-space view bends the plane of 2-D points; these data are images. Pick "
        "a dataset of points to see it."),
    "warp.not_a_perceptron": (
        "The hidden-space view draws the perceptron of the network panel; this network "
        "was assembled in the layer builder."),
    "warp.no_hidden_layer": (
        "The hidden-space view needs at least one hidden layer: add one in the network "
        "panel."),
    "warp.no_such_layer": "hidden layer {value} does not exist: layers count from 1",
    "warp.bad_units": "units must be two unit numbers or 'pca', not {value}",
    "warp.same_units": "Pick two different units for the two axes of the hidden space.",
    "backprop.not_a_perceptron": (
        "The backprop inspector works on the perceptron drawn in the Network tab; this "
        "network was assembled in the layer builder."),
    "backprop.leaky_relu_slope": "the backprop inspector knows leaky ReLU with slope 0.01 only",
    "backprop.approximate_gelu": "the backprop inspector knows the exact (erf) GELU only",
    "backprop.unknown_module": "the backprop inspector does not know the activation {module}",
    "backprop.unknown_activation": "unknown activation {name}",
    "backprop.no_points": (
        "There are no training points to inspect: pick a dataset or click on the plot to "
        "add points."),
    "backprop.point_not_a_number": "the training point must be a number, not {value}",
    "backprop.no_such_point": "there is no training point {index}: pick one of 0 to {last}",
    "conv.not_images": (
        "The {what} view follows images through a network; these data are 2-D points. "
        "Pick an image dataset (the digits)."),
    "conv.not_an_image_stack": (
        "The {what} view needs a network built in the layer builder that reads images (a "
        "ConvNet); this is the perceptron of the Network tab. Build a stack with a Conv2d "
        "layer in the Layers tab."),
    "conv.needs_classes": "The {what} view needs classes; this run is a regression.",
    "filters.no_convolutions": (
        "The filters view shows the kernels of convolution layers; this network has none. "
        "Add a Conv2d layer in the Layers tab."),
    "feature_maps.bad_scaling": "colour scaling must be one of {choices}, not {value}",
    "feature_maps.no_test_images": (
        "There are no test images to show: raise the test share of the data, or draw an "
        "image."),
    "feature_maps.index_not_whole": "the test image must be a whole number, not {value}",
    "pooling.no_test_images": (
        "There are no test images to shift: raise the test share of the data."),
    "pooling.not_whole_pixels": "'{name}' must be a whole number of pixels, not {value}",
    "recurrent.not_sequences": (
        "The {what} reads sequences; these data are not a sequence or text dataset. Pick "
        "one (counting brackets, delayed recall, a noisy sine, text)."),
    "recurrent.no_recurrent_layer": (
        "The {what} needs a recurrent layer (RNN, LSTM or GRU) in the network."),
    "recurrent.one_output_per_sequence": (
        "This task has a target at every step, but the network gives one output per "
        "sequence: remove the Last step layer."),
    "recurrent.lstm_projections": (
        "An LSTM with projections (proj_size) cannot be unrolled here."),
    "rnn_states.no_test_sequences": (
        "There are no test sequences to show: raise the test share of the data, or type "
        "some text."),
    "rnn_states.example_not_whole": "The test sequence must be a whole number, not {value}.",
    "rnn_states.text_needs_characters": (
        "Typed text needs a model that reads characters; this one reads series of numbers."),
    "rnn_states.text_not_a_string": "Typed text must be a string, not {value}.",
    "rnn_states.no_known_characters": (
        "None of the typed characters are in the model's vocabulary: type text like its "
        "training data."),
    "rnn_states.text_cut": "Only the first {limit} characters of the text are read.",
    "rnn_states.unknown_characters": "Left out characters the model has never seen: {shown}",
    "rnn_states.bidirectional": (
        "The {mode} in row {row} reads both ways; only its forward direction is shown."),
    "rnn_states.residual": "Recurrent layers inside a residual block are not traced.",
    "gradient_time.no_test_sequences": (
        "There are no test sequences to measure: raise the test share of the data."),
    "gradient_time.examples_not_whole": (
        "The number of sequences must be a whole number, not {value}."),
    "sample.not_a_character_model": (
        "Sampling needs a character model: text data with a next-character target."),
    "sample.needs_recurrent": (
        "Sampling needs a recurrent layer (RNN, LSTM or GRU) in the network."),
    "sample.bidirectional": (
        "Sampling writes left to right; a bidirectional recurrent layer reads the text "
        "from its end too."),
    "sample.residual_state": (
        "Sampling cannot carry the state of a recurrent layer inside a residual block."),
    "sample.whole_sequence_layer": (
        "Sampling writes one character at a time; the {layer} layer reads the whole "
        "sequence at once (remove it to sample)."),
    "sample.prompt_not_text": "The prompt must be text, not {value}.",
    "sample.temperature": "temperature",
    "sample.length": "length",
    "sample.seed": "seed",
    "landscape.unknown_method": "unknown method {method}: use one of {methods}",
    "landscape.not_shaped_like_parameters": "{name} is not shaped like the model's parameters",
    "landscape.not_a_chain": (
        "this model is not a chain of Linear/Conv2d layers and weightless modules; use "
        "method='vmap'"),
    "landscape.vmap_disagrees": "vmap does not reproduce this model's output",
    "landscape.vector_size": "vector has {values} values; the parameters have {parameters}",
    "landscape.unknown_norm": "unknown normalisation {norm}: use one of {norms}",
    "landscape.unknown_bias_mode": "unknown bias mode {bias}: use one of {modes}",
    "landscape.short_trajectory": (
        "a trajectory needs at least three recorded points, as (n, D)"),
    "landscape.flat_trajectory": "the trajectory does not span two directions (it is a line)",
    "curvature.no_data": "no data to measure the curvature on",
    # The projector (engine/probes/projector.py).
    "projector.no_test_examples": (
        "The projector draws the test examples, and this run has none: give the test "
        "split a share of the data."),
    "projector.no_word_vectors": (
        "No word vectors to project: this run has no word model. Pick a layer instead."),
    "projector.bad_source": "The projector's source must be one of {choices}, not {value}.",
    "projector.layer_not_whole": "The layer must be a whole number, not {value}.",
    "projector.perplexity": "perplexity",
    "projector.exaggeration": "exaggeration",
    "projector.learning_rate": "learning rate",
    # Word models (engine/probes/word_vectors.py, engine/probes/word_models.py).
    "word_probe.no_words": "this run does not train on words: choose word data",
    "word_probe.no_embedding": "this network has no Embedding layer, so no word vectors",
    "word_probe.context_not_text": "The context must be text, not {value}.",
    "word_probe.sentences": "held-out sentences",
    # The translator (engine/probes/translation_probe.py, thought_vectors.py).
    "translation_probe.no_sentences": "there are no held-out sentences to translate",
    "translation_probe.index_not_whole": "The sentence must be a whole number, not {value}.",
    "translation_probe.text_not_a_string": "The sentence must be text, not {value}.",
    # The captioner (engine/probes/caption_probe.py, caption_picture.py).
    "caption_probe.no_scenes": "there are no held-out scenes to caption",
    "caption_probe.index_not_whole": "The scene must be a whole number, not {value}.",
    "caption_probe.beam_not_whole": "The beam width must be a whole number, not {value}.",
    "caption_probe.bad_picture": (
        "The picture must be an image of at most {most} pixels a side, not {value}."),
    "caption_probe.alpha_dropped": "the picture's transparency was dropped",
    "caption_probe.made_rgb": "the grey picture was made RGB, as the encoder reads colour",
    "caption_probe.resized": (
        "the picture was resized from {width}x{height} to {size}x{size}, as the encoder "
        "reads it"),
    "projector.no_pictures": (
        "this run captions no scenes, so it has no picture vectors: choose the captioned "
        "scenes"),
    "projector.no_thoughts": (
        "this run does not translate, so it has no thought vectors: choose the "
        "translation data"),
}
