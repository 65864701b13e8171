"""The domain, printing and command line never load Qt; PySide6 survives many signal emits."""

import subprocess
import sys
import textwrap


def test_domain_and_cli_do_not_import_qt():
    code = textwrap.dedent(
        """
        import pkgutil, importlib, sys
        import keet_desktop.domain, keet_desktop.cli
        for package in ("keet_desktop.domain", "keet_desktop.cli", "keet_desktop.printing"):
            try:
                module = importlib.import_module(package)
            except ModuleNotFoundError:
                continue
            for info in pkgutil.walk_packages(module.__path__, package + "."):
                if ".migrations" in info.name:
                    continue
                importlib.import_module(info.name)
        loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "keet_desktop.ui")))
        print(loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_pyside6_survives_100000_signal_emits():
    """PySide6 6.12.0 on Python 3.11 aborts after a few hundred emits (bool_dealloc)."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QObject, Signal

        class Source(QObject):
            changed = Signal(bool)

        received = []
        source = Source()
        source.changed.connect(received.append)
        for n in range(100_000):
            source.changed.emit(n % 2 == 0)
        print(len(received))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "100000"
