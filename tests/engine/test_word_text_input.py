"""A person's text for a word model that cannot be used is refused with a message naming
the problem (the encoding and its position, the size limit, a single word), and the run
that trains keeps its data and goes on."""

import pytest

from engine.data import DataFileError
from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.trainer.run import Trainer

STORY = ("The cat sat on the mat. The dog sat on the log. A bird sang in the tree. "
         "The cat saw the bird. The dog saw the cat. ") * 20


def bad_files(tmp_path):
    files = {
        "empty.txt": b"",
        "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "latin.txt": "Caf\u00e9 au lait. Un caf\u00e9 noir.\n".encode("latin-1"),
        "echo.txt": b"hello " * 500,
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, no time to write
    return {
        "empty.txt": "empty.txt holds no words",
        "photo.txt": "photo.txt is a binary file",
        "latin.txt": "latin.txt is not UTF-8 text: byte 0xe9 at position 3",
        "echo.txt": "echo.txt holds only the word 'hello'",
        "huge.txt": "huge.txt is 209.7 MB: text files up to 50 MB",
    }


def test_each_bad_text_gets_its_message_and_the_run_stays(tmp_path):
    experiment = load_demo("word-vectors").experiment.with_data(n_points=2000)
    trainer = Trainer(experiment, probes=())
    for _ in range(5):
        trainer.session.step()
    for name, words in bad_files(tmp_path).items():
        bad = experiment.with_data(dataset="word-text", path=str(tmp_path / name))
        with pytest.raises(DataFileError, match=words):
            trainer.apply(cmd.SetExperiment(bad))
        assert trainer.session.experiment == experiment
        assert trainer.session.dataset.corpus.language == "en"
    assert trainer.session.step() and trainer.session.step_count == 6


def test_a_good_text_trains_as_words_with_its_vocabulary_capped(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    experiment = load_demo("ngram-vs-neural").experiment.with_data(
        dataset="word-text", path=str(path), max_vocab=10)
    trainer = Trainer(experiment, probes=())
    corpus = trainer.session.dataset.corpus
    assert len(corpus.vocabulary) == 10 and corpus.vocabulary[-1] == "<unk>"
    for _ in range(50):
        trainer.session.step()
    words = trainer.snapshot(False, 0.0).words
    assert words.kneser_ney > 1 and words.last_perplexity > 1
    assert words.last_share != words.last_share  # NaN: a text has no groups
