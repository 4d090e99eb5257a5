"""Read-only measurements of a model. Each returns numpy arrays; none changes the model.
Every probe is registered in engine/shared/probe_registry.py (name, options, result type,
cost, where its implementation lives); the trainer runs them through it alone."""

from engine.probes.grid import boundary_on_grid, grid_points, neuron_maps_on_grid
from engine.probes.params import weights_and_biases
from engine.shared.probe_registry import DEFAULT_PROBES, PROBES

__all__ = ["DEFAULT_PROBES", "PROBES", "boundary_on_grid", "grid_points", "neuron_maps_on_grid",
           "weights_and_biases"]
