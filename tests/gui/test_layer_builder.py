"""The layer builder alone: rows and shapes, palette, editors, misfits, undo, moves, drops."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QDropEvent, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.shared.layers.infer import parameter_count  # noqa: E402
from engine.shared.layers.kinds import KINDS  # noqa: E402
from engine.shared.layers.layer import Layer  # noqa: E402
from engine.shared.layers.templates import TEMPLATES  # noqa: E402
from gui.panels import layer_commands as edit  # noqa: E402
from gui.panels.layer_builder import LayerBuilder  # noqa: E402
from gui.panels.layer_editors import PARAM_LABELS  # noqa: E402
from gui.panels.stack_tree import (  # noqa: E402
    MISFIT_BACKGROUND,
    OUTPUT,
    PARAMS,
    POSITION,
    layer_mime,
)

LENET = TEMPLATES["lenet"]
L = Layer.make


@pytest.fixture
def builder(qtbot):
    widget = LayerBuilder()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_input(LENET.input, LENET.n_outputs, "images 1×28×28")
    widget.set_stack(LENET.stack)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def outputs(builder) -> list[str]:
    return [builder.item_at(row.position).text(OUTPUT) for row in builder.rows()]


def click_kind(qtbot, builder, kind: str) -> None:
    palette = builder.palette
    rect = palette.visualItemRect(palette.item_of(kind))
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def drop(builder, source: tuple, position: str, fraction: float) -> None:
    """Drop the row at ``source`` at ``fraction`` of the height of row ``position``."""
    tree = builder.tree
    rect = tree.visualItemRect(builder.item_at(position))
    point = QPointF(rect.center().x(), rect.top() + fraction * rect.height())
    mime = layer_mime(source)  # kept alive: the event does not own it
    event = QDropEvent(point, Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # The route of a real drop into the view (a real drag needs a real mouse).
    tree.viewportEvent(event)
    assert event.isAccepted()


def test_lenet_rows_show_shapes_head_and_total(builder):
    assert outputs(builder) == ["6×28×28", "6×28×28", "6×14×14", "16×10×10", "16×10×10",
                                "16×5×5", "400", "120", "120", "84", "84", "10"]
    head = builder.item_at("out")
    assert head.text(POSITION) == "out" and head.text(1) == "Output (Linear)"
    assert not head.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert builder.item_at("8").text(PARAMS) == "48,120"
    total = parameter_count(LENET.stack, LENET.input, LENET.n_outputs)
    assert builder.total_label.text() == f"Total: {total:,} parameters"
    assert builder.fits() and builder.error() is None and builder.error_label.isHidden()
    builder.grab().save("/tmp/builder_test.png")


def test_every_schema_label_is_listed_for_translation():
    labels = {param.label for kind in KINDS.values() for param in kind.params}
    assert labels <= set(PARAM_LABELS)


def test_palette_adds_after_selection_and_editor_reshapes(builder, qtbot):
    builder.select((0,))
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        click_kind(qtbot, builder, "conv2d")
    stack = blocker.args[0]
    assert [layer.kind for layer in stack[:3]] == ["conv2d", "conv2d", "relu"]
    assert builder.selected_path() == (1,)
    assert outputs(builder)[:3] == ["6×28×28", "8×26×26", "8×26×26"]
    assert builder.undo_stack.count() == 1

    kernel = builder.editors_at("2").editor("kernel")
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        kernel.setValue(5)  # what arrows or a typed value + Enter do
    assert blocker.args[0][1].value("kernel") == 5
    assert outputs(builder)[1] == "8×24×24"
    assert builder.editors_at("2").editor("kernel") is kernel  # no rebuild for a value
    kernel.setValue(6)
    assert builder.undo_stack.count() == 2  # spinning one value is one undo step
    builder.undo_stack.undo()
    assert builder.stack()[1].value("kernel") == 3 and kernel.value() == 3


def wheel(widget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))


def test_wheel_turns_only_a_focused_spin_box(builder, qtbot):
    kernel = builder.editors_at("1").editor("kernel")
    with qtbot.assertNotEmitted(builder.stackEdited):
        wheel(kernel, 1)  # scrolling the list over a spin box must not change it
    assert kernel.value() == 5
    builder.activateWindow()
    kernel.setFocus()
    qtbot.waitUntil(kernel.hasFocus)
    with qtbot.waitSignal(builder.stackEdited):
        wheel(kernel, 1)
    assert kernel.value() == 6


def test_double_click_in_the_palette_adds_one_layer(builder, qtbot):
    palette = builder.palette
    rect = palette.visualItemRect(palette.item_of("tanh"))
    # What a platform sends for a double-click: a click, then press + double-click, release.
    for send in (qtbot.mouseClick, qtbot.mouseDClick, qtbot.mouseRelease):
        send(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    kinds = [layer.kind for layer in builder.stack()]
    assert kinds.count("tanh") == 1 and len(kinds) == len(LENET.stack) + 1


def test_misfit_is_marked_and_undo_redo_restore(builder, qtbot):
    builder.select((0,))
    click_kind(qtbot, builder, "conv2d")
    in_features = builder.editors_at("9").editor("in_features")
    assert in_features.text() == "auto"
    with qtbot.waitSignal(builder.fitsChanged) as blocker:
        in_features.setValue(100)
    assert blocker.args == [False] and not builder.fits()
    assert "expects 100 features" in str(builder.error())
    item = builder.item_at("9")
    assert item.background(OUTPUT).color() == MISFIT_BACKGROUND
    assert "expects 100 features" in item.toolTip(1)
    assert builder.error_label.isVisible() and "expects 100" in builder.error_label.text()
    assert outputs(builder)[8:] == ["—"] * 5
    assert builder.item_at("8").background(OUTPUT).style() == Qt.BrushStyle.NoBrush

    with qtbot.waitSignal(builder.fitsChanged) as blocker:
        builder.undo_stack.undo()
    assert blocker.args == [True] and builder.fits() and builder.error_label.isHidden()
    assert in_features.text() == "auto"
    builder.undo_stack.redo()
    assert not builder.fits()

    builder.activateWindow()
    builder.tree.setFocus()
    qtbot.waitUntil(lambda: builder.tree.hasFocus())
    with qtbot.waitSignal(builder.stackEdited):
        qtbot.keyClick(builder.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert builder.fits()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not builder.fits()
    qtbot.keyClick(builder.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not builder.fits()


def test_a_kernel_larger_than_its_input_does_not_fit(builder, qtbot):
    with qtbot.waitSignal(builder.fitsChanged, check_params_cb=lambda fits: not fits):
        builder.editors_at("4").editor("kernel").setValue(15)  # on 6×14×14
    assert builder.error().position == "4"
    assert builder.item_at("4").icon(1).isNull() is False


def test_buttons_undo_redo_enable_with_the_stack(builder, qtbot):
    undo, redo = builder.edit_actions.undo_button, builder.edit_actions.redo_button
    assert not undo.isEnabled() and not redo.isEnabled()
    builder.select((0,))
    builder.edit_actions.remove.trigger()
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert builder.stack() == LENET.stack and redo.isEnabled() and not undo.isEnabled()


@pytest.mark.parametrize("action, select, expected", [
    ("remove", (1,), lambda s: s[:1] + s[2:]),
    ("duplicate", (1,), lambda s: s[:2] + s[1:]),
    ("up", (2,), lambda s: (s[0], s[2], s[1]) + s[3:]),
    ("down", (0,), lambda s: (s[1], s[0]) + s[2:]),
])
def test_edit_actions_emit_the_new_stack_and_undo(builder, qtbot, action, select, expected):
    builder.select(select)
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        getattr(builder.edit_actions, action).trigger()
    assert blocker.args[0] == expected(LENET.stack) == builder.stack()
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        builder.undo_stack.undo()
    assert blocker.args[0] == LENET.stack


def test_head_and_ends_cannot_move(builder):
    builder.select((0,))
    assert not builder.edit_actions.up.isEnabled() and builder.edit_actions.down.isEnabled()
    builder.tree.setCurrentItem(builder.item_at("out"))
    actions = builder.edit_actions
    assert not any(a.isEnabled() for a in (actions.remove, actions.duplicate, actions.up,
                                            actions.down))


def test_drag_and_drop_moves_a_layer(builder, qtbot):
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        drop(builder, (0,), "3", 0.9)  # the first Conv2d dropped under the MaxPool2d
    s = LENET.stack
    assert blocker.args[0] == (s[1], s[2], s[0]) + s[3:] == builder.stack()
    assert builder.selected_path() == (2,)
    with qtbot.assertNotEmitted(builder.stackEdited):
        drop(builder, (2,), "3", 0.2)  # onto its own place
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        drop(builder, (0,), "out", 0.5)  # onto the head: the end of the stack
    assert blocker.args[0][-1] == s[1]
    builder.undo_stack.undo()
    builder.undo_stack.undo()
    assert builder.stack() == s


def test_set_stack_pushes_no_undo_and_emits_nothing(builder, qtbot):
    with qtbot.assertNotEmitted(builder.stackEdited):
        builder.set_stack(LENET.stack[:3])
    assert builder.undo_stack.count() == 0 and builder.stack() == LENET.stack[:3]
    with qtbot.assertNotEmitted(builder.stackEdited):
        builder.set_stack(LENET.stack, undoable=True)
    assert builder.undo_stack.count() == 1
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        builder.undo_stack.undo()
    assert blocker.args[0] == LENET.stack[:3]


def test_value_edits_do_not_merge_across_a_change_from_outside(builder):
    kernel = builder.editors_at("1").editor("kernel")
    kernel.setValue(4)
    builder.set_stack(builder.stack() + (L("relu"),))
    builder.editors_at("1").editor("kernel").setValue(3)
    assert builder.undo_stack.count() == 2
    builder.undo_stack.undo()
    assert builder.stack()[0].value("kernel") == 4 and builder.stack()[-1].kind == "relu"


def test_residual_block_takes_layers_inside(builder, qtbot):
    builder.set_input(TEMPLATES["mlp"].input, 1, "2-D points")
    builder.set_stack((L("linear", out_features=8), L("relu")))
    builder.select((1,))
    click_kind(qtbot, builder, "residual")
    assert builder.selected_path() == (2,) and not builder.fits()  # an empty block
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        click_kind(qtbot, builder, "linear")
    block = blocker.args[0][2]
    assert block.kind == "residual" and [b.kind for b in block.body] == ["linear"]
    inner = builder.item_at("3.1")
    assert inner.text(POSITION) == "3.1" and inner.parent() is builder.item_at("3")
    builder.editors_at("3.1").editor("out_features").setValue(8)
    assert builder.fits() and builder.item_at("3").text(OUTPUT) == "8"
    # Drop the ReLU into the block's row: it lands at the end of the block.
    drop(builder, (1,), "3", 0.5)
    assert [b.kind for b in builder.stack()[1].body] == ["linear", "relu"]
    assert builder.item_at("2.2").text(POSITION) == "2.2"
    # Move up at the top of a block leaves it.
    builder.select((1, 0))
    builder.edit_actions.up.trigger()
    assert [layer.kind for layer in builder.stack()] == ["linear", "linear", "residual"]


def test_templates_same_layout_apply_other_layout_ask(builder, qtbot):
    with qtbot.waitSignal(builder.templateChosen) as blocker, \
            qtbot.assertNotEmitted(builder.stackEdited):
        builder.choose_template("lstm")
    assert blocker.args == ["lstm"] and builder.stack() == LENET.stack
    menu = builder.edit_actions.templates_button.menu()
    action = next(a for a in menu.actions() if a.data() == "small-convnet")
    with qtbot.waitSignal(builder.stackEdited) as blocker:
        action.trigger()
    assert blocker.args[0] == TEMPLATES["small-convnet"].stack
    builder.undo_stack.undo()
    assert builder.stack() == LENET.stack


def test_stack_paths_move_like_a_person_expects():
    a, b, c = L("relu"), L("tanh"), L("sigmoid")
    block = L("residual", body=(L("gelu"), L("silu")))
    stack = (a, b, block, c)
    assert edit.move(stack, (0,), (2,)) == ((b, a, block, c), (1,))
    assert edit.move(stack, (3,), (0,)) == ((c, a, b, block), (0,))
    moved, landed = edit.move(stack, (0,), (2, 1))
    assert landed == (1, 1) and moved[1].body == (L("gelu"), a, L("silu"))
    assert not edit.can_move((2,), (2, 0)) and not edit.can_move((1,), (2,))
    assert edit.step_target(stack, (2, 1), +1) == (3,)
    assert edit.step_target(stack, (0,), -1) is None and edit.step_target(stack, (3,), 1) is None
    assert edit.position_of((2, 0)) == "3.1" and edit.path_of("3.1") == (2, 0)


def test_panel_without_input_lists_layers(qtbot):
    widget = LayerBuilder()
    qtbot.addWidget(widget)
    widget.set_stack(LENET.stack[:2])
    assert widget.item_at("2").text(OUTPUT) == "—" and widget.fits()
    with qtbot.waitSignal(widget.templateChosen):
        widget.choose_template("mlp")

