"""A ConvNet that feeds an LSTM that writes captions (the review's Fig. 3; Vinyals et al.
2015), with or without the soft attention of "Show, attend and tell" (Xu et al. 2015).

The encoder (engine/models/caption_encoder.py) turns the picture into 8 x 8 cells. With
attention the decoder scores every cell against its state before each word,
``e_ti = w · tanh(W a_i + U h_{t-1})``, and reads their softmax-weighted mean (the
context) with the word it said last: the weights are the "lighter patches" of Fig. 3.
Without attention the picture comes once, as one vector made from the whole grid (a
learned projection, like a ConvNet's fully connected layer), the decoder's first input
before <bos> (Vinyals et al.); from then on it reads only its own words.

While training, a share of the teacher-forced input words is replaced by <unk> (word
dropout): the decoder cannot finish a phrase from the words alone and must look at the
picture, which is what lets it name a colour-and-shape pair it never saw together.
``forward(x)`` is teacher-forced: ``x`` holds the picture's bytes and then the decoder's
input (<bos> and the caption); the logits of each word come back, (N, T, V), as any
per-step sequence model's.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from engine.data.scenes import PICTURE_BYTES, PICTURE_SHAPE
from engine.data.translation_vocab import BOS_ID, EOS_ID, PAD_ID, UNK_ID
from engine.models.caption_beam import beam_search
from engine.models.caption_encoder import CELL_SIZE, CaptionEncoder

#: Weight of Xu et al.'s doubly stochastic term, which asks every cell to be looked at
#: about as much over a caption (each cell's summed attention near steps / cells).
#: Attention that sits on the objects, as it should, leaves most cells unlooked at, so
#: the term must stay small: at 1e-3 it is a few hundredths of the loss once the
#: captions are right, enough to keep attention from staying on one cell for every word.
PENALTY_WEIGHT = 1e-3


@dataclass(frozen=True)
class CaptionerShape:
    vocab: int
    steps: int
    hidden: int = 192
    embedding: int = 48
    attention_dim: int = 96
    attention: bool = True
    word_dropout: float = 0.6


class Captioner(nn.Module):
    def __init__(self, shape: CaptionerShape) -> None:
        super().__init__()
        self.shape = shape
        h, e, v, a = shape.hidden, shape.embedding, shape.vocab, shape.attention_dim
        self.n_outputs = v
        self.encoder = CaptionEncoder()
        self.embedding = nn.Embedding(v, e, padding_idx=PAD_ID)
        cells = PICTURE_SHAPE[1] // 8 * PICTURE_SHAPE[2] // 8
        if shape.attention:
            self.init_state = nn.Linear(CELL_SIZE, 2 * h)
            self.key = nn.Linear(CELL_SIZE, a)
            self.query = nn.Linear(h, a, bias=False)
            self.score = nn.Linear(a, 1, bias=False)
            self.cell = nn.LSTMCell(e + CELL_SIZE, h)
            self.out = nn.Linear(h + CELL_SIZE + e, v)
        else:
            self.picture = nn.Linear(cells * CELL_SIZE, e)
            self.cell = nn.LSTMCell(e, h)
            self.out = nn.Linear(h + e, v)
        #: Xu et al.'s doubly stochastic term of the last training forward (0 without
        #: attention); the session adds it to the loss.
        self.penalty = torch.zeros(())

    # -- encoder -------------------------------------------------------------------------
    def encode(self, pictures: torch.Tensor) -> torch.Tensor:
        return self.encoder(pictures)

    def picture_vectors(self, pictures: torch.Tensor) -> torch.Tensor:
        """(N, CELL_SIZE): the mean of each picture's cells (the projector's points)."""
        return self.encode(pictures).mean(dim=1)

    # -- one decoder step ----------------------------------------------------------------
    def start(self, cells: torch.Tensor) -> tuple[tuple[torch.Tensor, torch.Tensor], object]:
        """(LSTM state, what each step reads of the picture) before <bos>."""
        n, h = cells.shape[0], self.shape.hidden
        if self.shape.attention:
            state = torch.tanh(self.init_state(cells.mean(dim=1))).split(h, dim=1)
            return (state[0].contiguous(), state[1].contiguous()), (cells, self.key(cells))
        zeros = cells.new_zeros(n, h)
        vector = self.picture(cells.flatten(1))
        return self.cell(vector, (zeros, zeros)), None

    def step(self, word: torch.Tensor, state, memory):
        """(logits (N, V), new state, attention (N, cells) or None) after reading ``word``."""
        embedded = self.embedding(word)
        if not self.shape.attention:
            state = self.cell(embedded, state)
            return self.out(torch.cat([state[0], embedded], dim=1)), state, None
        cells, keys = memory
        scores = self.score(torch.tanh(keys + self.query(state[0])[:, None, :]))[..., 0]
        weights = torch.softmax(scores, dim=1)
        context = torch.bmm(weights[:, None, :], cells)[:, 0]
        state = self.cell(torch.cat([embedded, context], dim=1), state)
        logits = self.out(torch.cat([state[0], context, embedded], dim=1))
        return logits, state, weights

    # -- teacher forcing -----------------------------------------------------------------
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pictures = x[:, :PICTURE_BYTES].reshape(-1, *PICTURE_SHAPE)
        inputs = x[:, PICTURE_BYTES:].long()
        logits, attention = self.decode(pictures, inputs)
        if self.training and attention is not None:
            self.penalty = PENALTY_WEIGHT * coverage_penalty(attention, inputs != PAD_ID)
        else:
            self.penalty = logits.new_zeros(())
        return logits

    def decode(self, pictures: torch.Tensor, inputs: torch.Tensor
               ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(logits (N, T, V), attention (N, T, cells) or None) with the given inputs."""
        if self.training and self.shape.word_dropout > 0:
            hide = torch.rand(inputs.shape, device=inputs.device) < self.shape.word_dropout
            hide &= (inputs != BOS_ID) & (inputs != PAD_ID)
            inputs = inputs.masked_fill(hide, UNK_ID)
        state, memory = self.start(self.encode(pictures))
        logits, attention = [], []
        for t in range(inputs.shape[1]):
            out, state, weights = self.step(inputs[:, t], state, memory)
            logits.append(out)
            attention.append(weights)
        stacked = torch.stack(attention, 1) if self.shape.attention else None
        return torch.stack(logits, 1), stacked

    # -- writing -------------------------------------------------------------------------
    @torch.no_grad()
    def greedy(self, pictures: torch.Tensor, steps: int
               ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(word ids (N, steps), attention (N, steps, cells) or None): each step says the
        most likely next word; after <eos> only <pad>."""
        n = pictures.shape[0]
        state, memory = self.start(self.encode(pictures))
        word = torch.full((n,), BOS_ID, dtype=torch.long, device=pictures.device)
        done = torch.zeros(n, dtype=torch.bool, device=pictures.device)
        said, attention = [], []
        for _ in range(steps):
            logits, state, weights = self.step(word, state, memory)
            word = logits.argmax(dim=1).masked_fill(done, PAD_ID)
            said.append(word)
            if weights is not None:
                attention.append(weights)
            done |= word == EOS_ID
            if bool(done.all()):
                break
        ids = torch.stack(said, 1)
        if ids.shape[1] < steps:
            ids = nn.functional.pad(ids, (0, steps - ids.shape[1]), value=PAD_ID)
        return ids, torch.stack(attention, 1) if attention else None

    @torch.no_grad()
    def beam(self, picture: torch.Tensor, width: int, steps: int
             ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(word ids (steps,), attention (steps, cells) or None) of the most likely
        caption among ``width`` kept at each step (width 1: greedy)."""
        return beam_search(self, picture.reshape(1, *PICTURE_SHAPE), width, steps)

    def weight_matrices(self):
        """Every weight matrix, input side first (the comparison's gradient norms)."""
        return [p for name, p in self.named_parameters()
                if p.dim() == 2 and "embedding" not in name]


def coverage_penalty(attention: torch.Tensor, real: torch.Tensor) -> torch.Tensor:
    """Xu et al.'s Σ_i (τ − Σ_t α_ti)², averaged over the batch, with τ the caption's
    steps over the cells (their 1 assumes about as many words as cells; here a caption
    has 17 steps at most for 64 cells). ``real``: (N, T) steps that read a word."""
    mask = real.to(attention.dtype)
    looked = (attention * mask[..., None]).sum(dim=1)
    target = mask.sum(dim=1, keepdim=True) / attention.shape[2]
    return ((target - looked) ** 2).sum(dim=1).mean()
