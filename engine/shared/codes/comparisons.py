"""Message codes: comparing runs side by side (engine/shared/comparison.py,
engine/trainer/compare_runs.py).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/comparisons.toml.
"""

CODES: dict[str, str] = {
    # A comparison as a demo file or the window writes it (Comparison.from_dict).
    "compare.not_an_object": "a comparison must be an object with 'vary' and 'values'",
    "compare.unknown_keys": "unknown {n:p|key|keys} in the comparison: {names}",
    "compare.needs_vary_and_values": (
        "a comparison needs 'vary' (a setting) and 'values' (a list)"),
    "compare.bad_labels": "comparison labels must be objects with an 'en' text",
    "compare.run_count": "a comparison trains {low} to {high} runs, not {n}",
    "compare.label_count": "{labels} labels for {runs} runs",
    "compare.recipe_needs_labels": (
        "a recipe comparison needs partial experiments as values and a label for each"),
    "compare.cannot_vary": (
        "cannot vary {vary}: use 'activation' or a setting such as 'training.optimizer' "
        "or 'network.dropout'"),
    "compare.run_problem": "run {run} ({label}): {problem}",
    "compare.not_a_value": "run {run}: {value} is not a value for {vary}",
    # Values a person typed into the comparison view (parse_values).
    "compare.bad_seeds": "seeds: {text} is not a count or a range like 0-7",
    "compare.bad_widths": (
        "hidden layers: write widths joined by '-', runs by ',' (e.g. 8-8, 16), not {text}"),
    "compare.not_a_number": "{setting}: {value} is not a number",
    # The settings a comparison may vary, as a message names them.
    "compare.setting_activation": "activation",
    "compare.setting_optimizer": "optimizer",
    "compare.setting_learning_rate": "learning rate",
    "compare.setting_batch_size": "batch size",
    "compare.setting_seed": "seed",
    "compare.setting_dropout": "dropout",
    "compare.setting_init_scale": "initial weight scale",
    "compare.setting_recurrent_scale": "recurrent weight scale",
    "compare.setting_hidden": "hidden layers",
    "compare.setting_regularization": "regularization",
    "compare.setting_reg_rate": "regularization rate",
    "compare.setting_pretrain_steps": "pre-training steps",
}
