"""Run the benchmarks: ``uv run python tests/benchmarks [NAME ...] [--json]``.

Each ``bench_*.py`` file here defines functions named ``bench_<figure>`` that return a list of
:class:`Figure` (or one). Giving NAMEs runs only the figures (or files) whose name contains one.
Prints ``NAME VALUE UNIT`` per figure, or with ``--json`` a list of
``{"name", "value", "unit", "n"}``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchkit import Figure  # noqa: E402


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: list[Figure] = []
    for path in sorted(HERE.glob("bench_*.py")):
        module = _load(path)
        for attribute in sorted(dir(module)):
            if not attribute.startswith("bench_"):
                continue
            figure_name = attribute.removeprefix("bench_")
            if args.names and not any(n in figure_name or n in path.stem for n in args.names):
                continue
            produced = getattr(module, attribute)()
            for figure in produced if isinstance(produced, list) else [produced]:
                results.append(figure)
                if not args.json:
                    sys.stdout.write(f"{figure.name} {figure.value:g} {figure.unit}\n")
                    sys.stdout.flush()
    if args.json:
        sys.stdout.write(json.dumps([f.as_dict() for f in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
