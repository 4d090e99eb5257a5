"""Reading within limits (issue 15.2), in-process: regular files only, bounded JSON, the
memory a run is estimated to take, and the only data path a file may name.
tests/engine/test_hostile_files.py opens whole hostile files in a fresh process."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

import pytest

from engine.data import DataFileError, load_points_csv
from engine.data.idx import read_idx
from engine.data.text import read_text_file
from engine.shared.bounded import (
    MAX_JSON_DEPTH,
    FileRefused,
    open_regular,
    parse_json,
    read_bounded,
)
from engine.shared.demos import list_demos
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.experiment_file import ExperimentFileError, read_saved
from engine.shared.experiment_json import check_data_path
from engine.shared.messages import MessageError
from engine.shared.run_size import MAX_RUN_BYTES, estimate

posix = pytest.mark.skipif(sys.platform == "win32", reason="devices and FIFOs are POSIX's")


def code_of(exc: MessageError) -> str:
    return exc.message.code


# -- regular files only ----------------------------------------------------------------
@posix
@pytest.mark.parametrize("reader", [read_text_file, lambda p: load_points_csv(p, "regression"),
                                    lambda p: read_idx(p, 3)], ids=["text", "csv", "idx"])
def test_a_device_or_a_fifo_is_refused_before_a_byte_is_read(tmp_path, reader):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening it to read would wait for a writer: it must not
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(DataFileError) as caught:
            reader(path)
        assert code_of(caught.value) == "files.not_regular"
        assert "not an ordinary file" in str(caught.value)


@posix
def test_an_experiment_file_that_is_a_device_is_refused():
    with pytest.raises(ExperimentFileError, match="zero is not an ordinary file but a device"):
        read_saved("/dev/zero")


def test_a_read_stops_one_byte_past_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000, ValueError) == b"x" * 1000
    with pytest.raises(ValueError, match="1000"):
        read_bounded(path, 999, lambda size: ValueError(size))
    with open_regular(path) as handle:
        assert handle.read() == b"x" * 1000
    with pytest.raises(IsADirectoryError):
        open_regular(tmp_path)


# -- JSON ---------------------------------------------------------------------------------
def test_json_numbers_and_nesting_are_bounded():
    assert parse_json('{"a": [1, 2.5, -3e-7, 12345678901234567890]}') == {
        "a": [1, 2.5, -3e-7, 12345678901234567890]}
    for text, code in (("9" * 5000, "files.json_number_too_long"),
                       ("0." + "1" * 200, "files.json_number_too_long"),
                       ("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1),
                        "files.json_too_deep"),
                       ("[" * 100_000 + "]" * 100_000, "files.json_too_deep")):
        with pytest.raises(FileRefused) as caught:
            parse_json(text)
        assert code_of(caught.value) == code
    assert parse_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)


def test_a_settings_file_with_a_huge_number_is_a_message(tmp_path):
    path = tmp_path / "huge.json"
    path.write_text('{"training": {"seed": ' + "1" * 5000 + "}}")
    with pytest.raises(ExperimentFileError, match="huge.json cannot be read: it holds a "
                                                  "number written with 5000 characters"):
        read_saved(path)


# -- the memory a run takes -------------------------------------------------------------
def test_every_demo_is_far_below_the_memory_limit():
    for demo in list_demos():
        size = estimate(demo.experiment)
        assert size is not None and size.total * 5 < MAX_RUN_BYTES, demo.id


def test_a_network_too_big_for_memory_says_how_big():
    wide = Experiment().with_network(hidden=(20_000,) * 3, activations=("tanh",) * 3,
                                     max_units=20_000)
    with pytest.raises(ExperimentError) as caught:
        wide.validate()
    assert code_of(caught.value) == "settings.too_much_memory"
    text = str(caught.value)
    assert "about 9.7 GB of memory" in text and "800,120,001 weights" in text
    assert "the limit is 2.0 GB" in text


def test_the_perceptron_counts_against_the_parameter_limit_too():
    net = Experiment().with_network(hidden=(5000,) * 4, activations=("relu",) * 4,
                                    max_units=5000)
    with pytest.raises(ExperimentError, match="the network has 75,035,001 parameters: "
                                              "Deepscope trains up to 20,000,000"):
        net.validate()


# -- the data path a file names -------------------------------------------------------
def saved_with(tmp_path: Path, experiment: Experiment):
    path = tmp_path / "run.json"
    path.write_text(json.dumps(experiment.to_dict()))
    return read_saved(path)


def test_a_file_may_name_only_the_data_the_person_chose(tmp_path):
    mine = str(tmp_path / "train-images-idx3-ubyte")
    saved = saved_with(tmp_path, Experiment().with_data(dataset="idx", path=mine))
    assert check_data_path(saved, mine) is saved  # chosen in the data panel: it opens
    for chosen in ("", str(tmp_path / "other-images-idx3-ubyte")):
        with pytest.raises(ExperimentFileError) as caught:
            check_data_path(saved, chosen)
        assert code_of(caught.value) == "files.names_data_path"
        assert f"run.json reads its data from {mine}" in str(caught.value)


def test_a_path_that_no_data_reads_is_dropped(tmp_path):
    saved = saved_with(tmp_path, Experiment().with_data(path="/home/someone/secret.txt"))
    dropped = check_data_path(saved, "")
    assert dropped.experiment.data.path == ""
    assert dropped.experiment == dataclasses.replace(
        saved.experiment, data=dataclasses.replace(saved.experiment.data, path=""))
