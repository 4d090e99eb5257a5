"""Layer stacks: shape inference against PyTorch itself, messages, templates, TorchScript.

The property test is the main one: for thousands of random stacks, either inference says
the stack fits and PyTorch agrees on every shape and parameter, or it raises a SpecError
that names a position; never any other exception.
"""

import math
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.models.stack import StackModel, build, example_input
from engine.shared.layers import ACTIVATION_KINDS, KINDS, Layer, Shape, SpecError
from engine.shared.layers.infer import MAX_PARAMETERS, check, infer, parameter_count
from engine.shared.layers.templates import TEMPLATES, templates_for

ROOT = Path(__file__).resolve().parents[2]
L = Layer.make


# -- random stacks ---------------------------------------------------------------------
def input_shapes():
    return st.one_of(
        st.builds(Shape.features, st.integers(1, 32)),
        st.builds(Shape.image, st.integers(1, 3), small(1, 16, 16), small(1, 16, 12)),
        st.builds(Shape.sequence, st.integers(1, 8), st.integers(1, 32)),
        st.builds(Shape.tokens, st.integers(1, 8), st.integers(1, 20)),
    )


def small(low, high, fitting=None):
    """A small int, often the value that fits (``fitting``) so stacks are plausible."""
    choices = st.integers(low, high)
    return choices if fitting is None else st.one_of(st.just(fitting), choices)


@st.composite
def values_for(draw, kind, shape):
    """Plausible values for a kind's parameters: small, often fitting ``shape``."""
    last = shape.dims[-1] if shape is not None else None
    channels = shape.dims[0] if shape is not None and shape.layout == "image" else None
    auto = st.none()
    if kind == "linear":
        return {"out_features": draw(small(1, 32, last)), "bias": draw(st.booleans()),
                "in_features": draw(st.one_of(auto, auto, small(1, 32, last)))}
    # Kernels often exactly as large as the input, or one more: the edge of fitting.
    side = draw(st.sampled_from(shape.dims[1:])) if channels is not None else 3
    edge = st.sampled_from([side, side + 1])
    if kind == "conv2d":
        kernel = draw(st.one_of(st.integers(1, 5), edge.map(lambda k: min(k, 15))))
        return {"out_channels": draw(small(1, 8, channels)), "kernel": kernel,
                "stride": draw(small(1, 3, 1)),
                "padding": draw(st.one_of(st.just(kernel // 2), st.integers(0, 2))),
                "in_channels": draw(st.one_of(auto, auto, small(1, 4, channels)))}
    if kind in ("maxpool2d", "avgpool2d"):
        kernel = draw(st.one_of(small(1, 4, 2), edge.map(lambda k: min(k, 16))))
        return {"kernel": kernel, "stride": draw(st.one_of(auto, small(1, 3)))}
    if kind == "dropout":
        return {"p": draw(st.floats(0.0, 0.95))}
    if kind == "embedding":
        vocab = shape.vocab if shape is not None and shape.layout == "tokens" else None
        return {"embedding_dim": draw(st.integers(1, 16)),
                "num_embeddings": draw(st.one_of(auto, auto, small(1, 24, vocab)))}
    if kind in ("rnn", "lstm", "gru"):
        return {"hidden_size": draw(small(1, 16, last)), "num_layers": draw(st.integers(1, 2)),
                "bidirectional": draw(st.booleans())}
    return {}


def next_shape(layer, shape):
    """What ``layer`` gives on ``shape`` according to inference (None: it does not fit)."""
    if shape is None:
        return None
    return infer((layer,), shape)[0].output


@st.composite
def stacks(draw, shape, depth=0, max_layers=6):
    """A stack grown layer by layer, mostly from kinds that accept the current shape."""
    layers = []
    for _ in range(draw(st.integers(0 if depth == 0 else 1, max_layers))):
        plausible = shape is not None and draw(st.integers(0, 9)) < 8
        kinds = [k for k, info in KINDS.items() if plausible and shape.layout in info.accepts
                 for _ in range(1 if k in ACTIVATION_KINDS else 4)]  # fewer activations
        kind = draw(st.sampled_from(kinds or sorted(KINDS)))
        if kind == "residual" and depth < 2:
            layer = L(kind, body=draw(stacks(shape, depth + 1, max_layers=3)))
        elif kind == "residual":
            layer = L("identity")
        else:
            layer = L(kind, **draw(values_for(kind, shape)))
        if draw(st.integers(0, 19)) == 0:
            layer = draw(raw_layers(layer))
        layers.append(layer)
        shape = next_shape(layer, shape)
    return tuple(layers)


# Values each parameter type refuses (ints: also out of range, drawn below).
_BAD = {"int": [2.5, "3", True, math.nan, math.inf], "float": [-0.1, 0.96, math.nan, "x", True],
        "bool": [1, "yes", None]}


@st.composite
def raw_layers(draw, layer):
    """``layer`` rebuilt with the dataclass constructor, which checks nothing: with its
    ints as floats (valid), or with one bad value, an unknown parameter or kind, a body."""
    values = dict(layer.params)
    how = draw(st.sampled_from(["floats", "bad value", "unknown param", "unknown kind",
                                "body", "missing"]))
    if how == "floats":
        values = {k: float(v) if type(v) is int else v for k, v in values.items()}
    elif how == "bad value" and layer.info.params:
        param = draw(st.sampled_from(layer.info.params))
        bad = list(_BAD[param.type])
        if param.type == "int":
            bad += [int(param.low) - 1, int(param.high) + 1]
        if not param.auto and param.type != "bool":
            bad.append(None)
        values[param.name] = draw(st.sampled_from(bad))
    elif how == "unknown param":
        values["colour"] = "red"
    elif how == "unknown kind":
        return Layer("conv3d", tuple(values.items()), layer.body)
    elif how == "body" and layer.kind != "residual":
        return Layer(layer.kind, tuple(values.items()), (L("relu"),))
    elif how == "missing":
        values = {}  # defaults fill in, as Layer.make does
    return Layer(layer.kind, tuple(values.items()), layer.body)


@st.composite
def cases(draw):
    shape = draw(input_shapes())
    stack = draw(stacks(shape))
    n_outputs = draw(st.one_of(st.none(), st.integers(1, 5)))
    end = shape
    for layer in stack:
        end = next_shape(layer, end)
    if n_outputs and end is not None and end.layout == "image" and draw(st.booleans()):
        stack += (L("flatten"),)  # as a person would before the output layer
    return stack, shape, n_outputs


def top_level_params(rows):
    return sum(row.params for row in rows if row.depth == 0)


def run_case(stack, shape, n_outputs) -> bool:
    """True when the stack fits and PyTorch agrees; False for a proper SpecError."""
    try:
        output = check(stack, shape, n_outputs)
    except SpecError as exc:
        assert str(exc) and exc.position, f"SpecError without message or position: {exc!r}"
        with pytest.raises(SpecError):
            build(stack, shape, n_outputs)
        return False
    model = build(stack, shape, n_outputs)
    x = example_input(shape, 3)
    for train in (True, False):
        model.train(train)
        assert tuple(model(x).shape) == (3, *output.dims)
    count = parameter_count(stack, shape, n_outputs)
    assert count == sum(p.numel() for p in model.parameters())
    rows = infer(stack, shape, n_outputs)
    assert top_level_params(rows) == count
    for row in rows:  # a block's row counts its body's layers
        if row.layer is not None and row.layer.kind == "residual":
            inside = [r for r in rows if r.position.startswith(row.position + ".")
                      and r.depth == row.depth + 1]
            assert row.params == sum(r.params for r in inside)
    return True


def test_random_stacks_either_fit_and_run_or_raise_spec_errors():
    fitted = Counter()

    @settings(max_examples=2000, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(cases())
    def one(case):
        try:
            fitted[run_case(*case)] += 1
        except (AssertionError, pytest.fail.Exception):
            raise
        except Exception as exc:  # anything but a SpecError is a bug
            pytest.fail(f"{type(exc).__name__}: {exc} for {case}")

    torch.manual_seed(0)
    one()
    total = fitted[True] + fitted[False]
    assert total >= 2000
    assert fitted[True] >= 0.2 * total, f"only {fitted[True]} of {total} stacks fitted"


@pytest.mark.parametrize("layer", [
    Layer("linear", (("out_features", 0),)),
    Layer("linear", (("out_features", 8), ("bias", "yes"))),
    Layer("conv2d", (("kernel", 99),)),
    Layer("dropout", (("p", math.nan),)),
    Layer("dropout", (("p", 1.5),)),
    Layer("lstm", (("hidden_size", 2.5),)),
    Layer("lstm", (("num_layers", math.inf),)),
    Layer("relu", (("slope", 1),)),
    Layer("relu", ((["unhashable"], 1),)),
    Layer("relu", 5),
    Layer("softmax"),
    Layer(["not", "a", "kind"]),
    Layer("relu", (), (L("relu"),)),
    Layer("residual", (), "not a tuple"),
    "not a layer",
])
def test_raw_layers_with_bad_values_become_spec_errors_naming_their_position(layer):
    shape = Shape.features(4)
    with pytest.raises(SpecError) as caught:
        check((L("relu"), layer), shape, 2)
    assert caught.value.position == "2" and "layer 2" in str(caught.value)
    nested = (L("residual", body=(L("relu"), L("residual", body=(layer,)))),)
    with pytest.raises(SpecError) as caught:
        build(nested, shape)
    assert caught.value.position == "1.2.1"


def test_raw_layers_with_valid_values_given_as_floats_build():
    stack = (Layer("linear", (("out_features", 8.0),)), Layer("relu"))
    model = build(stack, Shape.features(3), 2)
    assert model.layers[0].out_features == 8 and model.layers[0].bias is not None


# -- messages ----------------------------------------------------------------------------
def message(stack, shape, n_outputs=None):
    with pytest.raises(SpecError) as caught:
        check(stack, shape, n_outputs)
    return caught.value


def convs_to_16x5x5():
    return (L("conv2d", out_channels=16, kernel=5), L("maxpool2d", kernel=2), L("relu"))


def test_linear_with_in_features_on_an_image_says_flatten_and_the_size():
    error = message((*convs_to_16x5x5(), L("linear", out_features=10, in_features=128)),
                    Shape.image(1, 14, 14))
    assert (error.position, error.kind) == ("4", "Linear")
    text = str(error)
    assert text.startswith("layer 4 Linear expects 128 features")
    assert "16×5×5 = 400" in text and "Flatten" in text and "in_features to 400" in text


def test_linear_with_wrong_in_features_on_features_says_the_value():
    stack = (*convs_to_16x5x5(), L("flatten"), L("linear", out_features=10, in_features=128))
    error = message(stack, Shape.image(1, 14, 14))
    assert error.position == "5"
    assert str(error) == ("layer 5 Linear expects 128 features, got 400: set in_features to "
                          "400 (or leave it automatic)")


def test_linear_on_an_image_says_add_flatten():
    error = message((*convs_to_16x5x5(), L("linear", out_features=10)), Shape.image(1, 14, 14))
    assert str(error) == ("layer 4 Linear takes features or a sequence, got an image 16×5×5: "
                          "add Flatten before it")


def test_kernel_larger_than_input_says_smaller_kernel_or_padding():
    error = message((L("maxpool2d", kernel=2), L("conv2d", kernel=5)), Shape.image(1, 6, 6))
    assert (error.position, error.kind) == ("2", "Conv2d")
    assert str(error) == ("layer 2 Conv2d: a 5×5 kernel does not fit a 3×3 input (padding 0): "
                          "use a smaller kernel or add padding")
    assert check((L("maxpool2d", kernel=2), L("conv2d", kernel=5, padding=1)),
                 Shape.image(1, 6, 6)) == Shape.image(8, 1, 1)


def test_residual_that_changes_the_shape_says_both_shapes():
    block = L("residual", body=(L("linear", out_features=8), L("relu")))
    error = message((L("linear", out_features=16), L("relu"), block), Shape.features(2))
    assert (error.position, error.kind) == ("3", "Residual block")
    assert str(error).startswith("layer 3 Residual block turns 16 into 8: a skip connection "
                                 "adds its input to its output, so both need the same shape")


def test_misfit_inside_a_residual_block_names_the_inner_position():
    block = L("residual", body=(L("relu"), L("conv2d")))
    error = message((L("relu"), L("relu"), block), Shape.features(4))
    assert (error.position, error.kind) == ("3.2", "Conv2d")
    assert str(error).startswith("layer 3.2 Conv2d takes an image, got 4 features")


def test_output_layer_on_an_image_says_add_flatten_at_the_end():
    error = message(convs_to_16x5x5(), Shape.image(1, 14, 14), n_outputs=10)
    assert (error.position, error.kind) == ("out", "Output (Linear)")
    assert "got an image 16×5×5: add Flatten at the end" in str(error)


@pytest.mark.parametrize("stack, shape, words", [
    ((L("relu"),), Shape.tokens(4, 10), "add an Embedding before it"),
    ((L("embedding", num_embeddings=5),), Shape.tokens(4, 10), "num_embeddings to 10"),
    ((L("batchnorm1d"),), Shape.image(1, 4, 4), "BatchNorm2d"),
    ((L("lstm"),), Shape.features(3), "takes a sequence, got 3 features"),
    ((L("residual"),), Shape.features(3), "layer 1 Residual block is empty"),
    ((L("conv2d", in_channels=3),), Shape.image(1, 4, 4), "set in_channels to 1"),
    ((L("avgpool2d", kernel=5),), Shape.image(1, 4, 4), "a 5×5 window does not fit a 4×4"),
])
def test_other_misfits_say_what_to_do(stack, shape, words):
    assert words in str(message(stack, shape))


def nested_blocks(levels):
    layer = L("relu")
    for _ in range(levels):
        layer = L("residual", body=(layer,))
    return (layer,)


@pytest.mark.parametrize("stack, shape, n_outputs, position", [
    (nested_blocks(40), Shape.features(3), None, ".".join(["1"] * 17)),
    ((L("relu"),), Shape.features(3), 0, "out"),
    ((L("relu"),), Shape.tokens(3, 0), None, ""),
    ((L("relu"),), Shape("features", (0,)), None, ""),
    ([L("relu"), L("linear", out_features=2)], Shape.features(3), 1, None),
])
def test_odd_stacks_and_inputs_give_spec_errors(stack, shape, n_outputs, position):
    if position is None:  # a list is as good as a tuple
        assert check(stack, shape, n_outputs) == Shape.features(1)
        return
    error = message(stack, shape, n_outputs)
    assert error.position == position and str(error)
    assert check(nested_blocks(16), Shape.features(3)) == Shape.features(3)


def test_parameter_limit_names_the_biggest_layer():
    stack = (L("flatten"), L("linear", out_features=4096))
    error = message(stack, Shape.image(1, 128, 128), n_outputs=10)
    assert "the network has 67," in str(error) and f"{MAX_PARAMETERS:,}" in str(error)
    assert (error.position, error.kind) == ("2", "Linear")
    with pytest.raises(SpecError):
        build(stack, Shape.image(1, 128, 128), 10)
    assert parameter_count(stack, Shape.image(1, 128, 128), 10) > MAX_PARAMETERS


def test_rows_after_a_misfit_have_no_shapes_and_no_error():
    block = L("residual", body=(L("linear", out_features=4),))
    stack = (L("linear", out_features=4), L("conv2d"), block, L("relu"))
    rows = infer(stack, Shape.features(2), n_outputs=3)
    assert [r.position for r in rows] == ["1", "2", "3", "3.1", "4", "out"]
    assert [r.depth for r in rows] == [0, 0, 0, 1, 0, 0]
    assert rows[0].output == Shape.features(4) and rows[0].params == 12
    assert rows[1].input == Shape.features(4) and rows[1].output is None
    assert rows[1].error is not None and rows[1].error.position == "2"
    for row in rows[2:]:
        assert (row.input, row.output, row.params, row.error) == (None, None, 0, None)
    assert rows[-1].label == "Output (Linear)" and rows[-1].layer is None


def test_check_returns_the_stacks_output_without_a_head():
    stack = (L("embedding", embedding_dim=6), L("gru", hidden_size=5, bidirectional=True))
    assert check(stack, Shape.tokens(7, 12)) == Shape.sequence(7, 10)
    assert check(stack, Shape.tokens(7, 12), 3) == Shape.sequence(7, 3)
    assert check((), Shape.features(2)) == Shape.features(2)


# -- templates and the built modules -----------------------------------------------------
def scripted(model):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch 2.13 deprecates jit
        return torch.jit.script(model)


def traced(model, x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecation, and LSTM's flattened weights
        return torch.jit.trace(model, x)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_template_checks_builds_runs_and_scripts(name):
    template = TEMPLATES[name]
    output = check(template.stack, template.input, template.n_outputs)
    torch.manual_seed(0)
    model = build(template.stack, template.input, template.n_outputs).eval()
    x = example_input(template.input, 3)
    with torch.no_grad():
        y = model(x)
        assert tuple(y.shape) == (3, *output.dims)
        outputs = model.layer_outputs(x)
        assert len(outputs) == len(template.stack) + 1
        rows = [r for r in infer(template.stack, template.input, template.n_outputs)
                if r.depth == 0]
        assert [tuple(o.shape[1:]) for o in outputs] == [r.output.dims for r in rows]
        torch.testing.assert_close(outputs[-1], y)
        torch.testing.assert_close(scripted(model)(x), y)
        torch.testing.assert_close(traced(model, x)(x), y)


def test_templates_by_layout():
    assert [t.name for t in templates_for("features")] == ["mlp", "residual-mlp"]
    assert {t.name for t in templates_for("image")} == {"lenet", "small-convnet", "padded-convnet"}
    assert [t.name for t in templates_for("tokens")] == ["char-rnn", "neural-lm", "skip-gram"]
    assert [t.name for t in templates_for("sequence")] == ["lstm"]
    assert parameter_count(TEMPLATES["lenet"].stack, Shape.image(1, 28, 28), 10) == 61_706


def test_module_names_are_the_exporters_contract():
    keys = set(build(TEMPLATES["residual-mlp"].stack, Shape.features(2), 1).state_dict())
    assert {"layers.0.weight", "layers.2.body.0.weight", "head.weight"} <= keys
    keys = set(build(TEMPLATES["char-rnn"].stack, Shape.tokens(64, 64), 64).state_dict())
    assert {"layers.0.weight", "layers.1.rnn.weight_ih_l0", "head.weight"} <= keys


def test_weight_matrices_are_the_weights_not_biases():
    model = build(TEMPLATES["lenet"].stack, Shape.image(1, 28, 28), 10)
    assert [tuple(w.shape) for w in model.weight_matrices()] == [
        (6, 1, 5, 5), (16, 6, 5, 5), (120, 400), (84, 120), (10, 84)]
    stack = (L("lstm", hidden_size=4, num_layers=2), L("layernorm"), L("last_step"))
    weights = build(stack, Shape.sequence(5, 3), 2).weight_matrices()
    assert len(weights) == 5 and all(w.dim() == 2 for w in weights)


def test_model_without_head_scripts_and_keeps_its_settings():
    stack = (L("conv2d", out_channels=2, padding=1), L("batchnorm2d"), L("dropout"),
             L("residual", body=(L("conv2d", out_channels=2, padding=1), L("gelu"))))
    model = build(stack, Shape.image(1, 5, 5)).eval()
    assert isinstance(model, StackModel) and model.head is None
    assert (model.stack, model.input_shape, model.n_outputs) == (stack, Shape.image(1, 5, 5),
                                                                 None)
    x = example_input(Shape.image(1, 5, 5), 2, torch.Generator().manual_seed(1))
    torch.testing.assert_close(scripted(model)(x), model(x))
    torch.testing.assert_close(traced(model, x)(x), model(x))
    assert len(model.layer_outputs(x)) == 4


def test_example_input_gives_token_ids_below_the_vocabulary():
    ids = example_input(Shape.tokens(50, 7), 4)
    assert ids.dtype == torch.long and ids.shape == (4, 50) and 0 <= ids.min() <= ids.max() < 7


def test_inference_and_templates_import_without_torch():
    code = ("import sys, engine.shared.layers.infer, engine.shared.layers.templates; "
            "assert 'torch' not in sys.modules")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
