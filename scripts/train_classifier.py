"""Reproduce the classifier head (src/tearwise/text/model/head.npz) from data/accounts.

    python scripts/train_classifier.py [--cache FILE]

Writes the split id lists to data/splits/. Uses the train and dev splits only (grouped by
style; see tearwise.text.data), tunes by leave-one-style-out, fits once on train + dev,
writes head.npz and head.sha256, and prints the out-of-fold figures. The test split is not
read. Deterministic: the same data gives the same head.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np

from tearwise.text.data import load_default
from tearwise.text.embedder import OnnxEmbedder
from tearwise.text.features import featurize
from tearwise.text.head import HEAD_PATH
from tearwise.text.training import train


class CachingEmbedder:
    """The real encoder with a file cache of unit vectors (re-runs skip the encoder)."""

    dim = 384

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.known: dict[str, np.ndarray] = {}
        self._inner: OnnxEmbedder | None = None
        if cache is not None and cache.is_file():
            with np.load(cache) as npz:
                self.known = dict(zip(npz["texts"].tolist(), npz["vectors"], strict=True))

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.known})
        if missing:
            if self._inner is None:
                self._inner = OnnxEmbedder()
            self.known.update(zip(missing, self._inner.embed(missing), strict=True))
            if self.cache is not None:
                keys = list(self.known)
                np.savez(self.cache, texts=np.array(keys), vectors=np.stack([self.known[k] for k in keys]))
        return np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def cached_features(texts: list[str], cache: Path | None) -> np.ndarray:
    _, x, _ = featurize(texts, CachingEmbedder(cache))
    return x


def write_split_files(accounts: list) -> None:
    """data/splits/{train,dev,test}.txt: the ids of each split (the rule lives in tearwise.text.data)."""
    folder = Path(__file__).resolve().parent.parent / "data" / "splits"
    folder.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        ids = sorted(a.id for a in accounts if a.split == split)
        (folder / f"{split}.txt").write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="feature cache file (speeds up re-runs)")
    parser.add_argument("--out", type=Path, default=HEAD_PATH)
    args = parser.parse_args()
    started = time.perf_counter()
    everything = load_default()
    write_split_files(everything)
    accounts = [a for a in everything if a.split != "test"]
    x = cached_features([a.text for a in accounts], args.cache)
    tuned = train(x, accounts)
    digest = tuned.head.save(args.out)
    print(f"trained on {len(accounts)} accounts (train + dev), l2={tuned.l2}, {time.perf_counter() - started:.1f} s")
    for key, value in tuned.report.items():
        print(f"  {key:28s} {value:.3f}")
    print(
        "  thresholds",
        dict(
            zip(
                __import__("tearwise.text.head", fromlist=["OUTPUTS"]).OUTPUTS,
                tuned.head.thresholds.round(2).tolist(),
                strict=True,
            )
        ),
    )
    print(f"wrote {args.out} (sha256 {digest})")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
