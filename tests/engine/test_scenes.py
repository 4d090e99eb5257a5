"""The captioned scenes: seeded, captions that say what the picture shows in English and
Korean, masks that are the objects' pixels, words that name the right object, and
held-out colour-and-shape pairs no training scene shows."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import scene_grammar as g
from engine.data.scenes import (
    CAPTION_STEPS,
    HELD_OUT_PAIRS,
    RGB,
    cell_cover,
    make_scenes,
    render,
)
from engine.data.translation_vocab import BOS_ID, EOS_ID, UNK_ID


@pytest.fixture(scope="module")
def scenes():
    return make_scenes(300, 60, seed=3, noise=0.12)


def test_the_same_seed_makes_the_same_scenes():
    a, b = make_scenes(20, 5, 7, 0.1), make_scenes(20, 5, 7, 0.1)
    np.testing.assert_array_equal(a.train.images, b.train.images)
    assert a.held_out.captions == b.held_out.captions
    assert make_scenes(20, 5, 8, 0.1).train.captions != a.train.captions


def test_held_out_scenes_show_pairs_training_never_shows(scenes):
    def pairs(which):
        return {(o.colour, o.shape) for objects in which.objects for o in objects}
    assert not pairs(scenes.train) & HELD_OUT_PAIRS
    assert all(any((o.colour, o.shape) in HELD_OUT_PAIRS for o in objects)
               for objects in scenes.held_out.objects)
    train_words = {w for c in scenes.train.captions for w in c}
    assert {w for c in scenes.held_out.captions for w in c} <= train_words


def test_every_scene_holds_one_to_three_objects_and_its_caption_names_them(scenes):
    counts = scenes.train.object_counts()
    assert set(counts) == {1, 2, 3}
    for objects, words in zip(scenes.train.objects, scenes.train.captions, strict=True):
        ordered = sorted(objects, key=lambda o: o.x)
        named = [w for w in words if g.describes(w)]
        assert named == [w for o in ordered for w in (o.size, o.colour, o.shape)]
        assert len(words) + 1 <= CAPTION_STEPS


def test_relations_follow_the_layout():
    left = g.SceneObject("circle", "red", "small", 10, 30)
    right = g.SceneObject("square", "blue", "large", 50, 32)
    below = g.SceneObject("triangle", "green", "small", 52, 60)
    assert g.english((right, left)) == ("a", "small", "red", "circle", "left", "of", "a",
                                        "large", "blue", "square")
    assert g.english((right, below))[4] == "above"
    assert g.korean((left, right)) == ("작은", "빨간", "원", "오른쪽에", "큰", "파란", "사각형")
    assert g.korean((right, below))[3] == "아래에"


def test_masks_are_the_objects_pixels_and_colours_them(scenes):
    for i in range(20):
        image, masks, objects = scenes.train.images[i], scenes.train.masks[i], \
            scenes.train.objects[i]
        for k, obj in enumerate(objects):
            inside = image[:, masks[k]]
            assert masks[k].sum() > 40
            want = np.array(RGB[obj.colour])[:, None]
            assert np.all(np.abs(inside.astype(int) - want) <= want * 0.16 + 1)
        assert not masks[len(objects):].any()
        background = ~masks.any(axis=0)
        assert image[:, background].max() <= round(0.12 * 255)


def test_naming_points_at_the_object_each_word_describes(scenes):
    for language in ("en", "ko"):
        which = make_scenes(40, 5, 1, 0.0, language).train
        for objects, words, named in zip(which.objects, which.captions, which.naming,
                                         strict=True):
            for word, k in zip(words, named, strict=False):
                described = g.describes(word)
                assert (k >= 0) == (described is not None)
                if described is not None:
                    kind, value = described
                    obj = objects[k]
                    assert {"size": obj.size, "colour": obj.colour, "shape": obj.shape}[
                        kind] == value


def test_tokens_are_bos_words_then_words_eos(scenes):
    inputs, targets = scenes.tokens(scenes.held_out)
    words = scenes.held_out.captions[0]
    ids = scenes.vocab.ids(words)
    assert inputs[0, 0] == BOS_ID and list(inputs[0, 1:len(ids) + 1]) == ids
    assert list(targets[0, :len(ids)]) == ids and targets[0, len(ids)] == EOS_ID
    assert UNK_ID not in inputs and UNK_ID not in targets


def test_korean_captions_use_the_korean_words():
    ko = make_scenes(30, 5, 2, 0.0, "ko")
    assert ko.vocab.words[4:] == tuple(g.korean_vocabulary())
    assert all(w in ko.vocab.words for c in ko.train.captions for w in c)
    assert "a" not in {w for c in ko.train.captions for w in c}


def test_noise_only_speckles_the_background():
    objects = (g.SceneObject("square", "blue", "large", 32, 32),)
    plain, masks = render(objects, 0.0, np.random.default_rng(0))
    noisy, _ = render(objects, 0.5, np.random.default_rng(0))
    assert plain[:, ~masks[0]].max() == 0 and noisy[:, ~masks[0]].max() > 100


def test_cell_cover_is_the_share_of_each_cell_inside_the_mask():
    mask = np.zeros((64, 64), bool)
    mask[0:8, 0:4] = True
    cover = cell_cover(mask)
    assert cover.shape == (8, 8) and cover[0, 0] == 0.5 and cover.sum() == 0.5
