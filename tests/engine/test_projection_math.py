"""The projector's numbers (engine/shared/projection.py): PCA against a float64 SVD of
the centred matrix, signs that hold from frame to frame, cosine neighbours against a
brute-force loop, and analogies."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.shared.projection import analogy, neighbours, principal_components


def spread(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """Points with clearly distinct variances along random directions."""
    rng = np.random.default_rng(seed)
    scales = np.geomspace(10.0, 0.1, dim)
    basis, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    return ((rng.normal(size=(n, dim)) * scales) @ basis.T + 3.0).astype(np.float32)


@pytest.mark.parametrize(("n", "dim"), [(500, 32), (40, 128)])
def test_pca_matches_a_float64_svd_of_the_centred_matrix(n, dim):
    x = spread(n, dim)
    pca = principal_components(x, 3)
    centred = x.astype(np.float64) - x.astype(np.float64).mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    for k in range(3):
        assert abs(abs(float(pca.components[k] @ vt[k])) - 1.0) < 1e-9
        oracle = centred @ vt[k] * np.sign(pca.components[k] @ vt[k])
        assert np.allclose(pca.coords[:, k], oracle, rtol=1e-4, atol=1e-4 * s[0])
    assert np.allclose(pca.explained, (s ** 2 / (s ** 2).sum())[:3], rtol=1e-9)


def test_signs_hold_from_frame_to_frame_so_points_glide():
    """The cloud turns slowly in its space; each frame's PCA without the last frame's
    components mirrors the picture now and then, with them never."""
    x = spread(300, 8, seed=1)
    previous, coords_before, convention_before = None, None, None
    flips = 0
    for frame in range(60):
        angle = math.radians(3.0 * frame)
        turn = np.eye(8)
        turn[:2, :2] = [[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]]
        turn[2:4, 2:4] = turn[:2, :2]
        frame_x = (x @ turn.T).astype(np.float32)
        pca = principal_components(frame_x, 2, previous)
        convention = principal_components(frame_x, 2)
        if coords_before is not None:
            step = np.abs(pca.coords - coords_before).max()
            assert step < 0.2 * np.abs(coords_before).max()  # a glide, never a mirror
            if np.abs(convention.coords - convention_before).max() > np.abs(
                    coords_before).max():
                flips += 1
        previous, coords_before = pca.components, pca.coords
        convention_before = convention.coords
    assert flips >= 1  # the test would catch a flip: one happens without alignment


def test_neighbours_are_the_most_cosine_similar_rows():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(200, 16)).astype(np.float32)
    found, similarity = neighbours(x, 7, k=10)
    brute = sorted(((float(x[7] @ x[j] / np.linalg.norm(x[7]) / np.linalg.norm(x[j])), j)
                    for j in range(200) if j != 7), reverse=True)[:10]
    assert [j for _, j in brute] == found.tolist()
    assert np.allclose([s for s, _ in brute], similarity, atol=1e-6)
    assert 7 not in found


def test_paris_minus_france_plus_italy_is_rome():
    rng = np.random.default_rng(3)
    concept = {name: rng.normal(size=50) for name in
               ("capital", "country", "france", "italy", "spain", "noise")}
    words = {"paris": ("capital", "france"), "rome": ("capital", "italy"),
             "madrid": ("capital", "spain"), "france": ("country", "france"),
             "italy": ("country", "italy"), "spain": ("country", "spain")}
    names = list(words)
    vectors = np.array([concept[a] + concept[b] + 0.1 * rng.normal(size=50)
                        for a, b in words.values()], np.float32)
    found, _ = analogy(vectors, names.index("paris"), names.index("france"),
                       names.index("italy"), k=3)
    assert names[found[0]] == "rome"
    assert not {names.index("paris"), names.index("france"), names.index("italy")} & set(
        found.tolist())
