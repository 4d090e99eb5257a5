"""Loss-landscape settings: plain values (no torch), so demo files and the window can
use them without loading PyTorch."""

from __future__ import annotations

from dataclasses import dataclass

DIRECTIONS = ("random", "pca", "line", "files")
#: How random directions are scaled to the weights (Li et al. 2018 use "filter").
NORMS = ("filter", "layer", "model", "none")
#: Biases and other 1-D parameters in random directions: left out or kept.
BIASES = ("ignore", "keep")


@dataclass(frozen=True)
class LandscapeSettings:
    #: "random" (two filter-normalised Gaussian directions), "pca" (of the path so far),
    #: "line" (from the first recorded weights to now; always a 1-D slice), "files" (the
    #: line from the weights of one experiment file to another's; 1-D).
    directions: str = "random"
    #: The two experiment files of the "files" line (paths).
    files: tuple[str, ...] = ()
    #: Scaling of random directions: per filter, per layer, whole model, or none.
    norm: str = "filter"
    #: Whether random directions move biases too.
    bias: str = "ignore"
    #: Points per axis, 11 to 101.
    resolution: int = 31
    #: The grid covers [-span, span] along each direction (line: -span..1+span; PCA:
    #: span times the path's reach along each direction).
    span: float = 1.0
    #: Recompute automatically this often while training (0: only when asked).
    every_seconds: float = 15.0
    #: A 1-D slice along the first direction instead of a plane.
    one_d: bool = False
    #: Seconds of landscape work per snapshot interval.
    budget: float = 0.008

    def validated(self) -> LandscapeSettings:
        if self.directions not in DIRECTIONS:
            raise ValueError(f"unknown landscape directions {self.directions!r}: use one of "
                             f"{DIRECTIONS}")
        if self.norm not in NORMS:
            raise ValueError(f"unknown direction normalisation {self.norm!r}: use {NORMS}")
        if self.bias not in BIASES:
            raise ValueError(f"bias must be one of {BIASES}, not {self.bias!r}")
        if not 11 <= self.resolution <= 101:
            raise ValueError(f"landscape resolution {self.resolution}: allowed 11 to 101")
        if self.directions == "files" and len(self.files) != 2:
            raise ValueError("the line between two files needs exactly two experiment files")
        if not 0 < self.span <= 100:
            raise ValueError(f"landscape range {self.span} must be positive")
        return self
