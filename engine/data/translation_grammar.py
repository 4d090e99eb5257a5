"""A toy English -> Korean grammar for the translator (engine/models/seq2seq.py).

English is subject-verb-object; Korean is subject-object-verb, with the particles that
mark each noun's role (이/가 after the subject, 을/를 after the object, 에서 after the
place) and the time word first, so a translator has to reorder: the English verb comes
second, the Korean one last; "yesterday" ends an English sentence and opens the Korean.

A ``Meaning`` is what a sentence says; English may say one meaning several ways ("a dog"
or "the dog", "quickly" before the verb or at the end, the time word first or last),
Korean says it one way. Korean tokens are morphemes: a particle is a token of its own
(as Korean morphological analysers split them), and ``korean_text`` writes it attached
to its noun, as Korean is written ("개가 고양이를 본다").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: (English, Korean) nouns, all animate, so every verb reads right with every pair.
NOUNS = (("dog", "개"), ("cat", "고양이"), ("bird", "새"), ("child", "아이"),
         ("teacher", "선생님"), ("student", "학생"), ("doctor", "의사"),
         ("friend", "친구"), ("horse", "말"), ("rabbit", "토끼"))
#: Transitive verbs: English present, past; Korean present, past (plain written style).
VERBS = (("sees", "saw", "본다", "봤다"), ("likes", "liked", "좋아한다", "좋아했다"),
         ("follows", "followed", "따라간다", "따라갔다"), ("finds", "found", "찾는다", "찾았다"),
         ("helps", "helped", "돕는다", "도왔다"), ("calls", "called", "부른다", "불렀다"),
         ("meets", "met", "만난다", "만났다"), ("chases", "chased", "쫓는다", "쫓았다"))
#: Intransitive verbs: a sentence without an object (three English words at the least).
INTRANSITIVE = (("runs", "ran", "달린다", "달렸다"), ("sleeps", "slept", "잔다", "잤다"),
                ("sings", "sang", "노래한다", "노래했다"), ("walks", "walked", "걷는다", "걸었다"),
                ("laughs", "laughed", "웃는다", "웃었다"))
#: Adjectives by kind; English puts size before quality before colour, and so does this
#: Korean (adnominal forms: 큰 "big", 검은 "black").
ADJECTIVES = ((("big", "큰"), ("small", "작은")),
              (("happy", "행복한"), ("young", "어린"), ("old", "늙은"), ("quiet", "조용한")),
              (("black", "검은"), ("white", "하얀"), ("brown", "갈색")))
#: Places: English noun and its usual preposition, Korean noun (place + 에서).
PLACES = (("park", "in", "공원"), ("garden", "in", "정원"), ("house", "in", "집"),
          ("forest", "in", "숲"), ("school", "at", "학교"), ("market", "at", "시장"),
          ("river", "at", "강"))
#: "near" any place: 강 근처에서 ("near the river"). No place takes "near" as its own
#: preposition, or "near the river" would have two translations.
NEAR = ("near", "근처")
MANNER = (("quickly", "빨리"), ("slowly", "천천히"), ("quietly", "조용히"),
          ("often", "자주"))
#: Time words fix the tense: today -> present, yesterday -> past.
TIMES = (("today", "오늘", False), ("yesterday", "어제", True))
SUBJECT = ("이", "가")   # after a final consonant, after a vowel
OBJECT = ("을", "를")
PLACE = "에서"
PARTICLES = frozenset({*SUBJECT, *OBJECT, PLACE})
ARTICLES = ("the", "a", "an")

#: Chances of each optional part of a generated meaning.
P_INTRANSITIVE, P_PLACE, P_MANNER, P_TIME = 0.2, 0.4, 0.35, 0.35
#: Chances of 0, 1 or 2 adjectives on a subject or object.
P_ADJECTIVES = (0.5, 0.3, 0.2)


@dataclass(frozen=True)
class NounPhrase:
    noun: int
    #: Indices into the flattened adjective list, in English order.
    adjectives: tuple[int, ...] = ()


@dataclass(frozen=True)
class Meaning:
    subject: NounPhrase
    #: Index into VERBS, or into INTRANSITIVE when ``obj`` is None.
    verb: int
    obj: NounPhrase | None
    past: bool
    #: (place index, near?, adjective index or -1), or None.
    place: tuple[int, bool, int] | None = None
    manner: int = -1
    time: int = -1

    @property
    def triple(self) -> tuple[int, int, int]:
        """(subject, verb, object) nouns and verb: what held-out sentences never share
        with training ones (-1 for no object)."""
        return (self.subject.noun, self.verb, -1 if self.obj is None else self.obj.noun)


@dataclass(frozen=True)
class Wording:
    """How English says a meaning: "the" or "a" for subject and object, the manner word
    before the verb or at the end, the time word first or last."""
    definite_subject: bool = True
    definite_object: bool = True
    manner_first: bool = False
    time_first: bool = False


ADJ_FLAT = tuple(pair for kind in ADJECTIVES for pair in kind)
ADJ_KIND = tuple(k for k, kind in enumerate(ADJECTIVES) for _ in kind)


def has_final_consonant(word: str) -> bool:
    """True when the last Hangul syllable ends in a consonant (받침): it picks 이/을."""
    code = ord(word[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def _particle(noun: str, pair: tuple[str, str]) -> str:
    return pair[0] if has_final_consonant(noun) else pair[1]


def _english_np(phrase: NounPhrase, definite: bool) -> list[str]:
    words = [ADJ_FLAT[a][0] for a in phrase.adjectives] + [NOUNS[phrase.noun][0]]
    article = "the" if definite else ("an" if words[0][0] in "aeiou" else "a")
    return [article, *words]


def _korean_np(phrase: NounPhrase) -> list[str]:
    return [ADJ_FLAT[a][1] for a in phrase.adjectives] + [NOUNS[phrase.noun][1]]


def english(meaning: Meaning, wording: Wording = Wording()) -> list[str]:
    m = meaning
    verbs = VERBS if m.obj is not None else INTRANSITIVE
    out = _english_np(m.subject, wording.definite_subject)
    if m.manner >= 0 and wording.manner_first:
        out.append(MANNER[m.manner][0])
    out.append(verbs[m.verb][1 if m.past else 0])
    if m.obj is not None:
        out += _english_np(m.obj, wording.definite_object)
    if m.place is not None:
        place, near, adjective = m.place
        out += [NEAR[0] if near else PLACES[place][1], "the"]
        out += [ADJ_FLAT[adjective][0]] if adjective >= 0 else []
        out.append(PLACES[place][0])
    if m.manner >= 0 and not wording.manner_first:
        out.append(MANNER[m.manner][0])
    if m.time >= 0:
        time = TIMES[m.time][0]
        out = [time, *out] if wording.time_first else [*out, time]
    return out


def korean(meaning: Meaning) -> list[str]:
    """Korean morphemes: [time] subject 이/가 [place (근처) 에서] [object 을/를] [manner] verb."""
    m = meaning
    out = [TIMES[m.time][1]] if m.time >= 0 else []
    subject = _korean_np(m.subject)
    out += [*subject, _particle(subject[-1], SUBJECT)]
    if m.place is not None:
        place, near, adjective = m.place
        out += [ADJ_FLAT[adjective][1]] if adjective >= 0 else []
        out.append(PLACES[place][2])
        out += [NEAR[1]] if near else []
        out.append(PLACE)
    if m.obj is not None:
        obj = _korean_np(m.obj)
        out += [*obj, _particle(obj[-1], OBJECT)]
    if m.manner >= 0:
        out.append(MANNER[m.manner][1])
    verbs = VERBS if m.obj is not None else INTRANSITIVE
    out.append(verbs[m.verb][3 if m.past else 2])
    return out


def korean_text(tokens: list[str] | tuple[str, ...]) -> str:
    """Morphemes as Korean is written: each particle joined to the word before it."""
    words: list[str] = []
    for token in tokens:
        if token in PARTICLES and words:
            words[-1] += token
        else:
            words.append(token)
    return " ".join(words)


def _adjectives(rng: np.random.Generator, most: int = 2) -> tuple[int, ...]:
    n = int(rng.choice(3, p=P_ADJECTIVES)) if most == 2 else int(rng.random() < 0.3)
    kinds = sorted(rng.choice(len(ADJECTIVES), size=n, replace=False).tolist())
    return tuple(int(rng.choice([i for i, k in enumerate(ADJ_KIND) if k == kind]))
                 for kind in kinds)


def random_meaning(rng: np.random.Generator) -> Meaning:
    subject = NounPhrase(int(rng.integers(len(NOUNS))), _adjectives(rng))
    intransitive = rng.random() < P_INTRANSITIVE
    obj = None if intransitive else NounPhrase(int(rng.integers(len(NOUNS))),
                                               _adjectives(rng))
    verb = int(rng.integers(len(INTRANSITIVE if intransitive else VERBS)))
    place = None
    if rng.random() < P_PLACE:
        adjective = _adjectives(rng, most=1)
        place = (int(rng.integers(len(PLACES))), bool(rng.random() < 0.25),
                 adjective[0] if adjective else -1)
    manner = int(rng.integers(len(MANNER))) if rng.random() < P_MANNER else -1
    time = int(rng.integers(len(TIMES))) if rng.random() < P_TIME else -1
    past = TIMES[time][2] if time >= 0 else bool(rng.random() < 0.5)
    return Meaning(subject, verb, obj, past, place, manner, time)


def random_wording(rng: np.random.Generator) -> Wording:
    flips = rng.random(4) < 0.5
    return Wording(*(bool(f) for f in flips))


def all_wordings(meaning: Meaning) -> list[Wording]:
    """Every different English wording of ``meaning`` (1 to 16)."""
    seen: dict[tuple[str, ...], Wording] = {}
    for bits in range(16):
        wording = Wording(*(bool(bits >> k & 1) for k in range(4)))
        seen.setdefault(tuple(english(meaning, wording)), wording)
    return list(seen.values())


def english_vocabulary() -> list[str]:
    words = [w for n in NOUNS for w in n[:1]] + [a[0] for a in ADJ_FLAT]
    words += [f for v in (*VERBS, *INTRANSITIVE) for f in v[:2]]
    words += [p[0] for p in PLACES] + sorted({p[1] for p in PLACES} | {NEAR[0]})
    return [*ARTICLES, *words, *(m[0] for m in MANNER), *(t[0] for t in TIMES)]


def korean_vocabulary() -> list[str]:
    words = [n[1] for n in NOUNS] + [a[1] for a in ADJ_FLAT]
    words += [f for v in (*VERBS, *INTRANSITIVE) for f in v[2:]]
    words += [p[2] for p in PLACES] + [NEAR[1]]
    return [*words, *SUBJECT, *OBJECT, PLACE, *(m[1] for m in MANNER),
            *(t[1] for t in TIMES)]
