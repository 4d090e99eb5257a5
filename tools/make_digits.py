"""Make resources/data/digits.npz from scikit-learn's bundled copy of the UCI digits.

Run once, by hand (scikit-learn is not needed at run time):

    pip download scikit-learn --no-deps -d /tmp/skl
    python tools/make_digits.py /tmp/skl/scikit_learn-*.whl

The wheel is a zip; ``sklearn/datasets/data/digits.csv.gz`` in it holds 1,797 rows of 64
pixel values (0-16) and the digit as the last column.
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

import numpy as np

MEMBER = "sklearn/datasets/data/digits.csv.gz"
TARGET = Path(__file__).resolve().parent.parent / "resources" / "data" / "digits.npz"


def read_digits(wheel: Path) -> tuple[np.ndarray, np.ndarray]:
    with zipfile.ZipFile(wheel) as archive:
        text = gzip.decompress(archive.read(MEMBER)).decode("ascii")
    table = np.loadtxt(io.StringIO(text), delimiter=",")
    if table.shape != (1797, 65) or not np.all(table == np.round(table)):
        raise SystemExit(f"unexpected table in {wheel.name}: {table.shape}")
    images = table[:, :64].reshape(-1, 8, 8).astype(np.uint8)
    labels = table[:, 64].astype(np.uint8)
    return images, labels


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    images, labels = read_digits(Path(argv[1]))
    np.savez_compressed(TARGET, images=images, labels=labels)
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes): {images.shape} images, "
          f"labels {np.bincount(labels).tolist()}")


if __name__ == "__main__":
    main(sys.argv)
