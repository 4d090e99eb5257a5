"""Probes of the demo views, looked up by name and run at snapshot time.

Each entry is "module:function" with the signature ``probe(session, options) -> data``:
``options`` is the newest dict a view sent with SetProbeOptions (``{}`` before any), and
``data`` a frozen value of numpy arrays and plain numbers that crosses to the window.
Modules load on first use, so a probe nobody looks at costs nothing, not even its import.
A probe that cannot apply to the run raises ValueError with a sentence for the banner.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from engine.shared.messages import Message, error_message

LIVE_PROBES: dict[str, str] = {
    "warp": "engine.probes.warp:warp_probe",
    "backprop": "engine.probes.backprop:backprop_probe",
    "feature_maps": "engine.probes.feature_maps:feature_maps_probe",
    "filters": "engine.probes.filters:filters_probe",
    "pooling": "engine.probes.pooling:pooling_probe",
    "confusion": "engine.probes.confusion:confusion_probe",
    "rnn_states": "engine.probes.rnn_states:rnn_states_probe",
    "gradient_time": "engine.probes.gradient_time:gradient_time_probe",
    "sample": "engine.probes.sampling:sample_probe",
}

_loaded: dict[str, Callable[[Any, dict], Any]] = {}


def live_probe(name: str) -> Callable[[Any, dict], Any]:
    if name not in _loaded:
        module, function = LIVE_PROBES[name].split(":")
        _loaded[name] = getattr(importlib.import_module(module), function)
    return _loaded[name]


def run_live_probes(names, session, options: dict[str, dict]
                    ) -> tuple[dict[str, Any], dict[str, Message]]:
    """Results of the named live probes, and the message of each that does not apply."""
    results, problems = {}, {}
    for name in sorted(set(names) & set(LIVE_PROBES)):
        try:
            results[name] = live_probe(name)(session, dict(options.get(name, {})))
        except ValueError as exc:
            problems[name] = error_message(exc)
    return results, problems
