"""The projector's "thoughts" source: a translator's thought vectors (its encoder's last
state) of many English sentences, coloured by what they mean.

Each of ``MEANINGS`` meanings is written every way the grammar allows ("the dog ..." or
"a dog ...", "quickly" before the verb or at the end, "today" first or last): the same
Korean, up to 16 English sentences. A translator that has learned to translate puts the
sentences that mean the same near each other, however their words were ordered (the
review's Fig. 4, right). The projector's ``layer`` option picks the run: by default the
one without attention, whose decoder has nothing but this vector to go on.
"""

from __future__ import annotations

import numpy as np
import torch

from engine.data import translation_grammar as g
from engine.data.translation_data import ENGLISH, source_row
from engine.probes.translation_scores import runs_of
from engine.shared.probe_options import ProbeError
from engine.shared.results.projection import THOUGHTS, ProjectorPoints

#: Meanings shown, and the seed that picks them (the same ones on every run).
MEANINGS = 12
MEANING_SEED = 2015


def sentences() -> tuple[list[str], list[str], list[int]]:
    """(English sentences, Korean of each meaning, meaning index of each sentence)."""
    rng = np.random.default_rng(MEANING_SEED)
    english, korean, groups = [], [], []
    while len(korean) < MEANINGS:
        meaning = g.random_meaning(rng)
        wordings = g.all_wordings(meaning)
        if len(wordings) < 4:  # a meaning said one way shows no gathering
            continue
        for wording in wordings:
            english.append(" ".join(g.english(meaning, wording)))
            groups.append(len(korean))
        korean.append(g.korean_text(g.korean(meaning)))
    return english, korean, groups


def _default_run(sessions) -> int:
    for index, (session, _, _) in enumerate(sessions):
        if not session.experiment.network.attention:
            return index
    return 0


@torch.no_grad()
def thought_points(trainer, layer: int | None) -> ProjectorPoints:
    if trainer.session.dataset.translations is None:
        raise ProbeError.of("projector.no_thoughts")
    sessions = runs_of(trainer)
    run = _default_run(sessions) if layer is None else min(max(layer, 0), len(sessions) - 1)
    session = sessions[run][0]
    english, korean, groups = sentences()
    rows = np.stack([source_row(ENGLISH.ids(s.split())) for s in english])
    model = session.model
    was_training = model.training
    model.eval()
    vectors = model.thought_vectors(torch.as_tensor(rows, device=session.device))
    model.train(was_training)
    vectors = vectors.to("cpu", torch.float32, copy=True).numpy()
    names = tuple(label or "translator" for _, label, _ in sessions)
    return ProjectorPoints(
        vectors=np.ascontiguousarray(vectors), labels=tuple(english), names=tuple(english),
        groups=np.asarray(groups, np.int32), group_names=tuple(korean), source=THOUGHTS,
        layers=names, layer=run, step=int(session.step_count),
        examples=(len(english), len(english)))
