"""Message codes: an experiment's settings that do not hold together
(engine/shared/experiment.py and its neighbours).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/settings.toml.
"""

CODES: dict[str, str] = {
}
