"""Message codes: comparing runs side by side (engine/shared/comparison.py,
engine/trainer/compare_runs.py).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/comparisons.toml.
"""

CODES: dict[str, str] = {
}
