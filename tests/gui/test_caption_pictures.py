"""A person's own picture in the captioning view: opened from a file (RGB, grey or
transparent; refused in place when it is not a picture or too big, losing nothing) or
drawn on the pad, and sent to the probe with its notes shown when it comes back."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from engine.data.scenes import RGB
from gui.views.picture_file import MAX_SIDE, PictureFileError, read_picture
from tests.gui import caption_fakes as fakes


@pytest.fixture
def view(qtbot):
    return fakes.shown_view(qtbot)


def save(tmp_path, name: str, width: int, height: int, grey: bool = False) -> str:
    image = QImage(width, height, QImage.Format.Format_Grayscale8 if grey
                   else QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    path = str(tmp_path / name)
    assert image.save(path)
    return path


def test_a_picture_opened_from_a_file_is_sent_and_its_notes_shown(qtbot, view, tmp_path,
                                                                  monkeypatch):
    path = save(tmp_path, "mine.png", 300, 200)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    qtbot.mouseClick(view.controls.open_button, Qt.MouseButton.LeftButton)
    picture = fakes.last_options(view)["picture"]
    assert picture.shape == (200, 300, 3) and picture.dtype == np.uint8
    assert tuple(picture[0, 0]) == (200, 30, 30)
    assert view.controls.back_button.isEnabled()
    view.show_snapshot(fakes.snapshot(fakes.caption_data(own=True)))
    assert view.notes.isVisible() and "resized from 300×200 to 64×64" in view.notes.text()
    assert view.source.text().startswith("Your picture")
    assert "✓" not in view.words.names[0].text() and "✗" not in view.words.names[1].text()


def test_a_bad_file_is_refused_in_place_and_nothing_is_lost(qtbot, view, tmp_path):
    bad = tmp_path / "holiday.png"
    bad.write_bytes(b"this is not a picture at all")
    sent = len(view.sent)
    assert not view.open_picture_file(str(bad))
    assert view.file_problem.isVisible() and "holiday.png" in view.file_problem.text()
    assert "not a picture" in view.file_problem.text()
    big = save(tmp_path, "poster.png", MAX_SIDE + 76, 20)
    assert not view.open_picture_file(big)
    assert "1100×20" in view.file_problem.text() and "1024" in view.file_problem.text()
    assert len(view.sent) == sent and view.picture is None
    np.testing.assert_array_equal(view.picture_view.picture.image, fakes.scene_picture())
    assert view.open_picture_file(save(tmp_path, "small.png", 64, 64))
    assert not view.file_problem.isVisible()


def test_read_picture_reads_rgb_grey_and_transparent_files(tmp_path):
    for width in (300, 301):  # rows without padding and with (Qt pads them to 4 bytes)
        picture = read_picture(save(tmp_path, f"red{width}.png", width, 5))
        assert picture.shape == (5, width, 3) and picture.flags.owndata  # not Qt's memory
        assert np.all(picture == np.array([200, 30, 30], np.uint8))
    assert read_picture(save(tmp_path, "grey.png", 12, 7, grey=True)).shape == (7, 12)
    clear = QImage(5, 4, QImage.Format.Format_ARGB32)
    clear.fill(QColor(255, 255, 255, 0))
    clear.save(str(tmp_path / "clear.png"))
    np.testing.assert_array_equal(read_picture(tmp_path / "clear.png"), 0)
    with pytest.raises(PictureFileError, match="no such file"):
        read_picture(tmp_path / "nowhere.png")


def test_a_drawn_picture_is_captioned(qtbot, view):
    qtbot.mouseClick(view.controls.draw_button, Qt.MouseButton.LeftButton)
    dialog = view.draw_dialog
    qtbot.waitUntil(dialog.isVisible)
    canvas = dialog.canvas
    qtbot.mouseClick(dialog.colours.button(2), Qt.MouseButton.LeftButton)  # blue
    rect = canvas.canvas_rect().toRect()
    start = rect.topLeft() + QPoint(rect.width() // 4, rect.height() // 2)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(rect.width() // 2, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(rect.width() // 2, 0))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    picture = fakes.last_options(view)["picture"]
    assert picture.shape == (64, 64, 3)
    row = picture[32]
    assert tuple(row[32]) == RGB["blue"] and tuple(row[2]) == (0, 0, 0)  # the scenes' blue
    assert np.all(picture[5] == 0)  # far from the stroke the canvas stays black
