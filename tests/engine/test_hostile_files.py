"""Hostile files (issue 15.2): each is opened the way the window opens one (read_saved and
the data-path check, then the trainer's load_trainer) in a fresh process, and must be
refused with a clear Message code while peak memory stays within PEAK_LIMIT of what the
process held before.

The files are built small: a zip's directory is patched to declare a gigabyte, a bomb
is deflated zeros written in chunks. The opening process limits its own address space,
so a regression fails with a refusal of memory instead of filling the machine's.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from engine.shared.experiment import Experiment

ROOT = Path(__file__).resolve().parents[2]
#: The most a hostile file may add to the opening process's peak memory (issue 15.2).
PEAK_LIMIT = 500 << 20
GIB = 1 << 30
MEMBERS = ("experiment.json", "model.safetensors", "state.safetensors")

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="devices and FIFOs are POSIX's")

# The opening process: a warm-up on a good file, then every case, each reported with the
# codes its refusal carries (outer to inner) and the peak memory above the warm start.
OPENER = r"""
import gc, json, resource, sys
from engine.shared.experiment_file import read_saved
from engine.shared.experiment_json import check_data_path
from engine.shared.messages import Message, MessageError
from engine.trainer.checkpoint import load_trainer

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux

def codes(exc):
    chain, msg = [], exc.message
    while isinstance(msg, Message):
        chain.append(msg.code)
        msg = msg.values.get("problem")
    return chain

def attempt(open_it):
    try:
        open_it()
    except MessageError as exc:
        return codes(exc)
    return []

spec = json.loads(sys.argv[1])
load_trainer(spec["good"], probes=())
gc.collect()
try:  # a regression runs out of address space, not of the machine's memory
    vm = next(int(line.split()[1]) * 1024 for line in open("/proc/self/status")
              if line.startswith("VmSize:"))
    resource.setrlimit(resource.RLIMIT_AS, (vm + (3 << 30), resource.RLIM_INFINITY))
except (OSError, StopIteration, ValueError):
    pass
start = peak()
for case in spec["cases"]:
    path, chosen = case["path"], case["chosen"]
    window = attempt(lambda: check_data_path(read_saved(path), chosen))
    trainer = attempt(lambda: load_trainer(path, probes=(), data_path=chosen))
    gc.collect()
    print(json.dumps({"id": case["id"], "window": window, "trainer": trainer,
                      "peak": peak() - start}), flush=True)
"""


# -- building the files ---------------------------------------------------------------------
def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def declare(path: Path, member: str, size: int, compressed: int | None = None) -> Path:
    """Patch the zip's headers so ``member`` declares ``size`` bytes (and ``compressed``)."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    for signature, name_at, usize_at in ((b"PK\x01\x02", 28, 24), (b"PK\x03\x04", 26, 22)):
        at = raw.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", raw, at + name_at)
            start = at + name_at + (18 if signature == b"PK\x01\x02" else 4)
            if raw[start:start + length] == name:
                struct.pack_into("<L", raw, at + usize_at, size)
                if compressed is not None:
                    struct.pack_into("<L", raw, at + usize_at - 4, compressed)
            at = raw.find(signature, at + 4)
    path.write_bytes(bytes(raw))
    return path


def small_members() -> dict[str, bytes]:
    return {name: b"{}" if name.endswith(".json") else b"\0" * 64 for name in MEMBERS}


def bomb(path: Path, member: str, size: int) -> Path:
    """A zip whose ``member`` is ``size`` zero bytes, deflated (about 1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in small_members().items():
            if name != member:
                archive.writestr(name, data)
        with archive.open(member, "w", force_zip64=False) as out:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                out.write(chunk)
    return path


def rewrite(good: Path, path: Path, **replaced: bytes) -> Path:
    """``good`` with some members' bytes replaced (names as keyword: model=...)."""
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in MEMBERS}
    for key, data in replaced.items():
        members[f"{key}.safetensors" if key != "experiment" else "experiment.json"] = data
    return write_zip(path, members)


def settings(path: Path, experiment: Experiment) -> Path:
    path.write_text(json.dumps(experiment.to_dict()))
    return path


def text_data(path: Path, where: str) -> Path:
    return settings(path, Experiment().with_data(dataset="text", path=where))


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    from engine.shared.demos import load_demo
    from engine.trainer.checkpoint import save_trainer
    from engine.trainer.run import Trainer
    trainer = Trainer(load_demo("playground-xor").experiment, probes=())
    for _ in range(5):
        trainer.session.step()
    return save_trainer(trainer, tmp_path_factory.mktemp("good") / "good.deepscope")


def build_cases(folder: Path, good: Path) -> list[tuple[str, Path, str, set, set]]:
    """(id, path, the data path the person chose, codes the window's refusal carries,
    codes the trainer's carries): each set must meet the refusal's chain of codes."""
    other = folder / "elsewhere"
    other.mkdir()
    (other / "diary.txt").write_text("dear diary " * 100)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    fifo_file = folder / "pipe.deepscope"
    os.mkfifo(fifo_file)
    huge_header = struct.pack("<Q", 1 << 62) + b"{}"
    digits = '{"data": {"n_points": ' + "9" * 5000 + "}}"
    deep = '{"data": {"custom_points": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    wide = Experiment().with_network(hidden=(20_000,) * 3, activations=("tanh",) * 3,
                                     max_units=20_000)
    both = write_zip(folder / "two-gib.deepscope", small_members())
    declare(both, "model.safetensors", GIB)
    declare(both, "state.safetensors", GIB)
    lying = write_zip(folder / "lying.deepscope",
                      {**small_members(), "experiment.json": b"\0" * (50 << 20)})
    stored = "experiment.json"
    refused_data = {"files.names_data_path"}
    cases = [
        ("member-1gib", declare(write_zip(folder / "one-gib.deepscope", small_members()),
                                "model.safetensors", GIB), "", {"files.member_too_large"}),
        ("two-members-1gib", both, "", {"files.member_too_large"}),
        ("members-in-total", declare(declare(
            write_zip(folder / "total.deepscope", small_members()),
            "model.safetensors", 200 << 20, 150 << 20),
            "state.safetensors", 200 << 20, 150 << 20), "", {"files.archive_too_large"}),
        ("bomb", bomb(folder / "bomb.deepscope", "state.safetensors", 200 << 20), "",
         {"files.member_bomb"}),
        ("lying-directory", declare(lying, stored, 1000), "",
         {"files.damaged", "files.member_size_lies"}),
        ("safetensors-header", rewrite(good, folder / "header.deepscope", model=huge_header),
         "", {"files.safetensors_header_too_long"}),
        ("int-5000-digits", folder / "digits.json", "", {"files.json_number_too_long"}),
        ("int-in-archive", rewrite(good, folder / "digits.deepscope",
                                   experiment=digits.encode()), "",
         {"files.json_number_too_long"}),
        ("deep-nesting", folder / "deep.json", "", {"files.json_too_deep"}),
        ("3x20000-units", settings(folder / "wide.json", wide), "",
         {"settings.too_much_memory"}),
        ("names-dev-zero", text_data(folder / "zero.json", "/dev/zero"), "", refused_data),
        ("names-fifo", text_data(folder / "fifo.json", str(fifo)), "", refused_data),
        ("names-outside", text_data(folder / "outside.json", str(other / "diary.txt")), "",
         refused_data),
        ("file-is-dev-zero", Path("/dev/zero"), "", {"files.not_regular"}),
        ("file-is-fifo", fifo_file, "", {"files.not_regular"}),
    ]
    (folder / "digits.json").write_text(digits)
    (folder / "deep.json").write_text(deep)
    full = [(name, path, chosen, codes, codes) for name, path, chosen, codes in cases]
    # The person chose /dev/zero or a FIFO as their text: the file may name it, but
    # reading it is refused before a byte is read.
    for name, where in (("chosen-dev-zero", "/dev/zero"), ("chosen-fifo", str(fifo))):
        full.append((name, text_data(folder / f"{name}.json", where), where, set(),
                     {"files.not_regular"}))
    return full


@pytest.fixture(scope="module")
def opened(tmp_path_factory, good):
    """Every case opened in one fresh process: {id: (window codes, trainer codes, peak)}.
    Peak memory is a high-water mark, so each case's reading (taken after it) bounds
    that case's own peak."""
    cases = build_cases(tmp_path_factory.mktemp("hostile"), good)
    spec = {"good": str(good), "cases": [{"id": name, "path": str(path), "chosen": chosen}
                                         for name, path, chosen, _, _ in cases]}
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", OPENER, json.dumps(spec)], cwd=ROOT,
                         capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    results = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    return {name: (results[name], window, trainer) for name, _, _, window, trainer in cases}


CASE_IDS = ["member-1gib", "two-members-1gib", "members-in-total", "bomb", "lying-directory",
            "safetensors-header", "int-5000-digits", "int-in-archive", "deep-nesting",
            "3x20000-units", "names-dev-zero", "names-fifo", "names-outside",
            "file-is-dev-zero", "file-is-fifo", "chosen-dev-zero", "chosen-fifo"]


@pytest.mark.parametrize("case", CASE_IDS)
def test_a_hostile_file_is_refused_clearly_within_bounded_memory(opened, case):
    result, window, trainer = opened[case]
    if window:
        assert window & set(result["window"]), result
    else:  # the window lets it through: the person chose the data it names
        assert result["window"] == [], result
    assert trainer & set(result["trainer"]), result
    assert result["peak"] <= PEAK_LIMIT, f"{result['peak'] / 1e6:.0f} MB"


def test_every_case_is_built_and_opened(opened):
    assert sorted(opened) == sorted(CASE_IDS)
