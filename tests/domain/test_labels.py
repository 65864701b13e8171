"""Roles, statuses and event kinds are named in one place and said the same everywhere.

The guard against a second table reads the package's source: a dict whose keys are members (or
values) of these enums and whose values are strings marked for translation may only live in
``domain/labels.py``.
"""

from __future__ import annotations

import ast
import io
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from keet_desktop.cli import main
from keet_desktop.domain import labels
from keet_desktop.domain.models import EventKind, EventStatus, RegistrationStatus, Role
from keet_desktop.i18n import catalog, translations_dir, translator
from keet_desktop.printing.attendee_list import render_attendee_list
from keet_desktop.printing.badges import BadgeOptions, render_badges
from keet_desktop.printing.layouts import LAYOUTS
from tests.factories import make_event, person
from tests.printing.helpers import data, event, people

PACKAGE = Path(labels.__file__).resolve().parents[1]
NL = translator("nl")
ENUMS = (Role, RegistrationStatus, EventKind, EventStatus)
TABLES = (
    (Role, labels.ROLE_LABELS),
    (RegistrationStatus, labels.REGISTRATION_STATUS_LABELS),
    (EventKind, labels.KIND_LABELS),
    (EventStatus, labels.EVENT_STATUS_LABELS),
)
DUTCH = {
    Role.PARTICIPANT: "Deelnemer",
    Role.FACILITATOR: "Begeleider",
    Role.PARTNER: "Partner",
    Role.STAFF: "Medewerker",
    RegistrationStatus.REGISTERED: "Ingeschreven",
    RegistrationStatus.WAITLISTED: "Wachtlijst",
    RegistrationStatus.CANCELLED: "Geannuleerd",
}


@pytest.mark.parametrize(("enum", "table"), TABLES, ids=lambda v: getattr(v, "__name__", ""))
def test_every_member_has_a_label_and_a_dutch_translation(enum, table):
    assert set(table) == set(enum)
    for source in table.values():
        assert (labels.CONTEXT, source) in catalog("nl")


def test_the_functions_translate_in_the_one_context():
    for role in Role:
        assert labels.role_label(role, NL) == DUTCH[role]
        assert labels.role_label(role.value, NL) == DUTCH[role]
    for status in RegistrationStatus:
        assert labels.registration_status_label(status, NL) == DUTCH[status]
    assert labels.role_label("nobody") == ""
    assert labels.kind_label(EventKind.INFO_SESSION) == "Information session"


def test_dutch_is_written_once():
    """Each label has one entry in one .ts file: no second context to keep in step."""
    for _enum, table in TABLES:
        for source in set(table.values()):
            assert _contexts_holding(source).count(labels.CONTEXT) == 1, source


def _contexts_holding(source: str) -> list[str]:
    names = []
    for path in translations_dir().glob("*_nl.ts"):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    names.append(context.findtext("name") or "")
    return names


def _enum_key(node: ast.expr | None) -> bool:
    names = {e.__name__ for e in ENUMS}
    values = {m.value for e in (Role, RegistrationStatus) for m in e}
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.value.id in names
    return isinstance(node, ast.Constant) and node.value in values


def _marked(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    )


def label_tables() -> list[str]:
    """Where a dict maps a role or status to a string marked for translation."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Dict)
                and node.keys
                and all(map(_enum_key, node.keys))
                and any(_marked(v) for v in node.values)
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_no_second_table_of_role_or_status_labels():
    tables = label_tables()
    assert tables and all(t.startswith("domain/labels.py:") for t in tables), tables


def test_the_guard_sees_a_second_table(tmp_path, monkeypatch):
    """The scan above can fail: a copy of the old table is found."""
    copy = tmp_path / "keet_desktop"
    (copy / "printing").mkdir(parents=True)
    (copy / "printing" / "old.py").write_text(
        'X = {"waitlisted": QT_TRANSLATE_NOOP("printing", "Waiting list")}\n', encoding="utf-8"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", copy)
    assert label_tables() == ["printing/old.py:1"]


def _pdf_text(render, *args) -> str:
    buffer = io.BytesIO()
    render(buffer, *args)
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_printing_says_the_same():
    who = people(4)  # one of each role
    who[1] = replace(who[1], status=RegistrationStatus.WAITLISTED)
    who[2] = replace(who[2], status=RegistrationStatus.CANCELLED)
    sheet = replace(data(0), people=who)
    listed = _pdf_text(render_attendee_list, sheet, NL)
    for status in RegistrationStatus:
        assert labels.registration_status_label(status, NL) in listed
    badges = _pdf_text(render_badges, event(), people(4), BadgeOptions(LAYOUTS["a4-8xa7"]), NL)
    for role in Role:
        assert labels.role_label(role, NL).upper() in badges


def test_export_and_command_line_say_the_same(services, db_url, tmp_path, capsys):
    event_id = make_event(services, capacity=1)
    services.registrations.register(event_id, person("Ann", "Aerts"))
    waiting = services.registrations.register(event_id, person("Bert", "Baert"))
    services.registrations.register(event_id, person("Dirk", "Dierick"), role=Role.STAFF)
    gone = services.registrations.register(event_id, person("Cas", "Claes"))
    services.registrations.cancel(gone.registration.id)
    path = tmp_path / "out.csv"
    services.exports.export_registrations(
        event_id, path, ["family_name", "status", "role"], translate=NL
    )
    exported = path.read_text(encoding="utf-8-sig")
    for status in RegistrationStatus:
        assert labels.registration_status_label(status, NL) in exported
    assert labels.role_label(Role.STAFF, NL) in exported
    assert waiting.registration.status is RegistrationStatus.WAITLISTED

    capsys.readouterr()
    assert main(["--database", db_url, "--lang", "nl", "registrations", "list"]
                + ["--event", str(event_id)]) == 0  # fmt: skip
    human = capsys.readouterr().out
    for status in RegistrationStatus:
        assert labels.registration_status_label(status, NL) in human
    assert labels.role_label(Role.STAFF, NL) in human
    assert main(["--database", db_url, "--json", "registrations", "list"]
                + ["--event", str(event_id)]) == 0  # fmt: skip
    document = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in document} == {s.value for s in RegistrationStatus}
