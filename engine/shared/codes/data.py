"""Message codes: data that cannot be made or read: generated sets, CSV, IDX, image
folders, text (engine/data).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/data.toml.
"""

CODES: dict[str, str] = {
}
