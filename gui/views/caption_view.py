"""The captioner at work (probe "captioning", Snapshot.captions), as the review's Fig. 3
shows "Show, attend and tell": a picture (held out, opened from a file, or drawn) as the
captioner with attention and the one without describe it, where each word of the first
looked (lighter patches over the picture), a strip of held-out pictures with the
captions written for them now, and both captioners' held-out exact match and BLEU-4
over the run.

It asks the probe with SetProbeOptions("captioning", ...): {"index": i, "beam": b} for a
held-out scene, {"picture": (H, W, 3) or (H, W) uint8, "beam": b} for a person's own.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from gui.messages import render_message
from gui.views.caption_controls import CaptionControls, side_by_side
from gui.views.caption_curves import CaptionCurves
from gui.views.caption_draw import DrawPictureDialog
from gui.views.caption_picture import CaptionPicture
from gui.views.caption_strip_view import CaptionStripView
from gui.views.caption_words import CaptionWords, RowText
from gui.views.flow_layout import WrapLabel
from gui.views.picture_file import PictureFileError, file_filter, read_picture
from gui.views.probe_view import ProbeView

#: The keys that step through the words, and which way.
WORD_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
#: One word after another while playing.
PLAY_EVERY_MS = 600
#: The picture column's width at first: the picture, its words and the controls.
LEFT_WIDTH = 470
#: The least the strip and the curves are given: four pictures a row, two plots.
MIN_RIGHT_WIDTH = 420


def _label() -> WrapLabel:
    label = WrapLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CaptionView(ProbeView):
    PROBE = "captioning"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window's language (gui/view_tabs.py sets it): which run labels to show.
        self.language = "en"
        self.data = None
        #: A person's picture being captioned; None while the held-out scenes are shown.
        self.picture: np.ndarray | None = None
        #: The word shown: which run's, and which of its words (the end last).
        self.run, self.word = 0, 0
        self.scene_shown: tuple | None = None
        #: Whether a person has asked for a scene or a picture yet.
        self.asked = False
        self.controls = CaptionControls(self)
        self.picture_view = CaptionPicture()
        self.words = CaptionWords()
        self.strip = CaptionStripView()
        self.curves = CaptionCurves()
        self.source, self.word_text = _label(), _label()
        self.notes, self.file_problem = _label(), _label()
        self.file_problem.setStyleSheet("color: rgb(180, 40, 40);")
        self.file_problem.hide()
        self.notes.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        self.draw_dialog: DrawPictureDialog | None = None
        self._connect()
        self._lay_out()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _connect(self) -> None:
        c = self.controls
        c.index.valueChanged.connect(self.choose_held_out)
        c.previous_scene.clicked.connect(lambda: c.index.stepBy(-1))
        c.next_scene.clicked.connect(lambda: c.index.stepBy(1))
        c.beam.valueChanged.connect(self.send)
        c.open_button.clicked.connect(self.open_picture)
        c.draw_button.clicked.connect(self.draw_picture)
        c.back_button.clicked.connect(self.choose_held_out)
        c.previous_word.clicked.connect(lambda: self.step_word(-1))
        c.next_word.clicked.connect(lambda: self.step_word(1))
        c.play.clicked.connect(self.toggle_play)
        self.words.wordChosen.connect(self.word_clicked)
        self.strip.chosen.connect(self.show_held_out)

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 4, 0)
        column.addLayout(self.controls.scene_row())
        column.addLayout(self.controls.picture_row())
        column.addWidget(self.file_problem)
        column.addWidget(self.source)
        column.addWidget(self.picture_view, 1)
        column.addWidget(self.notes)
        column.addLayout(self.controls.word_row())
        column.addWidget(self.word_text)
        column.addWidget(self.words)
        right = QWidget()
        right.setMinimumWidth(MIN_RIGHT_WIDTH)
        side = QVBoxLayout(right)
        side.setContentsMargins(4, 0, 0, 0)
        heading = _label()
        heading.setText(self.tr("Held-out pictures and the captions written for them now "
                                "(green: right, red: wrong)"))
        side.addWidget(heading)
        side.addWidget(self.strip)
        side.addWidget(self.curves, 1)
        self.splitter = side_by_side(self.content, left, right, LEFT_WIDTH)

    def title(self) -> str:
        return self.tr("Captioning")

    def unsupported(self, snap) -> str | None:
        if snap.captions is None:
            return self.tr("This view shows a captioner: choose the captioned scenes "
                           "(or the captioning demo).")
        return None

    # -- asking the probe ------------------------------------------------------------------
    def options(self) -> dict:
        beam = self.controls.beam.value()
        if self.picture is not None:
            return {"picture": self.picture, "beam": beam}
        return {"index": self.controls.index.value(), "beam": beam}

    def send(self, _value: int = 0) -> None:
        self.asked = True
        self.send_options(self.options())

    def choose_held_out(self, _value: int = 0) -> None:
        self.picture = None
        self.controls.back_button.setEnabled(False)
        self.file_problem.hide()
        self.send()

    def show_held_out(self, index: int) -> None:
        """Show held-out scene ``index`` large (a click in the strip)."""
        if self.controls.index.value() == index:
            self.choose_held_out()
        else:
            self.controls.index.setValue(index)  # sends through valueChanged

    def caption_picture(self, picture: np.ndarray) -> None:
        """Send a person's picture, (H, W, 3) or (H, W) uint8, to be captioned."""
        self.picture = np.ascontiguousarray(picture, np.uint8)
        self.controls.back_button.setEnabled(True)
        self.file_problem.hide()
        self.send()

    def open_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a picture to caption"),
                                              "", file_filter())
        if path:
            self.open_picture_file(path)

    def open_picture_file(self, path: str) -> bool:
        """Caption the picture in ``path``; a file that cannot be used is said in place,
        and what is shown stays."""
        try:
            picture = read_picture(path)
        except PictureFileError as exc:
            self.file_problem.setText(str(exc))
            self.file_problem.show()
            return False
        self.caption_picture(picture)
        return True

    def draw_picture(self) -> None:
        if self.draw_dialog is None:
            self.draw_dialog = DrawPictureDialog(self)
            self.draw_dialog.pictureDrawn.connect(self.caption_picture)
        self.draw_dialog.open()

    # -- the words -------------------------------------------------------------------------
    def choose_word(self, run: int, word: int) -> None:
        """Show where ``word`` of ``run`` looked (the end is the last word)."""
        if self.data is None or not self.data.runs:
            return
        self.run = min(max(run, 0), len(self.data.runs) - 1)
        self.word = min(max(word, 0), self.words.words_of(self.run) - 1)
        caption = self.data.runs[self.run]
        self.words.mark(self.run, self.word)
        said = (*caption.words, self.tr("(end)"))[self.word]
        name = self.run_name(caption)
        if caption.weights is None:
            self.picture_view.show_attention(None)
            self.word_text.setText(self.tr("“{0}” ({1}): this captioner has no attention to "
                                           "show; it reads the whole picture as one "
                                           "vector.").format(said, name))
        else:
            self.picture_view.show_attention(caption.weights[self.word])
            self.word_text.setText(self.tr("“{0}” ({1}): where it looked while writing this "
                                           "word ({2} of {3})").format(
                said, name, self.word + 1, len(caption.words) + 1))

    def word_clicked(self, run: int, word: int) -> None:
        self.setFocus()  # the arrows step on from the word clicked
        self.choose_word(run, word)

    def step_word(self, delta: int) -> None:
        self.choose_word(self.run, self.word + delta)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.stop_playing()
            return
        if self.word >= self.words.words_of(self.run) - 1:
            self.choose_word(self.run, 0)
        self.timer.start()
        self.controls.set_playing(True)

    def stop_playing(self) -> None:
        self.timer.stop()
        self.controls.set_playing(False)

    def _tick(self) -> None:
        if self.word >= self.words.words_of(self.run) - 1:
            self.stop_playing()
            return
        self.step_word(1)
        if self.word >= self.words.words_of(self.run) - 1:
            self.stop_playing()

    def event(self, event) -> bool:
        # The window's shortcut → steps training once; while this view has the focus,
        # ← and → step through the words instead (as a text field keeps its arrows).
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() in WORD_KEYS
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in WORD_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.step_word(WORD_KEYS[event.key()])
        else:
            super().keyPressEvent(event)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, data, snap) -> None:
        scene = (data.index, data.image.tobytes() if data.index < 0 else b"")
        first = self.data is None
        self.data = data
        self.controls.set_held_out(data.held_out)
        if not self.asked and data.index >= 0:  # the engine's first choice, until a person's
            self.controls.show_index(data.index)
        self.picture_view.set_picture(data.image)
        self._draw_source(data)
        rows = tuple(RowText(self.run_name(r), r.attention, r.words, r.correct)
                     for r in data.runs)
        self.words.set_rows(rows, self.tr("(end)"))
        if first:
            self.run = next((k for k, r in enumerate(data.runs) if r.attention), 0)
        if scene != self.scene_shown:
            self.scene_shown, self.word = scene, 0
        self.choose_word(self.run, self.word)
        names = [self.run_name(r) for r in data.runs]
        self.strip.show_strip(data.strip, names, data.index)
        if snap.captions is not None:
            self.curves.show_metrics(snap.captions, tuple(
                self.run_name(r) for r in snap.captions.runs))

    def _draw_source(self, data) -> None:
        if data.index >= 0:
            text = self.tr("Held-out scene {0} of {1}, beam width {2}. Reference: {3}").format(
                data.index, data.held_out, data.beam_width, data.reference)
        else:
            text = self.tr("Your picture, beam width {0} (no reference caption to check "
                           "against)").format(data.beam_width)
        self.source.setText(text)
        self.notes.setText("\n".join(render_message(note) for note in data.notes))
        self.notes.setVisible(bool(data.notes))

    def run_name(self, run) -> str:
        if run.label:
            return run.label_ko if self.language == "ko" and run.label_ko else run.label
        return self.tr("with attention") if run.attention else self.tr("without attention")
