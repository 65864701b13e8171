"""``keet-desktop --self-test``: prove an installed app works, without touching real data.

In a temporary folder: create and migrate a database, create an event, register a person,
check them in by their ticket code, render a badge PDF, and read the translations (the Qt
``.qm`` files and the ``.ts`` files the command line reads). Each step prints one line; the
exit code is 0 only when every step passed. Used by the bundle test and by a volunteer who
wants to know whether the app on a venue laptop is sound.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

STEPS: list[str] = [
    "database",
    "event",
    "register",
    "check-in",
    "badge PDF",
    "translations",
    "qt translations",
]


def _database(state: dict[str, Any]) -> str:
    from keet_desktop.domain import schema
    from keet_desktop.domain.db import Database, sqlite_url
    from keet_desktop.domain.services import Services

    db = Database.open(sqlite_url(state["folder"] / "self-test.sqlite3"))
    schema.upgrade(db)
    state["services"] = Services(db)
    return schema.current_revision(db) or "?"


def _event(state: dict[str, Any]) -> str:
    from keet_desktop.domain.models import EventKind
    from keet_desktop.domain.services.events import EventInput

    start = datetime.now(ZoneInfo("Europe/Brussels")).replace(microsecond=0) + timedelta(hours=1)
    data = EventInput(
        title="Zelftest",
        kind=EventKind.WORKSHOP,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
    )
    state["event_id"] = state["services"].events.create(data).event.id
    return f"event {state['event_id']}"


def _register(state: dict[str, Any]) -> str:
    from keet_desktop.domain.services.people import PersonInput

    person = PersonInput(given_name="Éloïse", family_name="Test", email="eloise@example.be")
    result = state["services"].registrations.register(state["event_id"], person)
    state["code"] = result.registration.ticket_code
    return str(result.registration.status.value)


def _check_in(state: dict[str, Any]) -> str:
    result = state["services"].checkin.scan(state["code"], state["event_id"], "self-test")
    if result.outcome.value != "checked_in":
        raise RuntimeError(f"outcome {result.outcome.value}")
    return str(result.outcome.value)


def _badge(state: dict[str, Any]) -> str:
    from keet_desktop.domain.services.print_data import PrintFilter
    from keet_desktop.i18n import translator
    from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document

    data = state["services"].print_data.load(state["event_id"], PrintFilter())
    stream = io.BytesIO()
    pages = render_document(DocumentKind.BADGES, stream, data, translator("nl"), DocumentOptions())
    pdf = stream.getvalue()
    if not pdf.startswith(b"%PDF") or pages < 1:
        raise RuntimeError("no PDF")
    return f"{pages} page(s), {len(pdf)} bytes"


def _translations(_state: dict[str, Any]) -> str:
    from keet_desktop.domain.errors import RequiredError
    from keet_desktop.i18n import translator

    text = RequiredError("email").format(translator("nl"))
    if text == RequiredError("email").english():
        raise RuntimeError("no Dutch for the errors")
    return text


def _qt_translations(_state: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from keet_desktop.i18n import translations_dir

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    loaded = []
    for path in sorted(translations_dir().glob("*_nl.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            loaded.append(translator)
    source = "&Quit"  # a message of the main window (a variable: not extracted here again)
    text = QCoreApplication.translate("MainWindow", source)
    if not loaded or text == source:
        raise RuntimeError(f"{len(loaded)} .qm file(s) loaded, no Dutch")
    return f"{len(loaded)} .qm files, “{text}”"


_FUNCTIONS: list[Callable[[dict[str, Any]], str]] = [
    _database,
    _event,
    _register,
    _check_in,
    _badge,
    _translations,
    _qt_translations,
]


def run_self_test(out: Callable[[str], object] = sys.stdout.write) -> int:
    """Run every step and print one line each; return 0 when all passed, else 1."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="keet-self-test-") as folder:
        state: dict[str, Any] = {"folder": Path(folder)}
        for name, step in zip(STEPS, _FUNCTIONS, strict=True):
            start = time.perf_counter()
            try:
                detail = step(state)
            except Exception as exc:  # every failure is reported, then the next step runs
                failed += 1
                out(f"FAIL {name}: {type(exc).__name__}: {exc}\n")
                if name in ("database", "event", "register"):
                    break
                continue
            out(f"ok   {name} ({(time.perf_counter() - start) * 1000:.0f} ms): {detail}\n")
        services = state.get("services")
        if services is not None:
            services.db.dispose()
    out("self-test passed\n" if not failed else f"self-test FAILED ({failed} step(s))\n")
    return 0 if not failed else 1
