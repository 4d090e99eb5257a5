"""Switching from any demo to any other draws without an error: every ordered pair of
demos is walked once (an Eulerian circuit of the complete graph), each demo's first
snapshots reach its views, and no view raises, into Qt or into the window's guard."""

import logging

import pytest

from engine.shared.demos import list_demos
from gui.view_faults import ViewFaults

DEMOS = [demo.id for demo in list_demos()]


def every_ordered_pair(nodes: list[str]) -> list[str]:
    """A walk that takes each (a, b), a != b, exactly once (Hierholzer's algorithm)."""
    left = {a: [b for b in reversed(nodes) if b != a] for a in nodes}
    stack, walk = [nodes[0]], []
    while stack:
        node = stack[-1]
        if left[node]:
            stack.append(left[node].pop())
        else:
            walk.append(stack.pop())
    return walk[::-1]


def test_the_walk_covers_every_ordered_pair():
    walk = every_ordered_pair(DEMOS)
    pairs = list(zip(walk, walk[1:], strict=False))
    assert len(pairs) == len(set(pairs)) == len(DEMOS) * (len(DEMOS) - 1)


@pytest.mark.timeout(1500)
def test_every_demo_after_every_other_draws_without_an_error(qtbot, window, caplog):
    caplog.set_level(logging.ERROR, logger="deepscope.views")
    for demo_id in every_ordered_pair(DEMOS):
        window.open_demo(demo_id)
        # A paused trainer sends a snapshot only when something changed: wait for the
        # one that carries the new run, then let the views draw it.
        qtbot.waitUntil(lambda: window.snapshot is not None
                        and window.snapshot.experiment == window.experiment
                        and window.snapshot.step == 0, timeout=30000)
        qtbot.wait(30)
        assert window.demo.id == demo_id
    faults: ViewFaults = window.output.faults
    assert not faults.seen, faults.seen
    assert not caplog.records
