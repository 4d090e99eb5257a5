"""The layer builder: a palette of kinds, the stack as rows with inline editors, output
shapes and parameter counts, misfits marked where they happen, templates, and undo.

The stack is an immutable tuple of Layers; every edit a person makes is one StackEdit
holding the tuple before and after. Shapes come from engine.shared.layers.infer (no torch), run
on every change; the rows are rebuilt only when the layers' kinds or places change, so a
spin box being edited keeps its focus.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import Row, check, infer
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape
from engine.shared.layers.templates import TEMPLATES
from gui.messages import error_text
from gui.panels import layer_commands as edit
from gui.panels.layer_commands import EditActions, Path, StackEdit
from gui.panels.layer_editors import ParamEditors, param_label
from gui.panels.layer_palette import Palette
from gui.panels.stack_tree import StackTree


class LayerBuilder(QWidget):
    #: The stack (a tuple of Layers) after every edit a person made, undo and redo included.
    stackEdited = Signal(object)
    fitsChanged = Signal(bool)
    #: A template for another kind of data was picked: the window decides what to load.
    templateChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack: tuple[Layer, ...] = ()
        self._input: Shape | None = None
        self._n_outputs: int | None = None
        self._rows: list[Row] = []
        self._error: SpecError | None = None
        self._fits = True
        # Bumped by set_stack: a value edited before and after a change from outside
        # makes two undo steps, not one that spans the outside change.
        self._generation = 0
        self.undo_stack = QUndoStack(self)

        self.palette = Palette()
        self.palette.kindChosen.connect(self.add_layer)
        self.tree = StackTree()
        self.tree.layerMoved.connect(self.move_layer)
        self.tree.paramEdited.connect(self._edit_param)
        self.tree.itemSelectionChanged.connect(self._sync_actions)
        self.setFocusProxy(self.tree)
        self.edit_actions = EditActions(self, self.undo_stack, {
            "remove": self.remove_selected, "duplicate": self.duplicate_selected,
            "up": lambda: self.move_selected(-1), "down": lambda: self.move_selected(+1),
            "template": self.choose_template})

        self.input_label = QLabel()
        self.input_label.setObjectName("fieldLabel")
        self.error_label = QLabel()
        self.error_label.setObjectName("layerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        self.total_label = QLabel()
        self._build_layout()
        self._refresh()

    # -- public API --------------------------------------------------------------------------
    def set_input(self, shape: Shape, n_outputs: int | None, description: str) -> None:
        """What the stack reads and how many outputs the data need (the head row)."""
        self._input, self._n_outputs = shape, n_outputs
        self.input_label.setText(self.tr("Input: {0}").format(description or str(shape)))
        self.input_label.setToolTip(str(shape))
        self._refresh()

    def set_stack(self, stack, *, undoable: bool = False) -> None:
        """Replace the stack from outside; no undo entry (and no stackEdited) unless asked."""
        stack = tuple(stack)
        if undoable:
            self._push(self.tr("Replace the layers"), stack, None, announce=False)
        else:
            self._generation += 1
            self._show(stack, None)

    def stack(self) -> tuple[Layer, ...]:
        return self._stack

    def fits(self) -> bool:
        return self._fits

    def error(self) -> SpecError | None:
        return self._error

    def rows(self) -> list[Row]:
        """The inferred rows on screen (the head's last), for tests and the window."""
        return list(self._rows)

    def item_at(self, position: str) -> QTreeWidgetItem | None:
        """The tree's row at ``position`` ("3", "3.1", "out")."""
        return self.tree.item_at(position)

    def editors_at(self, position: str) -> ParamEditors:
        return self.tree.editors_at(position)

    def selected_path(self) -> Path | None:
        selected = self.tree.selectedItems()
        return self.tree.path_of_item(selected[0]) if selected else None

    def select(self, path: Path | None) -> None:
        item = self.tree.item_at(edit.position_of(path)) if path else None
        if item is None:
            self.tree.clearSelection()
        else:
            self.tree.setCurrentItem(item)

    # -- edits a person makes ------------------------------------------------------------------
    def add_layer(self, kind: str) -> None:
        """A new ``kind`` after the selected row, or at the end of a selected residual block."""
        layer = Layer.make(kind)
        selected = self.selected_path()
        if selected is None:
            target = (len(self._stack),)
        elif edit.layer_at(self._stack, selected).kind == "residual":
            target = selected + (len(edit.layer_at(self._stack, selected).body),)
        else:
            target = selected[:-1] + (selected[-1] + 1,)
        self._push(self.tr("Add {0}").format(layer.label),
                   edit.insert_at(self._stack, target, layer), target)

    def remove_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        after = edit.remove_at(self._stack, path)
        siblings = len(edit.layer_at(after, path[:-1]).body) if len(path) > 1 else len(after)
        # Select what took its place, else the one before it, else its block.
        select = path if path[-1] < siblings else (
            path[:-1] + (path[-1] - 1,) if path[-1] > 0 else path[:-1] or None)
        self._push(self.tr("Remove {0}").format(edit.layer_at(self._stack, path).label),
                   after, select)

    def duplicate_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            layer, target = edit.layer_at(self._stack, path), path[:-1] + (path[-1] + 1,)
            self._push(self.tr("Duplicate {0}").format(layer.label),
                       edit.insert_at(self._stack, target, layer), target)

    def move_selected(self, step: int) -> None:
        path = self.selected_path()
        target = edit.step_target(self._stack, path, step) if path else None
        if target is not None:
            self.move_layer(path, target)

    def move_layer(self, source: Path, target: Path) -> None:
        """Move the layer at ``source`` to ``target`` (a path counted before the move)."""
        if not edit.can_move(source, target):
            return
        after, landed = edit.move(self._stack, source, target)
        self._push(self.tr("Move {0}").format(edit.layer_at(self._stack, source).label),
                   after, landed)

    def choose_template(self, name: str) -> None:
        template = TEMPLATES[name]
        if self._input is None or template.input.layout != self._input.layout:
            self.templateChosen.emit(name)
            return
        self._push(self.tr("Use template {0}").format(template.label), template.stack, None)

    def _edit_param(self, position: str, name: str, value) -> None:
        path = edit.path_of(position)
        layer = edit.layer_at(self._stack, path)
        try:
            changed = layer.with_values(**{name: value})
        except SpecError:  # the editor's range should prevent it: show the value in force
            self.tree.editors_at(position).show_layer(layer)
            return
        if changed != layer:
            label = param_label(layer.info.param(name))
            self._push(self.tr("Change {0}").format(label),
                       edit.replace_at(self._stack, path, changed), path,
                       merge_key=(self._generation, position, name))

    def _push(self, text: str, after: tuple[Layer, ...], select: Path | None,
              merge_key: tuple | None = None, announce: bool = True) -> None:
        if after != self._stack:
            self.undo_stack.push(StackEdit(text, self._stack, after, self._apply,
                                           self.selected_path(), select, merge_key, announce))

    def _apply(self, stack: tuple[Layer, ...], select: Path | None, announce: bool) -> None:
        """Show ``stack`` (an edit, its undo or its redo) and tell the window."""
        self._show(stack, select)
        if announce:
            self.stackEdited.emit(stack)

    # -- layout -------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        bar = self.edit_actions.tool_bar()
        bar.addStretch(1)
        bar.addWidget(self.input_label)
        splitter = QSplitter()
        splitter.addWidget(self.palette)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([140, 760])
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(splitter, 1)
        column.addWidget(self.error_label)
        column.addWidget(self.total_label)

    def _sync_actions(self) -> None:
        path = self.selected_path()
        actions = self.edit_actions
        for action in (actions.remove, actions.duplicate):
            action.setEnabled(path is not None)
        for action, step in ((actions.up, -1), (actions.down, +1)):
            action.setEnabled(path is not None and
                              edit.step_target(self._stack, path, step) is not None)

    # -- showing a stack ----------------------------------------------------------------------
    def _show(self, stack: tuple[Layer, ...], select: Path | None) -> None:
        keep = self.selected_path()
        self._stack = stack
        self._refresh()
        self.select(select if select is not None else keep)
        self._sync_actions()

    def _infer_rows(self) -> list[Row]:
        if self._input is not None:
            try:
                return infer(self._stack, self._input, self._n_outputs)
            except SpecError as exc:  # an impossible input: list the layers, show why
                self._error = exc
        rows: list[Row] = []  # no input yet: the layers, without shapes

        def walk(stack, prefix: str, depth: int) -> None:
            for i, layer in enumerate(stack, start=1):
                rows.append(Row(f"{prefix}{i}", depth, layer, layer.label, None, None, 0))
                walk(layer.body, f"{prefix}{i}.", depth + 1)
        walk(self._stack, "", 0)
        return rows

    def _refresh(self) -> None:
        self._error = None
        self._rows = self._infer_rows()
        self._error = self._error or next((row.error for row in self._rows if row.error), None)
        total = None
        if self._error is None and self._input is not None:
            try:  # the rows fit; check() also refuses a network too big to train
                check(self._stack, self._input, self._n_outputs)
                total = sum(row.params for row in self._rows if row.depth == 0)
            except SpecError as exc:
                self._error = exc
        self.tree.show_rows(self._rows, self._error, self._n_outputs)
        self._show_summary(total)

    def _show_summary(self, total: int | None) -> None:
        if self._error is not None:
            self.error_label.setText(self.tr("Does not fit: {0}").format(error_text(self._error)))
        self.error_label.setVisible(self._error is not None)
        self.total_label.setText(
            self.tr("Total: {0} parameters").format(f"{total:,}") if total is not None
            else self.tr("Total: —"))
        fits = self._error is None
        if fits != self._fits:
            self._fits = fits
            self.fitsChanged.emit(fits)
