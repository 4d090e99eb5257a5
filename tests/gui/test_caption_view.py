"""The captioning view on hand-built probe results (tests/gui/caption_fakes.py), as a
person uses it: the picture drawn large, a word's attention as lighter patches where
that word looked, stepping and playing through the words, the run without attention
saying it has none, the strip's right and wrong captions, both runs' curves, a person's
own picture (opened, drawn, refused) and the options each control sends."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor

from gui.views.caption_view import PLAY_EVERY_MS, CaptionView
from gui.views.caption_words import RIGHT, WRONG
from tests.gui import caption_fakes as fakes


@pytest.fixture
def view(qtbot):
    return fakes.shown_view(qtbot)


def brightness_at(view, x: float, y: float) -> float:
    """Mean grey level of the picture as drawn around pixel (x, y) of the 64×64 picture."""
    picture = view.picture_view
    image = picture.viewport().grab().toImage()
    at = picture.box.mapViewToDevice(QPointF(x, y)).toPoint()
    colours = [QColor(image.pixel(at + QPoint(dx, dy))) for dx in (-1, 0, 1)
               for dy in (-1, 0, 1)]
    return float(np.mean([(c.red() + c.green() + c.blue()) / 3 for c in colours]))


def click_word(qtbot, view, run: int, word: int) -> None:
    qtbot.mouseClick(view.words.buttons[run][word], Qt.MouseButton.LeftButton)


def test_the_picture_is_drawn_large_with_sharp_pixels(view):
    np.testing.assert_array_equal(view.picture_view.picture.image, fakes.scene_picture())
    assert view.picture_view.width() >= 5 * 64 and view.picture_view.height() >= 5 * 64
    picture = view.picture_view
    image = picture.viewport().grab().toImage()
    red = QColor(image.pixel(picture.box.mapViewToDevice(QPointF(9.5, 32.5)).toPoint()))
    assert red.red() > 2 * red.blue() and red.red() > 2 * red.green()
    assert "Reference: " + fakes.REFERENCE in view.source.text()


def test_clicking_a_word_lights_up_where_it_looked(qtbot, view):
    circle, square = (2.5 * 8, 4.5 * 8), (6.5 * 8, 3.5 * 8)  # the cells LOOKS_AT names
    click_word(qtbot, view, 0, 2)  # "circle"
    assert view.words.buttons[0][2].isChecked() and not view.words.buttons[0][6].isChecked()
    veil = view.picture_view.veil
    row, col = np.unravel_index(np.argmax(veil), veil.shape)
    assert (row * 8 // 256, col * 8 // 256) == fakes.LOOKS_AT[2]
    on_circle = brightness_at(view, *circle), brightness_at(view, *square)
    click_word(qtbot, view, 0, 6)  # "blue"
    row, col = np.unravel_index(np.argmax(view.picture_view.veil), veil.shape)
    assert (row * 8 // 256, col * 8 // 256) == fakes.LOOKS_AT[6]
    on_square = brightness_at(view, *circle), brightness_at(view, *square)
    assert on_circle[0] > on_square[0] + 30  # the circle is lighter while "circle" looks
    assert on_square[1] > on_circle[1] + 30
    assert "“blue”" in view.word_text.text() and "7 of 9" in view.word_text.text()


def test_arrow_keys_and_buttons_step_through_the_words(qtbot, view):
    click_word(qtbot, view, 0, 2)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.word == 3 and view.words.buttons[0][3].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.word == 1
    qtbot.mouseClick(view.controls.next_word, Qt.MouseButton.LeftButton)
    assert view.word == 2
    qtbot.mouseClick(view.controls.previous_word, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.controls.previous_word, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.controls.previous_word, Qt.MouseButton.LeftButton)
    assert view.word == 0  # the first word is as far back as it goes


def test_play_walks_through_the_words_and_stops_at_the_end(qtbot, view):
    assert view.timer.interval() == PLAY_EVERY_MS
    view.timer.setInterval(20)  # the same walk, faster
    click_word(qtbot, view, 0, 8)  # the end: play starts again from the first word
    seen = []
    view.words.wordChosen.connect(lambda r, w: seen.append(w))
    qtbot.mouseClick(view.controls.play, Qt.MouseButton.LeftButton)
    assert view.timer.isActive() and view.controls.play.text() == "Stop"
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=5000)
    last = len(fakes.WORDS)
    assert view.word == last and view.words.buttons[0][last].isChecked()
    assert view.controls.play.text() == "Play" and not view.controls.play.isChecked()
    assert "(end)" in view.word_text.text()


def test_the_run_without_attention_says_it_has_none(qtbot, view):
    click_word(qtbot, view, 1, 1)
    assert view.picture_view.veil is None and not view.picture_view.overlay.isVisible()
    assert "no attention to show" in view.word_text.text()
    assert "without attention" in view.word_text.text()
    assert "✗" in view.words.names[1].text() and "✓" in view.words.names[0].text()


def test_a_new_snapshot_keeps_the_word_and_a_new_scene_starts_again(qtbot, view):
    click_word(qtbot, view, 0, 6)
    view.show_snapshot(fakes.snapshot(fakes.caption_data()))
    assert view.word == 6 and view.words.buttons[0][6].isChecked()
    view.show_snapshot(fakes.snapshot(fakes.caption_data(index=4)))
    assert view.word == 0 and view.words.buttons[0][0].isChecked()


def test_the_strip_shows_each_picture_with_green_and_red_captions(qtbot, view):
    cells = view.strip.cells
    assert len(cells) == 8
    assert all(cell.picture.image() is not None and cell.picture.image().width() == 64
               for cell in cells)
    first, second = cells[0].captions.text(), cells[1].captions.text()
    assert first.count(RIGHT) == 2 and WRONG not in first
    assert second.index(WRONG) < second.index(RIGHT)  # run 1 wrong, run 2 right
    assert "a green triangle 01" in second
    qtbot.mouseClick(cells[3].picture, Qt.MouseButton.LeftButton)
    assert fakes.last_options(view) == {"index": 13, "beam": 3}


def test_the_curves_show_both_runs_in_their_colours(view):
    curves = view.curves
    assert len(curves.curves) == 2
    for exact, bleu in curves.curves:
        assert len(exact.xData) == 12 and len(bleu.yData) == 12
    assert curves.curves[0][0].yData[-1] == pytest.approx(0.9)
    legend = [label.text for _, label in curves.exact.plotItem.legend.items]
    assert legend == ["with attention", "without attention"]
    low, high = curves.exact.getViewBox().viewRange()[1]
    assert -0.05 <= low <= 0.0 and 1.0 <= high <= 1.05
    text = curves.summary.text()
    assert "exact match 90.0 %" in text and "BLEU-4 0.950" in text
    assert "three objects 20.0 %" in text and "attention on the object —" in text


def test_korean_run_labels_in_the_korean_window(qtbot):
    view = CaptionView()
    qtbot.addWidget(view)
    view.language = "ko"
    view.show_snapshot(fakes.snapshot(fakes.caption_data()))
    assert "주의 있음" in view.words.names[0].text()
    assert [label.text for _, label in view.curves.exact.plotItem.legend.items] == [
        "주의 있음", "주의 없음"]


def test_the_beam_width_is_sent_with_the_scene_or_the_picture(qtbot, view):
    view.controls.beam.setValue(5)
    assert fakes.last_options(view) == {"index": 3, "beam": 5}
    qtbot.mouseClick(view.controls.next_scene, Qt.MouseButton.LeftButton)
    assert fakes.last_options(view) == {"index": 4, "beam": 5}
    view.caption_picture(np.zeros((30, 40), np.uint8))
    view.controls.beam.setValue(1)
    options = fakes.last_options(view)
    assert options["beam"] == 1 and options["picture"].shape == (30, 40)
    assert "index" not in options
    qtbot.mouseClick(view.controls.back_button, Qt.MouseButton.LeftButton)
    assert fakes.last_options(view) == {"index": 4, "beam": 1}
    assert not view.controls.back_button.isEnabled()


def part_rects(view) -> dict[str, QRect]:
    """Where the view's parts lie, in the coordinates of the page that holds them all."""
    parts = {"picture": view.picture_view, "words": view.words, "strip": view.strip,
             "curves": view.curves, "word": view.word_text, "source": view.source,
             "summary": view.curves.summary, "exact": view.curves.exact,
             "bleu": view.curves.bleu}
    return {name: QRect(w.mapTo(view.splitter, QPoint(0, 0)), w.size())
            for name, w in parts.items()}


def assert_apart(rects: dict[str, QRect], inside: tuple[str, ...]) -> None:
    names = [n for n in rects if n not in inside]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not rects[a].intersects(rects[b]), (a, rects[a], b, rects[b])
    for part in inside:  # the plots and the summary lie inside the curves, apart
        assert rects["curves"].contains(rects[part]), part
    for a, b in (("exact", "bleu"), ("exact", "summary"), ("bleu", "summary")):
        assert not rects[a].intersects(rects[b]), (a, b)


def test_at_1280_by_720_nothing_overlaps_and_the_curves_have_room(view):
    rects = part_rects(view)
    assert_apart(rects, ("summary", "exact", "bleu"))
    for name, rect in rects.items():
        assert view.rect().contains(rect), (name, rect)
    assert rects["curves"].height() >= 350 and rects["curves"].width() >= 600
    assert rects["exact"].width() >= 300 and rects["exact"].height() >= 300
    assert rects["picture"].width() >= 400  # the 64×64 picture at least six times


def test_in_a_small_tab_the_page_scrolls_instead_of_overlapping(qtbot):
    view = CaptionView()
    qtbot.addWidget(view)
    view.resize(605, 380)  # the window's tab at its first size
    view.show()
    long_words = ("a", "small", "red", "circle", "above", "a", "big", "blue", "square",
                  "and", "a", "green", "triangle")
    data = fakes.caption_data()
    long = replace(data.runs[0], words=long_words, text=" ".join(long_words),
                   weights=fakes.attention_maps(len(long_words)))
    view.show_snapshot(fakes.snapshot(replace(data, runs=(long, data.runs[1]))))
    qtbot.waitUntil(lambda: view.splitter.height() > view.height())  # it scrolls
    assert_apart(part_rects(view), ("summary", "exact", "bleu"))


def test_the_arrows_step_words_not_the_windows_step_once_shortcut(qtbot):
    """The window binds → to one training step (a window-wide shortcut); while the view
    has the focus the arrow steps through the words, elsewhere the shortcut still acts."""
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QMainWindow, QPushButton, QSplitter

    window = QMainWindow()
    qtbot.addWidget(window)
    view, elsewhere = CaptionView(), QPushButton("elsewhere")
    split = QSplitter()
    split.addWidget(elsewhere)
    split.addWidget(view)
    window.setCentralWidget(split)
    stepped = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Right), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: stepped.append(True))
    window.resize(1400, 720)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    view.show_snapshot(fakes.snapshot(fakes.caption_data()))
    click_word(qtbot, view, 0, 2)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.word == 3 and not stepped
    elsewhere.setFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_Right)
    assert stepped and view.word == 3
