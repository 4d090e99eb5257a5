"""The chain-rule equations of Fig. 1c-d for the selected unit or weight, numbers plugged in.

Everything is computed from one BackpropData (engine.probes.backprop): the numbers shown
are the probe's, and each line reads left to right as formula = numbers = result, e.g.
"∂E/∂z_j = ∂E/∂y_j · f′(z_j) = 0.213 × 0.79 = 0.168".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from gui.views.backprop_diagram import Selection, fmt

#: How many terms of a sum are written out before "+ …".
SHOWN_TERMS = 4
#: Hidden activations as written in the equations, and their derivative in terms of z, y.
F_NAMES = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "σ", "linear": "", "leaky_relu":
           "leaky ReLU", "gelu": "GELU", "silu": "SiLU"}
F_PRIMES = {"relu": "[z > 0]", "tanh": "1 − y²", "sigmoid": "y (1 − y)", "linear": "1",
            "leaky_relu": "[z > 0] + 0.01 [z ≤ 0]", "gelu": "Φ(z) + z φ(z)",
            "silu": "σ(z) (1 + z (1 − σ(z)))"}


def v(name: str, sub: str = "") -> str:
    return f"<i>{name}</i><sub>{sub}</sub>" if sub else f"<i>{name}</i>"


def d(name: str, sub: str = "") -> str:
    """∂E/∂name_sub."""
    return f"∂<i>E</i>/∂{v(name, sub)}"


def factor(value: float) -> str:
    """A number inside a product: negative ones in brackets."""
    return f"({fmt(value)})" if value < 0 else fmt(value)


def product_sum(pairs: list[tuple[float, float]]) -> str:
    terms = [f"{factor(a)} × {factor(b)}" for a, b in pairs[:SHOWN_TERMS]]
    if len(pairs) > SHOWN_TERMS:
        terms.append("…")
    return " + ".join(terms)


def fmt_moved(value: float, change: float) -> str:
    """Enough digits to see ``change`` in ``value`` (a step moves a weight very little)."""
    if change == 0 or value == 0:
        return fmt(value)
    digits = int(np.clip(np.ceil(np.log10(abs(value) / abs(change))) + 3, 3, 12))
    return f"{value:.{digits}g}".replace("-", "−")


def header(text: str) -> str:
    return f"<div style='margin-top:7px'><b>{text}</b></div>"


def note(text: str) -> str:
    return f"<div>{text}</div>"


def line(*parts: str, note: str = "") -> str:
    """formula = numbers = result, and a short note in brackets."""
    text = " = ".join(p for p in parts if p)
    return "<div>" + text + (f"  ({note})" if note else "") + "</div>"


class BackpropEquations(QObject):
    """Writes the HTML the inspector shows beside the diagram."""

    def html(self, data, selection: Selection, names: list[list[str]]) -> str:
        if selection.kind == "weight":
            return self._weight(data, selection, names)
        if selection.layer == 0:
            return self._input(data, selection.j, names)
        return self._unit(data, selection.layer, selection.j, names)

    # -- a unit of a hidden or the output layer -----------------------------------------
    def _unit(self, data, layer: int, j: int, names) -> str:
        last = len(data.y) - 1
        z, y = float(data.z[layer][j]), float(data.y[layer][j])
        w, b = data.weights[layer - 1], float(data.biases[layer - 1][j])
        below = data.y[layer - 1]
        text = [header(self.tr("Unit j: {0}").format(names[layer][j])),
                header(self.tr("Forward pass (Fig. 1c)"))]
        pairs = [(float(w[j, i]), float(below[i])) for i in range(len(below))]
        text.append(line(f"{v('z', 'j')} = Σ<sub>i</sub> {v('w', 'ij')} {v('y', 'i')} + "
                         f"{v('b', 'j')}", f"{product_sum(pairs)} + {factor(b)}", fmt(z)))
        if layer < last:
            name = data.activations[layer - 1]
            f_name = F_NAMES[name]
            applied = f"{f_name}({fmt(z)})" if f_name else fmt(z)
            text.append(line(f"{v('y', 'j')} = <i>f</i>({v('z', 'j')})", applied, fmt(y)))
            text.append(header(self.tr("Backward pass (Fig. 1d)")))
            text += self._from_above(data, layer, j)
            slope = float(data.f_prime[layer][j])
            text.append(line(f"{d('z', 'j')} = {d('y', 'j')} · <i>f</i>′({v('z', 'j')})",
                             f"{factor(data.dE_dy[layer][j])} × {factor(slope)}",
                             fmt(data.dE_dz[layer][j])))
            text.append(line(f"<i>f</i>′({v('z', 'j')}) = {F_PRIMES[name]}", fmt(slope)))
        else:
            text += self._output(data, j)
        text.append(line(f"{d('b', 'j')} = {d('z', 'j')}", fmt(data.dE_dz[layer][j])))
        text.append(header(self.tr("Weights into unit j")))
        for i in range(min(len(below), 2 * SHOWN_TERMS)):
            text.append(line(f"{d('w', 'ij')} = {v('y', 'i')} {d('z', 'j')}  "
                             f"(<i>i</i> = {names[layer - 1][i]})",
                             f"{factor(below[i])} × {factor(data.dE_dz[layer][j])}",
                             fmt(data.dE_dw[layer - 1][j, i])))
        if len(below) > 2 * SHOWN_TERMS:
            text.append("<div>…</div>")
        return "".join(text)

    def _from_above(self, data, layer: int, j: int) -> list[str]:
        """∂E/∂y_j = Σ_k w_jk ∂E/∂z_k: the error flowing back from the layer above."""
        w_up, dz_up = data.weights[layer], data.dE_dz[layer + 1]
        pairs = [(float(w_up[k, j]), float(dz_up[k])) for k in range(len(dz_up))]
        return [line(f"{d('y', 'j')} = Σ<sub>k</sub> {v('w', 'jk')} {d('z', 'k')}",
                     product_sum(pairs), fmt(data.dE_dy[layer][j]))]

    def _output(self, data, j: int) -> list[str]:
        """The output unit: its f, the error E of this point, and where backprop starts."""
        last = len(data.y) - 1
        z, y = float(data.z[last][j]), float(data.y[last][j])
        t = data.target
        dy, dz = float(data.dE_dy[last][j]), float(data.dE_dz[last][j])
        e = fmt(data.error)
        text = []
        if data.output_function == "sigmoid":
            text.append(line(f"{v('y')} = σ({v('z')}) = 1 / (1 + <i>e</i><sup>−z</sup>)",
                             f"σ({fmt(z)})", fmt(y), note=self.tr("probability of class 1")))
        elif data.output_function == "softmax":
            text.append(line(f"{v('y', 'j')} = <i>e</i><sup>z<sub>j</sub></sup> / "
                             f"Σ<sub>k</sub> <i>e</i><sup>z<sub>k</sub></sup>", fmt(y),
                             note=self.tr("probability of class {0}").format(j)))
        else:
            text.append(line(f"{v('y')} = {v('z')}", fmt(y)))
        text.append(header(self.tr("The error E of this point (t = {0})").format(fmt(t))))
        k = len(data.y[last])
        tj = 1.0 if int(t) == j else 0.0
        if data.loss == "bce":
            text.append(line("<i>E</i> = −[<i>t</i> ln <i>y</i> + (1 − <i>t</i>) "
                             "ln(1 − <i>y</i>)]", e))
            text.append(header(self.tr("Backward pass (Fig. 1d)")))
            text.append(line(f"{d('y')} = −<i>t</i>/<i>y</i> + (1 − <i>t</i>)/(1 − <i>y</i>)",
                             fmt(dy)))
            text.append(line(f"{d('z')} = {d('y')} · σ′({v('z')}) = <i>y</i> − <i>t</i>",
                             f"{fmt(y)} − {factor(t)}", fmt(dz)))
        elif data.loss == "ce":
            text.append(line("<i>E</i> = −ln " + v("y", "t"), f"−ln({fmt(data.output[int(t)])})",
                             e))
            text.append(header(self.tr("Backward pass (Fig. 1d)")))
            text.append(line(f"{d('y', 'j')} = −[<i>j</i> = <i>t</i>] / {v('y', 'j')}",
                             fmt(dy)))
            text.append(line(f"{d('z', 'j')} = {v('y', 'j')} − [<i>j</i> = <i>t</i>]",
                             f"{fmt(y)} − {fmt(tj)}", fmt(dz)))
        elif data.output_function == "softmax":  # squared error on the probabilities
            text.append(line("<i>E</i> = (1/<i>K</i>) Σ<sub>k</sub> (" + v("y", "k")
                             + " − [<i>k</i> = <i>t</i>])²", e))
            text.append(header(self.tr("Backward pass (Fig. 1d)")))
            text.append(line(f"{d('y', 'j')} = 2 ({v('y', 'j')} − [<i>j</i> = <i>t</i>]) / "
                             "<i>K</i>", f"2 × ({fmt(y)} − {fmt(tj)}) / {k}", fmt(dy)))
            text.append(line(f"{d('z', 'j')} = {v('y', 'j')} ({d('y', 'j')} − Σ<sub>k</sub> "
                             f"{v('y', 'k')} {d('y', 'k')})", fmt(dz)))
        else:  # squared error on a value, or on the sigmoid's probability
            text.append(line("<i>E</i> = (<i>y</i> − <i>t</i>)²", f"({fmt(y)} − {factor(t)})²",
                             e))
            text.append(header(self.tr("Backward pass (Fig. 1d)")))
            text.append(line(f"{d('y')} = 2 (<i>y</i> − <i>t</i>)",
                             f"2 × ({fmt(y)} − {factor(t)})", fmt(dy)))
            if data.output_function == "sigmoid":
                slope = float(data.f_prime[last][j])
                text.append(line(f"{d('z')} = {d('y')} · σ′({v('z')}) = {d('y')} · "
                                 "<i>y</i> (1 − <i>y</i>)",
                                 f"{factor(dy)} × {factor(slope)}", fmt(dz)))
            else:
                text.append(line(f"{d('z')} = {d('y')}", fmt(dz)))
        return text

    # -- an input unit ----------------------------------------------------------------
    def _input(self, data, i: int, names) -> str:
        w_up, dz_up = data.weights[0], data.dE_dz[1]
        pairs = [(float(w_up[k, i]), float(dz_up[k])) for k in range(len(dz_up))]
        return "".join([
            header(self.tr("Input i: {0}").format(names[0][i])),
            line(f"{v('y', 'i')} = {names[0][i]}", fmt(data.y[0][i])),
            note(self.tr("An input has no z and no f: it is a feature of the point.")),
            header(self.tr("Backward pass (Fig. 1d)")),
            line(f"{d('y', 'i')} = Σ<sub>k</sub> {v('w', 'ik')} {d('z', 'k')}",
                 product_sum(pairs), fmt(data.dE_dy[0][i])),
            note(self.tr("How E would change if this input moved; nothing here is learned.")),
        ])

    # -- a weight ---------------------------------------------------------------------
    def _weight(self, data, key: Selection, names) -> str:
        layer, i, j = key.layer, key.i, key.j
        w = float(data.weights[layer][j, i])
        grad = float(data.dE_dw[layer][j, i])
        change = float(data.delta_w[layer][j, i])
        lr = data.learning_rate
        return "".join([
            header(self.tr("Weight from {0} to {1}").format(names[layer][i], names[layer + 1][j])),
            line(v("w", "ij"), fmt(w)),
            line(f"{d('w', 'ij')} = {v('y', 'i')} · {d('z', 'j')}",
                 f"{factor(data.y[layer][i])} × {factor(data.dE_dz[layer + 1][j])}", fmt(grad)),
            header(self.tr("One SGD step on this point (learning rate η = {0})").format(
                fmt(lr))),
            line(f"Δ{v('w', 'ij')} = −η · {d('w', 'ij')}", f"−{fmt(lr)} × {factor(grad)}",
                 fmt(change)),
            line(f"{v('w', 'ij')} + Δ{v('w', 'ij')}",
                 f"{fmt_moved(w, change)} + {factor(change)}", fmt_moved(w + change, change)),
        ])

    # -- the outcome of a step --------------------------------------------------------
    def step_report(self, before, after, key: Selection | None, names) -> str:
        """Predicted (−η·∂E/∂w before the step) against observed change of the selected
        weight, or of the weight the step moved most."""
        if before is None:
            return ""
        if after is None:
            return self.tr("Stepping…")
        if key is None or key.kind != "weight":
            sizes = [float(np.abs(d).max()) for d in before.delta_w]
            layer = int(np.argmax(sizes))
            j, i = np.unravel_index(np.abs(before.delta_w[layer]).argmax(),
                                    before.delta_w[layer].shape)
            key = Selection("weight", layer, int(j), int(i))
        predicted = float(before.delta_w[key.layer][key.j, key.i])
        observed = float(after.weights[key.layer][key.j, key.i]
                         - before.weights[key.layer][key.j, key.i])
        worst = max(float(np.abs((a - b) - d).max()) for a, b, d in
                    zip(after.weights, before.weights, before.delta_w))
        text = [self.tr("After one step on this point, the weight from {0} to {1}:").format(
                    names[key.layer][key.i], names[key.layer + 1][key.j]),
                self.tr("predicted change −η·∂E/∂w = {0}, observed change = {1}.").format(
                    fmt(predicted), fmt(observed)),
                self.tr("Over all weights, observed and predicted differ by at most {0}."
                        ).format(fmt(worst)),
                self.tr("E of this point: {0} → {1}.").format(fmt(before.error),
                                                              fmt(after.error))]
        if after.step - before.step > 1:
            text.append(self.tr("Training ran {0} more steps meanwhile: the observed change "
                                "includes them.").format(after.step - before.step - 1))
        return " ".join(text)
