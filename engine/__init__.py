"""Deepscope's engine: everything that computes. PyTorch and numpy only, never Qt."""
