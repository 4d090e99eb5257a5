"""Export: each format, loaded in a fresh process that imports nothing of Deepscope, gives
the model's outputs; failures are ExportErrors that leave no file behind."""

import ast
import importlib.util
import json
import struct
import subprocess
import sys
import warnings
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from torch import nn

from engine.models.export import FORMATS, ExportError, export, export_onnx, python_source
from engine.models.safetensors_io import read_safetensors, reader_source, write_safetensors
from engine.models.stack import build, example_input
from engine.shared.layers import Layer, Shape
from engine.shared.layers.export_options import onnx_unavailable_reason, unavailable_reason
from engine.shared.layers.templates import TEMPLATES

L = Layer.make
ROOT = Path(__file__).resolve().parents[2]
#: Not the exporters' example batch (2): the batch axis must stay free.
BATCH = 3

#: Beyond the templates: every kind of layer, nested residual blocks, no output head.
EXTRA = {
    "every-image-layer": (
        (L("conv2d", out_channels=4, kernel=3, padding=1), L("batchnorm2d"), L("leaky_relu"),
         L("residual", body=(L("conv2d", out_channels=4, kernel=3, padding=1),
                             L("batchnorm2d"), L("gelu"))),
         L("avgpool2d", kernel=2), L("conv2d", out_channels=8, kernel=3, stride=2, padding=1),
         L("maxpool2d", kernel=2, stride=1), L("layernorm"), L("dropout", p=0.3),
         L("flatten"), L("linear", out_features=16, bias=False), L("batchnorm1d"), L("silu"),
         L("tanh"), L("layernorm"), L("sigmoid"), L("identity")),
        Shape.image(3, 12, 12), 3),
    "every-sequence-layer": (
        (L("embedding", embedding_dim=12),
         L("gru", hidden_size=8, num_layers=2, bidirectional=True), L("layernorm"),
         L("residual", body=(L("linear", out_features=16), L("relu"),
                             L("residual", body=(L("linear", out_features=16), L("tanh"))))),
         L("lstm", hidden_size=6, bidirectional=True), L("rnn", hidden_size=5),
         L("dropout", p=0.2), L("last_step"), L("linear", out_features=4), L("relu")),
        Shape.tokens(9, 30), 2),
    "no-head": ((L("rnn", hidden_size=4, num_layers=2), L("linear", out_features=2)),
                Shape.sequence(7, 3), None),
}
CASES = {**{name: (t.stack, t.input, t.n_outputs) for name, t in TEMPLATES.items()}, **EXTRA}


def make_model(case: str) -> nn.Module:
    """The case's model in eval mode, with norms whose statistics and scales are not the
    defaults (a fresh BatchNorm is the identity and would hide a lost buffer)."""
    stack, shape, n_outputs = CASES[case]
    torch.manual_seed(0)
    model = build(stack, shape, n_outputs)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d):
                m.running_mean.uniform_(-1, 1)
                m.running_var.uniform_(0.5, 2)
                m.num_batches_tracked.fill_(7)
            if isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d | nn.LayerNorm):
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.5, 0.5)
    return model.eval()


def installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


# Run by the test's Python in a fresh process: loads every export of one format, runs it on
# the saved input, saves the output. Records which of Deepscope's modules got imported.
RUNNER = r"""
import importlib.util, json, sys, traceback, warnings
from pathlib import Path
import numpy as np
folder, fmt, suffix = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if fmt == "onnx":
    import onnxruntime
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
else:
    import torch
    warnings.simplefilter("ignore", DeprecationWarning)  # torch.jit.load, in torch 2.13
errors = {}
for case in json.loads((folder / "cases.json").read_text()):
    try:
        x = np.load(folder / f"{case}.input.npy", allow_pickle=False)
        path = folder / fmt / f"{case}{suffix}"
        if fmt == "onnx":
            session = onnxruntime.InferenceSession(str(path), options,
                                                   providers=["CPUExecutionProvider"])
            y = session.run(["output"], {"input": x})[0]
        else:
            if fmt == "python":
                name = "exported_" + case.replace("-", "_")
                spec = importlib.util.spec_from_file_location(name, path)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                model = module.load()
            else:
                model = torch.jit.load(str(path))
            with torch.no_grad():
                y = model(torch.from_numpy(x)).numpy()
        np.save(folder / fmt / f"{case}.output.npy", y, allow_pickle=False)
    except Exception:
        errors[case] = traceback.format_exc()
ours = sorted(m for m in sys.modules if m.split(".")[0] in ("engine", "gui", "deepscope"))
print(json.dumps({"errors": errors, "imported": ours}))
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every case in every format, run by one fresh process per format (side by side)."""
    folder = tmp_path_factory.mktemp("exports")
    expected, export_errors = {}, {}
    for case in CASES:
        model = make_model(case)
        x = example_input(model.input_shape, BATCH, torch.Generator().manual_seed(1))
        np.save(folder / f"{case}.input.npy", x.numpy(), allow_pickle=False)
        with torch.no_grad():
            expected[case] = model(x).numpy()
        for fmt, (_, suffix, _) in FORMATS.items():
            (folder / fmt).mkdir(exist_ok=True)
            try:
                export(model, folder / fmt / f"{case}{suffix}", fmt)
            except ExportError as exc:
                export_errors[fmt, case] = exc
    (folder / "cases.json").write_text(json.dumps(list(CASES)))
    runs = {fmt: subprocess.Popen([sys.executable, "-c", RUNNER, str(folder), fmt, suffix],
                                  cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
            for fmt, (_, suffix, _) in FORMATS.items()
            if fmt != "onnx" or installed("onnxruntime")}
    reports = {}
    for fmt, run in runs.items():
        out, err = run.communicate(timeout=100)
        reports[fmt] = (run.returncode, out, err)
    return SimpleNamespace(folder=folder, expected=expected, errors=export_errors,
                           reports=reports)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_gives_the_same_outputs_in_a_fresh_process(exported, fmt, case):
    if fmt == "onnx" and onnx_unavailable_reason():
        pytest.skip(str(onnx_unavailable_reason()))
    assert (fmt, case) not in exported.errors, str(exported.errors.get((fmt, case)))
    if fmt not in exported.reports:
        pytest.skip("onnxruntime is not installed: nothing here can run an ONNX file")
    code, out, err = exported.reports[fmt]
    assert code == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["imported"] == [], "an export needed Deepscope to run"
    assert case not in report["errors"], report["errors"].get(case)
    got = np.load(exported.folder / fmt / f"{case}.output.npy", allow_pickle=False)
    assert got.shape == exported.expected[case].shape
    np.testing.assert_allclose(got, exported.expected[case], atol=1e-5, rtol=0)


def names_used(tree: ast.AST) -> set[str]:
    """Every module imported and every dotted name read ("torch.load", "pickle")."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(ast.unparse(node))
    return names


@pytest.mark.parametrize("case", CASES)
def test_python_source_needs_only_torch_and_reads_no_pickle(case):
    source = python_source(make_model(case))
    tree = compile(source, f"{case}.py", "exec", ast.PyCF_ONLY_AST)
    imported = {n.module if isinstance(n, ast.ImportFrom) else a.name
                for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
                for a in n.names}
    assert imported <= {"json", "struct", "pathlib", "torch"}, imported
    names = names_used(tree)
    assert not {"pickle", "torch.load", "torch.jit.load", "eval", "exec"} & names
    assert not any(name.split(".")[0] in ("engine", "deepscope", "gui") for name in names)


def test_python_source_is_one_commented_line_per_layer():
    lenet = python_source(make_model("lenet"))
    assert "            nn.Conv2d(1, 6, kernel_size=5, padding=2),  # -> 6×28×28\n" in lenet
    assert "            nn.MaxPool2d(kernel_size=2, stride=2),  # -> 6×14×14\n" in lenet
    assert "        self.head = nn.Linear(84, 10)  # -> 10\n" in lenet
    assert "Input: a float32 tensor (batch, 1, 28, 28)" in lenet
    assert "class Recurrent" not in lenet and "class Residual" not in lenet  # only what's used
    sequence = python_source(make_model("every-sequence-layer"))
    assert ("Recurrent(nn.GRU(12, 8, num_layers=2, batch_first=True, bidirectional=True)),"
            "  # -> 9×16\n") in sequence
    assert "nn.Embedding(30, 12),  # -> 9×12\n" in sequence
    assert "int64 tensor (batch, 9) of token ids from 0 to 29" in sequence
    image = python_source(make_model("every-image-layer"))
    for line in ("nn.BatchNorm2d(4),", "nn.LeakyReLU(0.01),", "nn.LayerNorm((8, 2, 2)),",
                 "nn.AvgPool2d(kernel_size=2, stride=2),", "nn.Dropout(0.3),",
                 "nn.Linear(32, 16, bias=False),", "nn.Conv2d(4, 8, kernel_size=3, stride=2, "
                 "padding=1),"):
        assert line in image, line
    assert "return x\n" in python_source(make_model("no-head"))


def test_onnx_export_says_what_to_install_when_onnx_is_missing(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "onnx" else real(name, *a))
    reason = onnx_unavailable_reason()
    assert reason and "'onnx'" in str(reason) and "pip install" in str(reason)
    assert unavailable_reason("onnx") == reason and unavailable_reason("python") is None
    with pytest.raises(ExportError, match="pip install"):
        export_onnx(make_model("mlp"), tmp_path / "model.onnx")
    assert list(tmp_path.iterdir()) == []


def test_the_window_can_ask_about_formats_without_loading_torch():
    code = ("import sys; from engine.shared.layers.export_options import FORMAT_OPTIONS, "
            "unavailable_reason; [unavailable_reason(f) for f in FORMAT_OPTIONS]; "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_failed_export_leaves_the_old_file_and_no_temporary_ones(monkeypatch, tmp_path):
    target = tmp_path / "model.pt"
    target.write_text("the previous export")

    def save_half(program, path, **notes):
        Path(path).write_bytes(b"half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(torch.jit, "save", save_half)
    with pytest.raises(ExportError, match="disk full"):
        export(make_model("mlp"), target, "torchscript")
    assert target.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["model.pt"]


def test_bad_requests_are_export_errors(tmp_path):
    model = make_model("mlp")
    with pytest.raises(ExportError, match="does not exist"):
        export(model, tmp_path / "missing" / "model.pt", "torchscript")
    with pytest.raises(ExportError, match="python, torchscript, onnx"):
        export(model, tmp_path / "model.bin", "keras")
    with pytest.raises(ExportError, match=r"\.py"):
        export(model, tmp_path / "model.txt", "python")
    with pytest.raises(ExportError, match="layer-stack"):
        export(nn.Linear(2, 1), tmp_path / "model.pt", "torchscript")
    assert list(tmp_path.iterdir()) == []


def test_export_leaves_the_model_alone_and_warns_nothing(tmp_path, recwarn):
    model = make_model("every-image-layer").train()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    for fmt, (_, suffix, _) in FORMATS.items():
        if fmt != "onnx" or not onnx_unavailable_reason():
            export(model, tmp_path / f"model{suffix}", fmt)
    assert all(m.training for m in model.modules())
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())
    assert [str(w.message) for w in recwarn] == []


def test_torchscript_falls_back_to_a_trace(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise RuntimeError("cannot script this")

    monkeypatch.setattr(torch.jit, "script", refuse)
    model = make_model("residual-mlp")
    export(model, tmp_path / "model.pt", "torchscript")
    x = example_input(model.input_shape, BATCH)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch.jit.load, in torch 2.13
        loaded = torch.jit.load(str(tmp_path / "model.pt"))
    torch.testing.assert_close(loaded(x), model(x))


# -- safetensors ------------------------------------------------------------------------
def sample_tensors():
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    return {
        "f32": torch.randn(3, 4), "f64": torch.randn(2, dtype=torch.float64),
        "f16": torch.randn(5).half(), "bf16": torch.randn(3).bfloat16(),
        "i64": torch.tensor([1, -2, 3]), "i32": torch.tensor([7], dtype=torch.int32),
        "i16": torch.tensor([-3], dtype=torch.int16), "i8": torch.tensor([-1], dtype=torch.int8),
        "u8": torch.tensor([255], dtype=torch.uint8), "bool": torch.tensor([True, False]),
        "scalar": torch.tensor(2.5), "empty": torch.zeros(0, 3),
        "transposed": base.t(), "shared": base,
    }


def test_safetensors_round_trip_by_both_readers(tmp_path):
    tensors = sample_tensors()
    path = tmp_path / "t.safetensors"
    write_safetensors(path, tensors, metadata={"note": "hi"})
    standalone = {"json": json, "struct": struct, "Path": Path, "torch": torch}
    exec(reader_source({t.dtype for t in tensors.values()}), standalone)
    for read in (read_safetensors, standalone["read_safetensors"]):
        back = read(path)
        assert list(back) == list(tensors)
        for name, tensor in tensors.items():
            assert back[name].dtype == tensor.dtype and torch.equal(back[name], tensor), name


def test_safetensors_agrees_with_the_reference_package(tmp_path):
    st = pytest.importorskip("safetensors.torch")
    tensors = {k: v.contiguous() for k, v in sample_tensors().items() if k != "shared"}
    ours, theirs = tmp_path / "ours.safetensors", tmp_path / "theirs.safetensors"
    write_safetensors(ours, tensors, metadata={"format": "pt"})
    st.save_file(tensors, str(theirs))
    for name, tensor in st.load_file(str(ours)).items():
        assert torch.equal(tensor, tensors[name])
    with st.safe_open(str(ours), "pt") as f:
        assert f.metadata() == {"format": "pt"}
    for name, tensor in read_safetensors(theirs).items():
        assert torch.equal(tensor, tensors[name])


def _file(header, data=b""):
    text = header if isinstance(header, bytes) else json.dumps(header).encode()
    return struct.pack("<Q", len(text)) + text + data


@pytest.mark.parametrize("content, message", [
    (b"abc", "only 3 bytes"),
    (struct.pack("<Q", 1000) + b"{}", "does not fit"),
    (_file(b"{not json"), "not JSON"),
    (_file([1, 2]), "not an object"),
    (_file({"w": {"dtype": "F99", "shape": [1], "data_offsets": [0, 4]}}, bytes(4)),
     "unknown dtype"),
    (_file({"w": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 4]}}, bytes(4)),
     "malformed shape"),
    (_file({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0]}}, bytes(4)),
     "malformed data_offsets"),
    (_file({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}, bytes(4)),
     "outside"),
    (_file({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4]}}, bytes(4)),
     "needs 8 bytes"),
])
def test_malformed_safetensors_are_value_errors_that_say_why(tmp_path, content, message):
    path = tmp_path / "bad.safetensors"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        read_safetensors(path)


# torch.export's own notes to developers (FutureWarning, UserWarning), not about the model.
@pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::UserWarning")
def test_onnx_falls_back_to_the_torch_export_based_exporter(monkeypatch, tmp_path):
    """For a torch without the deprecated TorchScript-based exporter (a few seconds)."""
    if not installed("onnxscript") or not installed("onnxruntime"):
        pytest.skip("needs onnxscript (the newer exporter) and onnxruntime")
    import onnxruntime

    real_export = torch.onnx.export

    def without_legacy(*args, dynamo=True, **kwargs):
        if not dynamo:
            raise RuntimeError("no TorchScript-based exporter here")
        return real_export(*args, dynamo=dynamo, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", without_legacy)
    model = make_model("residual-mlp")
    export(model, tmp_path / "model.onnx", "onnx")
    x = example_input(model.input_shape, BATCH, torch.Generator().manual_seed(1))
    session = onnxruntime.InferenceSession(str(tmp_path / "model.onnx"),
                                           providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(["output"], {"input": x.numpy()})[0],
                               model(x).detach().numpy(), atol=1e-5, rtol=0)
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]
