"""The engine's messages in the window's language.

The engine reports a problem as a Message: a code and parameters (engine/shared/
messages.py). Here each is rendered through Qt's translation, under the context
"Messages", with the English template as the source text and the code as its
disambiguation: tools/message_texts.py writes every code into the Korean .ts file from
resources/i18n/messages_ko/. A template nobody translated yet shows in English, never as
a code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.shared.messages import CODES, Message, message_of, render

CONTEXT = "Messages"


def render_message(msg: Message) -> str:
    """``msg`` in the window's language, numbers and nested messages filled in."""
    template = QCoreApplication.translate(CONTEXT, CODES[msg.code], msg.code)
    return render(template, msg.values, render_message)


def error_text(exc: BaseException) -> str:
    """What a person reads for an error the engine raised: its message, translated; a
    foreign error (an OSError from the system) as the system worded it."""
    msg = message_of(exc)
    return render_message(msg) if msg is not None else str(exc)
