"""The loss landscape's words under the plot: what plane or line it shows, on how many
examples, and what the curvature says of the point."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject


class LandscapeTexts(QObject):
    def readout(self, data, files: tuple[str, ...]) -> str:
        """What the landscape shows (``files``: the two files of a line between them)."""
        if data.directions == "files" and len(files) == 2:
            parts = [self.tr("Line from {0} (α = 0) to {1} (α = 1)").format(
                *(Path(f).name for f in files))]
        else:
            parts = [self.tr("Plane centred on the weights of step {0}").format(
                data.center_step)]
        if data.examples is not None and data.examples[0] < data.examples[1]:
            parts.append(self.tr("losses on the first {0} of {1} training examples").format(
                *data.examples))
        if data.explained_variance is not None:
            v1, v2 = data.explained_variance
            parts.append(self.tr("PCA explains {0:.0f} % + {1:.0f} % of the path").format(
                100 * v1, 100 * v2))
        if data.curvature is not None:
            top, bottom = data.curvature
            parts.append(self.tr("Hessian eigenvalues: largest {0:.3g}, smallest {1:.3g}")
                         .format(top, bottom))
        if data.curvature_label:
            parts.append(self._curvature_text(data.curvature_label))
        return " · ".join(parts)

    def _curvature_text(self, label: str) -> str:
        if label == "minimum":
            return self.tr("a minimum: the loss curves upwards in every direction")
        if label.startswith("saddle"):
            return self.tr("a saddle point: the loss falls along some directions")
        return label
