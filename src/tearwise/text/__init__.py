"""Understanding people's own words: the offline narrative classifier and red-flag detector.

``load_reader()`` is what the app layer calls (through ``tearwise.app.narrative``). It loads
the ONNX model lazily, so importing this package stays cheap. Nothing here touches the
network or writes files: the model and tokenizer ship inside installed packages and are
checked by sha256 before use.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tearwise.text.embedder import Embedder
    from tearwise.text.reader import TextReader


def build_reader(
    embedder: Embedder | None = None,
    head_path: Path | None = None,
    clause_path: Path | None = None,
    *,
    batch: bool = False,
) -> TextReader:
    """A reader with the packaged head and clause flag layer (or the files given); the real
    model unless ``embedder`` is given. ``batch``: tuned for many accounts in a row rather
    than for one account's latency (the encoder's threads wait busy; same results)."""
    from tearwise.knowledge.loader import load_knowledge_base
    from tearwise.text.clause_flags import CLAUSE_PATH, load_clause_flags
    from tearwise.text.embedder import OnnxEmbedder
    from tearwise.text.head import HEAD_PATH, load_head
    from tearwise.text.reader import TextReader

    kb = load_knowledge_base()
    priors = {c.id: c.prior for c in kb.causes}
    head = load_head(head_path if head_path is not None else HEAD_PATH)
    clause_flags = load_clause_flags(clause_path if clause_path is not None else CLAUSE_PATH)
    return TextReader(embedder if embedder is not None else OnnxEmbedder(spin=batch), head, priors, clause_flags)


@functools.cache
def load_reader(batch: bool = False) -> TextReader:
    """The packaged reader, loaded once per process (model load well under a second).

    ``batch=True`` is the one ``tearwise classify`` and its workers use: about 1.3x the
    throughput on 2 cores, at the cost of single-account latency, so the app and the web
    server keep the default."""
    return build_reader(batch=batch)


__all__ = ["build_reader", "load_reader"]
