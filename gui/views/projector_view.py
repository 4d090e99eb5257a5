"""The projector (issue 20, item 4): every vector a labelled point, coloured by its group,
for the activations of any layer on the test examples (coloured by class) or a word
model's vectors (coloured by word group), as TensorBoard's Projector draws them, but
live: PCA is recomputed at every frame with each axis's sign kept from the frame before,
so the points glide as the model learns instead of mirroring.

t-SNE runs on demand in the trainer ("projector" probe, a sliced job) and its layout is
drawn while it converges. A click shows a point's nearest neighbours by cosine
similarity; the side panel searches labels and, for words, solves analogies.

Both sources arrive as one type (engine.shared.results.projection.ProjectorPoints): the
projector probe's, or a "word_vectors" probe's matrix, words and groups.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from engine.shared.projection import principal_components
from engine.shared.results.projection import THOUGHTS, WORDS, ProjectorData, word_points
from gui.views.probe_view import ProbeView
from gui.views.projector_canvas import ProjectorCanvas
from gui.views.projector_controls import PCA3, TSNE, ProjectorControls
from gui.views.projector_legend import GroupLegend
from gui.views.projector_side import ProjectorSide

PROBE = "projector"
#: A word model's own probe (its matrix, words and groups), shown when it is there.
WORD_PROBE = "word_vectors"


class ProjectorView(ProbeView):
    PROBE = PROBE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls = ProjectorControls()
        self.canvas = ProjectorCanvas()
        self.side = ProjectorSide()
        self.legend = GroupLegend()
        self.side.layout().insertWidget(0, self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas.plot)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.controls)
        row = QHBoxLayout()
        row.addWidget(splitter, 1)
        page.addLayout(row, 1)
        self.controls.changed.connect(self._send)
        self.controls.projectionChanged.connect(self._projection_changed)
        self.canvas.pointClicked.connect(self.select)
        self.side.selected.connect(self.select)
        self.side.marked.connect(self._mark_matches)
        self.legend.picked.connect(self._mark_group)
        #: The drawn frame: its points, the last PCA's components (for their signs).
        self.data: ProjectorData | None = None
        self._key = None
        self._components: np.ndarray | None = None
        self._matches = np.zeros(0, np.int64)
        self.explained: np.ndarray | None = None

    # -- the view interface ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Projector")

    def probe_names(self) -> set[str]:
        # The word model's probe too: when it has vectors, they are one of the choices.
        return {PROBE, WORD_PROBE}

    def show_snapshot(self, snap) -> None:
        words = snap.live.get(WORD_PROBE)
        if snap.live.get(PROBE) is None and words is not None:
            points = word_points(words.vectors, words.words, words.groups,
                                 words.group_names, step=snap.step)
            self.pages.setCurrentIndex(0)
            self.draw(ProjectorData(points), snap)
            self.frames_drawn += 1
            return
        super().show_snapshot(snap)

    def draw(self, data: ProjectorData, snap) -> None:
        points = data.points
        key = (points.source, points.layer, len(points), points.vectors.shape[1])
        same = key == self._key
        if not same:
            self._key, self._components = key, None
            self.canvas.set_groups(points.groups, points.group_names)
            self.legend.set_groups(points.group_names,
                                   [len(m) for m in self.canvas.members],
                                   self.canvas.colours)
            self.canvas.box.enableAutoRange()
        self.data = data
        self.controls.set_layers(points.layers, points.layer,
                                 snap.live.get(WORD_PROBE) is not None or
                                 points.source == WORDS, points.source == WORDS,
                                 points.source == THOUGHTS)
        self.side.set_points(points, same)
        self._place(data)

    # -- drawing ---------------------------------------------------------------------------
    def _place(self, data: ProjectorData) -> None:
        points, mode = data.points, self.controls.mode()
        pca = principal_components(points.vectors, 3, self._components)
        self._components, self.explained = pca.components, pca.explained
        tsne = data.tsne if mode == TSNE else None
        if tsne is not None and len(tsne.layout) == len(points):
            coords = tsne.layout
        else:
            coords = pca.coords if mode == PCA3 else pca.coords[:, :2]
        if mode == TSNE:
            self.controls.show_tsne(tsne)
        self.canvas.set_coords(coords, points.labels)
        self._mark()
        self.controls.status.setText(self._status(data, mode))

    def _status(self, data: ProjectorData, mode: str) -> str:
        points = data.points
        shown, total = points.examples
        what = (self.tr("{0} words").format(len(points)) if points.source == WORDS
                else self.tr("{0} of {1} test examples").format(shown, total))
        if points.source == THOUGHTS:
            what = self.tr("the thought vectors of {0} sentences with {1} meanings (colour: "
                           "the meaning)").format(len(points), len(points.group_names))
        if mode == TSNE:
            return self.tr("t-SNE of {0}: nearby points have similar vectors; distances "
                           "between clusters mean little.").format(what)
        shares = ", ".join(f"PC{i + 1} {100 * v:.0f} %"
                           for i, v in enumerate(self.explained[:3 if mode == PCA3 else 2]))
        return self.tr("PCA of {0}, share of the variance: {1}").format(what, shares)

    def _mark(self) -> None:
        neighbours = self.side.neighbour_indices()
        marked = np.concatenate([neighbours, self._matches[:200]]).astype(np.int64)
        self.canvas.mark(marked, self.side.index)

    def _mark_matches(self, matches) -> None:
        self._matches = np.asarray(matches, np.int64)
        self._mark()

    def _mark_group(self, group: int) -> None:
        """Ring a group's members (a legend row clicked), or none for -1."""
        members = self.canvas.members
        self._mark_matches(members[group] if 0 <= group < len(members) else [])

    # -- a person's choices ----------------------------------------------------------------
    def select(self, index: int) -> None:
        """Select point ``index``: its neighbours listed, ringed and labelled first."""
        self.side.select(index)
        self._mark()

    def _send(self) -> None:
        self.send_options(self.controls.options())

    def _projection_changed(self, mode: str) -> None:
        self.canvas.set_turning(mode == PCA3)
        self.canvas.box.enableAutoRange()
        if self.data is not None:
            self._place(self.data)
