"""Write text: a character model continues a prompt one character at a time, each drawn
from its softmax at a temperature (low: safe and repetitive; high: daring and garbled).
The "sample" probe writes again at every snapshot while training, so the text improves
live; the prompt is grey, what the net wrote black.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.views.rnn_view_base import RnnViewBase, sequence_layout

#: The temperature slider counts tenths: 0.1 .. 2.0.
TEMPERATURE_TENTHS = (1, 20)


class SamplingView(RnnViewBase):
    PROBE = "sample"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLineEdit()
        self.prompt.setPlaceholderText(self.tr("The text the net goes on from"))
        self.prompt.setMaxLength(400)
        self.prompt.returnPressed.connect(self.write)
        self.temperature = QSlider(Qt.Orientation.Horizontal)
        self.temperature.setRange(*TEMPERATURE_TENTHS)
        self.temperature.setValue(8)
        self.temperature.setToolTip(self.tr(
            "Low: the net picks its likeliest next character (safe, repetitive). High: it "
            "takes more chances (varied, then garbled)."))
        self.temperature_label = QLabel()
        self.temperature.valueChanged.connect(self._temperature_moved)
        self.temperature.sliderReleased.connect(self.write)
        self.length = QSpinBox()
        self.length.setRange(20, 1000)
        self.length.setValue(200)
        self.length.setSingleStep(20)
        self.length.setPrefix(self.tr("length "))
        self.length.setKeyboardTracking(False)
        self.length.valueChanged.connect(lambda _v: self.write())
        self.seed = QSpinBox()
        self.seed.setRange(0, 99999)
        self.seed.setPrefix(self.tr("seed "))
        self.seed.setKeyboardTracking(False)
        self.seed.valueChanged.connect(lambda _v: self.write())
        self.write_button = QPushButton(self.tr("Write"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # read from the back of a room
        self.text.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)

        prompt_row = QHBoxLayout()
        prompt_row.addWidget(QLabel(self.tr("Prompt")))
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.write_button)
        settings = QHBoxLayout()
        settings.addWidget(QLabel(self.tr("Temperature")))
        settings.addWidget(self.temperature, 1)
        settings.addWidget(self.temperature_label)
        settings.addSpacing(8)
        settings.addWidget(self.length)
        settings.addWidget(self.seed)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(prompt_row)
        page.addLayout(settings)
        page.addWidget(self.text, 1)
        page.addWidget(self.status)
        #: True once a person asked for something (the prompt box is theirs from then on).
        self._asked = False
        self._shown: tuple = ()
        self._show_temperature(self.temperature.value())

    def title(self) -> str:
        return self.tr("Write text")

    def temperature_value(self) -> float:
        return self.temperature.value() / 10.0

    def options(self) -> dict:
        return {"prompt": self.prompt.text(), "temperature": self.temperature_value(),
                "length": self.length.value(), "seed": self.seed.value()}

    def write(self) -> None:
        self._asked = True
        self.send_options(self.options())

    def _show_temperature(self, tenths: int) -> None:
        self.temperature_label.setText(f"{tenths / 10:.1f}")

    def _temperature_moved(self, tenths: int) -> None:
        self._show_temperature(tenths)
        if not self.temperature.isSliderDown():
            self.write()  # keys and clicks on the groove; a drag writes on release

    def unsupported(self, snap) -> str | None:
        reason = super().unsupported(snap)
        if reason is None and sequence_layout(snap) != "tokens":
            return self.tr("Writing needs a character model: text data with a "
                           "next-character target. These data are a series of numbers.")
        return reason

    def draw(self, data, snap) -> None:
        if not self._asked and not self.prompt.text() and data.prompt:
            self.prompt.setText(data.prompt)  # the probe's own start, to edit
        shown = (data.step, data.prompt, data.text)
        if shown == self._shown:
            return
        self._shown = shown
        self.text.setHtml(
            '<div style="font-family: monospace; white-space: pre-wrap;">'
            f'<span style="color: #9a9a9a;">{html.escape(data.prompt)}</span>'
            f'<span style="color: #141414;">{html.escape(data.text)}</span></div>')
        status = self.tr("Written at step {0}, temperature {1:.1f}.").format(
            data.step, data.temperature)
        if data.unknown:
            status += " " + self.tr("Left out of the prompt (the net has never seen them): "
                                    "{0}").format(" ".join(data.unknown))
        self.status.setText(status)
