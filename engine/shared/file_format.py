"""The layout of an experiment file (``.deepscope``), what reading one gives, and its error.

A file is a ZIP archive of exactly three members: ``experiment.json`` (format tag and
version, the Experiment, step, demo, the window's view choices, and an index of the tensor
files: names, dtypes, shapes, the optimizer's numbers and param_groups, batch cursor,
history counters); ``model.safetensors`` (the model's state_dict, buffers included); and
``state.safetensors`` (optimizer tensors, random states, batch order, last good weights,
history): what continuing bit-identically needs. engine.trainer.checkpoint writes and loads
them; engine.shared.experiment_file reads and checks one without torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.shared.experiment import Experiment
from engine.shared.messages import MessageError

SUFFIX = ".deepscope"
FORMAT = "deepscope-experiment"
VERSION = 1
EXPERIMENT_MEMBER, MODEL_MEMBER, STATE_MEMBER = (
    "experiment.json", "model.safetensors", "state.safetensors")
MEMBERS = (EXPERIMENT_MEMBER, MODEL_MEMBER, STATE_MEMBER)
#: Limits that keep a hostile archive from filling memory (a "zip bomb", or a directory
#: that lies about its members), all checked from the zip's directory before a member is
#: read. The largest run Deepscope trains (engine.shared.layers.infer.MAX_PARAMETERS,
#: 20 million weights) saves 80 MB of weights and, with Adam, 240 MB of state (two
#: moments and the last good weights): the limits hold it, with room, and no more.
MAX_JSON_BYTES = 16 << 20
MAX_TENSOR_BYTES = 256 << 20
#: All members together, and so (with the directory's own bytes) the whole file.
MAX_ARCHIVE_BYTES = 384 << 20
MAX_FILE_BYTES = MAX_ARCHIVE_BYTES + (1 << 20)
#: Entries and bytes of the zip's directory: an experiment file lists three members (a
#: few more still get the message naming the unexpected one); a directory of millions
#: would fill memory while zipfile reads it, before any member's size is known.
MAX_ENTRIES = 16
MAX_DIRECTORY_BYTES = 64 << 10
#: Deflate reaches about 1032:1 on zeros, float weights barely 1.1:1, and Deepscope
#: stores its tensors uncompressed; a member of more than a megabyte claiming better than
#: this is a bomb, refused before anything is inflated.
MAX_COMPRESSION_RATIO = 100
COMPRESSION_CHECKED_FROM = 1 << 20
#: The most bytes of a safetensors header read. The format allows 100 MB; a header
#: lists about 90 bytes per tensor, so 4 MB holds some 45,000 tensors (a run has a few
#: per layer) and parses to tens of megabytes of Python objects, not gigabytes.
MAX_HEADER_BYTES = 4 << 20
#: Bytes per element of each safetensors dtype.
DTYPE_SIZES = {"BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "I16": 2, "U16": 2,
               "F16": 2, "BF16": 2, "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8}

#: A tensor as a header lists it: name -> {"dtype": "F32", "shape": [4, 2]}.
TensorIndex = dict[str, dict[str, Any]]


class ExperimentFileError(MessageError):
    """A file that cannot be opened, with a message naming the file and the problem."""


@dataclass(frozen=True)
class SavedExperiment:
    path: Path
    experiment: Experiment
    step: int
    demo: str | None
    view: dict
    version: int
    #: False for a settings-only ``.json`` file: the run starts from the seed.
    has_weights: bool = True


@dataclass(frozen=True)
class SavedArchive:
    """Everything read from a file: what engine.trainer.checkpoint turns into a run."""
    saved: SavedExperiment
    #: experiment.json's "tensors" entry (empty for a settings-only file).
    index: dict
    model: bytes = b""
    state: bytes = b""


def looks_like_pickle(data: bytes) -> bool:
    """A pickle of protocol 2 or later (what torch.save and pickle.dumps write)."""
    return len(data) >= 2 and data[0] == 0x80 and 2 <= data[1] <= 5


def is_count(value: Any) -> bool:
    """A whole number ≥ 0 (JSON true/false are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
