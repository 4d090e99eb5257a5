"""The QApplication: theme, translations, the main window, and the screenshot mode."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

STYLE = """
QMainWindow, QWidget { font-size: 13px; }
QLabel#stepCounter { font-size: 22px; font-weight: 300; }
QLabel#fieldLabel { color: #777; font-size: 11px; }
QLabel#caption { color: #333; padding: 4px; }
QLabel#heading { font-weight: bold; font-size: 14px; }
QLabel#banner { background: #fff3cd; color: #6b4e00; border: 1px solid #e6c36a;
                border-radius: 4px; padding: 6px; }
QToolButton#playButton { background: #183d4e; color: white; border-radius: 20px;
                         font-size: 18px; }
QToolButton#playButton:disabled { background: #c8d0d4; color: #f4f6f7; }
"""


def pick_language(requested: str | None) -> str:
    if requested:
        return requested
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Deepscope's own translation, plus Qt's (dialog buttons such as OK / Cancel)."""
    if language == "en":
        return None
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
    translator = QTranslator(app)
    if translator.load(str(I18N / f"deepscope_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


def make_app(argv: list[str] | None = None) -> QApplication:
    import pyqtgraph as pg

    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("Deepscope")
    app.setOrganizationName("Deepscope")
    app.setStyleSheet(STYLE)
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    return app


def run_app(args) -> int:
    app = make_app()
    language = pick_language(args.lang)
    install_translator(app, language)
    from gui.main_window import MainWindow

    window = MainWindow(language=language, device=args.device, seed=args.seed)
    window.open_demo(args.demo or window.demos[0].id)
    if args.file:  # refused: the banner says why, and the demo stays open
        window.files.open_path(args.file)
    if args.screenshot:
        return _screenshot(app, window, args.steps or 0, args.screenshot)
    window.show()
    if args.steps:
        from engine.shared.commands import Step
        window.host.send(Step(args.steps))
    return app.exec()


def _screenshot(app: QApplication, window, steps: int, path: str) -> int:
    """Train ``steps`` steps, save the window as a PNG, exit."""
    from engine.shared import commands as cmd
    window.show()
    done = {"code": 1}

    def on_drawn(snap) -> None:
        if snap.step >= steps and not snap.running:
            window.snapshotDrawn.disconnect(on_drawn)
            # Let the last frame paint before grabbing it.
            QTimer.singleShot(100, lambda: save(snap))

    def save(snap) -> None:
        ok = window.grab().save(path)
        done["code"] = 0 if ok else 1
        print(f"saved {path} at step {snap.step}" if ok else f"could not save {path}")
        window.close()
        app.quit()

    def on_failed(message: str, _details: str) -> None:
        print(f"training failed: {message}", file=sys.stderr)
        window.close()
        app.quit()

    window.snapshotDrawn.connect(on_drawn)
    window.host.failed.connect(on_failed)
    if steps:
        window.host.send(cmd.Step(steps))
    app.exec()
    return done["code"]
