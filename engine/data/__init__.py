"""Datasets for the playground: 2-D toy sets, a person's own points, CSV files of points,
the bundled handwritten digits (8×8 images), generated shapes (28×28 images, ``shapes``),
a person's MNIST-format files (``idx``) and image folders (``image_folder``), and the
augmentation of image batches (``augment``, numpy; the trainer's twin is in torch).

Pure numpy: the trainer turns the arrays into tensors, the views draw them as they are.
"""

from engine.data.csv_points import MAX_ROWS, load_points_csv, parse_points_csv
from engine.data.dataset import EXTENT, MAX_POINTS, Dataset, dataset_info
from engine.data.errors import DataError, DataFileError
from engine.data.make import make_dataset
from engine.data.points import sample_thumbnail_points
from engine.shared.catalogue import DATASETS, MAX_CLASSES, DatasetInfo

__all__ = [
    "DATASETS",
    "EXTENT",
    "MAX_CLASSES",
    "MAX_POINTS",
    "MAX_ROWS",
    "DataError",
    "DataFileError",
    "Dataset",
    "DatasetInfo",
    "dataset_info",
    "load_points_csv",
    "make_dataset",
    "parse_points_csv",
    "sample_thumbnail_points",
]
