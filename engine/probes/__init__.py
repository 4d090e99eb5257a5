"""Read-only measurements of a model. Each returns numpy arrays; none changes the model."""

from engine.probes.grid import boundary_on_grid, grid_points, neuron_maps_on_grid
from engine.probes.live import LIVE_PROBES
from engine.probes.params import weights_and_biases

#: Probe names a view may ask for. Metrics (loss, accuracy) are always measured.
PROBES = frozenset({"boundary", "neurons", "params", "landscape", "compare", *LIVE_PROBES})
#: What runs when nobody asked: the playground's views. The landscape costs more and runs
#: only while its view is shown.
DEFAULT_PROBES = frozenset({"boundary", "neurons", "params"})

__all__ = ["DEFAULT_PROBES", "PROBES", "boundary_on_grid", "grid_points", "neuron_maps_on_grid",
           "weights_and_biases"]
