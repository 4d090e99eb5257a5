"""Beam search for the captioner: keep the ``width`` most likely captions so far, grow
each by every word, keep the best ``width`` again; a caption that said <eos> is done.
The most likely finished caption wins, its log-probability divided by its length (a
plain sum favours short captions)."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from engine.data.translation_vocab import BOS_ID, EOS_ID, PAD_ID


def _expand(memory, index: torch.Tensor):
    if memory is None:
        return None
    return tuple(m[index] for m in memory)


@torch.no_grad()
def beam_search(model, picture: torch.Tensor, width: int, steps: int
                ) -> tuple[torch.Tensor, torch.Tensor | None]:
    """(ids (steps,), attention (steps, cells) or None) for one (1, 3, 64, 64) picture."""
    device = picture.device
    state, memory = model.start(model.encode(picture))
    words = torch.full((1,), BOS_ID, dtype=torch.long, device=device)
    scores = torch.zeros(1, device=device)
    history = torch.zeros(1, 0, dtype=torch.long, device=device)
    looks: list[torch.Tensor] = []  # per step, (beams, cells), rows of the beams kept
    finished: list[tuple[float, torch.Tensor, list[torch.Tensor]]] = []
    for t in range(steps):
        logits, state, weights = model.step(words, state, memory)
        total = (scores[:, None] + F.log_softmax(logits, dim=1)).flatten()
        best, flat = total.topk(min(width, total.numel()))
        beam, word = flat // logits.shape[1], flat % logits.shape[1]
        history = torch.cat([history[beam], word[:, None]], dim=1)
        looks = [look[beam] for look in looks] + ([weights[beam]] if weights is not None
                                                   else [])
        ended = word == EOS_ID
        for k in torch.nonzero(ended).flatten().tolist():
            finished.append((float(best[k]) / (t + 1), history[k].clone(),
                             [look[k] for look in looks]))
        keep = ~ended
        if not bool(keep.any()) or len(finished) >= width:
            break
        beam, words, scores = beam[keep], word[keep], best[keep]
        history, looks = history[keep], [look[keep] for look in looks]
        state = (state[0][beam], state[1][beam])
        memory = _expand(memory, torch.zeros_like(beam))
    if finished:
        _, ids, maps = max(finished, key=lambda f: f[0])
    else:  # no caption ended within ``steps``: the best one so far
        ids, maps = history[0], [look[0] for look in looks]
    out = torch.full((steps,), PAD_ID, dtype=torch.long, device=device)
    out[:len(ids)] = ids
    return out, torch.stack(maps) if maps else None
