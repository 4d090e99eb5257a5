"""The data panel's words for each dataset: its title under the thumbnail, and what
image data are."""

from __future__ import annotations

from PySide6.QtCore import QObject

from engine.data import DATASETS


class DatasetTexts(QObject):
    def image_note(self, dataset_id: str) -> str:
        """What the images of ``dataset_id`` are, beside the data panel's controls."""
        if dataset_id == "shapes":
            return self.tr(
                "Bars at four angles, circles, squares, triangles and crosses, 28×28 "
                "pixels, placed at random; noise makes them harder. Try a ConvNet "
                "(Layers tab).")
        if dataset_id == "digits-28":
            return self.tr(
                "The 1,797 8×8 handwritten digits enlarged to 28×28 (784 inputs), smoothed: "
                "the size LeNet and other MNIST nets expect. No new detail appears.")
        info = DATASETS.get(dataset_id)
        if info is not None and info.from_path:
            return self.tr("Your own images, made grey and 28×28 pixels (784 inputs). "
                           "The 2-D features and your own points do not apply.")
        return self.tr(
            "1,797 handwritten digits, each only 8×8 pixels (64 inputs): small enough to "
            "train in seconds. The 2-D features and your own points do not apply.")

    def title(self, dataset_id: str) -> str:
        """The dataset's name under its thumbnail."""
        titles = {
            "circle": self.tr("Circle"), "xor": self.tr("Exclusive or"),
            "gaussians": self.tr("Gaussian blobs"), "spiral": self.tr("Spiral"),
            "moons": self.tr("Two moons"), "checkerboard": self.tr("Checkerboard"),
            "two-curves": self.tr("Two interleaved curves (Fig. 1a)"),
            "plane": self.tr("Plane (regression)"),
            "multi-gaussian": self.tr("Multi-Gaussian (regression)"),
            "custom": self.tr("Your own points"),
            "digits": self.tr("Digits (8×8 images)"),
            "digits-28": self.tr("Digits enlarged to 28×28"),
            "shapes": self.tr("Shapes (28×28 images)"),
            "parens": self.tr("Bracket depth (counting)"),
            "recall": self.tr("Delayed recall (remember a symbol)"),
            "adding": self.tr("Adding problem"),
            "sines": self.tr("Next value of noisy sines"),
            "grammar": self.tr("Generated sentences (characters)"),
            "text": self.tr("Your text file (characters)"),
            "words": self.tr("Generated news sentences (words)"),
            "word-text": self.tr("Your text file (words)"),
            "translation": self.tr("English to Korean sentences (translation)"),
            "scenes": self.tr("Scenes with captions (captioning)"),
        }
        return titles.get(dataset_id, DATASETS[dataset_id].title)
