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
from engine.shared.catalogue import IMAGE_SIDE, MAX_FILE_CLASSES

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
_TYPES = {0x08: "unsigned bytes", 0x09: "signed bytes", 0x0B: "16-bit integers",
          0x0C: "32-bit integers", 0x0D: "32-bit floats", 0x0E: "64-bit floats"}


def read_idx(path: str | Path, n_dims: int) -> np.ndarray:
    """The uint8 array an IDX file of ``n_dims`` dimensions holds, or a DataFileError."""
    path = Path(path)
    raw = _read_bytes(path)
    kind = "images" if n_dims == 3 else "labels"
    if len(raw) < 4:
        raise DataFileError(f"{path.name} is not an IDX file: it is only {len(raw)} bytes long")
    if raw[0] != 0 or raw[1] != 0 or raw[2] not in _TYPES:
        raise DataFileError(
            f"{path.name} is not an IDX {kind} file: it starts with bytes "
            f"{raw[:4].hex(' ')} instead of 00 00 08 0{n_dims}")
    if raw[2] != 0x08:
        raise DataFileError(f"{path.name} stores {_TYPES[raw[2]]}: only IDX files of "
                            "unsigned bytes (type 0x08, as MNIST) can be read")
    if raw[3] != n_dims:
        other = {1: "a labels file", 3: "an images file"}.get(raw[3], f"{raw[3]}-dimensional")
        raise DataFileError(f"{path.name} is {other} (magic 0x{int.from_bytes(raw[:4]):08X}), "
                            f"expected IDX {kind} (magic 0x{0x800 + n_dims:08X})")
    header = 4 + 4 * n_dims
    if len(raw) < header:
        raise DataFileError(f"{path.name} is truncated: it ends inside its header")
    dims = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(n_dims))
    expected = header + math.prod(dims)  # Python ints: no overflow
    if len(raw) < expected:
        shape = " × ".join(f"{d:,}" for d in dims)
        raise DataFileError(
            f"{path.name} is truncated: its header promises {shape} values "
            f"({expected:,} bytes) but the file holds {len(raw):,} bytes")
    if len(raw) > expected:
        raise DataFileError(f"{path.name} has {len(raw) - expected:,} bytes after the "
                            f"{' × '.join(map(str, dims))} values its header announces")
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if raw[:2] == b"\x1f\x8b":  # gzip's magic: MNIST is shipped as .gz
            with gzip.open(path, "rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DataFileError(f"{path.name} was not found in {path.parent}") from None
    except IsADirectoryError:
        raise DataFileError(f"{path} is a folder, not an IDX file") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise DataFileError(f"{path.name} cannot be read: {exc}") from None
    if len(raw) > MAX_BYTES:
        raise DataFileError(f"{path.name} holds more than {MAX_BYTES >> 20} MB: too much "
                            "for the playground")
    return raw


def labels_path(images: str | Path) -> Path:
    """The labels file beside an images file: t10k-images-idx3-ubyte(.gz) ↔
    t10k-labels-idx1-ubyte(.gz), or any name with "images" ↔ "labels"."""
    images = Path(images)
    name = images.name
    if re.search("labels", name, re.IGNORECASE) and not re.search("images", name, re.I):
        raise DataFileError(f"{name} is a labels file: open the images file beside it "
                            "(the same name with \"images\")")
    if not re.search("images", name, re.IGNORECASE):
        raise DataFileError(f"{name}: the images file's name must contain \"images\" so "
                            "its labels file (same name with \"labels\") can be found")
    base = re.sub("images", "labels", name, flags=re.IGNORECASE)
    base = re.sub("idx3", "idx1", base, flags=re.IGNORECASE)
    stems = [base, base.removesuffix(".gz"), base + ".gz"] if base.endswith(".gz") else [
        base, base + ".gz"]
    for candidate in dict.fromkeys(stems):
        if (images.parent / candidate).is_file():
            return images.parent / candidate
    raise DataFileError(f"no labels file for {name}: expected {stems[0]} in the same folder")


def check_classes(labels: np.ndarray, source: str) -> int:
    """Number of classes the labels use (largest + 1), or a DataFileError."""
    if labels.size == 0:
        raise DataFileError(f"{source} holds no examples")
    k = int(labels.max()) + 1
    if k > MAX_FILE_CLASSES:
        raise DataFileError(f"{source} has labels up to {k - 1}: at most "
                            f"{MAX_FILE_CLASSES} classes (0 to {MAX_FILE_CLASSES - 1}) fit")
    if len(np.unique(labels)) < 2:
        raise DataFileError(f"{source} has only class {int(labels[0])}: "
                            "a classifier needs at least two classes")
    return k


@functools.lru_cache(maxsize=2)
def _load_cached(images_file: str, labels_file: str, stamp: tuple) -> tuple[np.ndarray,
                                                                            np.ndarray, int]:
    images = read_idx(images_file, 3)
    labels = read_idx(labels_file, 1)
    name, label_name = Path(images_file).name, Path(labels_file).name
    n, h, w = images.shape
    if len(labels) != n:
        raise DataFileError(f"{label_name} has {len(labels):,} labels but {name} has "
                            f"{n:,} images: they must be of the same set")
    if n > MAX_IMAGES:
        raise DataFileError(f"{name} holds {n:,} images: at most {MAX_IMAGES:,} fit")
    if not (1 <= h <= MAX_SIDE and 1 <= w <= MAX_SIDE):
        raise DataFileError(f"{name} has images of {h}×{w} pixels: at most "
                            f"{MAX_SIDE}×{MAX_SIDE} (they are resampled to 28×28)")
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
        raise DataFileError(f"{images_file.name} cannot be read: {exc}") from None
    return _load_cached(str(images_file.resolve()), str(label_file.resolve()), stamp)


def make_idx_dataset(settings: DataSettings) -> Dataset:
    """The person's IDX images: shuffled by ``seed``, at most ``n_points`` of them, pixel
    noise ``noise``, split by ``train_ratio``."""
    if not settings.path:
        raise DataError("no IDX file chosen: open an images file (…-images-idx3-ubyte)")
    images, labels, k = load_idx(settings.path)
    return shuffled_split(images, labels, k, settings)


