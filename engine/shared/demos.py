"""Demos are data: JSON files in resources/demos/, read here (no Qt needed).

A demo file holds an id, a title and caption in English and Korean, the review's idea it
shows, the views to open, and a partial experiment laid over the defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from engine.shared.bounded import FileRefused, parse_json, read_bounded
from engine.shared.comparison import Comparison
from engine.shared.demo_claims import Claim, parse_claims
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.file_format import MAX_JSON_BYTES
from engine.shared.messages import Message, MessageError, error_message

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEMO_DIR = RESOURCES / "demos"
KNOWN_VIEWS = ("boundary", "network", "curves", "landscape", "perceptron", "warp",
               "backprop", "compare", "feature_maps", "filters", "pooling", "confusion",
               "hidden_states", "gradient_time", "unfolded", "sampling", "projector",
               "word_models", "translation", "captioning")
DEFAULT_VIEWS = ("boundary", "network", "curves")
#: What a demo's figure reports: a metric of the final snapshot, the text a character
#: model writes ("sample"), or log10 of the gradient through time at the first step over
#: the last ("gradient_decades": below 0 it vanishes, above 0 it explodes).
FIGURE_METRICS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy", "sample",
                  "gradient_decades", "neighbour_share", "perplexity", "sentence_accuracy",
                  "exact_match")


class DemoError(MessageError):
    """A demo id that does not exist, or a demo file that cannot be read."""


@dataclass(frozen=True)
class Demo:
    id: str
    title: dict[str, str]
    caption: dict[str, str]
    idea: str
    views: tuple[str, ...]
    experiment: Experiment
    order: int = 100
    #: Loss-landscape settings to start with (engine.probes.landscape_runner.LandscapeSettings).
    landscape: dict | None = None
    #: Runs trained together with one setting varied (engine.shared.comparison), if any.
    compare: Comparison | None = None
    #: The number the demo is about, for headless reports: {"label": text, "metric":
    #: one of engine.trainer.headless.METRICS}.
    figure: dict | None = None
    #: What the caption claims, checkable on any seed (engine.shared.demo_claims).
    claims: tuple[Claim, ...] = ()

    def text(self, field: str, language: str = "en") -> str:
        values = getattr(self, field)
        return values.get(language) or values["en"]


def _parse(path: Path) -> Demo:
    try:  # as bounded as any file a person opens
        raw = parse_json(read_bounded(path, MAX_JSON_BYTES, lambda size: DemoError.of(
            "files.settings_too_large", name=path.name, size=size, limit=MAX_JSON_BYTES)))
    except FileRefused as exc:
        raise DemoError.of("demo.unreadable", name=path.name, problem=exc.message) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DemoError.of("demo.unreadable", name=path.name, problem=problem) from exc
    try:
        for key in ("id", "title", "caption", "experiment"):
            if key not in raw:
                raise DemoError.of("demo.missing_key", name=path.name, key=key)
        for key in ("title", "caption"):
            if "en" not in raw[key]:
                raise DemoError.of("demo.needs_english", name=path.name, key=key)
        views = tuple(raw.get("views", DEFAULT_VIEWS))
        unknown = set(views) - set(KNOWN_VIEWS)
        if unknown:
            raise DemoError.of("demo.unknown_views", name=path.name, n=len(unknown),
                               views=", ".join(sorted(map(str, unknown))))
        experiment = Experiment.from_dict(raw["experiment"]).validate()
        compare = raw.get("compare")
        if compare is not None:
            compare = Comparison.from_dict(compare).validated(experiment)
        figure = raw.get("figure")
        if figure is not None and not (
                isinstance(figure, dict) and isinstance(figure.get("label"), str)
                and figure.get("metric") in FIGURE_METRICS):
            raise DemoError.of("demo.bad_figure", name=path.name,
                               choices=", ".join(FIGURE_METRICS))
    except ExperimentError as exc:
        raise DemoError.of("demo.in_file", name=path.name, problem=exc.message) from exc
    landscape = raw.get("landscape")
    if landscape is not None:
        from engine.shared.landscape_settings import LandscapeSettings
        try:
            LandscapeSettings(**landscape).validated()
        except (TypeError, ValueError) as exc:
            raise DemoError.of("demo.bad_landscape", name=path.name,
                               problem=error_message(exc)) from exc
    return Demo(id=raw["id"], title=dict(raw["title"]), caption=dict(raw["caption"]),
                idea=raw.get("idea", ""), views=views, experiment=experiment,
                order=int(raw.get("order", 100)), landscape=landscape, compare=compare,
                figure=figure, claims=_claims(raw, path, compare))


def _claims(raw: dict, path: Path, compare: Comparison | None) -> tuple[Claim, ...]:
    if "claims" not in raw:
        return ()
    labels = () if compare is None else tuple(
        compare.label(i) for i in range(len(compare.values)))
    claims = parse_claims(raw["claims"], labels)
    if isinstance(claims, Message):
        raise DemoError.of("demo.in_file", name=path.name, problem=claims)
    return claims


def list_demos(directory: Path = DEMO_DIR) -> list[Demo]:
    """Every demo in ``directory``, in gallery order."""
    demos = [_parse(p) for p in sorted(directory.glob("*.json"))]
    return sorted(demos, key=lambda d: (d.order, d.id))


def load_demo(demo_id: str, directory: Path = DEMO_DIR) -> Demo:
    for demo in list_demos(directory):
        if demo.id == demo_id:
            return demo
    ids = ", ".join(d.id for d in list_demos(directory))
    raise DemoError.of("demo.no_such_demo", demo=demo_id, ids=ids)
