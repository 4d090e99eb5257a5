"""Loss-landscape settings: plain values (no torch), so demo files and the window can
use them without loading PyTorch."""

from __future__ import annotations

from dataclasses import dataclass

from engine.shared.messages import MessageError

DIRECTIONS = ("random", "pca", "line", "files")
#: How random directions are scaled to the weights (Li et al. 2018 use "filter").
NORMS = ("filter", "layer", "model", "none")
#: Biases and other 1-D parameters in random directions: left out or kept.
BIASES = ("ignore", "keep")
#: Points per axis, and the largest span of the grid.
RESOLUTIONS = (11, 101)
MAX_SPAN = 100


class LandscapeSettingsError(MessageError):
    """Landscape settings that cannot be used (a ValueError, as before it had a code)."""


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
    #: Points per axis, ``RESOLUTIONS`` (11 to 101).
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
        for value, choices, code in (
                (self.directions, DIRECTIONS, "landscape_settings.unknown_directions"),
                (self.norm, NORMS, "landscape_settings.unknown_norm"),
                (self.bias, BIASES, "landscape_settings.unknown_bias")):
            if value not in choices:
                raise LandscapeSettingsError.of(code, value=repr(value),
                                                choices=", ".join(choices))
        low, high = RESOLUTIONS
        if not low <= self.resolution <= high:
            raise LandscapeSettingsError.of("landscape_settings.resolution",
                                            value=self.resolution, low=low, high=high)
        if self.directions == "files" and len(self.files) != 2:
            raise LandscapeSettingsError.of("landscape_settings.files_needs_two")
        if not 0 < self.span <= MAX_SPAN:
            raise LandscapeSettingsError.of("landscape_settings.span", value=self.span,
                                            high=MAX_SPAN)
        return self
