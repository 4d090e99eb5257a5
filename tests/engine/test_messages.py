"""Messages as codes: every code renders in English, has Korean with the same fields,
and reaches the .ts the window loads; the engine raises no prose of its own."""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from engine.shared.messages import (
    CODES,
    SECTIONS,
    Message,
    MessageError,
    error_message,
    fields,
    message,
    render,
)

ROOT = Path(__file__).resolve().parents[2]
KOREAN = ROOT / "resources" / "i18n" / "messages_ko"


def korean(section: str) -> dict[str, str]:
    return tomllib.loads((KOREAN / f"{section}.toml").read_text("utf-8"))


def sample(code: str) -> Message:
    return Message(code, tuple((name, 2) for name in sorted(fields(CODES[code]))))


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_renders_in_english_and_korean(code):
    section = next(name for name, codes in SECTIONS.items() if code in codes)
    english = sample(code).english()
    assert english and "{" not in english, code
    template = korean(section).get(code)
    assert template is not None, f"{code} has no Korean in messages_ko/{section}.toml"
    assert fields(template) == fields(CODES[code]), code
    assert "{" not in render(template, sample(code).values), code


def test_korean_files_name_only_codes_of_their_section():
    for section, codes in SECTIONS.items():
        stray = set(korean(section)) - set(codes)
        assert not stray, f"messages_ko/{section}.toml: no such codes {sorted(stray)}"
    assert {path.stem for path in KOREAN.glob("*.toml")} == set(SECTIONS)


def test_codes_are_named_by_area_and_sections_do_not_overlap():
    assert sum(map(len, SECTIONS.values())) == len(CODES)
    assert all(code.count(".") == 1 and code == code.lower() for code in CODES)


def test_the_translation_holds_every_code():
    out = subprocess.run([sys.executable, "tools/message_texts.py", "--check"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_plurals_and_nested_messages_render():
    assert render("{n} {n:p|layer|layers}", {"n": 1}) == "1 layer"
    assert render("{n} {n:p|layer|layers}", {"n": 3}) == "3 layers"
    inner = message("files.shape_scalar")
    outer = message("files.tensor_shape", problem="w", key="k", shape=inner, expected="3")
    assert outer.english() == "w: k is a single number, expected 3"


def test_an_error_carries_its_code_and_a_foreign_one_its_text():
    err = MessageError.of("training.no_cuda")
    assert error_message(err).code == "training.no_cuda"
    assert error_message(OSError("disk full")) == message("error.foreign", text="disk full")
    with pytest.raises(KeyError):
        message("no.such_code")


def test_an_engine_error_pickles_with_its_code_and_attributes():
    import pickle

    from engine.data.errors import DataFileError
    from engine.shared.layers.errors import SpecError
    error = DataFileError.at(3, "training.no_cuda")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.line, again.message, str(again)) == (
        DataFileError, 3, error.message, str(error))
    spec = SpecError(message("training.no_cuda"), "2", "linear")
    assert pickle.loads(pickle.dumps(spec)).__dict__ == spec.__dict__


def test_prose_is_refused_where_a_message_belongs():
    with pytest.raises(TypeError):
        MessageError("plain English")


def prose_raises() -> list[str]:
    """``raise SomeError("...")`` or ``raise SomeError(f"...")`` anywhere in engine/:
    a person would read English in the Korean window. Programming errors (a caller
    breaking a contract) keep their prose: AssertionError, TypeError, KeyError,
    NotImplementedError, RuntimeError."""
    internal = {"AssertionError", "TypeError", "KeyError", "NotImplementedError",
                "RuntimeError"}
    found = []
    for path in sorted((ROOT / "engine").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.exc.args[0] if node.exc.args else None
            prose = isinstance(first, ast.Constant | ast.JoinedStr) and name != "of"
            if name not in internal and prose:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


def test_the_engine_raises_no_prose_for_bad_input():
    assert not prose_raises(), "\n".join(prose_raises())


def test_no_code_is_written_twice():
    """A dict literal keeps the last of two equal keys without a word: a second
    "export.not_a_stack" silently replaced the first's text (and its {kind})."""
    import ast
    from pathlib import Path

    codes = Path(__file__).resolve().parents[2] / "engine" / "shared" / "codes"
    for path in sorted(codes.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice = {k for k in keys if keys.count(k) > 1}
                assert not twice, f"{path.name}: {sorted(twice)}"
