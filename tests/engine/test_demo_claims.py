"""A demo's caption is science: what it claims holds on any seed, not only the one it
shows. The claims are stated in the demo files (engine.shared.demo_claims); the slow
suite (`make test-slow`) checks them on a few seeds, bench/demo_claims.py on ten."""

import pytest

from engine.shared.demo_claims import parse_claims
from engine.shared.demos import list_demos
from engine.trainer.claim_check import check_demo

CLAIMED = [demo for demo in list_demos() if demo.claims]
#: Every demo whose caption states a number or an outcome a person can check.
MUST_CLAIM = {"rnn-vs-lstm", "perceptron", "activations", "minima", "pretraining",
              "space-warp", "two-curves", "playground-xor", "saddle", "gradient-time"}


def test_every_demo_that_states_an_outcome_has_its_claims_written_down():
    assert MUST_CLAIM <= {demo.id for demo in CLAIMED}


def test_a_claim_naming_a_run_the_demo_does_not_train_is_refused():
    bad = parse_claims([{"steps": 10, "metric": "test_accuracy", "run": "GRU",
                         "at_least": 0.9}], ("plain RNN", "LSTM"))
    assert bad.code == "demo.bad_claim" and bad.values["problem"].code == "claim.run"
    assert parse_claims([{"steps": 10, "metric": "test_accuracy"}], ()).values[
        "problem"].code == "claim.no_bound"


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("demo", CLAIMED, ids=lambda d: d.id)
def test_the_demo_claim_holds_on_other_seeds(demo, seed):
    for result in check_demo(demo, seed):
        assert result.holds, (result.claim, result.values)
