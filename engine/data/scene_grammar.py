"""The scenes' small grammar: objects (shape, colour, size, where) and their captions in
English and in Korean. Torch-free and numpy-free: the window reads it.

A caption names the objects from left to right, each as size, colour and shape, and says
where each one lies from the one before it: "a small red circle left of a large blue
square above a small green triangle". Two objects side by side read "left of"; one
mostly above or below the next reads "above" or "below". The Korean keeps the same order
and says where the next object is from the one before ("작은 빨간 원 오른쪽에 큰 파란
사각형 아래에 작은 초록 삼각형"): the words differ ("left of" is "오른쪽에", to its right)
and Korean has no article, so the English and Korean words do not align one to one.
"""

from __future__ import annotations

from dataclasses import dataclass

SHAPES = ("circle", "square", "triangle")
COLOURS = ("red", "green", "blue", "yellow")
SIZES = ("small", "large")
#: Where the next object lies from the one before: side by side, above or below it.
RELATIONS = ("left of", "above", "below")

KOREAN_SHAPES = {"circle": "원", "square": "사각형", "triangle": "삼각형"}
KOREAN_COLOURS = {"red": "빨간", "green": "초록", "blue": "파란", "yellow": "노란"}
KOREAN_SIZES = {"small": "작은", "large": "큰"}
#: English "A left of B" is Korean "A 오른쪽에 B" (B to the right of A), and so on.
KOREAN_RELATIONS = {"left of": "오른쪽에", "above": "아래에", "below": "위에"}


@dataclass(frozen=True)
class SceneObject:
    shape: str
    colour: str
    size: str
    #: Centre, in pixels from the picture's left and top edges.
    x: float
    y: float


def relation(first: SceneObject, second: SceneObject) -> str:
    """How ``first`` lies from ``second`` (the next object to its right)."""
    dx, dy = second.x - first.x, second.y - first.y
    if abs(dy) > abs(dx):
        return "above" if dy > 0 else "below"
    return "left of"


def _ordered(objects) -> list[SceneObject]:
    return sorted(objects, key=lambda o: o.x)


def english(objects) -> tuple[str, ...]:
    words: list[str] = []
    ordered = _ordered(objects)
    for i, obj in enumerate(ordered):
        if i:
            words.extend(relation(ordered[i - 1], obj).split())
        words.extend(("a", obj.size, obj.colour, obj.shape))
    return tuple(words)


def korean(objects) -> tuple[str, ...]:
    words: list[str] = []
    ordered = _ordered(objects)
    for i, obj in enumerate(ordered):
        if i:
            words.append(KOREAN_RELATIONS[relation(ordered[i - 1], obj)])
        words.extend((KOREAN_SIZES[obj.size], KOREAN_COLOURS[obj.colour],
                      KOREAN_SHAPES[obj.shape]))
    return tuple(words)


def caption(objects, language: str) -> tuple[str, ...]:
    return korean(objects) if language == "ko" else english(objects)


def naming(objects, language: str) -> tuple[int, ...]:
    """For each caption word, the index in ``objects`` of the object it names (its size,
    colour or shape word); -1 for articles and relations."""
    ordered = _ordered(objects)
    index = [next(j for j, o in enumerate(objects) if o is obj) for obj in ordered]
    named: list[int] = []
    for i, obj in enumerate(ordered):
        if i:
            words = relation(ordered[i - 1], obj)
            named.extend([-1] * (1 if language == "ko" else len(words.split())))
        if language != "ko":
            named.append(-1)  # the article
        named.extend([index[i]] * 3)
    return tuple(named)


def english_vocabulary() -> list[str]:
    relation_words = [w for r in RELATIONS for w in r.split()]
    return ["a", *SIZES, *COLOURS, *SHAPES, *dict.fromkeys(relation_words)]


def korean_vocabulary() -> list[str]:
    return [*KOREAN_SIZES.values(), *KOREAN_COLOURS.values(), *KOREAN_SHAPES.values(),
            *KOREAN_RELATIONS.values()]


def english_text(words) -> str:
    return " ".join(words)


def korean_text(words) -> str:
    return " ".join(words)


def describes(word: str) -> tuple[str, str] | None:
    """("colour", "red") for a word naming an attribute, in either language; None for
    articles and relations."""
    for kind, names in (("size", SIZES), ("colour", COLOURS), ("shape", SHAPES)):
        if word in names:
            return kind, word
    for kind, table in (("size", KOREAN_SIZES), ("colour", KOREAN_COLOURS),
                        ("shape", KOREAN_SHAPES)):
        for name, korean_word in table.items():
            if word == korean_word:
                return kind, name
    return None
