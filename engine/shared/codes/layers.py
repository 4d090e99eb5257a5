"""Message codes: a layer stack that does not fit its data or itself (engine/shared/layers,
engine/probes/layer_plan.py).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/layers.toml.
"""

CODES: dict[str, str] = {
}
