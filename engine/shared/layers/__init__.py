"""Layer stacks: typed specs, shape inference, build() and export (issue 3).

``kinds``, ``layer`` and ``shape`` import no torch: the window reads them directly.
"""

from engine.shared.layers.errors import SpecError
from engine.shared.layers.kinds import (
    ACTIVATION_KIND,
    ACTIVATION_KINDS,
    GROUPS,
    KIND_ACTIVATION,
    KINDS,
    Kind,
    Param,
)
from engine.shared.layers.layer import Layer, kind_of, stack_from_list, stack_to_list
from engine.shared.layers.shape import LAYOUTS, Shape

__all__ = [
    "ACTIVATION_KIND", "ACTIVATION_KINDS", "GROUPS", "KIND_ACTIVATION", "KINDS", "LAYOUTS",
    "Kind", "Layer", "Param", "Shape",
    "SpecError", "kind_of", "stack_from_list", "stack_to_list",
]
