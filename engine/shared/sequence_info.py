"""What a sequence dataset is to the trainer and the views: token ids or values per step,
targets at every step or one at the end. Torch-free and numpy-free (the window reads it)."""

from __future__ import annotations

from dataclasses import dataclass

#: Longest sequence a person may ask for: a plain RNN's gradient has long vanished by then,
#: and longer sequences only make every step slower.
MAX_LENGTH = 500
#: Shortest: a sequence needs a few steps to have a past.
MIN_LENGTH = 4


@dataclass(frozen=True)
class SequenceInfo:
    #: "tokens" (one integer id per step, read by an Embedding) or "values" (``features``
    #: floats per step, read by a recurrent layer directly).
    layout: str
    #: Text of each token id (index = id); () for values.
    vocab: tuple[str, ...]
    #: True when every step has a target (next character, depth so far, next value);
    #: False when one target is read after the last step (delayed recall, adding).
    per_step: bool
    #: Steps per sequence.
    length: int
    #: Values per step (1 for tokens).
    features: int = 1

    @property
    def tokens(self) -> bool:
        return self.layout == "tokens"
