"""Compare runs: one experiment trained several times with one setting varied.

Three pictures of the same runs: their loss curves in one plot, the gradient norm of every
layer as grouped bars (on a log scale, so a sigmoid net's vanishing gradients show as
bars orders of magnitude shorter near the input), and every run's loss now as a strip
plot (the many-seeds demo: large nets land at losses of similar quality).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine.shared import commands as cmd
from engine.shared.comparison import COMPARABLE, MAX_RUNS, MAX_RUNS_SIDE_BY_SIDE, parse_values
from engine.shared.experiment import ExperimentError
from gui.colors import CLASS_COLORS
from gui.messages import error_text, render_message
from gui.views.compare_plots import GradientBars, LossStrip
from gui.views.demo_view import DemoView
from gui.views.plots import plain_plot

#: What the values box suggests for each setting.
EXAMPLES = {
    "activation": "sigmoid, tanh, relu", "training.optimizer": "sgd, momentum, adam",
    "training.learning_rate": "0.3, 0.03, 0.003", "training.batch_size": "1, 10, 30",
    "training.seed": "8  (or 0-15)", "network.dropout": "0, 0.2, 0.5",
    "network.init_scale": "0.1, 1, 3", "network.recurrent_scale": "1, 2, 4",
    "network.hidden": "4, 8-8, 8-8-8",
    "training.regularization": "none, l1, l2", "training.reg_rate": "0, 0.001, 0.01",
    "training.pretrain_steps": "0, 300",
}


def run_color(index: int) -> tuple[int, int, int]:
    if index < len(CLASS_COLORS):
        return tuple(int(c) for c in CLASS_COLORS[index])
    color = pg.intColor(index, hues=16, values=1, maxValue=200)
    return color.red(), color.green(), color.blue()


class CompareView(DemoView):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.setting = QComboBox()
        names = {"activation": self.tr("activation"), "training.optimizer": self.tr("optimizer"),
                 "training.learning_rate": self.tr("learning rate"),
                 "training.batch_size": self.tr("batch size"), "training.seed": self.tr("seed"),
                 "network.dropout": self.tr("dropout"),
                 "network.init_scale": self.tr("initial weight scale"),
                 "network.recurrent_scale": self.tr("recurrent weight scale"),
                 "network.hidden": self.tr("hidden layers"),
                 "training.regularization": self.tr("regularization"),
                 "training.reg_rate": self.tr("regularization rate"),
                 "training.pretrain_steps": self.tr("pre-training steps")}
        for key in COMPARABLE:
            self.setting.addItem(names.get(key, key), key)
        self.setting.currentIndexChanged.connect(self._suggest)
        self.values = QLineEdit()
        self.values.returnPressed.connect(self.start)
        self.start_button = QPushButton(self.tr("Compare"))
        self.start_button.setToolTip(self.tr("Train one run per value, together, from step 0"))
        self.start_button.clicked.connect(self.start)
        self.single_button = QPushButton(self.tr("Single run"))
        self.single_button.clicked.connect(self.stop_comparing)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Vary")))
        controls.addWidget(self.setting)
        controls.addWidget(self.values, 1)
        controls.addWidget(self.start_button)
        controls.addWidget(self.single_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.curves = plain_plot(self.tr("step"), self.tr("training loss"))
        self.legend = self.curves.addLegend(offset=(-10, 10))
        self.legend.setLabelTextColor("k")
        self.bars = GradientBars(self.tr("layer (input → output)"), self.tr("‖∂E/∂W‖"))
        self.strip = LossStrip(self.tr("loss now"), (self.tr("training"), self.tr("test")))
        bottom = QSplitter()
        bottom.addWidget(self.bars.plot)
        bottom.addWidget(self.strip.plot)
        pictures = QSplitter()
        pictures.setOrientation(pictures.orientation().Vertical)
        pictures.addWidget(self.curves)
        pictures.addWidget(bottom)
        pictures.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(pictures, 1)
        #: Each run's (training, test) loss curve.
        self.run_lines: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._labels: tuple[str, ...] = ()
        #: The demo's recipe comparison last shown (the Vary box cannot type one).
        self._recipe: dict | None = None
        self.frames_drawn = 0
        self._suggest()
        self._show_idle()

    # -- the view protocol -----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Compare runs")

    def probe_names(self) -> set[str]:
        return {"compare"}

    def show_snapshot(self, snap) -> None:
        data = snap.compare
        if data is None:
            self._show_idle()
            return
        runs = data.runs
        labels = tuple(run.label_ko if self.language == "ko" else run.label for run in runs)
        if labels != self._labels:
            self._rebuild(labels)
            self._show_setting(data, labels)
        for (train, test), run in zip(self.run_lines, runs, strict=True):
            h = run.history
            ok = np.isfinite(h.train_loss)
            train.setData(h.steps[ok], h.train_loss[ok])
            ok = np.isfinite(h.test_loss)
            test.setData(h.steps[ok], h.test_loss[ok])
        self.bars.show([run.grad_norms for run in runs], [run_color(i) for i in range(len(runs))])
        self.strip.show([(run.train_loss, run.test_loss) for run in runs],
                        [run_color(i) for i in range(len(runs))], labels)
        self.summary.setText(self._summary(runs, labels))
        self.frames_drawn += 1

    # -- controls ---------------------------------------------------------------------------
    def _show_setting(self, data, labels) -> None:
        """The varied setting in the Vary box; a demo's recipe (several settings per run)
        gets an entry of its own, so pressing Compare races the same recipe again."""
        if data.vary == "recipe":
            self._recipe = {"vary": "recipe", "values": [run.value for run in data.runs],
                            "labels": [{"en": run.label, "ko": run.label_ko}
                                       for run in data.runs]}
            if self.setting.findData("recipe") < 0:
                self.setting.addItem(self.tr("the demo's recipe"), "recipe")
            self.setting.setCurrentIndex(self.setting.findData("recipe"))
            self.values.setText(", ".join(labels))
            return
        index = self.setting.findData(data.vary)
        if index >= 0:
            self.setting.setCurrentIndex(index)

    def start(self) -> None:
        vary = self.setting.currentData()
        if vary == "recipe":
            self.commandRequested.emit(cmd.SetComparison(self._recipe))
            return
        try:
            values = parse_values(vary, self.values.text() or self.values.placeholderText())
        except ExperimentError as exc:
            self.problem.emit(error_text(exc))
            return
        limit = MAX_RUNS if vary == "training.seed" else MAX_RUNS_SIDE_BY_SIDE
        if not 2 <= len(values) <= limit:
            self.problem.emit(self.tr("Comparing {0} needs 2 to {1} values; got {2}.")
                              .format(self.setting.currentText(), limit, len(values)))
            return
        self.commandRequested.emit(cmd.SetComparison({"vary": vary, "values": list(values)}))

    def stop_comparing(self) -> None:
        self.commandRequested.emit(cmd.SetComparison(None))

    def prefill(self, comparison: dict) -> None:
        """Show a comparison's setting and values, ready to press Compare."""
        index = self.setting.findData(comparison.get("vary"))
        values = comparison.get("values")
        if index < 0 or not isinstance(values, list):
            return
        self.setting.setCurrentIndex(index)
        self.values.setText(", ".join(
            "-".join(map(str, v)) if isinstance(v, list) else str(v) for v in values))

    def _suggest(self) -> None:
        example = EXAMPLES.get(self.setting.currentData(), "")
        self.values.setPlaceholderText(example.split("  ")[0])
        self.values.setToolTip(self.tr("Values separated by commas, e.g. {0}").format(example))

    # -- drawing ----------------------------------------------------------------------------
    def _rebuild(self, labels: tuple[str, ...]) -> None:
        for train, test in self.run_lines:
            self.curves.removeItem(train)
            self.curves.removeItem(test)
        self.legend.clear()
        self.run_lines = []
        for index, label in enumerate(labels):
            color = run_color(index)
            width = 2 if len(labels) <= MAX_RUNS_SIDE_BY_SIDE else 1
            train = self.curves.plot(pen=pg.mkPen(color, width=width), name=label)
            test = self.curves.plot(pen=pg.mkPen(color, width=1, style=pg.QtCore.Qt.DashLine))
            self.run_lines.append((train, test))
        self._labels = labels
        self.curves.enableAutoRange()

    def _summary(self, runs, labels) -> str:
        parts = []
        for run, label in zip(runs, labels, strict=True):
            text = self.tr("{0}: loss {1:.3f}").format(label, run.train_loss)
            if np.isfinite(run.test_accuracy):
                text += self.tr(", test accuracy {0:.1f} %").format(100 * run.test_accuracy)
            if run.status is not None:
                text += f" — {render_message(run.status)}"
            parts.append(text)
        head = self.tr("Solid: training loss, dashed: test loss. ")
        return head + "; ".join(parts)

    def _show_idle(self) -> None:
        recipe = self.setting.findData("recipe")
        if recipe >= 0:  # that demo's recipe does not fit other demos
            self.setting.removeItem(recipe)
        if self._labels:
            self._rebuild(())
            self.bars.show([], [])
            self.strip.show([], [], ())
        self.summary.setText(self.tr(
            "One run trains now. Pick a setting and its values, then press Compare: the "
            "runs train together from step 0, with everything else the same."))
