"""The editors of a layer's parameters in a row of the layer builder's stack (the tree of
rows is gui/panels/stack_tree.py). Editors are drawn from the schema
(engine.shared.layers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.shared.layers.kinds import Param
from engine.shared.layers.layer import Layer

#: The schema's parameter labels, listed literally so pyside6-lupdate extracts them.
PARAM_LABELS = (
    QT_TRANSLATE_NOOP("LayerParams", "out features"),
    QT_TRANSLATE_NOOP("LayerParams", "in features"), QT_TRANSLATE_NOOP("LayerParams", "bias"),
    QT_TRANSLATE_NOOP("LayerParams", "out channels"), QT_TRANSLATE_NOOP("LayerParams", "kernel"),
    QT_TRANSLATE_NOOP("LayerParams", "stride"), QT_TRANSLATE_NOOP("LayerParams", "padding"),
    QT_TRANSLATE_NOOP("LayerParams", "in channels"),
    QT_TRANSLATE_NOOP("LayerParams", "probability"),
    QT_TRANSLATE_NOOP("LayerParams", "dimensions"), QT_TRANSLATE_NOOP("LayerParams", "vocabulary"),
    QT_TRANSLATE_NOOP("LayerParams", "hidden size"), QT_TRANSLATE_NOOP("LayerParams", "layers"),
    QT_TRANSLATE_NOOP("LayerParams", "bidirectional"),
)


def param_label(param: Param) -> str:
    return QCoreApplication.translate("LayerParams", param.label)


# -- one row's editors ----------------------------------------------------------------------
class _WheelOnlyWithFocus:
    """A wheel over the list scrolls it: only a spin box a person clicked into takes it."""

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # handed on to the tree, which scrolls


class _SpinBox(_WheelOnlyWithFocus, QSpinBox):
    pass


class _DoubleSpinBox(_WheelOnlyWithFocus, QDoubleSpinBox):
    pass


class ParamEditors(QWidget):
    """A small labelled editor per parameter of one layer, side by side.

    An "auto" integer (None: inferred from the input) is the spin box's lowest value,
    shown as "auto", so it needs no second control.
    """

    valueEdited = Signal(str, object)

    def __init__(self, layer: Layer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 1, 2, 1)
        row.setSpacing(8)
        self._editors: dict[str, QWidget] = {}
        for param in layer.info.params:
            editor = self._make_editor(param)
            editor.setObjectName(f"param_{param.name}")
            self._editors[param.name] = editor
            row.addLayout(self._labelled(param, editor))
        row.addStretch(1)
        self.show_layer(layer)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def show_layer(self, layer: Layer) -> None:
        """Show ``layer``'s values without reporting them as edits."""
        for name, value in layer.params:
            editor = self._editors[name]
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                editor.setValue(editor.minimum() if value is None else value)
            editor.blockSignals(False)

    def _make_editor(self, param: Param) -> QWidget:
        if param.type == "bool":
            box = QCheckBox(param_label(param))
            box.toggled.connect(lambda on, name=param.name: self.valueEdited.emit(name, on))
            return box
        spin = _DoubleSpinBox() if param.type == "float" else _SpinBox()
        if param.type == "float":
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
        low = param.coerce(param.low if param.low is not None else 0)
        high = param.coerce(param.high if param.high is not None else 1_000_000)
        # One below the lowest value means "auto" (None).
        spin.setRange(low - 1 if param.auto else low, high)
        if param.auto:
            spin.setSpecialValueText(self.tr("auto"))
            tip = self.tr("{0}: {1:g} to {2:g}, or auto (inferred from the input)")
        else:
            tip = self.tr("{0}: {1:g} to {2:g}")
        spin.setToolTip(tip.format(param_label(param), low, high))
        # Report a typed number once it is complete, not "1" on the way to "12".
        spin.setKeyboardTracking(False)
        # Not WheelFocus: a wheel passing over the box must not focus it (and then turn it).
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        spin.valueChanged.connect(
            lambda value, p=param, s=spin: self.valueEdited.emit(
                p.name, None if p.auto and value == s.minimum() else p.coerce(value)))
        return spin

    @staticmethod
    def _labelled(param: Param, editor: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(0)
        column.setContentsMargins(0, 0, 0, 0)
        if not isinstance(editor, QCheckBox):  # a check box carries its own label
            label = QLabel(param_label(param))
            label.setObjectName("fieldLabel")
            column.addWidget(label)
        column.addWidget(editor)
        return column


# -- the stack's tree -------------------------------------------------------------------------
