"""An RNN encoder-decoder that translates (Sutskever et al. 2014, Cho et al. 2014), with
or without the additive attention of Bahdanau, Cho & Bengio (2015).

The encoder, a GRU, reads the English words; its last state is the sentence's "thought
vector" (the review's words). Without attention the decoder starts from that vector
(Sutskever et al. 2014) and from then on reads only the word it said last: everything
the sentence said must pass through one vector and survive the decoder's own steps.
With attention the decoder scores every encoder state
against its own state, ``e_tj = v · tanh(W s_{t-1} + U h_j)``, and reads their softmax-
weighted mean (the context) at each step: it can look back at the word it is
translating, wherever the word order put it.

``forward(x)`` is teacher-forced: ``x`` holds the English (``source_length`` ids) and
then the decoder's input (<bos> and the Korean), and the logits of each Korean word
come back, (N, T, V), as any per-step sequence model's. ``greedy`` writes a translation
from the English alone, one most likely word at a time, with its attention rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

PAD_ID, BOS_ID, EOS_ID = 0, 1, 2


@dataclass(frozen=True)
class TranslatorShape:
    source_vocab: int
    target_vocab: int
    source_length: int
    embedding: int = 64
    hidden: int = 128
    attention: bool = True


class Translator(nn.Module):
    def __init__(self, shape: TranslatorShape) -> None:
        super().__init__()
        self.shape = shape
        e, h, v = shape.embedding, shape.hidden, shape.target_vocab
        self.n_outputs = v
        self.source_embedding = nn.Embedding(shape.source_vocab, e, padding_idx=PAD_ID)
        self.target_embedding = nn.Embedding(v, e, padding_idx=PAD_ID)
        self.encoder = nn.GRU(e, h, batch_first=True)
        self.bridge = nn.Linear(h, h)
        if shape.attention:
            self.query = nn.Linear(h, h, bias=False)
            self.key = nn.Linear(h, h)
            self.score = nn.Linear(h, 1, bias=False)
            self.cell = nn.GRUCell(e + h, h)
            self.out = nn.Linear(2 * h + e, v)
        else:
            self.decoder = nn.GRU(e, h, batch_first=True)
            self.out = nn.Linear(h + e, v)

    # -- encoder ---------------------------------------------------------------------
    def encode(self, source: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(every encoder state (N, S, H), the thought vector (N, H)): the last state,
        which comes right after the last word (sources are padded on the left)."""
        states, last = self.encoder(self.source_embedding(source))
        return states, last[0]

    def thought_vectors(self, source: torch.Tensor) -> torch.Tensor:
        return self.encode(source)[1]

    # -- attention -------------------------------------------------------------------
    def attend(self, keys: torch.Tensor, states: torch.Tensor, mask: torch.Tensor,
               state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(context (N, H), weights (N, S)) for the decoder state ``state``; padding
        gets no weight."""
        scores = self.score(torch.tanh(keys + self.query(state)[:, None, :]))[..., 0]
        weights = torch.softmax(scores.masked_fill(mask, float("-inf")), dim=1)
        return torch.bmm(weights[:, None, :], states)[:, 0], weights

    # -- decoder ---------------------------------------------------------------------
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.shape.source_length
        logits, _ = self.decode(x[:, :s], x[:, s:])
        return logits

    def decode(self, source: torch.Tensor, inputs: torch.Tensor
               ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(logits (N, T, V), attention (N, T, S) or None) with the given decoder inputs."""
        states, thought = self.encode(source)
        state = torch.tanh(self.bridge(thought))
        embedded = self.target_embedding(inputs)
        if not self.shape.attention:
            outputs, _ = self.decoder(embedded, state[None])
            return self.out(torch.cat([outputs, embedded], dim=2)), None
        keys, mask = self.key(states), source == PAD_ID
        logits, attention = [], []
        for t in range(inputs.shape[1]):
            context, weights = self.attend(keys, states, mask, state)
            state = self.cell(torch.cat([embedded[:, t], context], dim=1), state)
            logits.append(self.out(torch.cat([state, context, embedded[:, t]], dim=1)))
            attention.append(weights)
        return torch.stack(logits, 1), torch.stack(attention, 1)

    @torch.no_grad()
    def greedy(self, source: torch.Tensor, steps: int
               ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(word ids (N, steps), attention (N, steps, S) or None): each step says the most
        likely next word given the words said so far; after <eos> only <pad>."""
        n = source.shape[0]
        states, thought = self.encode(source)
        state = torch.tanh(self.bridge(thought))
        word = torch.full((n,), BOS_ID, dtype=torch.long, device=source.device)
        done = torch.zeros(n, dtype=torch.bool, device=source.device)
        keys, mask = (self.key(states), source == PAD_ID) if self.shape.attention else (
            None, None)
        said, attention = [], []
        hidden = state[None]
        for _ in range(steps):
            embedded = self.target_embedding(word)
            if self.shape.attention:
                context, weights = self.attend(keys, states, mask, state)
                state = self.cell(torch.cat([embedded, context], dim=1), state)
                attention.append(weights)
                logits = self.out(torch.cat([state, context, embedded], dim=1))
            else:
                out, hidden = self.decoder(embedded[:, None], hidden)
                logits = self.out(torch.cat([out[:, 0], embedded], dim=1))
            word = logits.argmax(dim=1).masked_fill(done, PAD_ID)
            said.append(word)
            done |= word == EOS_ID
            if bool(done.all()):
                break
        ids = torch.stack(said, 1)
        if ids.shape[1] < steps:
            ids = torch.nn.functional.pad(ids, (0, steps - ids.shape[1]), value=PAD_ID)
        return ids, torch.stack(attention, 1) if attention else None

    def weight_matrices(self):
        """Every weight matrix, input side first (the comparison's gradient norms)."""
        return [p for name, p in self.named_parameters()
                if p.dim() == 2 and "embedding" not in name]
