"""Write the engine's messages into the Korean translation: the "Messages" context of
resources/i18n/deepscope_ko.ts, one entry per code of engine/shared/messages.py, the
English template as its source and the Korean of resources/i18n/messages_ko/ as its
translation. ``make translations`` runs it after lupdate (which knows only the window's
own ``tr`` strings); tests/engine/test_messages.py checks the .ts is up to date.

    python tools/message_texts.py          # rewrite the context
    python tools/message_texts.py --check  # exit 1 when the .ts is out of date
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.shared.messages import SECTIONS  # noqa: E402

CONTEXT = "Messages"
TS = ROOT / "resources" / "i18n" / "deepscope_ko.ts"
KOREAN = ROOT / "resources" / "i18n" / "messages_ko"


def korean_templates() -> dict[str, dict[str, str]]:
    """section -> code -> Korean template, as the TOML files hold them."""
    return {section: tomllib.loads((KOREAN / f"{section}.toml").read_text("utf-8"))
            for section in SECTIONS}


def quote(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def context_xml() -> str:
    """The <context> element for the messages, formatted as lupdate formats the rest.
    A code without Korean is written "unfinished" (it shows in English meanwhile)."""
    korean = korean_templates()
    lines = ["<context>", f"    <name>{CONTEXT}</name>"]
    for section, codes in SECTIONS.items():
        for code, template in codes.items():
            # The code is the disambiguation: two codes may share an English template.
            lines += ["    <message>", f"        <source>{quote(template)}</source>",
                      f"        <comment>{quote(code)}</comment>"]
            text = korean[section].get(code)
            if text is None:
                lines.append('        <translation type="unfinished"></translation>')
            else:
                lines.append(f"        <translation>{quote(text)}</translation>")
            lines.append("    </message>")
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def without_context(ts: str) -> str:
    """The .ts text with its messages context (if any) taken out."""
    marker = f"<context>\n    <name>{CONTEXT}</name>\n"
    start = ts.find(marker)
    if start < 0:
        return ts
    end = ts.index("</context>\n", start) + len("</context>\n")
    return ts[:start] + ts[end:]


def updated(ts: str) -> str:
    rest = without_context(ts)
    closing = rest.rindex("</TS>")
    return rest[:closing] + context_xml() + rest[closing:]


def main(argv: list[str]) -> int:
    current = TS.read_text("utf-8")
    wanted = updated(current)
    if "--check" in argv:
        if current != wanted:
            print(f"{TS.relative_to(ROOT)} is out of date: run `make translations`")
            return 1
        return 0
    TS.write_text(wanted, "utf-8")
    missing = [code for section, codes in SECTIONS.items() for code in codes
               if code not in korean_templates()[section]]
    if missing:
        print(f"{len(missing)} message codes have no Korean yet:", *missing, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
