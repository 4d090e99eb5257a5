"""A person's own images in the MNIST (IDX) format: an images file and a labels file.

The format is a header and raw bytes: two zero bytes, a type byte (0x08: unsigned bytes,
the only type read here), the number of dimensions, then each dimension as a big-endian
32-bit count, then the values. Images files have three dimensions (count, height, width;
magic 0x00000803), labels files one (count; magic 0x00000801). Files may be gzipped (as
MNIST is distributed); that is told from the content, not the name.

Everything is checked against the file's real length before any array is made, so a
truncated download, a labels file of another set or a file of some other kind gets a
message naming the file and the fault (DataFileError), never a crash. The files are
data: nothing here evaluates or unpickles anything.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset
from engine.data.errors import DataError, DataFileError
from engine.data.images import resample, shuffled_split
from engine.shared.bounded import FileRefused, open_regular
from engine.shared.catalogue import IMAGE_SIDE, MAX_FILE_CLASSES
from engine.shared.messages import message

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801
#: More images than MNIST's 70,000 would make the playground crawl.
MAX_IMAGES = 70_000
#: Larger images are refused; smaller or larger than 28×28 are resampled to 28×28.
MAX_SIDE = 256
#: Decompressed bytes read at most (a gz file cannot blow up memory).
MAX_BYTES = 256 * 1024 * 1024
#: The IDX value types, as the codes that name them.
_TYPES = {0x08: "idx.type_unsigned_bytes", 0x09: "idx.type_signed_bytes",
          0x0B: "idx.type_int16", 0x0C: "idx.type_int32", 0x0D: "idx.type_float32",
          0x0E: "idx.type_float64"}


def read_idx(path: str | Path, n_dims: int) -> np.ndarray:
    """The uint8 array an IDX file of ``n_dims`` dimensions holds, or a DataFileError."""
    path = Path(path)
    raw = _read_bytes(path)
    name = path.name
    kind = message("idx.kind_images" if n_dims == 3 else "idx.kind_labels")
    if len(raw) < 4:
        raise DataFileError.of("idx.too_short", name=name, size=len(raw))
    if raw[0] != 0 or raw[1] != 0 or raw[2] not in _TYPES:
        raise DataFileError.of("idx.bad_start", name=name, kind=kind, start=raw[:4].hex(" "),
                               dims=n_dims)
    if raw[2] != 0x08:
        raise DataFileError.of("idx.wrong_type", name=name, type=message(_TYPES[raw[2]]))
    if raw[3] != n_dims:
        other = {1: message("idx.other_labels"), 3: message("idx.other_images")}.get(
            raw[3], message("idx.other_dims", dims=raw[3]))
        raise DataFileError.of("idx.wrong_dims", name=name, other=other,
                               magic=int.from_bytes(raw[:4]), kind=kind,
                               expected=0x800 + n_dims)
    header = 4 + 4 * n_dims
    if len(raw) < header:
        raise DataFileError.of("idx.truncated_header", name=name)
    dims = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(n_dims))
    expected = header + math.prod(dims)  # Python ints: no overflow
    if len(raw) < expected:
        raise DataFileError.of("idx.truncated", name=name,
                               shape=" × ".join(f"{d:,}" for d in dims),
                               expected=expected, size=len(raw))
    if len(raw) > expected:
        raise DataFileError.of("idx.extra_bytes", name=name, extra=len(raw) - expected,
                               shape=" × ".join(map(str, dims)))
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped if it is gzipped: a regular file only (never
    /dev/zero or a FIFO), and at most MAX_BYTES of it (a gz file cannot blow up memory)."""
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_BYTES + 1)
            if raw[:2] == b"\x1f\x8b":  # gzip's magic: MNIST is shipped as .gz
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle, mode="rb") as unpacked:
                    raw = unpacked.read(MAX_BYTES + 1)
    except FileRefused as exc:
        raise DataFileError(exc.message) from None
    except FileNotFoundError:
        raise DataFileError.of("idx.not_found", name=path.name,
                               folder=str(path.parent)) from None
    except IsADirectoryError:
        raise DataFileError.of("idx.is_folder", path=str(path)) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise DataFileError.of("idx.cannot_read", name=path.name, problem=str(exc)) from None
    if len(raw) > MAX_BYTES:
        raise DataFileError.of("idx.too_big", name=path.name, mb=MAX_BYTES >> 20)
    return raw


def labels_path(images: str | Path) -> Path:
    """The labels file beside an images file: t10k-images-idx3-ubyte(.gz) ↔
    t10k-labels-idx1-ubyte(.gz), or any name with "images" ↔ "labels"."""
    images = Path(images)
    name = images.name
    if re.search("labels", name, re.IGNORECASE) and not re.search("images", name, re.I):
        raise DataFileError.of("idx.is_labels_file", name=name)
    if not re.search("images", name, re.IGNORECASE):
        raise DataFileError.of("idx.name_without_images", name=name)
    base = re.sub("images", "labels", name, flags=re.IGNORECASE)
    base = re.sub("idx3", "idx1", base, flags=re.IGNORECASE)
    stems = [base, base.removesuffix(".gz"), base + ".gz"] if base.endswith(".gz") else [
        base, base + ".gz"]
    for candidate in dict.fromkeys(stems):
        if (images.parent / candidate).is_file():
            return images.parent / candidate
    raise DataFileError.of("idx.no_labels_file", name=name, expected=stems[0])


def check_classes(labels: np.ndarray, source: str) -> int:
    """Number of classes the labels use (largest + 1), or a DataFileError."""
    if labels.size == 0:
        raise DataFileError.of("idx.no_examples", name=source)
    k = int(labels.max()) + 1
    if k > MAX_FILE_CLASSES:
        raise DataFileError.of("idx.too_many_classes", name=source, top=k - 1,
                               classes=MAX_FILE_CLASSES, last=MAX_FILE_CLASSES - 1)
    if len(np.unique(labels)) < 2:
        raise DataFileError.of("idx.one_class", name=source, label=int(labels[0]))
    return k


@functools.lru_cache(maxsize=2)
def _load_cached(images_file: str, labels_file: str, stamp: tuple) -> tuple[np.ndarray,
                                                                            np.ndarray, int]:
    images = read_idx(images_file, 3)
    labels = read_idx(labels_file, 1)
    name, label_name = Path(images_file).name, Path(labels_file).name
    n, h, w = images.shape
    if len(labels) != n:
        raise DataFileError.of("idx.count_mismatch", labels_name=label_name,
                               labels=len(labels), name=name, images=n)
    if n > MAX_IMAGES:
        raise DataFileError.of("idx.too_many_images", name=name, count=n, limit=MAX_IMAGES)
    if not (1 <= h <= MAX_SIDE and 1 <= w <= MAX_SIDE):
        raise DataFileError.of("idx.images_too_large", name=name, height=h, width=w,
                               side=MAX_SIDE)
    k = check_classes(labels, label_name)
    pixels = images.astype(np.float32) / 255.0
    if (h, w) != (IMAGE_SIDE, IMAGE_SIDE):
        pixels = resample(pixels, IMAGE_SIDE, IMAGE_SIDE)
    pixels.setflags(write=False)
    return pixels, labels.copy(), k


def load_idx(images_file: str | Path) -> tuple[np.ndarray, np.ndarray, int]:
    """(images float32 (n, 28, 28) in [0, 1], labels uint8 (n,), number of classes) of an
    images file and the labels file beside it. Read once per file version."""
    images_file = Path(images_file)
    label_file = labels_path(images_file)
    try:
        stamp = tuple((s.st_mtime_ns, s.st_size) for s in (images_file.stat(),
                                                            label_file.stat()))
    except OSError as exc:
        raise DataFileError.of("idx.cannot_read", name=images_file.name,
                               problem=str(exc)) from None
    return _load_cached(str(images_file.resolve()), str(label_file.resolve()), stamp)


def make_idx_dataset(settings: DataSettings) -> Dataset:
    """The person's IDX images: shuffled by ``seed``, at most ``n_points`` of them, pixel
    noise ``noise``, split by ``train_ratio``."""
    if not settings.path:
        raise DataError.of("idx.no_file")
    images, labels, k = load_idx(settings.path)
    return shuffled_split(images, labels, k, settings)


