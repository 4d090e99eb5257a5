"""engine.data: toy datasets checked against the rules that define them, and the CSV reader
checked for each refusal and the line it names."""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest

from engine.data import (
    DATASETS,
    DataError,
    DataFileError,
    Dataset,
    load_points_csv,
    make_dataset,
    parse_points_csv,
    sample_thumbnail_points,
)
from engine.shared.experiment import DataSettings

# The 2-D point sets; the digits (images) are checked in test_digits.py.
GENERATED = [k for k in DATASETS if k != "custom" and DATASETS[k].points_2d]
CLASSIFICATION = [k for k in GENERATED if DATASETS[k].problem == "classification"]


def data(**changes) -> Dataset:
    return make_dataset(DataSettings(**changes))


def all_points(d: Dataset) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate([d.x_train, d.x_test]), np.concatenate([d.y_train, d.y_test])


def linearly_separable(x: np.ndarray, y: np.ndarray, directions: int = 3600) -> bool:
    """Brute force over line directions: some projection puts one class wholly before the
    other. Fine enough for sets separated (or not) by a clear margin."""
    angles = np.linspace(0.0, np.pi, directions, endpoint=False)
    proj = x.astype(np.float64) @ np.stack([np.cos(angles), np.sin(angles)])
    a, b = proj[y == 0], proj[y == 1]
    return bool(np.any((a.max(0) < b.min(0)) | (b.max(0) < a.min(0))))


# -- the table of datasets ------------------------------------------------------------------

def test_dataset_table_order_and_kinds():
    assert list(DATASETS) == ["circle", "xor", "gaussians", "spiral", "moons", "checkerboard",
                              "two-curves", "plane", "multi-gaussian", "custom", "digits",
                              "digits-28", "shapes", "idx", "folder", "parens", "recall",
                              "adding", "sines", "grammar", "text", "words", "word-text",
                              "translation", "scenes"]
    for key, info in DATASETS.items():
        assert info.id == key and info.title
        if info.problem == "regression":
            assert info.max_classes == 1
        else:
            assert info.problem == "classification" and info.max_classes >= 2
    regression = {k for k in DATASETS if DATASETS[k].problem == "regression"}
    assert regression == {"plane", "multi-gaussian", "adding", "sines"}
    assert DATASETS["spiral"].max_classes == DATASETS["gaussians"].max_classes == 5
    assert DATASETS["checkerboard"].max_classes == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        DATASETS["circle"].title = "x"


# -- every dataset --------------------------------------------------------------------------

@pytest.mark.parametrize("noise", [0.0, 0.5, 1.0])
@pytest.mark.parametrize("key", GENERATED)
def test_arrays_are_valid_for_every_dataset_and_noise(key, noise):
    d = data(dataset=key, noise=noise, n_points=300, n_classes=3)
    assert d.x_train.shape == (150, 2) and d.x_test.shape == (150, 2)
    assert d.y_train.shape == (150,) and d.y_test.shape == (150,)
    for a in (d.x_train, d.y_train, d.x_test, d.y_test):
        assert a.dtype == np.float32 and a.flags.c_contiguous and not a.flags.writeable
        assert np.isfinite(a).all()
    x, y = all_points(d)
    assert np.abs(x).max() <= d.extent == 6.0
    assert d.problem == DATASETS[key].problem
    if d.problem == "regression":
        assert d.n_classes == 1 and np.abs(y).max() <= 1.0
    else:
        assert set(np.unique(y)) == set(range(d.n_classes))


@pytest.mark.parametrize("key", GENERATED)
def test_same_settings_same_points_other_seed_other_points(key):
    a, b = data(dataset=key, seed=3, noise=0.2), data(dataset=key, seed=3, noise=0.2)
    for name in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    c = data(dataset=key, seed=4, noise=0.2)
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("n, ratio, n_train", [(101, 0.3, 30), (500, 0.5, 250), (10, 0.9, 9),
                                               (2, 0.01, 1), (2, 0.99, 1)])
def test_split_follows_the_ratio_and_leaves_both_sides_non_empty(n, ratio, n_train):
    d = data(dataset="moons", n_points=n, train_ratio=ratio)
    assert len(d.x_train) == len(d.y_train) == n_train
    assert len(d.x_test) == len(d.y_test) == n - n_train


def test_split_is_shuffled_not_cut_class_by_class():
    d = data(dataset="spiral", n_points=400, n_classes=4)
    assert set(np.unique(d.y_train)) == set(np.unique(d.y_test)) == {0, 1, 2, 3}


@pytest.mark.parametrize("key", CLASSIFICATION)
def test_classes_are_balanced(key):
    k = DATASETS[key].max_classes
    _, y = all_points(data(dataset=key, n_points=1000, n_classes=k))
    counts = np.bincount(y.astype(int), minlength=k)
    assert counts.min() >= 0.85 * 1000 / k, counts


def test_xor_label_is_the_sign_of_the_product():
    x, y = all_points(data(dataset="xor", n_points=1000))
    np.testing.assert_array_equal(y == 1, x[:, 0] * x[:, 1] > 0)
    assert np.abs(x).min() >= 0.29  # kept off the axes, so quadrants are unambiguous


def test_circle_inside_is_class_1_outside_class_0_with_a_gap():
    x, y = all_points(data(dataset="circle", n_points=1000))
    r = np.hypot(x[:, 0], x[:, 1])
    assert r[y == 1].max() <= 2.5 + 1e-5 and r[y == 0].min() >= 3.5 - 1e-5
    assert r.max() <= 5.0 + 1e-5


def test_checkerboard_is_4x4_cells_of_alternating_class():
    x, y = all_points(data(dataset="checkerboard", n_points=2000))
    cell = np.floor(x / 3.0).astype(int)  # -2..1 on each axis
    assert set(map(tuple, cell)) == {(i, j) for i in range(-2, 2) for j in range(-2, 2)}
    np.testing.assert_array_equal(y, (cell[:, 0] + cell[:, 1]) % 2)


def test_two_curves_no_straight_line_separates_them():
    x, y = all_points(data(dataset="two-curves", n_points=600))
    assert not linearly_separable(x, y)
    # ... while the brute force does find a line where there is one (it can say yes).
    assert linearly_separable(*all_points(data(dataset="gaussians", n_points=600)))
    # and they are two curves: within a class x2 is a function of x1 with a bounded slope,
    # and class 0 runs above class 1 all along.
    curves = []
    for label in (0, 1):
        pts = x[y == label]
        pts = pts[np.argsort(pts[:, 0])]
        assert (np.abs(np.diff(pts[:, 1])) <= 2.3 * np.diff(pts[:, 0]) + 1e-4).all()
        curves.append(pts)
    above = curves[0][:, 1] - np.interp(curves[0][:, 0], curves[1][:, 0], curves[1][:, 1])
    assert above.min() > 1.5


def test_plane_value_is_the_scaled_sum_of_coordinates():
    x, y = all_points(data(dataset="plane", n_points=400))
    np.testing.assert_allclose(y, (x[:, 0] + x[:, 1]) / 12.0, atol=1e-6)


def test_multi_gaussian_matches_a_point_by_point_reference():
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    x, y = all_points(data(dataset="multi-gaussian", n_points=300))
    for (x1, x2), value in zip(x.tolist(), y.tolist(), strict=True):
        heights = [s * max(0.0, 1.0 - ((x1 - cx) ** 2 + (x2 - cy) ** 2) ** 0.5 / 2)
                   for cx, cy, s in bumps]
        assert value == pytest.approx(max(heights, key=abs), abs=1e-5)
    assert y.min() < -0.5 and y.max() > 0.5


@pytest.mark.parametrize("key, clean_rule", [
    ("circle", lambda x, y: (np.hypot(x[:, 0], x[:, 1]) < 3.0) == (y == 1)),
    ("xor", lambda x, y: (x[:, 0] * x[:, 1] > 0) == (y == 1)),
    ("checkerboard", lambda x, y: np.floor(x / 3).sum(1) % 2 == y),
    ("plane", lambda x, y: np.abs(y - x.sum(1) / 12) < 0.2),
    ("spiral", lambda x, y: np.abs(np.angle(np.exp(1j * (
        np.arctan2(x[:, 0], x[:, 1]) - 1.75 * 2 * np.pi * np.hypot(x[:, 0], x[:, 1]) / 5
        - np.pi * y)))) < 0.3),
    ("two-curves", lambda x, y: np.abs(x[:, 1] - 2.5 * np.sin(0.9 * x[:, 0])
                                       - np.where(y == 0, 1, -1)) < 0.3),
])
def test_noise_half_breaks_the_clean_rule_for_many_points(key, clean_rule):
    x, y = all_points(data(dataset=key, n_points=1000, noise=0.0))
    assert clean_rule(x, y).all()
    x, y = all_points(data(dataset=key, n_points=1000, noise=0.5))
    assert 0.1 < 1 - clean_rule(x, y).mean() < 0.9


# -- classes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", GENERATED)
def test_noise_changes_every_dataset(key):
    a, b = all_points(data(dataset=key, noise=0.0)), all_points(data(dataset=key, noise=0.3))
    assert not (np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]))


def test_gaussian_blobs_are_apart_for_every_number_of_classes():
    for k in range(2, 6):
        x, y = all_points(data(dataset="gaussians", n_classes=k, n_points=1000))
        means = np.array([x[y == c].mean(0) for c in range(k)])
        gaps = np.linalg.norm(means[:, None] - means[None], axis=2) + 99 * np.eye(k)
        assert gaps.min() > 3.5, (k, gaps.min())


@pytest.mark.parametrize("key, asked, got", [("spiral", 3, 3), ("gaussians", 5, 5),
                                             ("spiral", 8, 5), ("circle", 3, 2),
                                             ("checkerboard", 4, 2)])
def test_n_classes_is_used_where_supported_and_clamped(key, asked, got):
    d = data(dataset=key, n_classes=asked, n_points=400)
    assert d.n_classes == got
    assert set(np.unique(all_points(d)[1])) == set(range(got))


def test_spiral_arms_are_rotations_of_each_other():
    x, y = all_points(data(dataset="spiral", n_classes=3, n_points=900))
    r, angle = np.hypot(x[:, 0], x[:, 1]), np.arctan2(x[:, 0], x[:, 1])
    # On arm j the angle is 1.75 * 2 pi * r / 5 + 2 pi j / 3 (mod 2 pi).
    off = np.angle(np.exp(1j * (angle - 1.75 * 2 * np.pi * r / 5 - 2 * np.pi * y / 3)))
    assert np.abs(off).max() < 1e-3


@pytest.mark.parametrize("k", [1, 0, -3])
def test_fewer_than_two_classes_is_an_error_for_classification(k):
    with pytest.raises(DataError, match="at least 2"):
        data(dataset="spiral", n_classes=k)
    assert data(dataset="plane", n_classes=k).n_classes == 1  # regression ignores it


# -- settings that cannot be used ----------------------------------------------------------

def test_unknown_dataset_names_the_choices():
    with pytest.raises(DataError, match=r"unknown dataset 'nope': choose one of circle, xor"):
        data(dataset="nope")


@pytest.mark.parametrize("changes, words", [
    ({"noise": 1.5}, "noise"), ({"noise": -0.1}, "noise"), ({"noise": float("nan")}, "noise"),
    ({"train_ratio": 1.0}, "train ratio"), ({"train_ratio": 0.0}, "train ratio"),
    ({"n_points": -1}, "number of points"), ({"n_points": 2.5}, "whole number"),
    ({"seed": -1}, "seed"),
])
def test_unusable_settings_are_data_errors(changes, words):
    with pytest.raises(DataError, match=words):
        data(**changes)


# -- a person's own points ------------------------------------------------------------------

def test_custom_points_are_added_clipped_and_do_not_disturb_generated_ones():
    plain = data(dataset="circle", n_points=100)
    mine = ((1.0, 2.0, 0.0), (9.0, -9.0, 1.0), (0.5, 0.5, 1.0), (-1.0, 0.0, 0.0))
    d = data(dataset="circle", n_points=100, custom_points=mine)
    assert len(d.x_train) + len(d.x_test) == 104 and len(d.x_train) == 52
    np.testing.assert_array_equal(d.x_train[:50], plain.x_train)
    np.testing.assert_array_equal(d.x_test[:50], plain.x_test)
    added = np.concatenate([np.c_[d.x_train[50:], d.y_train[50:]],
                            np.c_[d.x_test[50:], d.y_test[50:]]])
    expected = [(1, 2, 0), (6, -6, 1), (0.5, 0.5, 1), (-1, 0, 0)]
    assert sorted(map(tuple, added.tolist())) == sorted(expected)


def test_custom_split_is_stable_as_points_are_added():
    pts = tuple((float(i % 5), 1.0, float(i % 2)) for i in range(9))
    sides = []
    for n in range(1, 10):
        d = data(dataset="custom", custom_points=pts[:n])
        assert len(d.x_train) == -(-n // 2)  # ceil(n * 0.5): the first point always trains
        sides.append({tuple(p) for p in d.x_train.tolist()})
    assert all(a <= b for a, b in zip(sides, sides[1:], strict=False))


def test_custom_dataset_with_no_points_or_one_point():
    empty = data(dataset="custom")
    assert empty.x_train.shape == empty.x_test.shape == (0, 2)
    assert empty.y_train.shape == empty.y_test.shape == (0,)
    one = data(dataset="custom", custom_points=((1.0, 1.0, 1.0),), train_ratio=0.2)
    assert one.x_train.tolist() == [[1.0, 1.0]] and len(one.x_test) == 0


@pytest.mark.parametrize("label", [2.0, -1.0, 0.5])
def test_custom_classification_labels_must_be_class_numbers(label):
    with pytest.raises(DataError, match=r"custom point 2 has label .*0 to 1"):
        data(dataset="xor", custom_points=((0.0, 0.0, 1.0), (1.0, 1.0, label)))


def test_custom_labels_up_to_n_classes_and_regression_values_clipped():
    d = data(dataset="custom", n_classes=4, custom_points=((0, 0, 3), (1, 1, 0)))
    assert d.n_classes == 4 and sorted(d.y_train.tolist() + d.y_test.tolist()) == [0, 3]
    r = data(dataset="plane", n_points=10, custom_points=((0, 0, 5.0), (1, 1, -3.0)))
    assert sorted(r.y_train[5:].tolist() + r.y_test[5:].tolist()) == [-1.0, 1.0]


@pytest.mark.parametrize("point", [(1.0, 2.0), (1.0, "a", 0.0), (float("inf"), 0.0, 0.0)])
def test_malformed_custom_points_are_data_errors(point):
    with pytest.raises(DataError, match="custom point 1"):
        data(dataset="custom", custom_points=(point,))


# -- thumbnails -----------------------------------------------------------------------------

@pytest.mark.parametrize("key", GENERATED)
def test_thumbnails_are_clean_fixed_points(key):
    x, y = sample_thumbnail_points(key)
    assert x.shape == (200, 2) and y.shape == (200,)
    assert x.dtype == y.dtype == np.float32 and not x.flags.writeable
    x2, _ = sample_thumbnail_points(key, n=50)
    assert x2.shape == (50, 2)


def test_thumbnail_of_custom_is_empty_and_unknown_is_an_error():
    x, y = sample_thumbnail_points("custom")
    assert x.shape == (0, 2) and y.shape == (0,)
    with pytest.raises(DataError, match="unknown dataset"):
        sample_thumbnail_points("zzz")


# -- CSV files of points --------------------------------------------------------------------

def test_csv_with_header_comments_and_blank_lines():
    text = "# my points\nx1,x2,label\n\n1.5, -2, 0\n  # a note\n-.5,3e0,1\n+2.,0,1.0\n"
    assert parse_points_csv(text, "classification") == (
        (1.5, -2.0, 0.0), (-0.5, 3.0, 1.0), (2.0, 0.0, 1.0))


@pytest.mark.parametrize("text", [
    "x1;x2;label\n1,5;-2;0\n0;0,25;1\n",        # semicolons with decimal commas
    "x1\tx2\tlabel\r\n1.5\t-2\t0\r\n0\t0.25\t1\r\n",  # tabs, Windows line ends
    "1.5 -2 0\n0   0.25\t1\n",                  # numpy.savetxt's spaces
    '"x1","x2","label"\n"1.5","-2","0"\n0,0.25,1,\n',  # quotes, a trailing separator
])
def test_csv_separators(text):
    assert parse_points_csv(text, "classification") == ((1.5, -2.0, 0.0), (0.0, 0.25, 1.0))


def test_csv_regression_values_and_scaling_into_the_plane():
    pts = parse_points_csv("x1,x2,value\n12,0,0.5\n-3,6,-4\n", "regression")
    assert pts == ((6.0, 0.0, 0.125), (-1.5, 3.0, -1.0))  # coords * 6/12, values * 1/4
    kept = parse_points_csv("6,-6,0.5\n-1,2,-1\n", "regression")
    assert kept == ((6.0, -6.0, 0.5), (-1.0, 2.0, -1.0))


@pytest.mark.parametrize("text, line, words", [
    ("x1,x2,label\n1,2,0\n3,4\n", 3, "expected 3 columns (x1, x2, label) separated by ',', got 2"),
    ("1,2,0\n\n# c\n5,abc,1\n", 4, "'abc' in column x2 is not a number"),
    ("1,2,0\n1,2,0,7\n", 2, "got 4"),
    ("1,2,0\nx1,x2,label\n", 2, "'x1' in column x1 is not a number"),  # header only first
    ("1;2;0\n1,2,0\n", 2, "separated by ';', got 1"),
    ("1,2,0\n1,,1\n", 2, "column x2 is empty"),
    ("1,2,0\nnan,2,1\n", 2, "'nan' in column x1 is not a finite number"),
    ("1,2,0\n1,-inf,1\n", 2, "'-inf' in column x2 is not a finite number"),
    ("1,2,0\n1,1e999,1\n", 2, "too large"),
    ("1,2,0\n1,0x1F,1\n", 2, "'0x1F' in column x2 is not a number"),
    ("1,2,0\n1,2,1.5\n", 2, "label '1.5' is not a class number"),
    ("1,2,0\n\n1,2,-1\n", 3, "label '-1' is not a class number"),
    ("1,2,0\n1,2,9\n", 2, "label 9 is too large: at most 9 classes"),
    ("x1,x2,value\n1,2,x\n", 2, "'x' in column value is not a number"),
])
def test_csv_errors_name_the_line(text, line, words):
    problem = "regression" if "value" in text else "classification"
    with pytest.raises(DataFileError) as caught:
        parse_points_csv(text, problem)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize("text", ["", "\n\n", "# only comments\n", "x1,x2,label\n"])
def test_csv_without_data_rows(text):
    with pytest.raises(DataFileError, match="no data rows") as caught:
        parse_points_csv(text, "classification")
    assert caught.value.line is None


def test_csv_row_limit():
    rows = "1,2,0\n" * 100_000
    assert len(parse_points_csv("x1,x2,label\n" + rows, "classification")) == 100_000
    with pytest.raises(DataFileError, match="more than 100,000") as caught:
        parse_points_csv("x1,x2,label\n" + rows + "1,2,1\n", "classification")
    assert caught.value.line == 100_002


def test_csv_unknown_problem():
    with pytest.raises(DataError, match="unknown problem"):
        parse_points_csv("1,2,0\n", "ranking")


def test_load_from_path_or_str_path_or_text(tmp_path):
    f = tmp_path / "pts.csv"
    f.write_bytes("\ufeffx1,x2,label\n1,2,0\n3,4,1\n".encode())  # Excel's UTF-8 BOM
    expected = ((1.0, 2.0, 0.0), (3.0, 4.0, 1.0))
    assert load_points_csv(f, "classification") == expected
    assert load_points_csv(str(f), "classification") == expected
    assert load_points_csv("1,2,0\n3,4,1", "classification") == expected
    g = tmp_path / "unicode.txt"
    g.write_text("x1\tx2\tlabel\n1\t2\t0\n3\t4\t1\n", encoding="utf-16")
    assert load_points_csv(g, "classification") == expected


def test_loaded_points_work_as_custom_points(tmp_path):
    f = tmp_path / "pts.csv"
    f.write_text("x1,x2,label\n" + "".join(f"{i},{-i},{i % 3}\n" for i in range(10)))
    points = load_points_csv(f, "classification")
    d = data(dataset="custom", n_classes=3, custom_points=points)
    assert len(d.x_train) + len(d.x_test) == 10 and d.n_classes == 3


def test_load_missing_file_and_folder(tmp_path):
    with pytest.raises(DataFileError, match="file not found: .*nope.csv") as caught:
        load_points_csv(tmp_path / "nope.csv", "classification")
    assert caught.value.line is None
    with pytest.raises(DataFileError, match="folder"):
        load_points_csv(tmp_path, "classification")


@pytest.mark.parametrize("content, words", [
    (bytes(range(256)) * 4, "binary file"),
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "spreadsheet or zip"),
])
def test_load_binary_file(tmp_path, content, words):
    f = tmp_path / "points.csv"
    f.write_bytes(content)
    with pytest.raises(DataFileError, match=words):
        load_points_csv(f, "classification")


def test_load_non_utf8_file_names_the_line(tmp_path):
    f = tmp_path / "latin1.csv"
    f.write_bytes("x1,x2,label\n1,2,0\n# café\n".encode("latin-1"))
    with pytest.raises(DataFileError, match=r"^line 3: latin1.csv is not UTF-8 text \(byte 0xe9"):
        load_points_csv(f, "classification")


def test_data_file_error_survives_pickling():
    error = pickle.loads(pickle.dumps(DataFileError.at(7, "csv.empty_field", column="x2")))
    assert error.line == 7 and str(error) == "line 7: column x2 is empty"
    assert isinstance(error, DataError) and error.reason.code == "csv.empty_field"
    assert error.message.code == "data.at_line"
    plain = pickle.loads(pickle.dumps(DataError.of("idx.no_file")))
    assert plain.message.code == "idx.no_file" and type(plain) is DataError
