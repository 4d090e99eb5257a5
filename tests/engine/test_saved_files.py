"""Files saved before the engine moved into floors (commit 28473e7) still open and go on
training as they would have: the re-layering changed where code lives, not what a file
means. tests/data/ holds one run of points, of images and of sequences saved by that
code, and expected.json what that code read back from each and where three more steps
took it."""

import json
from pathlib import Path

import pytest
import torch

from engine.trainer.checkpoint import load_trainer

DATA = Path(__file__).resolve().parent.parent / "data"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_file_saved_before_the_re_layering_opens_and_continues_the_same(name):
    expected = EXPECTED[name]
    trainer = load_trainer(DATA / name)
    assert trainer.session.step_count == expected["step"]
    with torch.no_grad():
        sums = {key: float(p.double().sum())
                for key, p in trainer.session.model.named_parameters()}
    assert sums == expected["parameter_sums"]  # the very weights, bit for bit
    for _ in range(3):
        trainer.step()
    with torch.no_grad():
        after = float(sum(p.double().abs().sum() for p in trainer.session.model.parameters()))
    # Three steps of float32 arithmetic round differently on another CPU (its SIMD
    # kernels), by about 1e-8: the weights above are exact, the steps agree to 1e-6. A run
    # that continued wrongly (a lost optimizer state, other batches) is off by far more.
    assert after == pytest.approx(expected["abs_sum_after_3_more_steps"], rel=1e-6)
