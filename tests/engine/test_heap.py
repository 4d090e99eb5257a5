"""The trainer gives freed heap memory back to the system now and then (glibc only)."""

import sys

import pytest

from engine.trainer.heap import HeapTrimmer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_trimmer_trims_at_most_every_few_seconds():
    trimmer = HeapTrimmer(every=0.0)
    assert trimmer.trim is not None and trimmer.maybe_trim()
    assert not HeapTrimmer(every=3600.0).maybe_trim()
