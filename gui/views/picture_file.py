"""A person's picture from a file, for the captioner: read with Qt (PNG, JPEG, BMP, GIF
and whatever image plug-ins Qt has), as numpy uint8, RGB (H, W, 3) or grey (H, W).

The size is read from the file's header before its pixels are decoded, so a huge file is
refused without filling the memory. Transparent pixels are laid over black, the scenes'
background. Each sentence is a literal translate() call under the context "PictureFile",
so pyside6-lupdate finds it. The engine resizes the picture to what the encoder reads and says so.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

#: The longest side a picture may have, in pixels.
MAX_SIDE = 1024
#: What the file dialog offers.
SUFFIXES = ("png", "jpg", "jpeg", "bmp", "gif", "webp", "ppm", "pgm")


class PictureFileError(ValueError):
    """A picture that cannot be used; ``str()`` is the sentence a person reads."""


def read_picture(path: str | Path) -> np.ndarray:
    """The picture in ``path``: (H, W, 3) uint8 RGB, or (H, W) uint8 for a grey one.
    Raises PictureFileError saying what is wrong (no such file, not a picture, too big)."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise PictureFileError(QCoreApplication.translate(
            "PictureFile", "{0} cannot be opened: there is no such file").format(name))
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not reader.canRead():
        raise PictureFileError(QCoreApplication.translate(
            "PictureFile", "{0} is not a picture Qt can read: {1}").format(
                name, reader.errorString()))
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        raise _too_large(name, size.width(), size.height())
    image = reader.read()
    if image.isNull():
        raise PictureFileError(QCoreApplication.translate(
            "PictureFile", "{0} cannot be read as a picture: {1}").format(
                name, reader.errorString()))
    if max(image.width(), image.height()) > MAX_SIDE:  # a header that lied about its size
        raise _too_large(name, image.width(), image.height())
    return image_to_array(image)


def _too_large(name: str, width: int, height: int) -> PictureFileError:
    return PictureFileError(QCoreApplication.translate(
        "PictureFile", "{0} is {1}×{2} pixels: pictures up to {3} pixels a side can be "
                       "captioned; make it smaller first").format(name, width, height, MAX_SIDE))


def image_to_array(image: QImage) -> np.ndarray:
    """A QImage as (H, W) uint8 when it is grey and opaque, else (H, W, 3) uint8 RGB with
    transparency laid over black."""
    if image.isGrayscale() and not image.hasAlphaChannel():
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return _pixels(grey, 1)[:, :, 0]
    rgb = QImage(image.width(), image.height(), QImage.Format.Format_RGB888)
    rgb.fill(Qt.GlobalColor.black)
    painter = QPainter(rgb)
    painter.drawImage(0, 0, image)
    painter.end()
    return _pixels(rgb, 3)


def _pixels(image: QImage, channels: int) -> np.ndarray:
    """The pixels of a packed 8-bit QImage, copied (its rows are padded to 4 bytes)."""
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=h * stride).reshape(h, stride)
    # A copy always: without padding the slice is the QImage's own memory, freed with it.
    return rows[:, :w * channels].reshape(h, w, channels).copy()


def file_filter() -> str:
    """The file dialog's filter: pictures first, then every file."""
    patterns = " ".join(f"*.{s}" for s in SUFFIXES)
    return QCoreApplication.translate("PictureFile", "Pictures ({0});;All files (*)").format(
        patterns)
