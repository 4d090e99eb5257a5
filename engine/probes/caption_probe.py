"""The "captioning" probe: one picture as every captioner of the run describes it (beam
search), the attention of each word over the encoder's 8 x 8 cells, and a strip of
held-out pictures with the captions written for them now.

Options: ``index`` (a held-out scene, wrapped into range) or ``picture`` (a person's own,
drawn or opened: resized and made RGB as the encoder reads it, with notes that say so),
and ``beam`` (the beam width; 1 is greedy decoding).

A beam search costs tens of milliseconds per captioner, so the probe writes again at most
every ``REFRESH_SECONDS`` while the options stay the same: the training it shares the
process with keeps its speed (bench/captioning.py), and a new choice shows at once."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch

from engine.data import scene_grammar as g
from engine.data.scenes import CAPTION_STEPS, CELLS
from engine.probes.caption_picture import fit_picture
from engine.probes.caption_scores import write_captions
from engine.probes.translation_scores import runs_of
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.caption import CaptionData, CaptionStrip, RunCaption

REFRESH_SECONDS = 1.0
#: Held-out pictures in the strip.
STRIP = 8


@dataclass
class CaptionCache:
    """The last result, what it was asked with, and when (``trainer.probe_state``)."""
    key: tuple = ()
    made_at: float = -1e9
    data: CaptionData | None = None
    #: Nothing here is sliced work a paused run must finish.
    busy: bool = False


def caption_text(words, language: str) -> str:
    return g.korean_text(words) if language == "ko" else g.english_text(words)


@torch.no_grad()
def beam_caption(session, picture: np.ndarray, width: int) -> tuple[list[str], np.ndarray | None]:
    """(words, attention (words + 1, CELLS, CELLS) or None) of one picture."""
    model, vocab = session.model, session.dataset.scenes.vocab
    was_training = model.training
    model.eval()
    tensor = torch.as_tensor(picture, device=session.device)
    ids, attention = model.beam(tensor, width, CAPTION_STEPS)
    model.train(was_training)
    words = vocab.tokens(ids.cpu().numpy())
    if attention is None:
        return words, None
    rows = min(len(words) + 1, attention.shape[0])  # the words and the end
    maps = attention[:rows].to("cpu", torch.float32).reshape(rows, CELLS, CELLS)
    return words, np.ascontiguousarray(maps.numpy())


def strip_of(sessions, scenes, language: str) -> CaptionStrip:
    held = scenes.held_out
    indices = np.arange(min(STRIP, len(held.images)))
    pictures = held.images[indices]
    written, correct = [], []
    for session, _, _ in sessions:
        ids, _ = write_captions(session.model, pictures, CAPTION_STEPS, session.device)
        words = [tuple(scenes.vocab.tokens(row)) for row in ids]
        written.append(tuple(caption_text(w, language) for w in words))
        correct.append([w == held.captions[i] for w, i in zip(words, indices, strict=True)])
    return CaptionStrip(indices, np.ascontiguousarray(pictures.transpose(0, 2, 3, 1)),
                        tuple(caption_text(held.captions[i], language) for i in indices),
                        tuple(written), np.array(correct, bool).reshape(len(written), -1))


def _picture(options: dict, scenes):
    """(picture (3, 64, 64), reference words or None, index, notes)."""
    if options.get("picture") is not None:
        picture, notes = fit_picture(options["picture"])
        return picture, None, -1, notes
    held = scenes.held_out
    if not len(held.images):
        raise ProbeError.of("caption_probe.no_scenes")
    index = int(options["index"]) % len(held.images)
    return held.images[index], held.captions[index], index, ()


@implements("captioning")
def captioning_probe(trainer, options: dict) -> CaptionData | None:
    scenes = trainer.session.dataset.scenes
    if scenes is None:
        return None
    cache = trainer.probe_state.setdefault("captioning", CaptionCache())
    sessions = runs_of(trainer)
    key = (options.get("index"), id(options.get("picture")), options.get("beam"),
           tuple(id(s.model) for s, _, _ in sessions))
    now = time.perf_counter()
    if cache.data is not None and key == cache.key and now - cache.made_at < REFRESH_SECONDS:
        return cache.data
    picture, reference, index, notes = _picture(options, scenes)
    width = int(options["beam"])
    runs = []
    for session, label, label_ko in sessions:
        words, maps = beam_caption(session, picture, width)
        correct = None if reference is None else tuple(words) == tuple(reference)
        runs.append(RunCaption(label, label_ko, bool(session.experiment.network.attention),
                               tuple(words), caption_text(words, scenes.language), correct,
                               maps))
    data = CaptionData(np.ascontiguousarray(picture.transpose(1, 2, 0)),
                       "" if reference is None else caption_text(reference, scenes.language),
                       index, len(scenes.held_out.images), tuple(runs),
                       strip_of(sessions, scenes, scenes.language), width, notes)
    cache.key, cache.made_at, cache.data = key, now, data
    return data
