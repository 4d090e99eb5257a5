"""Running the probes a snapshot was asked for, through the probe registry alone
(engine/shared/probe_registry.py): each probe's implementation is imported on first use,
handed the session or the trainer as its spec says, and its result put where the spec
says (a Snapshot field, or Snapshot.live by name). A probe that cannot apply, or an
option it cannot read, becomes its Message in Snapshot.live_problems."""

from __future__ import annotations

from typing import Any

from engine.shared.messages import Message, error_message
from engine.shared.probe_registry import LIVE, PROBE_REGISTRY, implementation


def run_probes(trainer, names, options: dict[str, dict]) -> dict[str, Any]:
    """The Snapshot fields the named probes fill (``live`` and ``live_problems``
    always), in the registry's order; a probe with nothing to show on this run (None)
    leaves its fields at their defaults."""
    fields: dict[str, Any] = {}
    live: dict[str, Any] = {}
    problems: dict[str, Message] = {}
    for spec in PROBE_REGISTRY.values():
        if spec.name not in names:
            continue
        source = trainer if spec.reads == "trainer" else trainer.session
        try:
            result = implementation(spec.name)(source, dict(options.get(spec.name, {})))
        except ValueError as exc:  # MessageError (a probe's refusal) or a library's
            problems[spec.name] = error_message(exc)
            continue
        if spec.fills == (LIVE,):
            live[spec.name] = result
        elif result is not None:
            values = result if len(spec.fills) > 1 else (result,)
            fields.update(zip(spec.fills, values))
    fields["live"], fields["live_problems"] = live, problems
    return fields
