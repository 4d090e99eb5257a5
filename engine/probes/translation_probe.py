"""The "translation" probe: one sentence as every translator of the run says it, with
the attention matrix (Korean words x English words) of the ones that attend.

Options: ``index`` (a held-out sentence, wrapped into range) or ``text`` (an English
sentence a person typed: unknown words are read as <unk> and the result says which)."""

from __future__ import annotations

import numpy as np
import torch

from engine.data import translation_grammar as g
from engine.data.translation_data import DECODE_STEPS, KOREAN, read_english
from engine.probes.translation_scores import runs_of
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.translation import RunTranslation, TranslationData


@torch.no_grad()
def translate_row(model, row: np.ndarray, device) -> tuple[list[str], np.ndarray | None]:
    """(Korean morphemes, attention (said words + <eos>, source words) or None) for one
    left-padded source row; the attention keeps only the real words' columns."""
    was_training = model.training
    model.eval()
    source = torch.as_tensor(row[None], dtype=torch.long, device=device)
    ids, attention = model.greedy(source, DECODE_STEPS)
    model.train(was_training)
    ids = ids[0].cpu().numpy()
    words = KOREAN.tokens(ids)
    if attention is None:
        return words, None
    rows = min(len(words) + 1, attention.shape[1])  # the words and the <eos>
    start = int((row == 0).sum())
    matrix = attention[0, :rows, start:].to("cpu", torch.float32, copy=True).numpy()
    return words, np.ascontiguousarray(matrix)


@implements("translation")
def translation_probe(trainer, options: dict) -> TranslationData | None:
    data = trainer.session.dataset.translations
    if data is None:
        return None
    text = options.get("text")
    note, reference, index = None, None, -1
    if text:
        source, row, note = read_english(text)
    else:
        if not data.held_out:
            raise ProbeError.of("translation_probe.no_sentences")
        index = int(options["index"]) % len(data.held_out)
        english, reference = data.held_out[index]
        source, row, _ = read_english(" ".join(english))
    runs = []
    for session, label, label_ko in runs_of(trainer):
        words, matrix = translate_row(session.model, row, session.device)
        correct = None if reference is None else tuple(words) == tuple(reference)
        runs.append(RunTranslation(label, label_ko, bool(session.experiment.network.attention),
                                   tuple(words), g.korean_text(words), correct, matrix))
    return TranslationData(tuple(source), "" if reference is None else g.korean_text(reference),
                           index, tuple(runs), note)

