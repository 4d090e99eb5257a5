"""The data panel: dataset thumbnails, split, noise, batch size, regenerate, a person's
own points (click to add, clear, CSV import), for the digits and shapes how many training
examples keep their label, image data of a person's own with augmentation
(gui/panels/image_data.py), and sequence tasks and text with the recurrent nets' training
settings (gui/panels/sequence_data.py).

It emits changes to the experiment's data settings (and those few training settings);
the main window applies them.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

from engine.data import DATASETS
from engine.data.shapes import CLASS_NAMES
from engine.shared.catalogue import (
    WORD_DATASETS,
    caption_info,
    sequence_info,
    translation_info,
    word_info,
)
from engine.shared.experiment import DataSettings, Experiment, TrainSettings
from gui.panels.dataset_icons import DatasetThumbnails
from gui.panels.dataset_texts import DatasetTexts
from gui.panels.image_data import ImageDataBox
from gui.panels.own_points import OwnPointsBox
from gui.panels.sequence_data import CHARACTER_DATA, SequenceDataBox, switch_changes
from gui.panels.word_data import WordDataBox, word_switch_changes

#: Images generated when the shapes are picked (the lead's ConvNet demo sets its own).
SHAPES_POINTS = 3000


class DataPanel(QWidget):
    #: Changes to DataSettings fields, e.g. {"dataset": "xor"}.
    dataEdited = Signal(dict)
    #: Training batch size (lives in TrainSettings but sits here, as in the playground).
    batchSizeChanged = Signal(int)
    #: Training settings of recurrent nets set in the sequence box: (field, value).
    trainingChanged = Signal(str, object)
    #: A file that cannot be used: the message for the window's banner (when nothing
    #: listens, a message box says it).
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DataSettings()
        self._problem = "classification"
        self._slider_texts: dict[QSlider, tuple[QLabel, str]] = {}
        self.texts = DatasetTexts(self)
        layout = self._build_scroll_area()
        self.datasets_box = DatasetThumbnails(self.tr("Which dataset do you want to use?"),
                                              self.texts.title)
        self.datasets_box.picked.connect(self._pick)
        self.thumb_grid = self.datasets_box.grid
        self.dataset_buttons = self.datasets_box.buttons
        layout.addWidget(self.datasets_box)
        self._build_sliders(layout)
        self.classes = QSpinBox()
        self.classes.setRange(2, 5)
        self.classes.setPrefix(self.tr("Classes: "))
        self.classes.valueChanged.connect(lambda k: self._emit({"n_classes": k}))
        layout.addWidget(self.classes)
        self._build_image_controls(layout)
        self._build_sequence_controls(layout)
        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New random points from the same distribution"))
        self.regenerate.clicked.connect(lambda: self._emit({"seed": self._settings.seed + 1}))
        layout.addWidget(self.regenerate)
        self._build_own_points(layout)
        layout.addStretch(1)
        self.datasets_box.arrange(self._problem)
        self._fit_width()

    # -- construction ----------------------------------------------------------------
    def _build_scroll_area(self) -> QVBoxLayout:
        """The layout of the controls, in a scroll area: images and sequences bring more
        of them than a short window has room for, and squeezed spin boxes cannot be read."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll)
        return QVBoxLayout(self.content)

    def _build_sliders(self, layout: QVBoxLayout) -> None:
        """Split, noise and batch size."""
        self.ratio = self._slider(10, 90, 50, self.tr("Ratio of training to test data: {0} %"))
        self.noise = self._slider(0, 50, 0, self.tr("Noise: {0}"))
        self.batch = self._slider(1, 64, 10, self.tr("Batch size: {0}"))
        # Dragging a slider regenerates the data live, at most ~7 times a second (superqt
        # throttles; the last value always lands), instead of on every pixel of travel.
        self._emit_ratio = qthrottled(
            lambda: self._emit({"train_ratio": self.ratio[1].value() / 100}),
            timeout=150, parent=self)
        self._emit_noise = qthrottled(
            lambda: self._emit({"noise": self.noise[1].value() / 100}), timeout=150,
            parent=self)
        self.ratio[1].valueChanged.connect(lambda _v: self._emit_ratio())
        self.noise[1].valueChanged.connect(lambda _v: self._emit_noise())
        self.batch[1].valueChanged.connect(self.batchSizeChanged)
        for label, slider in (self.ratio, self.noise, self.batch):
            layout.addWidget(label)
            layout.addWidget(slider)

    def _build_image_controls(self, layout: QVBoxLayout) -> None:
        """A word on the images, the labelled examples, a person's own image files."""
        # The digits: how many training images keep their label (the rest only serve
        # unsupervised pre-training), and a word on what the images are.
        self.labels = QSpinBox()
        self.labels.setRange(0, 1797)
        self.labels.setSingleStep(10)
        self.labels.setKeyboardTracking(False)  # one edit when typing is done
        self.labels.setSpecialValueText(self.tr("all"))
        self.labels_label = QLabel(self.tr("Labelled examples"))
        self.labels_label.setBuddy(self.labels)
        self.labels.setToolTip(self.tr(
            "How many training images keep their label; the others are used only by "
            "layer-wise pre-training. The lowest value, “all”, keeps every label."))
        self.labels.valueChanged.connect(lambda n: self._emit({"labels": n}))
        self.image_note = QLabel(self.texts.image_note("digits"))
        self.image_note.setWordWrap(True)
        for widget in (self.image_note, self.labels_label, self.labels):
            layout.addWidget(widget)
            widget.setVisible(False)  # shown while image data are picked
        self.image_data = ImageDataBox()
        self.image_data.dataEdited.connect(self.dataEdited)
        self.image_data.problem.connect(self._report)
        self.image_data.augment_box.setVisible(False)
        layout.addWidget(self.image_data)

    def _build_sequence_controls(self, layout: QVBoxLayout) -> None:
        self.sequence_data = SequenceDataBox()
        self.sequence_data.dataEdited.connect(self.dataEdited)
        self.sequence_data.trainingChanged.connect(self.trainingChanged)
        self.sequence_data.problem.connect(self._report)
        self.sequence_data.setVisible(False)
        layout.addWidget(self.sequence_data)
        self.word_data = WordDataBox()
        self.word_data.dataEdited.connect(self.dataEdited)
        self.word_data.problem.connect(self._report)
        self.word_data.setVisible(False)
        layout.addWidget(self.word_data)

    def _build_own_points(self, layout: QVBoxLayout) -> None:
        own = self.own_points = OwnPointsBox()
        own.changesAsked.connect(self._emit)
        # Looked up on each call: a test may stand in for the message box.
        own.failed.connect(lambda title, text: self.show_error(title, text))
        self.add_off, self.add_class0, self.add_class1 = (own.add_off, own.add_class0,
                                                          own.add_class1)
        layout.addWidget(own)

    def _slider(self, low: int, high: int, value: int, text: str) -> tuple[QLabel, QSlider]:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        label = QLabel(text.format(value))
        slider.valueChanged.connect(lambda v: label.setText(text.format(v)))
        self._slider_texts[slider] = (label, text)
        return label, slider

    def _fit_width(self) -> None:
        """As wide as the widest control, so that only the height scrolls."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.content.minimumSizeHint().width() + bar)

    # -- actions ---------------------------------------------------------------------
    def _pick(self, dataset_id: str) -> None:
        if dataset_id == "text":
            self.sequence_data.pick_text()  # a file of the person's: asked for
        else:
            changes = {"dataset": dataset_id, "custom_points": (),
                       **switch_changes(dataset_id, self._settings.dataset),
                       **word_switch_changes(dataset_id, self._settings.dataset)}
            if dataset_id == "shapes" and self._settings.dataset != "shapes":
                # Every class, enough images of each for a ConvNet to learn them.
                changes.update(n_points=SHAPES_POINTS, n_classes=len(CLASS_NAMES),
                               labels=0)
            self._emit(changes)
        # A click toggles the button; the data in force decide (a cancelled file dialog,
        # a second click on the data already picked).
        self.datasets_box.select(self._settings.dataset)

    def _report(self, text: str) -> None:
        if self.receivers(SIGNAL("problem(QString)")) > 0:
            self.problem.emit(text)
        else:
            self.show_error(self.tr("Could not open the data"), text)

    def _emit(self, changes: dict) -> None:
        current = {k: getattr(self._settings, k) for k in changes}
        if current != changes:
            self.dataEdited.emit(changes)

    def import_csv(self, path: str) -> bool:
        """Load a person's CSV; on a bad file show why and keep the current data."""
        return self.own_points.import_csv(path)

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def click_label(self) -> float | None:
        """The label a click on the plane adds now, or None when clicks add nothing."""
        return self.own_points.click_label()

    def add_point(self, x1: float, x2: float) -> None:
        self.own_points.add_point(x1, x2)

    # -- state from the window -----------------------------------------------------
    def _show_controls_of(self, settings: DataSettings, images: bool, sequences: bool
                          ) -> None:
        """Each kind of data its own controls: points are drawn and clicked, images
        augmented, sequences have a length (their box says the rest)."""
        self.image_note.setVisible(images)
        for widget in (self.labels_label, self.labels):  # the digits' pre-training demo
            widget.setVisible(settings.dataset in ("digits", "digits-28"))
        self.image_data.augment_box.setVisible(images)
        self.image_data.setVisible(not sequences)
        self.sequence_data.setVisible(sequences)
        self.classes.setVisible(not sequences)  # recall's symbols sit in the box
        self.own_points.setEnabled(not images and not sequences)
        self.own_points.setVisible(not images and not sequences)
        text = settings.dataset in (*CHARACTER_DATA, *WORD_DATASETS)
        self.noise[1].setEnabled(not text)
        self.noise[1].setToolTip(self.tr("Noise does not change a text.") if text else "")
        self.regenerate.setToolTip(
            self.tr("New random sequences (of a text: new windows of it)") if sequences
            else self.tr("New random points from the same distribution"))

    def show_experiment(self, experiment: Experiment, _sections=frozenset()) -> None:
        """The experiment in force (the window's ExperimentState emits it)."""
        self.set_settings(experiment.data, DATASETS[experiment.data.dataset].problem,
                          experiment.training.batch_size, experiment.training)

    def set_settings(self, settings: DataSettings, problem: str, batch_size: int,
                     training: TrainSettings | None = None) -> None:
        """Show the settings in force (without emitting); ``training`` feeds the
        sequence box's settings of recurrent training."""
        self._settings = settings
        widgets = (self.ratio[1], self.noise[1], self.batch[1], self.classes, self.labels)
        for w in widgets:
            w.blockSignals(True)
        self.ratio[1].setValue(round(settings.train_ratio * 100))
        self.noise[1].setValue(round(settings.noise * 100))
        self.batch[1].setValue(batch_size)
        info = DATASETS.get(settings.dataset)
        words = word_info(settings.dataset) is not None
        # Sentence pairs are no images either; they have no box of their own yet.
        pairs = (translation_info(settings.dataset) is not None
                 or caption_info(settings.dataset) is not None)  # pictures and captions
        sequences = sequence_info(settings.dataset) is not None or words or pairs
        images = info is not None and not info.points_2d and not sequences
        adjustable = info is not None and info.adjustable_classes
        from_path = info is not None and info.from_path
        self.classes.setEnabled(bool(info and info.max_classes > 2) and
                                (adjustable or not images))
        self.classes.setMaximum(max(2, info.max_classes if info else 2))
        # The digits have ten classes and a person's files theirs, shown as they are.
        known = self.image_data.class_count(settings) if from_path else None
        fixed = known if from_path else None if adjustable else info.max_classes
        self.classes.setValue((fixed or settings.n_classes) if images else settings.n_classes)
        self.labels.setValue(settings.labels)
        self.image_note.setText(self.texts.image_note(settings.dataset))
        for w in widgets:
            w.blockSignals(False)
        self._show_controls_of(settings, images, sequences)
        self.sequence_data.setVisible(sequences and not words and not pairs)
        self.word_data.setVisible(words)
        self.word_data.set_settings(settings)
        self.image_data.set_settings(settings)
        self.sequence_data.set_settings(settings, training)
        self.own_points.set_settings(settings, problem)
        for slider, (label, text) in self._slider_texts.items():
            label.setText(text.format(slider.value()))
        if problem != self._problem:
            self._problem = problem
            self.datasets_box.arrange(problem)
        self.datasets_box.select(settings.dataset)
        self._fit_width()
