"""Save → open → continue is bit-identical for every demo, augmentation included: each
demo's run (and each run of a comparison) is saved after a few steps, opened again in a
fresh Python process, trained on there, and its weights compared bit for bit with a run
that was never interrupted."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from engine.shared.demos import list_demos
from engine.trainer.checkpoint import save_trainer
from engine.trainer.run import Trainer

ROOT = Path(__file__).resolve().parents[2]
BEFORE, AFTER = 6, 5  # steps before the save, and after it

#: The child: opens every saved file, trains AFTER more steps, writes each weight's
#: float64 bytes as hex (exact, unlike a sum).
CONTINUE = """
import json, sys
import torch
from engine.trainer.checkpoint import load_trainer
out = {}
for path in json.loads(sys.argv[1]):
    trainer = load_trainer(path, probes=())
    for _ in range(int(sys.argv[2])):
        assert trainer.session.step()
    out[path] = {k: v.detach().double().numpy().tobytes().hex()
                 for k, v in trainer.session.model.state_dict().items()}
print(json.dumps(out))
"""


def runs() -> list[tuple[str, object]]:
    """(label, experiment) of every demo and of each run its comparison trains."""
    found = []
    for demo in list_demos():
        found.append((demo.id, demo.experiment))
        if demo.compare is not None:
            for i, variant in enumerate(demo.compare.variants(demo.experiment)):
                found.append((f"{demo.id}#{i}", variant))
    return found


def exact(trainer: Trainer) -> dict[str, str]:
    return {k: v.detach().double().numpy().tobytes().hex()
            for k, v in trainer.session.model.state_dict().items()}


def test_every_demo_continues_bit_identically_in_a_fresh_process(tmp_path):
    torch.manual_seed(0)
    expected, paths = {}, []
    for label, experiment in runs():
        straight = Trainer(experiment, probes=())
        for _ in range(BEFORE + AFTER):
            assert straight.session.step()
        interrupted = Trainer(experiment, probes=())
        for _ in range(BEFORE):
            assert interrupted.session.step()
        path = str(save_trainer(interrupted, tmp_path / label.replace("#", "-")))
        expected[path] = (label, exact(straight))
        paths.append(path)
    assert any(experiment.data.augment for _, experiment in runs())  # the case that broke
    child = subprocess.run([sys.executable, "-c", CONTINUE, json.dumps(paths), str(AFTER)],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stderr[-3000:]
    continued = json.loads(child.stdout)
    differ = [label for path, (label, weights) in expected.items()
              if continued[path] != weights]
    assert not differ, f"continued differently from an uninterrupted run: {differ}"


@pytest.mark.parametrize("keep_state", [True, False])
def test_the_augmentation_state_is_what_makes_that_hold(tmp_path, keep_state):
    """Without the saved augmentation state the reopened run draws other variants."""
    from engine.trainer.checkpoint import load_trainer
    demo = next(d for d in list_demos() if d.compare is not None
                and any(v.data.augment for v in d.compare.variants(d.experiment)))
    experiment = next(v for v in demo.compare.variants(demo.experiment) if v.data.augment)
    straight = Trainer(experiment, probes=())
    for _ in range(BEFORE + AFTER):
        straight.session.step()
    first = Trainer(experiment, probes=())
    for _ in range(BEFORE):
        first.session.step()
    reopened = load_trainer(save_trainer(first, tmp_path / "run"), probes=())
    if not keep_state:
        fresh = Trainer(experiment, probes=())
        reopened.session.augmenter = fresh.session.augmenter
    for _ in range(AFTER):
        reopened.session.step()
    assert (exact(reopened) == exact(straight)) is keep_state
