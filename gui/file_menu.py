"""The File menu: open, save, save as, recent files, and export of the model.

Files are read and written where the weights live, in the training process; this
controller validates what it can first (the header of a file to open, torch-free), sends
the command and acts on the Reply. An open that fails leaves the window as it was: the
window's settings change only after the training process says the whole file loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar

from engine.shared import commands as cmd
from engine.shared.experiment_file import SUFFIX, ExperimentFileError, SavedExperiment, read_saved
from engine.shared.experiment_json import check_data_path
from engine.shared.layers.export_options import FORMAT_OPTIONS, onnx_unavailable_reason
from gui.messages import error_text, render_message

MAX_RECENT = 8
RECENT_KEY = "recentFiles"


class ExperimentFiles(QObject):
    """Owns a File menu in ``menu_bar`` and the current file's path.

    Commands go out through ``send``; the trainer's Replies come in on ``on_reply``.
    What a file keeps beside the experiment is asked of the window when it is written:
    ``demo_id()`` (the demo shown, or None), ``view_state()`` (its tabs and choices) and
    ``design()`` (the layer builder's design for other data, or None). ``data_path()``
    is the path of the data in force, which the person chose: the only one a file opened
    may name (engine.shared.experiment_json.check_data_path)."""

    #: A file was loaded by the trainer: the window is to show it (its SavedExperiment).
    opened = Signal(object)
    #: The file the window shows now has this name (a Path), after a save.
    named = Signal(object)
    #: A save or export finished: (action, ok, message).
    finished = Signal(str, bool, str)
    #: A message for the window's banner (a file that cannot be opened or written).
    problem = Signal(str)
    #: A short word for the status bar (a file saved).
    status = Signal(str)

    def __init__(self, menu_bar: QMenuBar, send: Callable[[object], None],
                 demo_id: Callable[[], str | None], view_state: Callable[[], dict],
                 design: Callable[[], dict | None], settings: QSettings | None = None,
                 parent: QObject | None = None,
                 data_path: Callable[[], str] = lambda: "") -> None:
        super().__init__(parent)
        self.send = send
        self.demo_id, self.view_state, self.design = demo_id, view_state, design
        self.data_path = data_path
        #: The dialogs' parent: the window the menu bar belongs to.
        self.dialog_parent = menu_bar.window()
        self.settings = settings or QSettings()
        self.current_path: Path | None = None
        self._pending_open: SavedExperiment | None = None
        self._build_menu(menu_bar)

    # -- menu ------------------------------------------------------------------------
    def _build_menu(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(self.tr("&File"))
        self.menu = menu
        self.open_action = self._action(menu, self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                        self.ask_open)
        self.recent_menu = QMenu(self.tr("Open &Recent"), menu)
        menu.addMenu(self.recent_menu)
        self.save_action = self._action(menu, self.tr("&Save"), QKeySequence.StandardKey.Save,
                                        self.save)
        self.save_as_action = self._action(menu, self.tr("Save &As…"),
                                           QKeySequence.StandardKey.SaveAs, self.ask_save_as)
        menu.addSeparator()
        export_menu = menu.addMenu(self.tr("&Export Model"))
        self.export_actions: dict[str, QAction] = {}
        for fmt, label in (("python", self.tr("PyTorch Source (.py)…")),
                           ("torchscript", self.tr("TorchScript (.pt)…")),
                           ("onnx", self.tr("ONNX (.onnx)…"))):
            action = export_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, f=fmt: self.ask_export(f))
            self.export_actions[fmt] = action
        reason = onnx_unavailable_reason()
        if reason:
            onnx = self.export_actions["onnx"]
            onnx.setEnabled(False)
            onnx.setText(self.tr("ONNX (.onnx): needs the optional 'onnx' package"))
            onnx.setToolTip(render_message(reason))
            onnx.setStatusTip(render_message(reason))
        export_menu.setToolTipsVisible(True)
        self._refresh_recent()

    def _action(self, menu: QMenu, text: str, keys, slot) -> QAction:
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a string
            value = [value]
        return [str(v) for v in value or []]

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for name in files:
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open_path(n))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Recent Files"), self.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def clear_recent(self) -> None:
        self.settings.setValue(RECENT_KEY, [])
        self._refresh_recent()

    # -- dialogs ----------------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Deepscope experiments (*{0});;Experiment settings (*.json)").format(
            SUFFIX)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.dialog_parent, self.tr("Open Experiment"),
                                              self._folder(), self._filter())
        if path:
            self.open_path(path)

    def ask_save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Save Experiment"),
                                              self._suggested_name(), self._filter())
        if path:
            self.save_to(path)

    def ask_export(self, fmt: str) -> None:
        suffix = FORMAT_OPTIONS[fmt].suffix
        base = Path(self._suggested_name()).with_suffix(suffix)
        path, _ = QFileDialog.getSaveFileName(self.dialog_parent, self.tr("Export Model"),
                                              str(base), f"*{suffix}")
        if path:
            self.export_to(path, fmt)

    def _folder(self) -> str:
        return str(self.current_path.parent) if self.current_path else ""

    def _suggested_name(self) -> str:
        if self.current_path:
            return str(self.current_path)
        return (self.demo_id() or "experiment") + SUFFIX

    # -- the work ---------------------------------------------------------------------
    def save(self) -> None:
        if self.current_path is None or self.current_path.suffix != SUFFIX:
            self.ask_save_as()
        else:
            self.save_to(self.current_path)

    def save_to(self, path: str | Path) -> None:
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.send(cmd.SaveExperiment(str(path), self.demo_id(), self.view_state()))

    def open_path(self, path: str | Path) -> bool:
        """Check the file, then ask the training process to load it. False if refused."""
        try:
            saved = check_data_path(read_saved(Path(path)), self.data_path())
        except ExperimentFileError as exc:
            self.problem.emit(error_text(exc))
            return False
        except OSError as exc:
            self.problem.emit(self.tr("Could not read {0}: {1}").format(
                path, exc.strerror or exc))
            return False
        self._pending_open = saved
        self.send(cmd.OpenExperiment(str(saved.path)))
        return True

    def export_to(self, path: str | Path, fmt: str) -> None:
        """The trained model, or in design mode the builder's untrained design."""
        self.send(cmd.ExportModel(str(path), fmt, self.design()))

    def on_reply(self, reply) -> None:
        if reply.action == "restore":  # a new trainer took over: gui/trainer_recovery.py
            return
        if reply.action == "open":
            saved, self._pending_open = self._pending_open, None
            if reply.ok and saved is not None:
                self.current_path = saved.path
                self._remember(saved.path)
                self.opened.emit(saved)
        elif reply.ok and reply.action == "save":
            self.current_path = Path(reply.paths[0])
            self._remember(self.current_path)
            self.named.emit(self.current_path)
        if reply.ok:
            self.status.emit(render_message(reply.message))
        else:
            self.problem.emit(render_message(reply.message))
        self.finished.emit(reply.action, reply.ok, render_message(reply.message))
