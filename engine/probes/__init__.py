"""Read-only measurements of a model. Each returns numpy arrays; none changes the model."""

from engine.probes.grid import boundary_on_grid, grid_points, neuron_maps_on_grid
from engine.probes.params import weights_and_biases

#: Probe names a view may ask for. Metrics (loss, accuracy) are always measured.
PROBES = frozenset({"boundary", "neurons", "params"})

__all__ = ["PROBES", "boundary_on_grid", "grid_points", "neuron_maps_on_grid",
           "weights_and_biases"]
