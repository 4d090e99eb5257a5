"""Every dataset the data panel lists and ``DataSettings.dataset`` may name, in order:
the 2-D point sets of ``toy2d``, then data that are not points (digits, generated shapes,
a person's IDX files or image folder)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.data.toy2d import POINT_DATASETS, DatasetInfo

#: Side of the images of the shapes and of a person's files: MNIST's 28×28.
IMAGE_SIDE = 28
#: Most classes a person's IDX file or image folder may have.
MAX_FILE_CLASSES = 20


@dataclass(frozen=True)
class ImageDatasetInfo(DatasetInfo):
    """Image data: what augmentation may do to them and where their classes come from."""

    #: Horizontal flip as augmentation: None where a mirrored image is not an example of
    #: any class (a mirrored 3 is no digit), else the label each class gets in the mirror
    #: (a mirrored "bar /" is a "bar \\").
    flip_labels: tuple[int, ...] | None = None
    #: True where ``DataSettings.n_classes`` picks how many classes are generated.
    adjustable_classes: bool = False
    #: True where ``DataSettings.path`` names a person's file or folder to read.
    from_path: bool = False

    @property
    def flip_ok(self) -> bool:
        return self.flip_labels is not None


#: Bundled handwritten digits (engine/data/digits.py): 64 pixel values, 10 classes.
DIGITS = ImageDatasetInfo("digits", "Digits (8×8 images)", "classification", 10,
                          n_inputs=64, image_shape=(8, 8))

#: The same digits enlarged to 28×28 (bilinear), for nets made for MNIST (LeNet's 5×5
#: kernels and two poolings do not fit 8×8). The pixels are the digits' own, smoothed.
DIGITS_28 = ImageDatasetInfo("digits-28", "Digits enlarged to 28×28", "classification", 10,
                             n_inputs=IMAGE_SIDE * IMAGE_SIDE, image_shape=(IMAGE_SIDE,) * 2)

#: Generated shapes (engine/data/shapes.py): bars of four orientations, circle, square,
#: triangle, cross. Mirroring swaps the two diagonal bars and keeps every other class.
SHAPES = ImageDatasetInfo("shapes", "Shapes (28×28 images)", "classification", 8,
                          n_inputs=IMAGE_SIDE * IMAGE_SIDE, image_shape=(IMAGE_SIDE,) * 2,
                          flip_labels=(0, 3, 2, 1, 4, 5, 6, 7), adjustable_classes=True)

#: A person's own images keep their class in the mirror if the person says so (clothes,
#: fruit: yes; letters, digits: no): mirroring is offered, off until switched on.
_SAME_CLASS = tuple(range(MAX_FILE_CLASSES))

#: A person's MNIST-format files (engine/data/idx.py), brought to 28×28 pixels.
IDX = ImageDatasetInfo("idx", "Your IDX files (MNIST format)", "classification",
                       MAX_FILE_CLASSES, n_inputs=IMAGE_SIDE * IMAGE_SIDE,
                       image_shape=(IMAGE_SIDE,) * 2, flip_labels=_SAME_CLASS,
                       from_path=True)

#: A person's folder of images, one sub-folder per class (engine/data/image_folder.py).
FOLDER = ImageDatasetInfo("folder", "Your image folder", "classification",
                          MAX_FILE_CLASSES, n_inputs=IMAGE_SIDE * IMAGE_SIDE,
                          image_shape=(IMAGE_SIDE,) * 2, flip_labels=_SAME_CLASS,
                          from_path=True)

#: Every dataset, in gallery order.
DATASETS: dict[str, DatasetInfo] = {
    **POINT_DATASETS,
    **{info.id: info for info in (DIGITS, DIGITS_28, SHAPES, IDX, FOLDER)}}


def flip_labels(dataset_id: str) -> tuple[int, ...] | None:
    """The label map of a horizontal flip, or None where flipping is not allowed."""
    return getattr(DATASETS.get(dataset_id), "flip_labels", None)
