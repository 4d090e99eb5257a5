"""GUI fixtures: one main window (and its training process) per test module."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QHelpEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip, QWidget  # noqa: E402

# Recent files and other settings go to a throwaway folder, never the person's own.
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

from gui.app import make_app  # noqa: E402


@pytest.fixture(scope="module")
def window(qapp):
    from gui.main_window import MainWindow
    make_app()
    win = MainWindow()
    win.show()
    win.open_demo("playground-circle")
    yield win
    win.close()


def wait_for(qtbot, window, predicate, timeout=20000):
    """Wait until the newest snapshot satisfies ``predicate``; return it."""
    qtbot.waitUntil(lambda: window.snapshot is not None and predicate(window.snapshot),
                    timeout=timeout)
    return window.snapshot


def tooltip_at(widget: QWidget, pos: QPoint) -> str:
    """The tooltip ``widget`` shows when the pointer rests at ``pos``."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos,
                                              widget.mapToGlobal(pos)))
    return QToolTip.text()
