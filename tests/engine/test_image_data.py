"""Image data for ConvNets: generated shapes, a person's IDX files and image folders, and
the augmentation of training batches (torch in the trainer, numpy in the preview)."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest
import torch
from PIL import Image

from engine.data import DATASETS, DataError, DataFileError, make_dataset
from engine.data.augment import (
    affine_matrices,
    augment_images,
    check_augment,
    draw_parameters,
    warp_images,
)
from engine.data.idx import load_idx, read_idx
from engine.data.image_folder import load_folder
from engine.data.shapes import CLASS_NAMES, draw_shapes
from engine.shared import commands as cmd
from engine.shared.experiment import DataSettings, Experiment, NetworkSettings, TrainSettings
from engine.shared.layers.layer import Layer
from engine.trainer.augment import augment_batch, warp_batch
from engine.trainer.run import Trainer
from engine.trainer.session import TrainingSession

torch.set_num_threads(1)

CONVNET = (Layer.make("conv2d", out_channels=8, kernel=3), Layer.make("relu"),
           Layer.make("maxpool2d", kernel=2), Layer.make("flatten"))


def shapes(**changes) -> DataSettings:
    return DataSettings(**{"dataset": "shapes", "n_points": 800, "n_classes": 8, **changes})


def moments(image: np.ndarray) -> tuple[float, float, float, float, float]:
    """Centre of mass (x to the right, y upwards) and second moments of an image."""
    h, w = image.shape
    rows, cols = np.mgrid[0:h, 0:w]
    x, y = cols + 0.5, h - (rows + 0.5)
    m = image.sum()
    cx, cy = (image * x).sum() / m, (image * y).sum() / m
    vxx = (image * (x - cx) ** 2).sum() / m
    vyy = (image * (y - cy) ** 2).sum() / m
    vxy = (image * (x - cx) * (y - cy)).sum() / m
    return cx, cy, vxx, vyy, vxy


# -- shapes ---------------------------------------------------------------------------------

def test_shapes_are_registered_as_28_by_28_images_that_may_be_mirrored():
    info = DATASETS["shapes"]
    assert (info.image_shape, info.n_inputs, info.max_classes) == ((28, 28), 784, 8)
    assert info.flip_ok and not DATASETS["digits"].flip_ok
    assert DATASETS["idx"].from_path and DATASETS["folder"].from_path
    assert DATASETS["folder"].flip_labels[:3] == (0, 1, 2)  # a person's call: same class


def test_shapes_are_deterministic_per_seed_and_hold_every_class():
    a, b = make_dataset(shapes()), make_dataset(shapes())
    np.testing.assert_array_equal(a.x_train, b.x_train)
    np.testing.assert_array_equal(a.y_test, b.y_test)
    c = make_dataset(shapes(seed=1))
    assert not np.array_equal(a.x_train, c.x_train)
    for k in (2, 5, 8):
        d = make_dataset(shapes(n_classes=k))
        assert d.n_classes == k and d.class_names == CLASS_NAMES[:k]
        assert set(np.unique(d.y_train)) == set(range(k)) == set(np.unique(d.y_test))
        counts = np.bincount(np.concatenate([d.y_train, d.y_test]).astype(int))
        assert counts.max() - counts.min() <= 1  # equally many of each class
    assert d.x_train.shape == (400, 784) and d.image_shape == (28, 28)
    assert d.x_train.min() >= 0.0 and d.x_train.max() <= 1.0
    with pytest.raises(DataError, match="choose 2 to 8"):
        make_dataset(shapes(n_classes=9))


def test_shapes_are_anti_aliased_strokes_on_black():
    images = draw_shapes(np.arange(8), np.random.default_rng(3), 0.0)
    for image in images:
        assert image.max() > 0.95 and image[0, 0] == 0.0  # a full stroke, a clear margin
        grey = ((image > 0.05) & (image < 0.95)).sum()
        assert grey >= 0.2 * (image >= 0.95).sum()  # soft edges, not staircases
        assert 20 < (image > 0.5).sum() < 300


def test_bars_point_the_way_their_class_names_say():
    images = draw_shapes(np.array([0, 1, 2, 3]), np.random.default_rng(0), 0.0)
    _, _, vxx, vyy, vxy = zip(*(moments(im) for im in images))
    assert vxx[0] > 5 * vyy[0]  # bar —
    assert vxy[1] > 0.3 * vxx[1]  # bar /: up to the right
    assert vyy[2] > 5 * vxx[2]  # bar |
    assert vxy[3] < -0.3 * vxx[3]  # bar \


def test_noise_makes_shapes_harder():
    clean = draw_shapes(np.zeros(50, int) + 4, np.random.default_rng(0), 0.0)
    noisy = draw_shapes(np.zeros(50, int) + 4, np.random.default_rng(0), 0.4)
    assert (clean == 0).mean() > 0.6 and (noisy == 0).mean() < 0.5
    assert noisy.min() >= 0.0 and noisy.max() <= 1.0


def test_a_small_convnet_learns_the_shapes():
    experiment = Experiment(
        shapes(n_points=2000, train_ratio=0.75), NetworkSettings(layers=CONVNET),
        TrainSettings(optimizer="adam", learning_rate=0.01, batch_size=32))
    session = TrainingSession(experiment)
    assert tuple(session.x_train.shape) == (1500, 1, 28, 28)
    for _ in range(150):
        session.step()
    _, _, _, test_accuracy = session.measure()
    assert test_accuracy >= 0.9


# -- IDX files -----------------------------------------------------------------------------

def idx_bytes(array: np.ndarray, type_code: int = 0x08) -> bytes:
    header = struct.pack(">BBBB", 0, 0, type_code, array.ndim)
    header += b"".join(struct.pack(">I", d) for d in array.shape)
    return header + np.ascontiguousarray(array).astype(np.uint8).tobytes()


def write_pair(folder, images, labels, gz=False, prefix="t10k"):
    end = ".gz" if gz else ""
    opener = gzip.open if gz else open
    image_file = folder / f"{prefix}-images-idx3-ubyte{end}"
    with opener(image_file, "wb") as f:
        f.write(idx_bytes(images))
    with opener(folder / f"{prefix}-labels-idx1-ubyte{end}", "wb") as f:
        f.write(idx_bytes(labels))
    return image_file


def some_images(n=60, side=28, k=3, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.integers(0, 256, (n, side, side), dtype=np.uint8),
            (np.arange(n) % k).astype(np.uint8))


@pytest.mark.parametrize("gz", [False, True])
def test_idx_files_round_trip(tmp_path, gz):
    images, labels = some_images()
    path = write_pair(tmp_path, images, labels, gz=gz)
    x, y, k = load_idx(path)
    np.testing.assert_array_equal(x, images / np.float32(255))
    np.testing.assert_array_equal(y, labels)
    assert k == 3
    d = make_dataset(DataSettings(dataset="idx", path=str(path), n_points=1000))
    assert d.n_classes == 3 and len(d.x_train) + len(d.x_test) == 60
    # Every example is one of the file's images, with its own label.
    lookup = {(images[i] / np.float32(255)).tobytes(): labels[i] for i in range(60)}
    for row, label in zip(d.x_train, d.y_train):
        assert lookup[row.tobytes()] == label


def test_idx_images_of_another_size_become_28_by_28(tmp_path):
    images = np.zeros((4, 14, 14), np.uint8)
    images[:, :, :7] = 255  # left half white
    path = write_pair(tmp_path, images, np.array([0, 1, 0, 1], np.uint8))
    x, _, _ = load_idx(path)
    assert x.shape == (4, 28, 28)
    np.testing.assert_allclose(x[:, :, :13], 1.0, atol=1e-6)
    np.testing.assert_allclose(x[:, :, 15:], 0.0, atol=1e-6)
    np.testing.assert_allclose(x.mean(), 0.5, atol=1e-6)


def corrupt(tmp_path, name, content):
    (tmp_path / name).write_bytes(content)


@pytest.mark.parametrize("fault, expected", [
    ("magic", "not an IDX images file"),
    ("swapped", "is a labels file"),
    ("floats", "32-bit floats"),
    ("truncated", "truncated"),
    ("header", "truncated"),
    ("extra", "bytes after"),
    ("count", "has 59 labels but"),
    ("classes", "labels up to 24"),
    ("one-class", "only class 2"),
    ("no-labels", "no labels file"),
    ("bad-gz", "cannot be read"),
    ("empty", "only 0 bytes"),
])
def test_corrupt_idx_files_are_refused_with_the_file_and_the_fault(tmp_path, fault, expected):
    images, labels = some_images()
    path = write_pair(tmp_path, images, labels, prefix=fault)
    label_path = tmp_path / f"{fault}-labels-idx1-ubyte"
    good = idx_bytes(images)
    if fault == "magic":
        corrupt(tmp_path, path.name, b"PK\x03\x04" + good[4:])
    elif fault == "swapped":
        corrupt(tmp_path, path.name, idx_bytes(labels))
    elif fault == "floats":
        corrupt(tmp_path, path.name, idx_bytes(images, 0x0D))
    elif fault == "truncated":
        corrupt(tmp_path, path.name, good[:-100])
    elif fault == "header":
        corrupt(tmp_path, path.name, good[:9])
    elif fault == "extra":
        corrupt(tmp_path, path.name, good + b"\0" * 7)
    elif fault == "count":
        corrupt(tmp_path, label_path.name, idx_bytes(labels[:59]))
    elif fault == "classes":
        corrupt(tmp_path, label_path.name, idx_bytes((np.arange(60) % 25).astype(np.uint8)))
    elif fault == "one-class":
        corrupt(tmp_path, label_path.name, idx_bytes(np.full(60, 2, np.uint8)))
    elif fault == "no-labels":
        label_path.unlink()
    elif fault == "bad-gz":
        corrupt(tmp_path, path.name, gzip.compress(good)[:-40])
    elif fault == "empty":
        corrupt(tmp_path, path.name, b"")
    with pytest.raises(DataFileError, match=expected) as caught:
        make_dataset(DataSettings(dataset="idx", path=str(path)))
    assert f"{fault}-" in str(caught.value)  # names the file at fault


def test_idx_needs_a_file_and_the_images_not_the_labels(tmp_path):
    with pytest.raises(DataError, match="no IDX file chosen"):
        make_dataset(DataSettings(dataset="idx"))
    images, labels = some_images()
    write_pair(tmp_path, images, labels)
    with pytest.raises(DataFileError, match="open the images file"):
        make_dataset(DataSettings(dataset="idx",
                                  path=str(tmp_path / "t10k-labels-idx1-ubyte")))
    with pytest.raises(DataFileError, match="was not found"):
        read_idx(tmp_path / "nothing-images", 3)


# -- image folders -------------------------------------------------------------------------

def write_folder(root, classes=("circle", "cross", "square"), per_class=4):
    for k, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            grey = 40 * k + i
            size = (28, 28) if i % 2 == 0 else (40, 30)  # other sizes are resized
            mode = "L" if i % 2 == 0 else "RGB"
            Image.new(mode, size, grey if mode == "L" else (grey,) * 3).save(
                root / name / f"{i}.png")
    (root / "circle" / "notes.txt").write_text("not an image, ignored")
    return root


def test_image_folder_round_trip(tmp_path):
    root = write_folder(tmp_path / "pics")
    x, y, names = load_folder(root)
    assert names == ("circle", "cross", "square")
    assert x.shape == (12, 28, 28) and list(np.bincount(y)) == [4, 4, 4]
    for image, label, i in zip(x, y, list(range(4)) * 3):
        np.testing.assert_allclose(image, (40 * label + i) / 255, atol=1e-6)
    d = make_dataset(DataSettings(dataset="folder", path=str(root), n_points=100,
                                  train_ratio=0.5))
    assert d.class_names == names and d.n_classes == 3 and d.x_train.shape == (6, 784)
    grey_of = np.round(d.x_train.reshape(6, -1)[:, 0] * 255)
    np.testing.assert_array_equal(grey_of // 40, d.y_train)  # labels follow the folders


def test_broken_folders_are_refused_naming_what_to_fix(tmp_path):
    root = write_folder(tmp_path / "a")
    (root / "cross" / "2.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(DataFileError, match=r"cross/2\.png"):
        load_folder(root)
    root = write_folder(tmp_path / "b")
    (root / "empty").mkdir()
    with pytest.raises(DataFileError, match="'empty' holds no images"):
        load_folder(root)
    with pytest.raises(DataFileError, match="only the class 'circle'"):
        load_folder(write_folder(tmp_path / "c", classes=("circle",)))
    (tmp_path / "d").mkdir()
    with pytest.raises(DataFileError, match="no sub-folders"):
        load_folder(tmp_path / "d")
    with pytest.raises(DataFileError, match="is not a folder"):
        make_dataset(DataSettings(dataset="folder", path=str(root / "circle" / "0.png")))


# -- augmentation --------------------------------------------------------------------------

def blob(h=28, w=28, row=10, col=12, r=3.0) -> np.ndarray:
    rows, cols = np.mgrid[0:h, 0:w]
    return np.clip(r - np.hypot(rows - row, cols - col), 0, 1).astype(np.float32)


def params(n, angle=0.0, dx=0, dy=0, flip=False, noise=0.0):
    return {"flip": np.full(n, flip), "angle": np.full(n, angle), "dx": np.full(n, dx),
            "dy": np.full(n, dy), "noise": np.full(n, noise)}


def test_a_shift_moves_the_mass_by_whole_pixels_in_numpy_and_torch():
    image = blob()[None]
    theta = affine_matrices(np.zeros(1), np.array([3]), np.array([-2]), 28, 28)
    moved = warp_images(image, theta)
    np.testing.assert_allclose(moved[0, 8:13, 13:18], image[0, 10:15, 10:15], atol=1e-6)
    cx, cy, *_ = moments(image[0])
    mx, my, *_ = moments(moved[0])
    assert (mx - cx, my - cy) == pytest.approx((3.0, 2.0), abs=1e-4)  # right 3, up 2
    torch_moved = warp_batch(torch.tensor(image[:, None]), theta)[:, 0].numpy()
    np.testing.assert_allclose(torch_moved, moved, atol=1e-5)


def test_rotation_turns_a_bar_and_keeps_its_mass_in_numpy_and_torch():
    bar = draw_shapes(np.array([0]), np.random.default_rng(0), 0.0)  # horizontal
    rng = np.random.default_rng(1)
    angles = rng.uniform(-0.6, 0.6, 6)
    theta = affine_matrices(angles, rng.integers(-3, 4, 6), rng.integers(-3, 4, 6), 28, 28)
    images = np.repeat(bar, 6, axis=0)
    turned = warp_images(images, theta)
    torch_turned = warp_batch(torch.tensor(images[:, None]), theta)[:, 0].numpy()
    np.testing.assert_allclose(torch_turned, turned, atol=1e-5)
    np.testing.assert_allclose(turned.sum(axis=(1, 2)), bar.sum(), rtol=0.06)
    upright = warp_images(bar, affine_matrices(np.array([np.pi / 2]), np.zeros(1),
                                               np.zeros(1), 28, 28))
    _, _, vxx, vyy, _ = moments(upright[0])
    assert vyy > 5 * vxx  # a quarter turn makes "bar —" a "bar |"


def test_flip_mirrors_only_where_the_data_allow_it_and_relabels_diagonals():
    labels = np.array([0, 1, 2, 3, 4, 5, 6, 7] * 8)
    images = draw_shapes(labels, np.random.default_rng(0), 0.0)
    x = torch.tensor(images.reshape(64, -1))
    y = torch.tensor(labels, dtype=torch.float32)
    noise = torch.Generator().manual_seed(0)
    flip_map = DATASETS["shapes"].flip_labels
    fx, fy = augment_batch(x, y, ("flip",), 1.0, (28, 28), flip_map, 8,
                           np.random.default_rng(0), noise)
    flipped = (fx != x).any(dim=1).numpy()
    assert 10 < flipped.sum() < 54
    for i in np.flatnonzero(flipped):
        np.testing.assert_array_equal(fx[i].numpy().reshape(28, 28), images[i][:, ::-1])
        _, _, _, _, vxy = moments(fx[i].numpy().reshape(28, 28))
        if fy[i] in (1, 3):  # the mirror of "bar /" is labelled "bar \", and back
            assert (vxy > 0) == (fy[i] == 1)
    assert {(int(a), int(b)) for a, b in zip(y, fy)} <= {(k, k) for k in range(8)} | {
        (1, 3), (3, 1)}
    # With two classes there is no "bar \" to become: a "bar /" stays as it is.
    two = labels < 2
    fx2, fy2 = augment_batch(x[two], y[two], ("flip",), 1.0, (28, 28), flip_map, 2,
                             np.random.default_rng(0), noise)
    assert torch.equal(fy2, y[two])
    assert torch.equal(fx2[y[two] == 1], x[two][y[two] == 1])
    # Digits are never mirrored: a flip-only augmentation leaves them unchanged.
    dx, dy = augment_batch(x, y, ("flip",), 1.0, (28, 28), None, 8,
                           np.random.default_rng(0), noise)
    assert torch.equal(dx, x) and torch.equal(dy, y)


def test_torch_and_numpy_augmentation_agree_in_distribution():
    images = draw_shapes(np.arange(400) % 8, np.random.default_rng(0), 0.0)
    names = ("rotate", "shift", "noise")
    ours = augment_images(images, names, 0.8, np.random.default_rng(1))
    x = torch.tensor(images.reshape(400, 1, 28, 28))
    theirs, _ = augment_batch(x, torch.zeros(400), names, 0.8, (28, 28), None, 8,
                              np.random.default_rng(2), torch.Generator().manual_seed(2))
    theirs = theirs[:, 0].numpy()
    assert ours.shape == theirs.shape == images.shape and theirs.dtype == np.float32
    for stat in (np.mean, np.std, lambda a: (a > 0.5).mean(), lambda a: (a == 0).mean()):
        assert stat(ours) == pytest.approx(stat(theirs), rel=0.05)
    # The noise is about MAX_NOISE * strength: background pixels spread by it.
    p = draw_parameters(5, 28, names, 0.8, np.random.default_rng(0))
    assert set(p) == {"flip", "angle", "dx", "dy", "noise"} and not p["flip"].any()
    assert np.abs(p["dx"]).max() <= 3 and np.abs(p["angle"]).max() <= np.radians(16)


def test_augmentation_settings_are_checked():
    assert check_augment(("shift", "noise"), 0.3) == (("shift", "noise"), 0.3)
    with pytest.raises(DataError, match="unknown augmentation 'blur'"):
        make_dataset(shapes(augment=("blur",)))
    with pytest.raises(DataError, match="between 0 and 1"):
        make_dataset(shapes(augment=("shift",), augment_strength=2.0))


def test_training_with_augmentation_repeats_and_leaves_the_data_alone():
    def run():
        experiment = Experiment(
            shapes(n_points=300, augment=("flip", "rotate", "shift", "noise")),
            NetworkSettings(layers=CONVNET), TrainSettings(optimizer="adam", batch_size=16))
        session = TrainingSession(experiment)
        before = session.x_train.clone()
        for _ in range(5):
            session.step()
        assert torch.equal(session.x_train, before)
        return [p.detach().clone() for p in session.model.parameters()]

    first, second = run(), run()
    assert all(torch.equal(a, b) for a, b in zip(first, second))


def test_a_bad_file_leaves_the_previous_data_training(tmp_path):
    trainer = Trainer(Experiment(shapes(n_points=200), NetworkSettings(layers=CONVNET)))
    before = trainer.session.x_train.clone()
    (tmp_path / "bad-images-idx3-ubyte").write_bytes(b"\0\0\x08\x03" + b"\0" * 5)
    (tmp_path / "bad-labels-idx1-ubyte").write_bytes(idx_bytes(np.arange(3, dtype=np.uint8)))
    bad = trainer.session.experiment.with_data(
        dataset="idx", path=str(tmp_path / "bad-images-idx3-ubyte"))
    with pytest.raises(DataFileError, match="bad-images-idx3-ubyte is truncated"):
        trainer.apply(cmd.SetExperiment(bad))
    assert torch.equal(trainer.session.x_train, before)
    assert trainer.step() and trainer.session.dataset.class_names == CLASS_NAMES


def test_a_refused_file_leaves_the_experiment_in_force(tmp_path):
    trainer = Trainer(Experiment(shapes(n_points=200)))
    good = trainer.session.experiment
    bad = good.with_data(dataset="idx", path=str(tmp_path / "gone-images-idx3-ubyte"))
    with pytest.raises(DataFileError):
        trainer.apply(cmd.SetExperiment(bad))
    assert trainer.session.experiment == good  # the snapshot shows what trains


def test_image_settings_travel_in_experiment_files():
    experiment = Experiment(DataSettings(dataset="folder", path="/data/fruit",
                                         augment=("flip", "shift"), augment_strength=0.3))
    again = Experiment.from_dict(experiment.to_dict())
    assert again == experiment and again.data.augment == ("flip", "shift")
    assert Experiment.from_dict({"data": {"dataset": "shapes", "n_classes": 4}}).n_inputs == 784
