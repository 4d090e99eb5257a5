"""A person's own images: a folder with one sub-folder per class, e.g. ``cats/`` and
``dogs/``, the sub-folders' names (sorted) being the class names.

Each image (PNG, JPEG, BMP, GIF, WebP, TIFF) is decoded with Pillow, made grey and
resized to 28×28 (stretched: the aspect ratio is not kept), values 0 to 1. Files with
other endings and hidden files are ignored.

Refused with a message naming the folder and the fault (DataFileError): a path that is
no folder, no class sub-folders, an empty class, a single class, too many classes or
files, and *any* image that cannot be decoded: the message lists them. Skipping broken
files silently would train on other data than the person thinks; a clear list lets
them delete or fix the files in a minute.
"""

from __future__ import annotations

import functools
import os
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset
from engine.data.errors import DataError, DataFileError, listing
from engine.shared.bounded import open_regular
from engine.shared.catalogue import IMAGE_SIDE, MAX_FILE_CLASSES
from engine.shared.messages import Message, message, message_of

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif",
                            ".tiff"})
#: More images than this would take minutes to decode and make the playground crawl.
MAX_FILES = 20_000
#: A bigger single file is no thumbnail-sized training image.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Broken files named in a message, the rest counted.
LISTED = 5


def list_classes(folder: str | Path) -> list[tuple[str, list[Path]]]:
    """(class name, sorted image files) per sub-folder, checked; no image decoded yet."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError.of("image_folder.not_a_folder", folder=str(folder))
    try:
        subfolders = sorted(p for p in folder.iterdir()
                            if p.is_dir() and not p.name.startswith("."))
        classes = [(p.name, sorted(f for f in p.iterdir() if _is_image(f)))
                   for p in subfolders]
    except OSError as exc:
        raise DataFileError.of("image_folder.cannot_read", name=folder.name,
                               problem=str(exc)) from None
    if not classes:
        raise DataFileError.of("image_folder.no_subfolders", name=folder.name)
    if len(classes) > MAX_FILE_CLASSES:
        raise DataFileError.of("image_folder.too_many_classes", name=folder.name,
                               count=len(classes), limit=MAX_FILE_CLASSES)
    empty = [name for name, files in classes if not files]
    if empty:
        raise DataFileError.of("image_folder.empty_class", name=folder.name, folder=empty[0],
                               suffixes=", ".join(sorted(IMAGE_SUFFIXES)))
    if len(classes) < 2:
        raise DataFileError.of("image_folder.one_class", name=folder.name,
                               label=classes[0][0])
    total = sum(len(files) for _, files in classes)
    if total > MAX_FILES:
        raise DataFileError.of("image_folder.too_many_files", name=folder.name, count=total,
                               limit=MAX_FILES)
    return classes


def _is_image(path: Path) -> bool:
    return (path.suffix.lower() in IMAGE_SUFFIXES and not path.name.startswith(".")
            and path.is_file())


def decode_image(path: Path) -> np.ndarray:
    """One file as float32 (28, 28) grey values in [0, 1]; raises ValueError (a DataError
    for a file too large, a FileRefused for one that is no regular file) or OSError."""
    from PIL import Image  # only a person's image folder needs Pillow

    # The file listed is opened as a regular file (a device or FIFO put in its place
    # since is refused) and Pillow reads the open file, not the path again.
    with open_regular(path) as handle:
        if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
            raise DataError.of("image_folder.file_too_large", mb=MAX_FILE_BYTES >> 20)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(handle) as image:
                image.draft("L", (IMAGE_SIDE * 2, IMAGE_SIDE * 2))  # JPEG: decode small
                grey = image.convert("L").resize((IMAGE_SIDE, IMAGE_SIDE),
                                                 Image.Resampling.BOX)
    return np.asarray(grey, dtype=np.float32) / 255.0


@functools.lru_cache(maxsize=2)
def _load_cached(folder: str, stamp: tuple) -> tuple[np.ndarray, np.ndarray,
                                                     tuple[str, ...]]:
    from PIL import Image

    classes = list_classes(folder)
    images, labels, broken = [], [], []
    for label, (_, files) in enumerate(classes):
        for path in files:
            try:
                images.append(decode_image(path))
            except (OSError, ValueError, SyntaxError, Image.DecompressionBombError,
                    Image.DecompressionBombWarning) as exc:
                broken.append(message("image_folder.broken_file",
                                      file=f"{path.parent.name}/{path.name}",
                                      problem=_reason(exc)))
                continue
            labels.append(label)
    if broken:
        name, files = Path(folder).name, listing(broken[:LISTED])
        if len(broken) > LISTED:
            raise DataFileError.of("image_folder.broken_more", name=name, count=len(broken),
                                   files=files, more=len(broken) - LISTED)
        raise DataFileError.of("image_folder.broken", name=name, count=len(broken),
                               files=files)
    x = np.stack(images)
    x.setflags(write=False)
    return x, np.asarray(labels, np.uint8), tuple(name for name, _ in classes)


def _reason(exc: BaseException) -> Message | str:
    """Our own refusal as its Message; Pillow's or the system's first line, shortened."""
    own = message_of(exc)
    if own is not None:
        return own
    text = str(exc).split("\n")[0]
    return text if len(text) < 60 else text[:57] + "..."


def load_folder(folder: str | Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """(images float32 (n, 28, 28), labels uint8 (n,), class names) of a folder; decoded
    once per version of its files (names, sizes and times are the key)."""
    classes = list_classes(folder)
    try:
        stamp = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size)
                      for _, files in classes for f in files)
    except OSError as exc:
        raise DataFileError.of("image_folder.cannot_read", name=Path(folder).name,
                               problem=str(exc)) from None
    return _load_cached(str(Path(folder).resolve()), stamp)


def make_folder_dataset(settings: DataSettings) -> Dataset:
    """The person's images: shuffled by ``seed``, at most ``n_points``, pixel noise
    ``noise``, split by ``train_ratio``; the class names travel with the data."""
    from engine.data.images import shuffled_split
    if not settings.path:
        raise DataError.of("image_folder.no_folder")
    images, labels, names = load_folder(settings.path)
    return shuffled_split(images, labels, len(names), settings, names)
