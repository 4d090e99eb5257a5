"""The projector's "pictures" source: a captioner's picture vectors (the mean of its
encoder's cells) of held-out and training scenes of one object, coloured by the object's
colour and shape. An encoder that has learnt to caption puts pictures of the same colour
and shape together, wherever the object stands; the held-out pairs (a red square ...)
show whether it places a pair it never saw among its parts. The ``layer`` option picks
the run (run 1 by default)."""

from __future__ import annotations

import numpy as np
import torch

from engine.data import scene_grammar as g
from engine.probes.translation_scores import runs_of
from engine.shared.probe_options import ProbeError
from engine.shared.results.projection import PICTURES, ProjectorPoints


def _single_objects(scenes, limit: int):
    """(pictures, captions, group of each) of one-object scenes, held-out ones first."""
    pictures, labels, groups = [], [], []
    names = [f"{c} {s}" for c in g.COLOURS for s in g.SHAPES]
    for which in (scenes.held_out, scenes.train):
        for i, objects in enumerate(which.objects):
            if len(objects) == 1 and len(pictures) < limit:
                pictures.append(which.images[i])
                labels.append(" ".join(which.captions[i]))
                groups.append(names.index(f"{objects[0].colour} {objects[0].shape}"))
    return pictures, labels, groups, names


@torch.no_grad()
def picture_points(trainer, layer: int | None, limit: int) -> ProjectorPoints:
    scenes = trainer.session.dataset.scenes
    if scenes is None:
        raise ProbeError.of("projector.no_pictures")
    sessions = runs_of(trainer)
    run = 0 if layer is None else min(max(layer, 0), len(sessions) - 1)
    session = sessions[run][0]
    pictures, labels, groups, names = _single_objects(scenes, limit)
    if not pictures:
        raise ProbeError.of("projector.no_pictures")
    model = session.model
    was_training = model.training
    model.eval()
    vectors = model.picture_vectors(torch.as_tensor(np.stack(pictures), device=session.device))
    model.train(was_training)
    vectors = vectors.to("cpu", torch.float32, copy=True).numpy()
    return ProjectorPoints(
        vectors=np.ascontiguousarray(vectors), labels=tuple(labels),
        names=tuple(f"#{i} · {label}" for i, label in enumerate(labels)),
        groups=np.asarray(groups, np.int32), group_names=tuple(names), source=PICTURES,
        layers=tuple(label or "captioner" for _, label, _ in sessions), layer=run,
        step=int(session.step_count), examples=(len(pictures), len(pictures)))
