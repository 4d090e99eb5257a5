"""The JSON of an experiment file: ``experiment.json`` inside a ``.deepscope`` archive,
or a ``.json`` file opened as settings only, checked without torch.

A settings-only file starts at step 0 with fresh weights from the seed: its top level
is an Experiment's dict, or an object with an ``"experiment"`` entry (a demo file).
Every value is checked to have its default's type, since JSON hands them over as they
were written; ``tensors`` must have the shape engine.trainer.checkpoint relies on.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

from engine.shared.bounded import FileRefused
from engine.shared.bounded import parse_json as parse_bounded
from engine.shared.catalogue import DATASETS
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.file_format import (
    EXPERIMENT_MEMBER,
    FORMAT,
    VERSION,
    ExperimentFileError,
    SavedArchive,
    SavedExperiment,
    is_count,
    looks_like_pickle,
)
from engine.shared.messages import Message, error_message


def read_settings_only(path: Path, raw: bytes) -> SavedArchive:
    """A ``.json`` file's bytes (``raw``, read within MAX_JSON_BYTES by the caller): an
    experiment (or a demo file's) with no weights."""
    name = path.name
    doc = parse_json(raw, name)
    if "format" in doc and doc["format"] != FORMAT:
        raise ExperimentFileError.of("files.not_settings", name=name, tag=repr(doc["format"]))
    settings = doc["experiment"] if "experiment" in doc else doc
    experiment = experiment_of(settings, name)
    demo = doc.get("id") if "experiment" in doc and isinstance(doc.get("id"), str) else None
    view = doc.get("view") if isinstance(doc.get("view"), dict) else {}
    if isinstance(doc.get("landscape"), dict):  # a demo file's landscape settings
        view = {**view, "landscape": doc["landscape"]}
    saved = SavedExperiment(path, experiment, 0, demo, view, VERSION, has_weights=False)
    return SavedArchive(saved, {})


def check_data_path(saved: SavedExperiment, chosen: str) -> SavedExperiment:
    """``saved``, refused when its experiment reads data from a path the person did not
    choose; ``chosen`` is the path of the data in force, which they picked in the data
    panel ("" for none).

    A file opened from elsewhere must never make Deepscope read another local file or
    folder: a shared file could name /dev/zero, a FIFO that blocks forever, or a
    person's private text to train on (and leak through the weights they later share).
    Telling a safe path from a hostile one by where it lies (beside the file, say) would
    still let a stranger's file pick among the person's files, so no path a file names
    is read unless it is the one the person chose: their own run on their own MNIST
    opens while those files are chosen, or after they choose them again. A dataset that
    reads no path never uses it, so there it is dropped instead of refused (a later
    switch to a person's files must not pick it up).
    """
    data = saved.experiment.data
    if not data.path or data.path == chosen:
        return saved
    info = DATASETS.get(data.dataset)
    if info is None or not info.from_path:
        return dataclasses.replace(saved, experiment=saved.experiment.with_data(path=""))
    raise ExperimentFileError.of("files.names_data_path", name=saved.path.name,
                                 path=data.path)


def check_document(doc: dict, path: Path) -> tuple[SavedExperiment, dict]:
    """experiment.json's entries, checked: what the file describes, and its tensor index
    (which the caller compares with the safetensors members)."""
    name = path.name
    if doc.get("format") != FORMAT:
        raise ExperimentFileError.of("files.not_an_experiment", name=name,
                                     member=EXPERIMENT_MEMBER, tag=repr(doc.get("format")),
                                     expected=repr(FORMAT))
    version = doc.get("version")
    if not is_count(version) or version < 1:
        raise ExperimentFileError.of("files.unknown_version", name=name, version=repr(version))
    if version > VERSION:
        raise ExperimentFileError.of("files.newer_version", name=name, version=version,
                                     known=VERSION)
    experiment = experiment_of(doc.get("experiment"), name)
    step, demo, view = doc.get("step"), doc.get("demo"), doc.get("view", {})
    if not is_count(step):
        raise ExperimentFileError.of("files.bad_step", name=name, step=repr(step))
    if not (demo is None or isinstance(demo, str)) or not isinstance(view, dict):
        raise ExperimentFileError.of("files.bad_demo_or_view", name=name)
    index = doc.get("tensors")
    _check_index(index, name)
    return SavedExperiment(path, experiment, step, demo, view, version), index


def parse_json(raw: bytes, where: str | Message) -> dict:
    """The JSON object in ``raw``; ``where`` names it in a refusal (a file, or a
    member in a file)."""
    if looks_like_pickle(raw):
        raise ExperimentFileError.of("files.pickle", name=where)
    try:
        doc = parse_bounded(raw)
    except FileRefused as exc:
        raise ExperimentFileError.of("files.json_beyond_limits", where=where,
                                     problem=exc.message) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExperimentFileError.of("files.not_json", where=where, problem=str(exc)) from None
    if not isinstance(doc, dict):
        raise ExperimentFileError.of("files.not_json_object", where=where)
    return doc


def experiment_of(raw: Any, name: str, base: Experiment | None = None) -> Experiment:
    """The Experiment ``raw`` describes (laid over ``base``, by default the defaults),
    every setting of its type and usable."""
    try:
        experiment = Experiment.from_dict(raw, base)
        _check_types(experiment)
        return experiment.validate()
    except (ExperimentError, TypeError, ValueError) as exc:
        raise ExperimentFileError.of("files.experiment_unusable", name=name,
                                     problem=error_message(exc)) from None


def _check_types(experiment: Experiment) -> None:
    """Each setting has its default's type (from_dict takes JSON values as they come)."""
    for section in ("data", "network", "training"):
        values = getattr(experiment, section)
        defaults = type(values)()
        for f in dataclasses.fields(values):
            value, default = getattr(values, f.name), getattr(defaults, f.name)
            if f.name == "layers":  # checked by stack_from_list
                continue
            if f.name == "custom_points":
                ok = isinstance(value, tuple) and all(
                    isinstance(p, tuple) and len(p) == 3 and all(map(_is_number, p))
                    for p in value)
            elif isinstance(default, tuple):
                ok = isinstance(value, tuple) and all(_same_type(v, default[0])
                                                      for v in value if default)
            else:
                ok = _same_type(value, default)
            if not ok:
                raise ExperimentError.of("settings.wrong_type", setting=f"{section}.{f.name}",
                                         value=repr(value), default=repr(default))


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return _is_number(value)
    return isinstance(value, type(default))


def _is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def _check_index(index: Any, name: str) -> None:
    """The "tensors" entry has the shape engine.trainer.checkpoint relies on."""
    def fail(what: str):
        raise ExperimentFileError.of("files.index_damaged", name=name,
                                     member=EXPERIMENT_MEMBER, entry=what)

    if not isinstance(index, dict):
        fail("")
    for key in ("model", "state"):
        if not isinstance(index.get(key), dict):
            fail(key)
    optimizer = index.get("optimizer")
    if not isinstance(optimizer, dict):
        fail("optimizer")
    groups, scalars = optimizer.get("param_groups"), optimizer.get("scalars")
    if not (isinstance(groups, list) and all(isinstance(g, dict) for g in groups)):
        fail("optimizer.param_groups")
    if not (isinstance(scalars, dict) and all(
            isinstance(values, dict) and all(v is None or isinstance(v, int | float)
                                             for v in values.values())
            for values in scalars.values())):
        fail("optimizer.scalars")
    if not isinstance(optimizer.get("kind"), str):
        fail("optimizer.kind")
    for key in ("batch_cursor", "last_good_step"):
        if not is_count(index.get(key)):
            fail(key)
    history = index.get("history")
    if not (isinstance(history, dict) and is_count(history.get("calls"))
            and is_count(history.get("stride")) and history["stride"] >= 1):
        fail("history")
