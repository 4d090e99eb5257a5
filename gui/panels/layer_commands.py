"""What a person can do to a layer stack: the edits as pure functions on tuples, the undo
command that records one, and the controls that ask for edits (tool bar and palette).

A place in a stack is a *path*: ``(2,)`` is the third layer, ``(2, 0)`` the first layer
inside the residual block at ``(2,)``. Stacks are immutable tuples of Layers, so every edit
returns a new tuple and an undo step only has to remember the tuple before and after.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

from engine.shared.layers.layer import Layer
from engine.shared.layers.templates import TEMPLATES

Path = tuple[int, ...]
Stack = tuple[Layer, ...]


# -- paths ------------------------------------------------------------------------------
def position_of(path: Path) -> str:
    """How a person counts the place: (2, 0) reads "3.1" (as engine.shared.layers.infer)."""
    return ".".join(str(i + 1) for i in path)


def path_of(position: str) -> Path:
    return tuple(int(part) - 1 for part in position.split("."))


def layer_at(stack: Stack, path: Path) -> Layer:
    layer = stack[path[0]]
    for index in path[1:]:
        layer = layer.body[index]
    return layer


def _edit_body(stack: Stack, parent: Path, edit: Callable[[list[Layer]], None]) -> Stack:
    """``stack`` with the layer list at ``parent`` (() for the top level) edited in place."""
    if not parent:
        layers = list(stack)
        edit(layers)
        return tuple(layers)
    block = layer_at(stack, parent)
    layers = list(block.body)
    edit(layers)
    return replace_at(stack, parent, block.with_body(tuple(layers)))


def replace_at(stack: Stack, path: Path, layer: Layer) -> Stack:
    return _edit_body(stack, path[:-1], lambda layers: layers.__setitem__(path[-1], layer))


def insert_at(stack: Stack, path: Path, layer: Layer) -> Stack:
    """``layer`` inserted so that it ends up at ``path``."""
    return _edit_body(stack, path[:-1], lambda layers: layers.insert(path[-1], layer))


def remove_at(stack: Stack, path: Path) -> Stack:
    return _edit_body(stack, path[:-1], lambda layers: layers.pop(path[-1]))


def can_move(source: Path, target: Path) -> bool:
    """A block cannot move into itself; moving a layer onto its own place changes nothing."""
    inside_itself = target[:len(source)] == source and len(target) > len(source)
    return not inside_itself and target not in (source, source[:-1] + (source[-1] + 1,))


def moved_target(source: Path, target: Path) -> Path:
    """Where the layer lands once it is taken out of ``source``: ``target`` is counted in the
    stack before the move, so a later sibling (or a block after it) shifts up by one."""
    level = len(source) - 1
    if len(target) > level and target[:level] == source[:level] and target[level] > source[level]:
        return target[:level] + (target[level] - 1,) + target[level + 1:]
    return target


def move(stack: Stack, source: Path, target: Path) -> tuple[Stack, Path]:
    """The stack with the layer at ``source`` inserted at ``target`` (a path in the stack
    before the move), and the path where it ended up."""
    layer = layer_at(stack, source)
    landed = moved_target(source, target)
    return insert_at(remove_at(stack, source), landed, layer), landed


def step_target(stack: Stack, path: Path, step: int) -> Path | None:
    """Where "move up" (-1) or "move down" (+1) sends the layer at ``path``: past its
    neighbour, or out of its residual block at the block's edge; None at the stack's ends."""
    siblings = len(layer_at(stack, path[:-1]).body) if len(path) > 1 else len(stack)
    index = path[-1] + step
    if 0 <= index < siblings:
        return path[:-1] + (index + (1 if step > 0 else 0),)
    if len(path) == 1:
        return None
    parent = path[:-1]
    return parent if step < 0 else parent[:-1] + (parent[-1] + 1,)


# -- undo -------------------------------------------------------------------------------
class StackEdit(QUndoCommand):
    """One edit a person made: the stack before and after, and which row to select
    (``selected``: the row before, the row after).

    ``apply(stack, selected_path, emit)`` shows a stack; ``emit`` is False only for the
    first redo of an edit made from outside (its sender already knows the stack).
    Parameter changes carry a ``merge_key`` so that spinning one value is one undo step.
    """

    MERGE_ID = 4711

    def __init__(self, text: str, before: Stack, after: Stack, apply,
                 selected_before: Path | None = None, selected_after: Path | None = None,
                 merge_key: tuple | None = None, announce_first: bool = True) -> None:
        super().__init__(text)
        self.before, self.after = before, after
        self._apply = apply
        self.selected = selected_before, selected_after
        self.merge_key = merge_key
        self._announce = announce_first

    def redo(self) -> None:
        self._apply(self.after, self.selected[1], self._announce)
        self._announce = True

    def undo(self) -> None:
        self._apply(self.before, self.selected[0], True)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, StackEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.selected = self.selected[0], other.selected[1]
        # Spinning a value back to where it was leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True



# -- the tool bar ---------------------------------------------------------------------------
class EditActions(QObject):
    """The builder's actions (undo, redo, remove, duplicate, move up/down) with shortcuts
    that act while the builder or a child of it has focus, and the tool bar showing them.

    ``handlers`` maps "remove", "duplicate", "up", "down" and "template" (called with a
    template's name) to the builder's methods.
    """

    def __init__(self, owner: QWidget, undo_stack: QUndoStack, handlers: dict) -> None:
        super().__init__(owner)
        self._owner = owner
        self.undo = undo_stack.createUndoAction(owner, self.tr("Undo"))
        self.redo = undo_stack.createRedoAction(owner, self.tr("Redo"))
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            self._scope(action)
        icons = QStyle.StandardPixmap
        self.remove = self._action(self.tr("Remove"), self.tr("Remove the selected layer "
                                   "(Delete)"), ["Delete"], handlers["remove"])
        self.duplicate = self._action(self.tr("Duplicate"), self.tr("Duplicate the selected "
                                      "layer (Ctrl+D)"), ["Ctrl+D"], handlers["duplicate"])
        self.up = self._action(self.tr("Up"), self.tr("Move the selected layer up (Alt+Up)"),
                               ["Alt+Up"], handlers["up"], icons.SP_ArrowUp)
        self.down = self._action(self.tr("Down"), self.tr("Move the selected layer down "
                                 "(Alt+Down)"), ["Alt+Down"], handlers["down"],
                                 icons.SP_ArrowDown)
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setToolTip(self.tr("Start from a ready-made network"))
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_button.setMenu(self._templates_menu(handlers["template"]))
        # Plain buttons, not the undo actions' own ("Undo Change kernel" is too long here).
        self.undo_button = self._button(self.tr("Undo"), self.tr("Undo (Ctrl+Z)"),
                                        undo_stack.undo, undo_stack.canUndoChanged)
        self.redo_button = self._button(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"),
                                        undo_stack.redo, undo_stack.canRedoChanged)

    def tool_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for widget in (self.templates_button, self.undo_button, self.redo_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for action in (self.remove, self.duplicate, self.up, self.down):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            bar.addWidget(button)
        return bar

    def _scope(self, action: QAction) -> None:
        # Shortcuts act while the builder (or a child of it) has focus, not window-wide.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._owner.addAction(action)

    def _action(self, text: str, tip: str, keys: list[str], slot, icon=None) -> QAction:
        action = QAction(text, self._owner)
        if icon is not None:
            action.setIcon(self._owner.style().standardIcon(icon))
        action.setToolTip(tip)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        self._scope(action)
        return action

    @staticmethod
    def _button(text: str, tip: str, slot, enabled_signal) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setEnabled(False)
        button.clicked.connect(lambda _checked=False: slot())
        enabled_signal.connect(button.setEnabled)
        return button

    def _templates_menu(self, choose) -> QMenu:
        menu = QMenu(self._owner)
        data_names = {"points": self.tr("points"), "images": self.tr("images"),
                      "sequences": self.tr("sequences"), "text": self.tr("text"),
                      "words": self.tr("words")}
        for template in TEMPLATES.values():
            action = menu.addAction(self.tr("{0} ({1})").format(
                template.label, data_names.get(template.data, template.data)))
            action.setToolTip(template.description)
            action.setData(template.name)
            action.triggered.connect(lambda _checked=False, n=template.name: choose(n))
        menu.setToolTipsVisible(True)
        return menu
