"""Run every benchmark: each ``bench/bench_*.py`` module's ``main()``, in name order.

``make bench`` calls this. A benchmark that fails is reported and the others still run;
the exit code is non-zero if any failed. ``python bench/run.py engine web`` runs a subset.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    wanted = set(argv)
    failed = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"\n=== benchmark: {name} " + "=" * max(0, 60 - len(name)), flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses and pickling look modules up by name
        started = time.perf_counter()
        try:
            spec.loader.exec_module(module)
            module.main()
        except Exception:
            traceback.print_exc()
            failed.append(name)
        print(f"--- {name}: {time.perf_counter() - started:.1f} s", flush=True)
    if failed:
        print(f"\nfailed benchmarks: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
