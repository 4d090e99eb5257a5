"""The backprop inspector's probe (Fig. 1c-d of the review): backpropagation by hand.

For one training point, the perceptron's forward and backward passes are written out in
float64 numpy from its weights, the way Fig. 1c-d writes them:

    z_j = sum_i w_ij y_i + b_j          y_j = f(z_j)
    dE/dz_j = dE/dy_j * f'(z_j)         dE/dy_j = sum_k w_jk dE/dz_k
    dE/dw_ij = y_i dE/dz_j

Autograd is deliberately not used here: the numbers are the chain rule itself, and the
tests check them against autograd. ``step_on_point`` takes one plain SGD step on the
same point, so a person can watch each weight move by -lr * dE/dw.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from engine.models.network import MLP
from engine.shared.messages import CODES
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import PROBE_REGISTRY, implements
from engine.shared.results.points import BackpropData

NOT_A_PERCEPTRON = CODES["backprop.not_a_perceptron"]


# -- activations ----------------------------------------------------------------------
def activation_name(module: nn.Module) -> str:
    """The name of a hidden activation module, as the experiment spells it."""
    if isinstance(module, nn.LeakyReLU):
        if module.negative_slope != 0.01:
            raise ProbeError.of("backprop.leaky_relu_slope")
        return "leaky_relu"
    if isinstance(module, nn.GELU) and module.approximate != "none":
        raise ProbeError.of("backprop.approximate_gelu")
    names = {nn.ReLU: "relu", nn.Tanh: "tanh", nn.Sigmoid: "sigmoid", nn.Identity: "linear",
             nn.GELU: "gelu", nn.SiLU: "silu"}
    for kind, name in names.items():
        if type(module) is kind:
            return name
    raise ProbeError.of("backprop.unknown_module", module=repr(module))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # Split by sign so that neither branch overflows exp.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _normal_cdf(z: np.ndarray) -> np.ndarray:
    return np.array([0.5 * (1.0 + math.erf(v / math.sqrt(2.0))) for v in z.ravel()]
                    ).reshape(z.shape)


def activate(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(f(z), f'(z)); at a kink (ReLU's 0) the derivative torch uses: the left one."""
    if name == "relu":
        return np.maximum(z, 0.0), (z > 0).astype(np.float64)
    if name == "leaky_relu":
        return np.where(z > 0, z, 0.01 * z), np.where(z > 0, 1.0, 0.01)
    if name == "tanh":
        y = np.tanh(z)
        return y, 1.0 - y * y
    if name == "sigmoid":
        y = _sigmoid(z)
        return y, y * (1.0 - y)
    if name == "linear":
        return z.copy(), np.ones_like(z)
    if name == "gelu":
        cdf = _normal_cdf(z)
        pdf = np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
        return z * cdf, cdf + z * pdf
    if name == "silu":
        s = _sigmoid(z)
        return z * s, s * (1.0 + z * (1.0 - s))
    raise ProbeError.of("backprop.unknown_activation", name=repr(name))


# -- the error of one point -------------------------------------------------------------
def _output_layer(objective, z: np.ndarray, target: float):
    """(output function, loss name, y, f'(z), E, dE/dy, dE/dz) for the output layer.

    E is what ``objective.loss_of`` gives a batch holding only this point.
    """
    if objective.problem == "regression":
        y = z.copy()
        diff = y[0] - target
        grad = np.array([2.0 * diff])
        return "linear", "mse", y, np.ones_like(z), diff * diff, grad, grad.copy()
    if objective.is_binary:
        p = _sigmoid(z)
        slope = p * (1.0 - p)
        if objective.loss == "mse":
            diff = p[0] - target
            dE_dy = np.array([2.0 * diff])
            return "sigmoid", "mse", p, slope, diff * diff, dE_dy, dE_dy * slope
        # log p and log(1-p) from the logit, so a confident net gives finite numbers.
        log_p, log_q = -np.logaddexp(0.0, -z[0]), -np.logaddexp(0.0, z[0])
        error = -(target * log_p + (1.0 - target) * log_q)
        with np.errstate(divide="ignore"):
            dE_dy = np.array([-target / p[0] + (1.0 - target) / (1.0 - p[0])])
        return "sigmoid", "bce", p, slope, error, dE_dy, p - target
    shifted = z - z.max()
    p = np.exp(shifted) / np.exp(shifted).sum()
    onehot = np.zeros_like(z)
    onehot[int(target)] = 1.0
    if objective.loss == "mse":
        error = float(np.mean((p - onehot) ** 2))
        dE_dy = 2.0 * (p - onehot) / len(z)
    else:
        log_p = shifted - math.log(np.exp(shifted).sum())
        error = -float(log_p[int(target)])
        with np.errstate(divide="ignore"):
            dE_dy = -onehot / p
        dE_dy = np.where(onehot > 0, dE_dy, 0.0)
    # Softmax couples the units: dE/dz_k = y_k (dE/dy_k - sum_l y_l dE/dy_l).
    dE_dz = p - onehot if objective.loss != "mse" else p * (dE_dy - np.dot(p, dE_dy))
    return "softmax", objective.loss, p, p * (1.0 - p), error, dE_dy, dE_dz


# -- the probe ------------------------------------------------------------------------
def _check(session, index: int) -> int:
    """``index`` as the registry read it, if the run has that training point."""
    if not isinstance(session.model, MLP):
        raise ProbeError.of("backprop.not_a_perceptron")
    n = int(session.x_train.shape[0])
    if n == 0:
        raise ProbeError.of("backprop.no_points")
    if not 0 <= index < n:
        raise ProbeError.of("backprop.no_such_point", index=index, last=n - 1)
    return index


def _as64(t: torch.Tensor) -> np.ndarray:
    return t.detach().to("cpu", dtype=torch.float64, copy=True).numpy()


@implements("backprop")
def backprop_probe(session, options: dict) -> BackpropData:
    """Forward and backward pass of training point ``options["index"]`` (default 0)."""
    index = options["index"]
    if index >= session.x_train.shape[0] > 0:
        # The data shrank under a chosen point (fewer points, a new split): show the
        # first point, as the view does once it hears of it, rather than a complaint.
        index = 0
    index = _check(session, index)
    model: MLP = session.model
    names = tuple(activation_name(m) for m in model.activations)
    weights = tuple(_as64(lin.weight) for lin in model.linears)
    biases = tuple(_as64(lin.bias) for lin in model.linears)
    target = float(session.y_train[index])
    inputs = _as64(session.x_train[index])

    # Forward: z_j = sum_i w_ij y_i + b_j, y_j = f(z_j), layer by layer.
    zs, ys, slopes = [inputs], [inputs], [np.ones_like(inputs)]
    for w, b, name in zip(weights[:-1], biases[:-1], names):
        z = w @ ys[-1] + b
        y, slope = activate(name, z)
        zs.append(z)
        ys.append(y)
        slopes.append(slope)
    z_out = weights[-1] @ ys[-1] + biases[-1]
    function, loss, y_out, slope_out, error, dE_dy_out, dE_dz_out = _output_layer(
        session.objective, z_out, target)
    zs.append(z_out)
    ys.append(y_out)
    slopes.append(slope_out)

    # Backward: dE/dy_j = sum_k w_jk dE/dz_k, then dE/dz_j = dE/dy_j f'(z_j).
    dE_dy, dE_dz = [dE_dy_out], [dE_dz_out]
    for layer in range(len(weights) - 1, -1, -1):
        dy = weights[layer].T @ dE_dz[0]
        dE_dy.insert(0, dy)
        dE_dz.insert(0, dy * slopes[layer])
    # dE/dw_ij = y_i dE/dz_j: row j (the unit fed), column i (the unit feeding it).
    dE_dw = tuple(np.outer(dE_dz[layer + 1], ys[layer]) for layer in range(len(weights)))
    dE_db = tuple(dE_dz[layer + 1].copy() for layer in range(len(weights)))
    lr = float(session.experiment.training.learning_rate)
    points = session.points_train[index]
    return BackpropData(
        index=index, step=int(session.step_count),
        point=(float(points[0]), float(points[1])),
        features=tuple(session.experiment.network.features), target=target,
        output_function=function, loss=loss, activations=names, output=y_out,
        error=float(error), learning_rate=lr, z=tuple(zs), y=tuple(ys),
        f_prime=tuple(slopes), dE_dy=tuple(dE_dy), dE_dz=tuple(dE_dz),
        weights=weights, biases=biases, dE_dw=dE_dw, dE_db=dE_db,
        delta_w=tuple(-lr * g for g in dE_dw), delta_b=tuple(-lr * g for g in dE_db))


def step_on_point(session, index: int) -> None:
    """One plain SGD step on training point ``index`` alone: w <- w - lr * dE/dw.

    Gradients come from autograd (float32) into fresh tensors, so the optimizer and the
    parameters' ``.grad`` stay as they were; dropout is off, like in the probe.
    """
    # The point a person clicked, read as the probe's option is.
    index = _check(session, PROBE_REGISTRY["backprop"].validated({"index": index})["index"])
    model: MLP = session.model
    was_training = model.training
    model.eval()
    try:
        x = session.x_train[index:index + 1]
        y = session.y_train[index:index + 1]
        parameters = list(model.parameters())
        error = session.objective.loss_of(model(x), y)
        grads = torch.autograd.grad(error, parameters)
    finally:
        model.train(was_training)
    lr = session.experiment.training.learning_rate
    with torch.no_grad():
        for parameter, grad in zip(parameters, grads, strict=True):
            parameter.sub_(lr * grad)
    session.step_count += 1
