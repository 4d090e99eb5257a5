"""Experiment files: a saved run continues bit-identically, and nothing in a file can run
code or crash the app with anything but an ExperimentFileError."""

from __future__ import annotations

import io
import json
import math
import pickle
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.shared import experiment_file, zip_limits
from engine.shared.demos import DEMO_DIR, load_demo
from engine.shared.experiment import OPTIMIZERS
from engine.shared.experiment_file import ExperimentFileError, read_saved
from engine.trainer.checkpoint import load_trainer, restore_into, save_trainer
from engine.trainer.run import Trainer

ROOT = Path(__file__).resolve().parents[2]
MEMBERS = experiment_file.MEMBERS


def xor(optimizer: str = "adam"):
    """The XOR demo with dropout, so torch's global RNG takes part in every step."""
    return (load_demo("playground-xor").experiment.with_network(dropout=0.2)
            .with_training(optimizer=optimizer))


def train_steps(trainer: Trainer, steps: int) -> list[float]:
    """Step ``steps`` times; the full training loss after each step."""
    losses = []
    for _ in range(steps):
        assert trainer.session.step()
        losses.append(trainer.session.measure()[0])
    return losses


def weights(trainer: Trainer) -> dict[str, torch.Tensor]:
    return {k: v.clone() for k, v in trainer.session.model.state_dict().items()}


def assert_same_tensors(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        assert torch.equal(a[key], b[key]), key


@pytest.fixture(scope="module")
def saved_file(tmp_path_factory) -> Path:
    """A run of 150 steps with snapshots (history, last good weights), saved once."""
    trainer = Trainer(xor(), probes=())
    for _ in range(15):
        train_steps(trainer, 10)
        trainer.snapshot(True, 0.0)
    return save_trainer(trainer, tmp_path_factory.mktemp("saved") / "run.deepscope",
                        demo="playground-xor", view={"tab": "curves"})


def rewrite(source: Path, target: Path, replace: dict | None = None,
            add: dict | None = None) -> Path:
    """A copy of the archive ``source`` with members replaced (None: dropped) or added."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = replace.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def edit_document(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("experiment.json"))
    change(document)
    return rewrite(source, target, {"experiment.json": json.dumps(document)})


def refused(path: Path, *words: str) -> str:
    """Both the torch-free check and the loader refuse ``path`` with all ``words``."""
    for attempt in (read_saved, load_trainer):
        with pytest.raises(ExperimentFileError) as info:
            attempt(path)
        message = str(info.value)
        assert path.name in message, message
        for word in words:
            assert word in message, message
    return message


# -- a saved run comes back whole ------------------------------------------------------
def test_a_saved_run_comes_back_whole(tmp_path):
    trainer = Trainer(xor(), probes=())
    for _ in range(15):
        train_steps(trainer, 10)
        trainer.snapshot(True, 0.0)
    path = save_trainer(trainer, tmp_path / "run", demo="playground-xor", view={"tab": 2})
    assert path.name == "run.deepscope"
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted(MEMBERS)

    saved = read_saved(path)
    assert (saved.step, saved.demo, saved.view, saved.version) == (150, "playground-xor",
                                                                  {"tab": 2}, 1)
    assert saved.experiment == trainer.session.experiment and saved.has_weights

    loaded = load_trainer(path, probes=())
    s, t = trainer.session, loaded.session
    assert_same_tensors(weights(trainer), weights(loaded))
    old, new = s.optimizer.state_dict(), t.optimizer.state_dict()
    assert old["param_groups"] == new["param_groups"]
    for i in old["state"]:
        assert_same_tensors(old["state"][i], new["state"][i])
    assert t.step_count == 150 and t.last_good.step == s.last_good.step == 150
    for a, b in zip(s.last_good.buffers, t.last_good.buffers, strict=True):
        assert torch.equal(a, b)
    assert torch.equal(s.batches.order, t.batches.order) and s.batches.cursor == t.batches.cursor
    assert torch.equal(s.batches.generator.get_state(), t.batches.generator.get_state())
    rows, stride, calls = loaded.history.state()
    assert rows == trainer.history.state()[0] and len(rows) == 15
    assert (stride, calls) == (1, 15)


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_continuing_from_a_file_is_bit_identical(tmp_path, optimizer):
    straight = Trainer(xor(optimizer), probes=())
    expected = train_steps(straight, 300)

    first = Trainer(xor(optimizer), probes=())
    losses = train_steps(first, 150)
    path = save_trainer(first, tmp_path / "half.deepscope")
    second = load_trainer(path, probes=())
    losses += train_steps(second, 150)

    assert losses == expected  # exactly, not approximately
    assert_same_tensors(weights(second), weights(straight))


def test_the_random_state_matters_for_that_check(tmp_path):
    """Without the saved RNG state dropout draws differently: the check above has teeth."""
    first = Trainer(xor(), probes=())
    train_steps(first, 150)
    path = save_trainer(first, tmp_path / "half.deepscope")
    reference = train_steps(load_trainer(path, probes=()), 50)
    other = load_trainer(path, probes=())
    torch.manual_seed(12345)
    assert train_steps(other, 50) != reference


def test_restore_into_swaps_the_run_into_an_existing_trainer(tmp_path, saved_file):
    straight = load_trainer(saved_file, probes=())
    expected = train_steps(straight, 40)

    trainer = Trainer(load_demo("playground-circle").experiment, probes=())
    train_steps(trainer, 5)
    version = trainer.session.data_version
    saved = restore_into(trainer, saved_file)
    assert saved.step == trainer.session.step_count == 150
    assert trainer.session.experiment == saved.experiment
    assert trainer.session.data_version > version  # the views redraw the file's points
    assert len(trainer.history.state()[0]) == 15
    assert train_steps(trainer, 40) == expected


def test_a_refused_file_leaves_the_run_and_the_random_state_alone(tmp_path, saved_file):
    bad = edit_document(saved_file, tmp_path / "wider.deepscope",
                        lambda d: d["experiment"]["network"].update(hidden=[8]))
    trainer = Trainer(xor(), probes=())
    train_steps(trainer, 7)
    session, history, before = trainer.session, trainer.history, weights(trainer)
    rng = torch.get_rng_state()
    with pytest.raises(ExperimentFileError):
        restore_into(trainer, bad)
    assert trainer.session is session and trainer.history is history
    assert session.step_count == 7
    assert_same_tensors(weights(trainer), before)
    assert torch.equal(torch.get_rng_state(), rng)


def test_a_crash_while_saving_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.deepscope"
    path.write_bytes(b"the old file")

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("engine.trainer.checkpoint.os.fsync", disk_full)
    with pytest.raises(OSError):
        save_trainer(Trainer(xor(), probes=()), path)
    assert path.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.deepscope"]


def test_settings_only_json_files_start_from_the_seed(tmp_path):
    experiment = xor()
    path = tmp_path / "settings.json"
    path.write_text(experiment.to_json())
    saved = read_saved(path)
    assert (saved.experiment, saved.step, saved.has_weights) == (experiment, 0, False)
    loaded = load_trainer(path, probes=())
    assert loaded.session.step_count == 0
    assert_same_tensors(weights(loaded), weights(Trainer(experiment, probes=())))

    demo = read_saved(DEMO_DIR / "landscape.json")
    assert demo.demo == "landscape" and "landscape" in demo.view
    assert demo.experiment == load_demo("landscape").experiment

    (tmp_path / "list.json").write_text("[1, 2]")
    refused(tmp_path / "list.json", "JSON object")


@pytest.mark.parametrize("optimizer", ["adam", "momentum"])
def test_a_layer_stack_with_batchnorm_continues_bit_identically(tmp_path, optimizer):
    from engine.models.stack import StackModel
    from engine.shared.layers import Layer

    stack = (Layer.make("linear", out_features=8), Layer.make("batchnorm1d"),
             Layer.make("relu"), Layer.make("dropout", p=0.2),
             Layer.make("linear", out_features=4), Layer.make("tanh"))
    experiment = xor(optimizer).with_network(layers=stack)
    straight = Trainer(experiment, probes=())
    if not isinstance(straight.session.model, StackModel):
        pytest.skip("the session does not build a StackModel from network.layers yet")
    assert any("running_mean" in k for k in straight.session.model.state_dict())
    expected = train_steps(straight, 120)

    first = Trainer(experiment, probes=())
    losses = train_steps(first, 60)
    second = load_trainer(save_trainer(first, tmp_path / "stack.deepscope"), probes=())
    assert_same_tensors(weights(second), weights(first))  # BatchNorm's running stats too
    losses += train_steps(second, 60)
    assert losses == expected
    assert_same_tensors(weights(second), weights(straight))


# -- nothing in a file runs code -------------------------------------------------------
class Payload:
    """Unpickling this creates ``marker``: proof that a loader ran code from a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_the_payload_would_run_if_unpickled(tmp_path):
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(Payload(marker)))
    assert marker.exists()


def torch_saved(payload, zipped: bool = True) -> bytes:
    buffer = io.BytesIO()
    torch.save(payload, buffer, _use_new_zipfile_serialization=zipped)
    return buffer.getvalue()


@pytest.mark.parametrize("how", ["pickle-file", "pickle-as-weights", "torch-save",
                                 "torch-save-legacy", "pickle-as-json"])
def test_pickles_are_refused_and_never_run(tmp_path, saved_file, how):
    marker = tmp_path / "ran"
    evil = pickle.dumps(Payload(marker))
    path = tmp_path / "evil.deepscope"
    if how == "pickle-file":
        path.write_bytes(evil)
    elif how == "pickle-as-weights":
        rewrite(saved_file, path, {"model.safetensors": evil})
    elif how == "torch-save":
        path.write_bytes(torch_saved(Payload(marker)))
        assert any(n.endswith("data.pkl") for n in zipfile.ZipFile(path).namelist())
    elif how == "torch-save-legacy":
        path.write_bytes(torch_saved(Payload(marker), zipped=False))
    else:
        rewrite(saved_file, path, {"experiment.json": evil})
    refused(path, "Python pickle", "never opens pickles")
    assert not marker.exists()


# -- malformed files get a specific message --------------------------------------------
@pytest.mark.parametrize("fraction", [0.01, 0.1, 0.5, 0.9, 0.99])
def test_truncated_files(tmp_path, saved_file, fraction):
    data = saved_file.read_bytes()
    path = tmp_path / "cut.deepscope"
    path.write_bytes(data[:max(4, int(len(data) * fraction))])
    refused(path, "damaged or incomplete")
    path.write_bytes(data[:-1])
    refused(path, "damaged or incomplete")


def test_empty_and_text_files(tmp_path):
    empty = tmp_path / "empty.deepscope"
    empty.write_bytes(b"")
    refused(empty, "is empty")
    text = tmp_path / "notes.deepscope"
    text.write_text("my notes about the spiral\n")
    refused(text, "not a Deepscope experiment file (not a zip archive)")
    refused(tmp_path / "missing.deepscope", "cannot be read")


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.update(format="something-else"), ["format tag", "something-else"]),
    (lambda d: d.update(version=2), ["newer Deepscope (format 2)", "reads format 1"]),
    (lambda d: d["experiment"]["training"].update(turbo=True), ["unknown setting", "turbo"]),
    (lambda d: d["experiment"]["training"].update(batch_size="ten"),
     ["training.batch_size", "wrong type"]),
    (lambda d: d["experiment"]["training"].update(optimizer="lbfgs"), ["optimizer", "lbfgs"]),
    (lambda d: d.update(step=-3), ["step"]),
    (lambda d: d["tensors"].pop("history"), ["tensors.history"]),
    (lambda d: d["tensors"]["model"].pop("linears.0.bias"), ["model.safetensors",
                                                             "does not hold"]),
])
def test_bad_documents(tmp_path, saved_file, change, words):
    refused(edit_document(saved_file, tmp_path / "bad.deepscope", change), *words)


def test_bad_members(tmp_path, saved_file):
    path = tmp_path / "bad.deepscope"
    rewrite(saved_file, path, {"state.safetensors": None})
    refused(path, "state.safetensors is missing")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    refused(path, "zip archive but not a Deepscope experiment file")
    rewrite(saved_file, path, add={"notes.txt": b"hello"})
    refused(path, "unexpected entry 'notes.txt'")
    rewrite(saved_file, path, add={"../../outside.txt": b"x"})
    refused(path, "unexpected entry '../../outside.txt'")
    with pytest.warns(UserWarning, match="Duplicate"):
        rewrite(saved_file, path, add={"model.safetensors": b"x"})
    refused(path, "model.safetensors twice")
    rewrite(saved_file, path, {"experiment.json": b"{not json"})
    refused(path, "experiment.json", "not valid JSON")
    with zipfile.ZipFile(saved_file) as archive:
        weights_blob = archive.read("model.safetensors")
    rewrite(saved_file, path, {"model.safetensors": weights_blob[:-7]})
    refused(path, "model.safetensors", "not a valid safetensors file")


def test_a_member_larger_than_allowed_is_not_unpacked(tmp_path, saved_file, monkeypatch):
    monkeypatch.setattr(zip_limits, "MAX_TENSOR_BYTES", 1000)
    refused(saved_file, "state.safetensors", "more than an experiment file may hold")


def test_weights_that_do_not_fit_the_layer_stack(tmp_path, saved_file):
    path = edit_document(saved_file, tmp_path / "wider.deepscope",
                         lambda d: d["experiment"]["network"].update(hidden=[8]))
    read_saved(path)  # the header is fine: only building the model shows the misfit
    with pytest.raises(ExperimentFileError, match=(
            "the weights in wider.deepscope do not match its layer stack: "
            "linears.0.weight is 4×2, expected 8×2")):
        load_trainer(path)


def test_optimizer_state_of_another_optimizer_is_refused(tmp_path, saved_file):
    path = edit_document(saved_file, tmp_path / "sgd.deepscope",
                         lambda d: d["experiment"]["training"].update(optimizer="sgd"))
    with pytest.raises(ExperimentFileError, match="optimizer state is Adam's, but its "
                                                  "experiment asks for SGD"):
        load_trainer(path)


def test_optimizer_settings_of_another_torch_version_still_load(tmp_path, saved_file):
    """A key a newer torch added is ignored, one an older torch lacked keeps its default."""
    def other_torch(document):
        (group,) = document["tensors"]["optimizer"]["param_groups"]
        del group["maximize"]
        group["invented_by_torch_9"] = True

    path = edit_document(saved_file, tmp_path / "other.deepscope", other_torch)
    expected = train_steps(load_trainer(saved_file, probes=()), 30)
    loaded = load_trainer(path, probes=())
    assert loaded.session.optimizer.param_groups[0]["betas"] == (0.9, 0.999)
    assert train_steps(loaded, 30) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.data_too_large])
@given(data=st.data())
def test_damaged_files_raise_only_experiment_file_errors(saved_file, data):
    raw = saved_file.read_bytes()
    mode = data.draw(st.sampled_from(["cut", "flip", "flip-inside"]))
    if mode == "cut":
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    elif mode == "flip":
        for _ in range(data.draw(st.integers(1, 4))):
            at = data.draw(st.integers(0, len(raw) - 1))
            raw = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.deepscope"
        path.write_bytes(raw)
        if mode == "flip-inside":  # past the zip's CRC: the parsers see the damage
            member = data.draw(st.sampled_from(MEMBERS))
            with zipfile.ZipFile(saved_file) as archive:
                content = bytearray(archive.read(member))
            at = data.draw(st.integers(0, min(len(content), 400) - 1))
            content[at] ^= data.draw(st.integers(1, 255))
            rewrite(saved_file, path, {member: bytes(content)})
        for attempt in (read_saved, load_trainer):
            try:
                attempt(path)
            except ExperimentFileError as exc:
                assert path.name in str(exc)


def test_the_file_module_loads_no_torch(saved_file):
    code = ("import sys; from engine.shared.experiment_file import read_saved; "
            f"read_saved({str(saved_file)!r}); print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_history_with_missing_accuracies_survives(tmp_path):
    """Regression has no accuracy: NaN in the history rows must come back as NaN."""
    trainer = Trainer(load_demo("playground-regression").experiment, probes=())
    train_steps(trainer, 20)
    trainer.snapshot(True, 0.0)
    loaded = load_trainer(save_trainer(trainer, tmp_path / "r.deepscope"), probes=())
    (row,) = loaded.history.state()[0]
    assert row[:3] == trainer.history.state()[0][0][:3] and math.isnan(row[3])


def test_a_word_runs_perplexity_and_share_curves_are_saved_and_come_back(tmp_path):
    trainer = Trainer(load_demo("ngram-vs-neural").experiment, probes=())
    for _ in range(4):
        train_steps(trainer, 5)
        trainer.snapshot(True, 0.0)
    drawn = trainer.snapshot(True, 0.0).words
    path = save_trainer(trainer, tmp_path / "words.deepscope", demo="ngram-vs-neural")
    loaded = load_trainer(path, probes=())
    again = loaded.snapshot(True, 0.0).words
    # The opened run's curves start where the saved one's did, not at the step it opened.
    np.testing.assert_array_equal(again.steps, drawn.steps)
    np.testing.assert_array_equal(again.perplexity[:-1], drawn.perplexity[:-1])
    assert len(again.steps) == 4 and again.steps[0] == 5


def test_malformed_word_curves_are_refused_with_their_code(tmp_path):
    from engine.trainer.word_watch import WordWatch
    watch = WordWatch()
    for rows in (np.zeros((3, 2)), np.array([[2.0, 1, 1], [1.0, 1, 1]]),
                 np.zeros((3, 3), np.float32)):
        assert not watch.load_state(rows)
    assert watch.load_state(np.array([[1.0, 9.0, 0.5], [2.0, 8.0, 0.6]]))
