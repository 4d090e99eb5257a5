"""The captioner's ConvNet encoder: a 64 x 64 picture as an 8 x 8 grid of cells, each a
vector of what is there (the review's Fig. 3: the RNN reads the ConvNet's feature grid).

Two paths, concatenated per cell. The shape path reads the picture's brightest channel
(the maximum over red, green and blue: every colour of the scenes is about as bright
there) through 3 x 3 convolutions and pooling: it sees outlines, whatever their colour.
The colour path reads each pixel's red, green and blue through 1 x 1 convolutions and
keeps each cell's strongest answer: it sees colours, whatever their shape. A held-out
scene shows a colour with a shape no training scene paired it with; features that keep
the two apart let the decoder name the pair all the same. Each cell also carries where
it is (two coordinates), so the decoder can say which object lies left of or above
which.
"""

from __future__ import annotations

import torch
from torch import nn

from engine.data.scenes import CELLS

SHAPE_CHANNELS, COLOUR_CHANNELS = 32, 32
#: Values per cell: the shape and colour features and the cell's (x, y).
CELL_SIZE = SHAPE_CHANNELS + COLOUR_CHANNELS + 2


class CaptionEncoder(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.shape_path = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, SHAPE_CHANNELS, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.colour_path = nn.Sequential(
            nn.Conv2d(3, 16, 1), nn.ReLU(), nn.Conv2d(16, COLOUR_CHANNELS, 1), nn.ReLU(),
            nn.AdaptiveMaxPool2d(CELLS))
        ticks = torch.linspace(-1.0, 1.0, CELLS)
        ys, xs = torch.meshgrid(ticks, ticks, indexing="ij")
        self.register_buffer("where", torch.stack([xs, ys]).reshape(2, -1).T.contiguous(),
                             persistent=False)

    def forward(self, pictures: torch.Tensor) -> torch.Tensor:
        """(N, CELLS * CELLS, CELL_SIZE) cells, row by row, of (N, 3, 64, 64) pictures
        holding byte values (uint8 or float, 0 .. 255)."""
        x = pictures.float() / 255.0
        shape = self.shape_path(x.amax(dim=1, keepdim=True))
        colour = self.colour_path(x)
        grid = torch.cat([shape, colour], dim=1).flatten(2).transpose(1, 2)
        where = self.where.expand(grid.shape[0], -1, -1)
        return torch.cat([grid, where], dim=2)
