"""Read and write the safetensors format by hand: tensors by name, and nothing executable.

The format (https://github.com/huggingface/safetensors): an 8-byte little-endian header
length N, N bytes of JSON mapping each name to {"dtype", "shape", "data_offsets"} (plus an
optional "__metadata__" of strings), then the tensors' raw little-endian bytes, packed with
no gaps. Unlike torch.save it holds no pickle, so reading a file cannot run code. Written
here rather than imported so that weights can be saved without the optional package, and
so that an exported script can carry the same ~20-line reader.
"""

from __future__ import annotations

import json
import math
import struct
import sys
from pathlib import Path

import torch

from engine.shared.bounded import FileRefused, parse_json, read_bounded
from engine.shared.file_format import MAX_HEADER_BYTES, MAX_TENSOR_BYTES
from engine.shared.messages import MessageError

#: safetensors' dtype names for the torch dtypes a model's state_dict can hold.
DTYPES: dict[str, torch.dtype] = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8,
    "U8": torch.uint8, "BOOL": torch.bool,
}
_NAMES = {dtype: name for name, dtype in DTYPES.items()}


class SafetensorsError(MessageError):
    """A tensor or file the format cannot hold, or a file that is not well-formed."""


def _require_little_endian() -> None:
    # Raw bytes go through as they are in memory; the format says little-endian.
    if sys.byteorder != "little":
        raise SafetensorsError.of("safetensors.big_endian")


def write_safetensors(path: str | Path, tensors: dict[str, torch.Tensor],
                      metadata: dict[str, str] | None = None) -> None:
    """Write ``tensors`` to ``path`` (overwriting it), in the dict's order.

    Shared or non-contiguous tensors are fine: each is copied out on its own.
    Raises SafetensorsError (a ValueError) for a name or dtype the format cannot hold.
    """
    _require_little_endian()
    header: dict[str, object] = {}
    if metadata:
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()):
            raise SafetensorsError.of("safetensors.metadata_not_strings")
        header["__metadata__"] = dict(metadata)
    offset = 0
    for name, tensor in tensors.items():
        if not isinstance(name, str) or name == "__metadata__":
            raise SafetensorsError.of("safetensors.bad_name", name=repr(name))
        if tensor.dtype not in _NAMES:
            raise SafetensorsError.of("safetensors.bad_dtype", name=name, dtype=str(tensor.dtype))
        size = tensor.numel() * tensor.element_size()
        header[name] = {"dtype": _NAMES[tensor.dtype], "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    # Padding the header to 8 bytes keeps every tensor's data aligned for memory mapping.
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for tensor in tensors.values():  # one copy at a time, not the whole model twice
            flat = tensor.detach().to("cpu").contiguous().reshape(-1)
            if flat.numel():
                f.write(flat.view(torch.uint8).numpy().tobytes())


def read_safetensors(path: str | Path) -> dict[str, torch.Tensor]:
    """The tensors in ``path``, by name, in the file's order (each owns its memory).

    Raises SafetensorsError (a ValueError) naming what is wrong when the file is not
    well-formed safetensors, OSError when it cannot be read.
    """
    _require_little_endian()
    where = Path(path).name
    try:  # no larger than an experiment file's tensors: a device or a FIFO is refused
        raw = read_bounded(path, MAX_TENSOR_BYTES, lambda size: SafetensorsError.of(
            "safetensors.file_too_large", file=where, size=size, limit=MAX_TENSOR_BYTES))
    except FileRefused as exc:
        raise SafetensorsError(exc.message) from None
    if len(raw) < 8:
        raise SafetensorsError.of("safetensors.too_short", file=where, size=len(raw))
    (size,) = struct.unpack("<Q", raw[:8])
    if size > min(MAX_HEADER_BYTES, len(raw) - 8):
        raise SafetensorsError.of("safetensors.header_too_long", file=where, header=size,
                                  size=len(raw))
    try:
        header = parse_json(raw[8:8 + size])
    except FileRefused as exc:
        raise SafetensorsError.of("safetensors.header_not_json", file=where,
                                  problem=exc.message) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise SafetensorsError.of("safetensors.header_not_json", file=where,
                                  problem=str(exc)) from None
    if not isinstance(header, dict):
        raise SafetensorsError.of("safetensors.header_not_object", file=where)
    data = memoryview(raw)[8 + size:]
    tensors = {}
    for name, entry in header.items():
        if name != "__metadata__":
            tensors[name] = _tensor(where, name, entry, data)
    return tensors


def _tensor(where: str, name: str, entry: object, data: memoryview) -> torch.Tensor:
    at = {"file": where, "name": name}  # every problem names the file and the tensor
    if not isinstance(entry, dict):
        raise SafetensorsError.of("safetensors.entry_not_object", **at)
    dtype = DTYPES.get(entry.get("dtype"))  # type: ignore[arg-type]
    if dtype is None:
        raise SafetensorsError.of("safetensors.unknown_dtype", **at,
                                  dtype=repr(entry.get("dtype")), known=", ".join(DTYPES))
    shape, offsets = entry.get("shape"), entry.get("data_offsets")
    if not isinstance(shape, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape):
        raise SafetensorsError.of("safetensors.bad_shape", **at, shape=repr(shape))
    if not isinstance(offsets, list) or len(offsets) != 2 or not all(
            isinstance(o, int) and not isinstance(o, bool) for o in offsets):
        raise SafetensorsError.of("safetensors.bad_offsets", **at, offsets=repr(offsets))
    begin, end = offsets
    if not 0 <= begin <= end <= len(data):
        raise SafetensorsError.of("safetensors.outside_data", **at, size=len(data),
                                  begin=begin, end=end)
    expected = math.prod(shape) * torch.empty((), dtype=dtype).element_size()
    if end - begin != expected:
        raise SafetensorsError.of("safetensors.wrong_size", **at, shape=str(shape),
                                  expected=expected, size=end - begin)
    if expected == 0:
        return torch.empty(shape, dtype=dtype)
    # A fresh bytearray per tensor: writable (torch.frombuffer warns on read-only bytes),
    # aligned for its dtype, and not keeping the whole file alive.
    return torch.frombuffer(bytearray(data[begin:end]), dtype=dtype).reshape(shape)


def reader_source(dtypes: set[torch.dtype]) -> str:
    """Python source of a minimal ``read_safetensors(path)`` for files holding only
    ``dtypes``: for scripts that need only torch (the exported model's). It trusts the
    file it reads (one written beside it) and checks only that it is whole."""
    table = "".join(f'    "{name}": {dtype!r},\n' for name, dtype in DTYPES.items()
                    if dtype in dtypes)
    return f'''_DTYPES = {{
{table}}}


def read_safetensors(path: str | Path) -> dict[str, torch.Tensor]:
    """The tensors of a .safetensors file, by name. The format: an 8-byte little-endian
    header length, a JSON header giving each tensor's dtype, shape and data_offsets,
    then the tensors' raw little-endian bytes (no pickle: reading runs no code)."""
    raw = Path(path).read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    if len(raw) < 8 + size:
        raise ValueError(f"{{path}} is truncated: not a whole safetensors file")
    header = json.loads(raw[8:8 + size])
    data = memoryview(raw)[8 + size:]
    tensors = {{}}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        begin, end = entry["data_offsets"]
        dtype = _DTYPES[entry["dtype"]]
        if begin == end:
            tensors[name] = torch.empty(entry["shape"], dtype=dtype)
        else:  # a bytearray copy: writable and aligned, as torch.frombuffer wants
            flat = torch.frombuffer(bytearray(data[begin:end]), dtype=dtype)
            tensors[name] = flat.reshape(entry["shape"])
    return tensors
'''
