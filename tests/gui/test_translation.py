"""The Korean translation: complete, placeholders intact, and really shown by the widgets.

resources/i18n/deepscope_ko.ts is the source of truth (made by ``make translations``);
the .qm that gui/app.py loads is a build output, so it is built here when missing or
older than the .ts, and the tests work on a fresh checkout.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tomllib  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import PySide6  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget  # noqa: E402

from engine.shared import commands as cmd  # noqa: E402
from engine.shared.messages import CODES, SECTIONS, Message, fields, render  # noqa: E402
from gui.app import I18N, install_translator  # noqa: E402
from gui.messages import CONTEXT as MESSAGES  # noqa: E402
from gui.messages import render_message  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TS = I18N / "deepscope_ko.ts"
QM = I18N / "deepscope_ko.qm"
#: {0}, {1}, {0:.1f}, {0:,.0f}, {name}: str.format fields (no "{{" escapes are used).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


# -- the .ts file -----------------------------------------------------------------------
def ts_messages() -> list[tuple[str, ET.Element]]:
    """(context, <message>) for every live ``tr`` message; vanished/obsolete ones are
    history. The engine's messages (context "Messages", named templates) are checked by
    tests/engine/test_messages.py and test_engine_messages_render_in_korean below."""
    root = ET.parse(TS).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name")
        if name == MESSAGES:
            continue
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("vanished", "obsolete"):
                messages.append((name, message))
    return messages


def translations_of(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus message."""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def test_ts_is_korean_and_not_empty():
    root = ET.parse(TS).getroot()
    assert root.get("language", "").startswith("ko")
    assert len(ts_messages()) > 50


def test_every_message_has_a_finished_translation():
    problems = []
    for context, message in ts_messages():
        if message.find("translation").get("type") == "unfinished":
            problems.append(f"unfinished: {label(context, message)}")
        texts = translations_of(message)
        if not texts or not all(t.strip() for t in texts):
            problems.append(f"empty: {label(context, message)}")
    assert not problems, "\n".join(problems)


def test_placeholders_match_between_source_and_translation():
    problems = []
    for context, message in ts_messages():
        wanted = Counter(PLACEHOLDER.findall(message.findtext("source")))
        for text in translations_of(message):
            got = Counter(PLACEHOLDER.findall(text))
            if got != wanted:
                problems.append(f"{label(context, message)} -> {text!r}: "
                                f"{sorted(got.elements())} != {sorted(wanted.elements())}")
    assert not problems, "\n".join(problems)


def test_translations_format_like_their_sources():
    """Each translation takes the arguments its source takes (a typo such as "{0:.1}"
    or "{nmae}" would raise only when the window first shows that text)."""
    args = (1234.5, 2.0, 3.0, 4.0, 5.0)
    kwargs = {k: "x" for k in ("name", "source", "target", "value", "index", "unit", "layer",
                               "n", "h", "w")}
    problems = []
    for context, message in ts_messages():
        source = message.findtext("source")
        if "{" not in source:
            continue
        source.format(*args, **kwargs)
        for text in translations_of(message):
            try:
                text.format(*args, **kwargs)
            except (IndexError, KeyError, ValueError) as exc:
                problems.append(f"{label(context, message)} -> {text!r}: {exc!r}")
    assert not problems, "\n".join(problems)


def source_messages() -> set[tuple[str, str]]:
    """(class, text) of every ``self.tr("literal")`` in main.py and gui/."""
    found = set()
    for path in [ROOT / "main.py", *sorted((ROOT / "gui").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in ast.walk(tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.add((cls.name, node.args[0].value))
    return found


def test_every_tr_string_in_the_sources_is_in_the_ts():
    """A string added to gui/ without `make translations` would show up in English."""
    in_ts = {(context, message.findtext("source")) for context, message in ts_messages()}
    missing = sorted(source_messages() - in_ts)
    assert not missing, ("run `make translations` and translate:\n"
                         + "\n".join(f"{c}: {s!r}" for c, s in missing))


# -- the compiled .qm, as the app loads it -----------------------------------------------
def lrelease() -> str:
    """PySide6's lrelease: the binary inside the package, else a wrapper on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(PySide6.__file__).parent / f"lrelease{exe}",
                  Path(sys.executable).parent / f"pyside6-lrelease{exe}"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        pytest.fail("no lrelease found: install PySide6-Essentials")
    return found


def build_qm() -> None:
    if QM.is_file() and QM.stat().st_mtime >= TS.stat().st_mtime:
        return
    result = subprocess.run([lrelease(), str(TS), "-qm", str(QM)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and QM.is_file(), result.stdout + result.stderr


@pytest.fixture
def korean(qapp):
    """The Korean translator installed in the application, removed afterwards so the
    other test modules see English."""
    build_qm()
    translator = install_translator(qapp, "ko")
    assert translator is not None, f"could not load {QM}"
    yield translator
    qapp.removeTranslator(translator)


def visible_texts(widget: QWidget) -> list[str]:
    """Labels, button texts, group titles and tooltips of ``widget`` and its children."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        texts.append(child.toolTip())
    return [t for t in texts if t]


def assert_all_korean(widget: QWidget) -> None:
    english = [t for t in visible_texts(widget) if LATIN.search(t) and not HANGUL.search(t)]
    assert not english, f"left in English: {english}"


def test_training_bar_speaks_korean(korean, qtbot):
    from gui.panels.training_bar import TrainingBar

    bar = TrainingBar()
    qtbot.addWidget(bar)
    labels = [label.text() for label in bar.findChildren(QLabel)]
    for word in ("학습률", "활성화 함수", "옵티마이저", "정규화", "정규화율", "문제 유형", "스텝"):
        assert word in labels
    assert bar.activation.itemText(bar.activation.findData("sigmoid")) == "시그모이드"
    assert bar.optimizer.itemText(bar.optimizer.findData("momentum")) == "SGD + 모멘텀"
    assert bar.regularization.itemText(bar.regularization.findData("none")) == "없음"
    assert bar.problem.itemText(bar.problem.findData("regression")) == "회귀"
    assert "초기화" in bar.reset_button.toolTip()
    bar.set_step(1500, 1.5)
    assert bar.epoch_value.text() == "에포크 1.5"
    assert_all_korean(bar)


def test_data_panel_speaks_korean(korean, qtbot):
    from gui.panels.data_panel import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    assert panel.datasets_box.title() == "어떤 데이터셋을 사용할까요?"
    assert panel.noise[0].text() == "잡음: 0"
    assert panel.batch[0].text() == "배치 크기: 10"
    panel.batch[1].setValue(32)
    assert panel.batch[0].text() == "배치 크기: 32"
    assert "50" in panel.ratio[0].text() and "비율" in panel.ratio[0].text()
    assert panel.classes.prefix() == "클래스 수: "
    assert panel.regenerate.text() == "다시 생성"
    assert panel.dataset_buttons["circle"].toolTip() == "원"
    assert "주황색" in panel.add_class0.text()
    assert_all_korean(panel)


def test_a_malformed_csv_is_refused_in_korean(korean, qtbot, tmp_path, monkeypatch):
    """A person's CSV with a word among the numbers: the dialog says so in Korean, with
    the line, the column and the value at fault."""
    from gui.panels.data_panel import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    shown = []
    monkeypatch.setattr(panel, "show_error", lambda title, text: shown.append((title, text)))
    bad = tmp_path / "points.csv"
    bad.write_text("x1,x2,label\n1,2,0\n3,oops,1\n", encoding="utf-8")
    assert not panel.import_csv(str(bad))
    assert shown == [("points.csv 파일을 가져올 수 없습니다",
                      "3번째 줄: x2 열의 'oops'은(는) 수가 아닙니다")]


def test_an_unreadable_image_folder_is_refused_in_korean(korean, qtbot, tmp_path):
    from gui.panels.data_panel import DataPanel

    panel = DataPanel()
    qtbot.addWidget(panel)
    problems = []
    panel.problem.connect(problems.append)
    assert not panel.image_data.open_folder(tmp_path / "nowhere")
    assert problems == [f"nowhere을(를) 열 수 없습니다: {tmp_path / 'nowhere'}은(는) 폴더가 "
                        "아닙니다: 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 고르세요"]


def test_plural_forms_reach_the_app(korean):
    assert QCoreApplication.translate("NetworkPanel", "%n neurons", "", 3) == "뉴런 3개"
    assert QCoreApplication.translate("NetworkPanel", "%n hidden layers", "", 2) == "은닉층 2개"


def test_removing_the_translator_brings_english_back(qapp, qtbot):
    """The ``korean`` fixture takes its translator out again after each test."""
    from gui.panels.training_bar import TrainingBar

    bar = TrainingBar()
    qtbot.addWidget(bar)
    assert "Learning rate" in [label.text() for label in bar.findChildren(QLabel)]


def sample(code: str) -> Message:
    """``code`` with every parameter 2: a number fits every field's format."""
    return Message(code, tuple((name, 2) for name in sorted(fields(CODES[code]))))


def test_engine_messages_render_in_korean(korean):
    """Every code the engine reports reaches the Korean window as its Korean template,
    through the .qm the app loads (a code left out of the .ts would show in English)."""
    templates = {code: text for section in SECTIONS
                 for code, text in tomllib.loads(
                     (I18N / "messages_ko" / f"{section}.toml").read_text("utf-8")).items()}
    wrong = [code for code in CODES
             if render_message(sample(code)) != render(templates[code], sample(code).values)]
    assert not wrong, f"not shown as their Korean template: {wrong}"
    assert HANGUL.search(render_message(sample("training.diverged")))


def test_engine_messages_render_in_english_without_a_translator(qapp):
    for code in CODES:
        assert render_message(sample(code)) == sample(code).english(), code


def test_a_layer_stack_that_does_not_fit_says_why_in_korean(korean, qtbot):
    """The builder's misfit is the engine's Message, rendered in the window's language:
    the layer (its row and kind) and the shapes inside a Korean sentence."""
    from engine.shared.layers.layer import Layer
    from engine.shared.layers.shape import Shape
    from gui.panels.layer_builder import LayerBuilder

    builder = LayerBuilder()
    qtbot.addWidget(builder)
    builder.set_input(Shape.image(1, 28, 28), 10, "")
    builder.set_stack((Layer.make("conv2d", out_channels=16, kernel=5),
                       Layer.make("linear", out_features=10)))
    assert not builder.fits() and builder.error().position == "2"
    reason = ("2번 층 Linear은(는) 특징 또는 시퀀스을(를) 받는데 이미지 16×24×24이(가) "
              "들어왔습니다: 앞에 Flatten을 넣으세요")
    assert builder.error_label.text() == f"맞지 않음: {reason}"
    assert builder.item_at("2").toolTip(1) == reason
    # The same error in English, where no translator is installed.
    assert str(builder.error()).startswith("layer 2 Linear takes features or a sequence")
# -- a refusal of the engine, as the Korean window shows it ------------------------------
class NoTrainer(QObject):
    """A TrainingHost without its process: the window's own checks refuse before any
    command would reach a trainer."""

    snapshotReady = Signal(object)
    ready = Signal(str)
    failed = Signal(str, str)
    replied = Signal(object)
    died = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.sent: list = []

    def send(self, command) -> None:
        self.sent.append(command)

    def shutdown(self) -> None:
        pass


@pytest.fixture
def korean_window(korean, qtbot):
    from gui.main_window import MainWindow

    window = MainWindow(language="ko", host=NoTrainer())
    qtbot.addWidget(window)
    return window


def test_a_settings_file_refused_in_the_korean_window_reads_korean(korean_window, tmp_path):
    """The file's refusal and the setting it names inside it are both Korean."""
    path = tmp_path / "steep.json"
    path.write_text('{"training": {"learning_rate": -1}}', encoding="utf-8")
    assert not korean_window.files.open_path(path)
    text = korean_window.banner.text()
    assert text == "steep.json: 실험을 쓸 수 없습니다: 학습률 -1은(는) 양수여야 합니다", text
    assert not any(isinstance(c, cmd.OpenExperiment) for c in korean_window.host.sent)


def test_an_out_of_range_setting_is_refused_in_korean(korean_window):
    before = korean_window.experiment
    korean_window.change_training("batch_size", 0)
    assert korean_window.experiment == before
    assert korean_window.banner.text() == "배치 크기 0은(는) 1 이상이어야 합니다"
    assert not any(isinstance(c, cmd.SetTraining) for c in korean_window.host.sent)
