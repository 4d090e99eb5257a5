"""Words of the network panel: neuron names and the tooltip over whatever is hovered.

Translated in the panel's context ("NetworkPanel"), where the translation file has them.
The panel hands in what the words need (its features, the numbers under the pointer),
so these are plain functions of a hit as ``NetworkLayout.hit`` returns it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from engine.shared.experiment import FEATURE_LABELS


def _number(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.3f}"


def neuron_name(layer: int, unit: int, features: tuple[str, ...], n_layers: int,
                n_outputs: int, pixel_note: str) -> str:
    """"X₁", "neuron 2 of layer 1", "class 3", "the output"; for image data the input
    block is named by ``pixel_note`` ("64 inputs (8×8 pixels)")."""
    if layer == 0 and pixel_note:
        return pixel_note
    if layer == 0:
        name = features[unit]
        return FEATURE_LABELS.get(name, name)
    if layer == n_layers - 1:
        if n_outputs > 1:
            return QCoreApplication.translate("NetworkPanel", "class {index}").format(
                index=unit)
        return QCoreApplication.translate("NetworkPanel", "the output")
    return QCoreApplication.translate("NetworkPanel", "neuron {unit} of layer {layer}").format(
        unit=unit + 1, layer=layer)


def tooltip(hit: tuple | None, features: tuple[str, ...], pixel_note: str,
            pictures: bool, name: Callable[[int, int], str],
            weight: Callable[[int, int, int], float | None],
            bias: Callable[[int, int], float | None]) -> str:
    """The tooltip over ``hit`` ('' for none). ``pixel_note`` is '' for 2-D points;
    ``pictures``: the first hidden layer shows its weights as pictures (image data, big
    enough neurons)."""
    if hit is None:
        return ""
    if pixel_note and hit[0] in ("neuron", "link") and hit[1] == 0:
        if hit[0] == "link":
            return QCoreApplication.translate("NetworkPanel", "Every pixel feeds {target}"
                                              ).format(target=name(1, hit[2]))
        return pixel_note
    if pictures and hit[0] == "neuron" and hit[1] == 1:
        return "\n".join((name(1, hit[2]), QCoreApplication.translate(
            "NetworkPanel", "The picture shows its weight on each pixel: blue excites it, "
            "orange inhibits it")))
    if hit[0] == "feature" or (hit[0] == "neuron" and hit[1] == 0):
        feature = hit[1] if hit[0] == "feature" else features[hit[2]]
        action = (QCoreApplication.translate("NetworkPanel", "Click to switch this input off")
                  if feature in features else
                  QCoreApplication.translate("NetworkPanel", "Off. Click to switch it on"))
        return f"{FEATURE_LABELS.get(feature, feature)}\n{action}"
    if hit[0] == "link":
        k, row, col = hit[1:]
        return "\n".join((
            QCoreApplication.translate("NetworkPanel", "Weight {value}").format(
                value=_number(weight(k, row, col))),
            QCoreApplication.translate("NetworkPanel", "from {source} to {target}").format(
                source=name(k, col), target=name(k + 1, row)),
            QCoreApplication.translate("NetworkPanel", "Click to edit the weight")))
    layer, unit = hit[1:]
    return "\n".join((
        QCoreApplication.translate("NetworkPanel", "Bias {value}").format(
            value=_number(bias(layer, unit))),
        name(layer, unit),
        QCoreApplication.translate(
            "NetworkPanel", "Shift+click, or click the small square, to edit the bias")))



def stack_note(layers) -> str:
    """What the panel says in place of a builder's stack it cannot draw."""
    names = " → ".join(layer.label for layer in layers)
    return QCoreApplication.translate(
        "NetworkPanel", "Assembled in the Layers tab: {0}. The diagram draws perceptrons "
        "only (Linear layers and one activation each); edit this network there.").format(names)


def translation_note(network) -> str:
    """What the panel says of the translators (an encoder-decoder, built from settings)."""
    return QCoreApplication.translate(
        "NetworkPanel", "An encoder-decoder translator: a GRU encoder reads the English "
        "words one at a time (word vectors of {0} values, a state of {1}), and its last "
        "state, the thought vector, starts a GRU decoder that writes the Korean words. "
        "The demo trains one that attends to the English words and one that does not, "
        "side by side; the Translation tab draws them at work.").format(
            network.translator_embedding, network.translator_hidden)


def caption_note(network) -> str:
    """What the panel says of the captioners (a ConvNet and an LSTM, built from settings)."""
    return QCoreApplication.translate(
        "NetworkPanel", "A captioner: a ConvNet encoder turns the 64×64 picture into an "
        "8×8 grid of cells (one path of 3×3 convolutions reads the shapes, one of 1×1 "
        "convolutions the colours), and an LSTM decoder (a state of {0}, word vectors of "
        "{1} values) writes the caption one word at a time. The demo trains one that "
        "attends to the cells as it writes each word and one that reads only the "
        "picture's vector, side by side; the Captioning tab draws them at work.").format(
            network.caption_hidden, network.caption_embedding)


def sequence_note(layers) -> str:
    """What the panel says of a recurrent network (its own views draw it)."""
    names = " → ".join(layer.label for layer in layers) or QCoreApplication.translate(
        "NetworkPanel", "the data's recurrent network")
    return QCoreApplication.translate(
        "NetworkPanel", "This network reads a sequence one step at a time: {0}. Edit it in "
        "the Layers tab; the 'Unfolded in time' and 'Hidden states' tabs draw it at work."
    ).format(names)


def input_note(image_shape: tuple[int, int] | None) -> str:
    """What the input block stands for, e.g. "64 inputs (8×8 pixels)"."""
    if image_shape is None:
        return ""
    h, w = image_shape
    return QCoreApplication.translate("NetworkPanel", "{n} inputs ({h}×{w} pixels)").format(
        n=h * w, h=h, w=w)


def captions(hidden: tuple[int, ...], stack: bool, pixels: bool
             ) -> tuple[str, list[tuple[str, str]]]:
    """The title over the layers and each column's (caption, short label)."""
    n = len(hidden)
    title = (QCoreApplication.translate("NetworkPanel", "1 hidden layer") if n == 1
             else QCoreApplication.translate("NetworkPanel", "%n hidden layers", "", n))
    if stack:
        title = QCoreApplication.translate("NetworkPanel", "Layer stack")
    inputs = (QCoreApplication.translate("NetworkPanel", "Pixels") if pixels
              else QCoreApplication.translate("NetworkPanel", "Features"))
    columns = [(inputs, QCoreApplication.translate("NetworkPanel", "In"))]
    for k in hidden:
        columns.append((QCoreApplication.translate("NetworkPanel", "1 neuron") if k == 1
                        else QCoreApplication.translate("NetworkPanel", "%n neurons", "", k),
                        str(k)))
    columns.append((QCoreApplication.translate("NetworkPanel", "Output"),
                    QCoreApplication.translate("NetworkPanel", "Out")))
    return title, columns
