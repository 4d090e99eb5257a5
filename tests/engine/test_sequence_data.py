"""Sequence data: the algorithmic tasks mean what they say, text files are read safely,
and the trainer's truncated back-propagation and gradient clipping do what they claim."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.data import DataError, make_dataset
from engine.data.errors import DataFileError
from engine.data.sequences import BLANK, CUE, MAX_DEPTH
from engine.data.text import MAX_VOCAB, UNKNOWN, encode, read_text_file, vocabulary
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.layers.layer import Layer
from engine.trainer.session import TrainingSession

L = Layer.make


def data(dataset: str, **changes):
    return make_dataset(Experiment().with_data(dataset=dataset, **changes).data)


def test_parens_targets_are_the_depth_so_far():
    d = data("parens", n_points=200, seq_length=30, noise=0.3)
    vocab = d.sequence.vocab
    for x, y in zip(d.x_train, d.y_train):
        depth = 0
        for token, target in zip(x, y):
            depth += {"(": 1, ")": -1}.get(vocab[token], 0)
            assert target == depth
    depths = np.concatenate([d.y_train.ravel(), d.y_test.ravel()])
    assert depths.min() == 0 and depths.max() == MAX_DEPTH  # every depth is visited
    assert d.sequence.per_step and d.x_train.dtype == np.int64


def test_recall_target_is_the_first_symbol_after_a_lag():
    d = data("recall", n_points=100, seq_length=25, n_classes=3, noise=0.5)
    vocab = d.sequence.vocab
    assert d.class_names == ("A", "B", "C") and d.n_classes == 3
    assert np.array_equal(d.x_train[:, 0], d.y_train.astype(np.int64))
    assert all(vocab[t] == CUE for t in d.x_train[:, -1])
    middle = {vocab[t] for t in d.x_train[:, 1:-1].ravel()}
    assert BLANK in middle and not middle & {"A", "B", "C"}
    assert d.y_train.shape == (d.x_train.shape[0],) and not d.sequence.per_step


def test_adding_target_is_the_sum_of_the_two_marked_values():
    d = data("adding", n_points=50, seq_length=16)
    x = d.x_train
    assert x.shape[1:] == (16, 2)
    marked = x[:, :, 1] == 1.0
    assert (marked.sum(axis=1) == 2).all()
    assert np.allclose((x[:, :, 0] * marked).sum(axis=1), d.y_train, atol=1e-6)


def test_sines_target_is_the_next_clean_value():
    d = data("sines", n_points=20, seq_length=50, noise=0.0)
    # Without noise the input one step later is the target now.
    assert np.allclose(d.x_train[:, 1:, 0], d.y_train[:, :-1], atol=1e-6)


def test_generated_text_windows_predict_the_next_character():
    d = data("grammar", n_points=40, seq_length=32)
    vocab = d.sequence.vocab
    assert '"' in vocab and "(" in vocab and ")" in vocab
    assert np.array_equal(d.x_train[:, 1:], d.y_train[:, :-1].astype(np.int64))
    assert d.class_names == vocab and d.n_classes == len(vocab)


def test_same_settings_same_sequences_and_lengths_are_checked():
    a, b = data("recall", seed=3), data("recall", seed=3)
    assert np.array_equal(a.x_train, b.x_train)
    with pytest.raises(DataError, match="sequence length"):
        data("recall", seq_length=2)
    with pytest.raises(ExperimentError, match="sequence length"):
        Experiment().with_data(seq_length=10_000).validate()


# -- a person's text file ----------------------------------------------------------------
def test_text_file_in_utf8_and_utf16_reads(tmp_path):
    text = "안녕하세요, 세상. " * 40
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-16")
    assert read_text_file(tmp_path / "a.txt") == text
    assert read_text_file(tmp_path / "b.txt") == text
    d = data("text", path=str(tmp_path / "a.txt"), n_points=30, seq_length=16)
    assert "안" in d.sequence.vocab


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 30, "binary file"),
    ("caf\xe9 au lait. ".encode("latin-1") * 30, r"not UTF-8 text: byte 0xe9 at position 3"),
    (b"", "0 characters"),
    (b"too short", "9 characters"),
])
def test_bad_text_files_get_a_message_naming_the_file(tmp_path, content, message):
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=message) as caught:
        read_text_file(path)
    assert "story.txt" in str(caught.value)


def test_missing_file_and_folder_get_a_message(tmp_path):
    with pytest.raises(DataFileError, match="cannot be read"):
        read_text_file(tmp_path / "nowhere.txt")
    with pytest.raises(DataFileError, match="folder"):
        read_text_file(tmp_path)
    with pytest.raises(DataFileError, match="Choose a text file"):
        data("text", path="")


def test_rare_characters_become_unknown():
    text = "ab" * 500 + "".join(chr(0x4E00 + i) for i in range(MAX_VOCAB + 10))
    vocab = vocabulary(text)
    assert len(vocab) == MAX_VOCAB and UNKNOWN in vocab and "a" in vocab
    ids = encode(text, vocab)
    assert vocab[ids[0]] == "a" and vocab[ids[-1]] == UNKNOWN


# -- the network follows the data --------------------------------------------------------
def test_picking_sequences_brings_a_recurrent_stack_and_back():
    seq = Experiment().with_data(dataset="recall")
    assert [layer.kind for layer in seq.network.layers] == ["embedding", "rnn", "last_step"]
    per_step = seq.with_data(dataset="parens")
    assert [layer.kind for layer in per_step.network.layers] == ["embedding", "rnn"]
    values = seq.with_data(dataset="adding")
    assert [layer.kind for layer in values.network.layers] == ["rnn", "last_step"]
    back = values.with_data(dataset="circle")
    assert back.network.layers == () and back.validate()


def test_a_stack_that_answers_at_the_wrong_steps_is_refused_with_a_reason():
    e = Experiment().with_data(dataset="parens")
    wrong = e.with_network(layers=(L("embedding"), L("lstm"), L("last_step")))
    with pytest.raises(ExperimentError, match="remove the 'Last step'"):
        wrong.validate()
    e = Experiment().with_data(dataset="recall")
    with pytest.raises(ExperimentError, match="end the recurrent layers"):
        e.with_network(layers=(L("embedding"), L("lstm"))).validate()


# -- training ----------------------------------------------------------------------------
def session(dataset="parens", **training) -> TrainingSession:
    e = Experiment().with_data(dataset=dataset, n_points=64, seq_length=24)
    return TrainingSession(e.with_training(batch_size=8, **training))


def test_per_step_accuracy_counts_every_step():
    s = session()
    with torch.no_grad():
        raw = s.model(s.x_test)
    hits = (raw.argmax(-1) == s.y_test.long()).sum().item()
    assert s.measure()[3] == pytest.approx(hits / s.y_test.numel())


def test_bptt_as_long_as_the_sequence_changes_nothing_and_shorter_truncates():
    def first_gradient(bptt: int) -> torch.Tensor:
        s = session("recall", bptt=bptt)
        batch = torch.arange(8)
        s.optimizer.zero_grad()
        s.batch_loss(s.x_train[batch], s.y_train[batch]).backward()
        return s.model.layers[1].rnn.weight_hh_l0.grad.clone()

    full = first_gradient(0)
    assert torch.allclose(first_gradient(24), full)
    short = first_gradient(5)
    assert not torch.allclose(short, full)


def test_truncated_chunks_carry_the_state_forward():
    s = session("parens", bptt=6)
    x, y = s.x_train[:4], s.y_train[:4]
    with torch.no_grad():
        chunked = s.batch_loss(x, y)
        whole = s.objective.loss_of(s.model(x), y)
    # Same values forward (the state is carried); only the gradient is cut.
    assert chunked.item() == pytest.approx(whole.item(), rel=1e-5)


def test_clipping_caps_the_gradient_and_history_keeps_the_raw_norm():
    s = session("recall", clip_gradients=True, clip_threshold=1e-3, optimizer="sgd",
                learning_rate=1.0)
    before = [p.detach().clone() for p in s.model.parameters()]
    s.step()
    change = torch.sqrt(sum(((p - b) ** 2).sum() for p, b in zip(s.model.parameters(), before)))
    assert change.item() == pytest.approx(1e-3, rel=1e-3)  # lr 1: the step is the gradient
    steps, norms = s.gradient_history()
    assert steps.tolist() == [0] and norms[0] > 1e-3


def test_switching_clipping_mid_run_keeps_the_weights():
    s = session("recall")
    for _ in range(3):
        s.step()
    weights = [p.detach().clone() for p in s.model.parameters()]
    s.set_training(clip_gradients=True, clip_threshold=0.5)
    assert all(torch.equal(a, b) for a, b in zip(weights, s.model.parameters()))
    assert s.step() and s.step_count == 4


def test_lstm_forget_gates_start_open():
    from engine.models.stack import FORGET_BIAS, build
    from engine.shared.layers.shape import Shape

    model = build((L("lstm", hidden_size=5, num_layers=2),), Shape.sequence(7, 3), 2)
    rnn = model.layers[0].rnn
    for layer in range(2):
        bias = getattr(rnn, f"bias_ih_l{layer}") + getattr(rnn, f"bias_hh_l{layer}")
        assert torch.all(bias[5:10] == FORGET_BIAS)


def test_token_ids_fit_the_embedding_the_registry_promises():
    from engine.shared.catalogue import SEQUENCE_DATASETS

    for dataset, info in SEQUENCE_DATASETS.items():
        if info.sequence_layout != "tokens" or info.from_path:
            continue
        d = data(dataset, n_points=50, n_classes=8)
        assert len(d.sequence.vocab) <= info.vocab_size
        assert d.x_train.max() < info.vocab_size


def test_live_metrics_of_a_big_recurrent_net_read_a_sample_and_say_so():
    from engine.shared.demos import load_demo
    from engine.trainer.recurrent import MIN_SEQUENCES_MEASURED
    from engine.trainer.run import Trainer

    trainer = Trainer(load_demo("char-rnn").experiment, probes=set())
    live = trainer.snapshot(False, 0.0)
    train_read, test_read, train_all, test_all = live.measured_on
    assert MIN_SEQUENCES_MEASURED <= train_read < train_all and test_read < test_all
    assert trainer.snapshot(False, 0.0, full=True).measured_on is None


def test_recurrent_scale_multiplies_only_the_hidden_to_hidden_weights():
    base = Experiment().with_data(dataset="recall", n_points=20)
    plain = TrainingSession(base).model
    scaled = TrainingSession(base.with_network(recurrent_scale=3.0)).model
    for (name, a), (_, b) in zip(plain.named_parameters(), scaled.named_parameters()):
        factor = 3.0 if ".weight_hh" in name else 1.0
        assert torch.allclose(b, factor * a), name
    with pytest.raises(ExperimentError, match="recurrent weight scale"):
        base.with_network(recurrent_scale=0.0).validate()
