"""Word models end to end in the engine: word data as examples, Bengio's language model
and skip-gram trained from the layer builder, held-out perplexity beside the Kneser-Ney
trigram's, the neighbour share, the two probes, and the settings' checks."""

import math

import numpy as np
import pytest

from engine.data import make_dataset
from engine.data.word_data import lm_examples, skipgram_pairs
from engine.models.ngram import KneserNeyTrigram
from engine.shared.demos import load_demo
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.probe_registry import implementation
from engine.trainer.run import Trainer

SMALL = {"n_points": 3000, "train_ratio": 0.9}


def lm_experiment(**data) -> Experiment:
    return (load_demo("ngram-vs-neural").experiment.with_data(**{**SMALL, **data}))


def skipgram_experiment(**data) -> Experiment:
    return load_demo("word-vectors").experiment.with_data(**{**SMALL, **data})


def train(trainer: Trainer, steps: int) -> None:
    for _ in range(steps):
        assert trainer.session.step()


def test_language_model_examples_are_the_trigrams_predictions():
    contexts, targets = lm_examples([(5, 6, 7), (8,)], 3, start=10, end=11)
    assert contexts.tolist() == [[10, 10, 10], [10, 10, 5], [10, 5, 6], [5, 6, 7],
                                 [10, 10, 10], [10, 10, 8]]
    assert targets.tolist() == [5, 6, 7, 11, 8, 11]
    centres, around = skipgram_pairs([(1, 2, 3)], 1)
    assert sorted(zip(centres[:, 0].tolist(), around.tolist())) == [
        (1, 2), (2, 1), (2, 3), (3, 2)]


def test_both_perplexities_are_over_the_same_held_out_predictions():
    experiment = lm_experiment()
    data = make_dataset(experiment.data)
    corpus = data.corpus
    trigram = KneserNeyTrigram(corpus.train, len(corpus.vocabulary))
    assert len(trigram.sentence_logprobs(corpus.held_out)) == data.y_test.shape[0]
    trainer = Trainer(experiment, probes=())
    snap = trainer.snapshot(False, 0.0, full=True)
    assert snap.words.kneser_ney == pytest.approx(trigram.perplexity(corpus.held_out), 1e-12)
    # The neural model's held-out perplexity is exp of its held-out cross-entropy.
    assert snap.words.last_perplexity == pytest.approx(math.exp(snap.test_loss), 1e-5)
    assert snap.words.measured == snap.words.held_out == data.y_test.shape[0]


def test_the_neural_model_beats_the_trigram_on_unseen_combinations():
    trainer = Trainer(lm_experiment(), probes=())
    start = trainer.snapshot(False, 0.0).words.last_perplexity
    train(trainer, 1500)
    words = trainer.snapshot(False, 500.0, full=True).words
    assert words.last_perplexity < 0.8 * words.kneser_ney < start
    assert len(words.steps) == 2 and words.steps[-1] == 1500


def test_skipgram_gathers_the_groups_and_reports_tokens_per_second():
    trainer = Trainer(skipgram_experiment(), probes=())
    first = trainer.snapshot(False, 0.0)
    train(trainer, 2500)
    snap = trainer.snapshot(False, 100.0)
    assert math.isnan(snap.words.kneser_ney)  # skip-gram predicts no next word
    assert first.words.last_share < 0.5 < snap.words.last_share
    batch = trainer.session.experiment.training.batch_size
    assert 0 < snap.tokens_per_second < 100.0 * batch


def test_korean_corpus_trains_too():
    trainer = Trainer(skipgram_experiment(language="ko"), probes=())
    train(trainer, 2500)
    vectors = implementation("word_vectors")(trainer.session, {})
    assert "화요일" in vectors.words
    assert trainer.snapshot(False, 0.0).words.last_share > 0.5


def test_word_vectors_probe_gives_the_projector_its_fields():
    trainer = Trainer(skipgram_experiment(), probes=())
    data = implementation("word_vectors")(trainer.session, {})
    assert data.vectors.dtype == np.float32 and data.vectors.shape == (len(data.words), 32)
    assert len(data.groups) == len(data.words) and "function" in data.group_names
    assert data.groups[data.words.index("tuesday")] == "day"


def test_word_models_probe_table_and_typed_context():
    trainer = Trainer(lm_experiment(), probes=())
    train(trainer, 300)
    probe = implementation("word_models")
    data = probe(trainer.session, {"context": "The mayor of Xanadu, of"})
    assert data.mode == "lm" and len(data.sentences) == 12
    assert np.all(data.neural < 0) and np.all(data.kneser_ney < 0)
    assert data.unknown == ["xanadu"] and data.context == "the mayor of of"
    for top in (data.neural_next, data.kneser_ney_next):
        assert len(top.words) == 10 and np.all(np.diff(top.probabilities) <= 0)
        assert top.probabilities.sum() <= 1 + 1e-6
    untyped = probe(trainer.session, {})
    assert untyped.context == " ".join(untyped.sentences[0].split()[:3])
    assert len(untyped.neural_next.words) == 10
    with pytest.raises(ValueError, match="context must be text"):
        probe(trainer.session, {"context": 3})
    nearest = probe(Trainer(skipgram_experiment(), probes=()).session, {"context": "paris"})
    assert nearest.mode == "neighbours" and "paris" not in nearest.neural_next.words


def test_skipgram_continues_the_same_from_a_file(tmp_path):
    from engine.trainer.checkpoint import load_trainer, save_trainer
    experiment = skipgram_experiment()
    straight = Trainer(experiment, probes=())
    train(straight, 10)
    first = Trainer(experiment, probes=())
    train(first, 4)
    reopened = load_trainer(save_trainer(first, tmp_path / "run"), probes=())
    train(reopened, 6)
    for key, value in straight.session.model.state_dict().items():
        assert value.equal(reopened.session.model.state_dict()[key]), key


@pytest.mark.parametrize(("changes", "words"), [
    ({"word_task": "cbow"}, "unknown word task 'cbow'"),
    ({"context": 0}, "0 words of context"),
    ({"negatives": 99}, "99 negative samples"),
    ({"language": "fr"}, "no generated corpus in 'fr'"),
    ({"n_points": 10 ** 7}, "10000000 sentences"),
    ({"dataset": "word-text", "max_vocab": 3}, "a vocabulary of 3 words"),
])
def test_bad_word_settings_are_refused_in_a_sentence(changes, words):
    with pytest.raises(ExperimentError, match=words):
        lm_experiment(**changes).validate()


def test_word_settings_survive_a_round_trip():
    experiment = skipgram_experiment(language="ko", context=3, negatives=7)
    again = Experiment.from_dict(experiment.to_dict())
    assert again == experiment and again.data.negatives == 7


def test_turning_to_words_from_sgd_trains_with_adam_and_keeps_a_chosen_optimizer():
    playground = load_demo("playground-circle").experiment
    assert playground.training.optimizer == "sgd"
    words = playground.with_data(dataset="words", n_points=20000, train_ratio=0.9)
    t = words.training
    assert (t.optimizer, t.learning_rate, t.batch_size) == ("adam", 0.01, 64)
    words.validate()
    # A person's own optimizer stays; so does SGD within words, and on the way back.
    rms = playground.with_training(optimizer="rmsprop", learning_rate=0.002)
    assert rms.with_data(dataset="words").training == rms.training
    sgd_words = words.with_training(optimizer="sgd", learning_rate=0.1)
    assert sgd_words.with_data(dataset="word-text").training == sgd_words.training
    assert sgd_words.with_data(dataset="circle").training == sgd_words.training
