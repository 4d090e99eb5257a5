"""Regression test for PySide6 6.12.0 on Python 3.11: every void C++ call dropped a
reference to None, and a live app died with "deallocating None" after a few thousand."""

import sys

import pytest
from PySide6.QtCore import QPointF


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_void_calls_do_not_leak_none_references(qapp):
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        point.setX(1.0)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None's refcount moved by {after - before}"
