"""Real faults around the database, through the ``keet`` command: nothing lost, clear words."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from keet_desktop.domain.db import sqlite_url
from tests.safety.conftest import copy_demo, fill_disk, keet_json, remount_read_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def registrations(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM registrations").fetchone()[0]


def test_print_refuses_to_overwrite_the_open_database(demo_path, keet):
    before = digest(demo_path)
    for name in (demo_path, demo_path.with_name("link.pdf")):
        if name != demo_path:
            name.symlink_to(demo_path)
        code, _out, err = keet(
            "--database",
            sqlite_url(demo_path),
            "print",
            "badges",
            "--event",
            "1",
            "-o",
            name,
            "--force",
        )
        assert code == 2
        assert str(name) in err
    assert digest(demo_path) == before


def test_print_needs_pdf_suffix_and_force_to_replace(demo_path, keet, tmp_path):
    url = sqlite_url(demo_path)
    code, _out, err = keet(
        "--database", url, "print", "badges", "--event", "1", "-o", tmp_path / "badges.txt"
    )
    assert code == 2 and ".pdf" in err
    assert not (tmp_path / "badges.txt").exists()
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"mine")
    code, _out, err = keet(
        "--lang", "en", "--database", url, "print", "badges", "--event", "1", "-o", target
    )
    assert code == 2 and "--force" in err
    assert target.read_bytes() == b"mine"
    keet_json(keet, demo_path, "print", "badges", "--event", "1", "-o", target, "--force")
    assert target.read_bytes().startswith(b"%PDF")


def test_export_and_ics_refuse_wrong_suffix_and_existing_files(demo_path, keet, tmp_path):
    url = sqlite_url(demo_path)
    existing = tmp_path / "list.csv"
    existing.write_text("keep me")
    code, _out, _err = keet(
        "--database", url, "export", "registrations", "--event", "1", "-o", existing
    )
    assert code == 2 and existing.read_text() == "keep me"
    code, _out, _err = keet(
        "--database", url, "export", "ics", "--event", "1", "-o", tmp_path / "cal.csv"
    )
    assert code == 2 and not (tmp_path / "cal.csv").exists()
    code, _out, _err = keet(
        "--database", url, "export", "ics", "--event", "1", "-o", demo_path.with_suffix(".ics")
    )
    assert code == 0


def test_backup_is_verified_and_reports_counts(demo_path, keet, tmp_path):
    document = keet_json(keet, demo_path, "db", "backup", tmp_path / "copy.sqlite3")
    assert document["counts"]["registrations"] == registrations(demo_path) > 0
    assert registrations(tmp_path / "copy.sqlite3") == registrations(demo_path)
    code, _out, _err = keet(
        "--database", sqlite_url(demo_path), "db", "backup", tmp_path / "copy.sqlite3"
    )
    assert code == 2


def corrupt_a_page(path: Path) -> None:
    """Overwrite a page in the middle of the registrations table with garbage."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'registrations'"
        ).fetchone()[0]
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_page_corrupted_database_is_found_and_not_backed_up(demo_path, keet, tmp_path):
    corrupt_a_page(demo_path)
    before = digest(demo_path)
    code, out, _err = keet("--database", sqlite_url(demo_path), "--json", "db", "check")
    document = json.loads(out)
    assert code == 3 and document["ok"] is False and document["problems"]
    target = tmp_path / "copy.sqlite3"
    code, _out, err = keet(
        "--lang", "en", "--database", sqlite_url(demo_path), "db", "backup", target
    )
    assert code == 3
    assert "No backup was made" in err and "damaged" in err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    code, _out, err = keet(
        "--lang", "en", "--database", sqlite_url(demo_path), "registrations", "list", "--event", "1"
    )
    assert code == 3 and "damaged" in err and "Traceback" not in err
    assert digest(demo_path) == before


def test_sound_database_checks_ok(demo_path, keet):
    document = keet_json(keet, demo_path, "db", "check")
    assert document == {"path": str(demo_path), "ok": True, "problems": []}


@pytest.mark.parametrize("content", [b"", b"hello, not a database at all" * 10])
def test_empty_or_foreign_file_is_never_made_a_new_database(tmp_path, keet, content):
    path = tmp_path / "keet.sqlite3"
    path.write_bytes(content)
    code, _out, err = keet("--lang", "en", "--database", sqlite_url(path), "events", "list")
    assert code == 3
    assert "not a Keet database" in err
    assert ("0 bytes" in err) == (content == b"")
    assert path.read_bytes() == content


def test_restore_copies_the_current_database_first(demo_path, keet, tmp_path):
    backup = tmp_path / "good.sqlite3"
    keet_json(keet, demo_path, "db", "backup", backup)
    keet_json(
        keet, demo_path, "register", "--event", "1", "--given", "Nieuw", "--family", "Persoon"
    )
    count = registrations(demo_path)
    document = keet_json(keet, demo_path, "db", "restore", backup)
    assert document["restored"] == str(backup)
    assert registrations(demo_path) == count - 1
    assert registrations(Path(document["backup_of_current"])) == count


def test_backup_onto_a_full_disk_leaves_nothing(demo_path, keet, small_disk):
    disk = small_disk("full", 256)
    fill_disk(disk)
    code, _out, err = keet(
        "--lang", "en", "--database", sqlite_url(demo_path), "db", "backup", disk / "copy.sqlite3"
    )
    assert code == 3
    assert f"The disk holding {disk} is full: free 0 MB" in err
    assert sorted(p.name for p in disk.iterdir()) == ["filler", "filler-small"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".pdf", ".ics"])
def test_exports_onto_a_full_disk_leave_no_partial_file(demo_path, keet, small_disk, suffix):
    disk = small_disk("full", 256)
    fill_disk(disk)
    target = disk / f"out{suffix}"
    command = {
        ".csv": ["export", "registrations", "--event", "7", "-o", target],
        ".xlsx": ["export", "people", "-o", target],
        ".pdf": ["print", "attendance", "--event", "7", "-o", target],
        ".ics": ["export", "ics", "--event", "7", "-o", target],
    }[suffix]
    code, _out, err = keet("--lang", "en", "--database", sqlite_url(demo_path), *command)
    assert code == 3, err
    assert f"The disk holding {disk} is full" in err and str(target) in err
    assert sorted(p.name for p in disk.iterdir()) == ["filler", "filler-small"]


def test_full_database_disk_is_read_only_but_export_and_backup_work(
    demo_template, keet, small_disk, tmp_path
):
    disk = small_disk("db", 2048)
    path = copy_demo(demo_template, disk)
    count = registrations(path)
    fill_disk(disk)
    url = sqlite_url(path)
    code, _out, err = keet(
        "--lang",
        "en",
        "--database",
        url,
        "register",
        "--event",
        "1",
        "--given",
        "Lies",
        "--family",
        "Vol",
    )
    assert code == 3
    assert f"The disk holding the database ({disk}) is full: free 0 MB" in err
    export = keet_json(
        keet, path, "export", "registrations", "--event", "7", "-o", tmp_path / "regs.csv"
    )
    assert export["rows"] > 0 and (tmp_path / "regs.csv").read_text(encoding="utf-8-sig")
    backup = keet_json(keet, path, "db", "backup", tmp_path / "copy.sqlite3")
    assert backup["counts"]["registrations"] == count
    (disk / "filler").unlink()
    assert registrations(path) == count


def test_read_only_filesystem_reads_and_refuses_writes(demo_template, keet, small_disk, tmp_path):
    disk = small_disk("ro", 2048)
    path = copy_demo(demo_template, disk)
    count = registrations(path)
    remount_read_only(disk)
    code, _out, err = keet(
        "--lang",
        "en",
        "--database",
        sqlite_url(path),
        "register",
        "--event",
        "1",
        "--given",
        "Lies",
        "--family",
        "Alleen",
    )
    assert code == 3
    assert "can only be read" in err
    document = keet_json(keet, path, "export", "people", "-o", tmp_path / "people.xlsx")
    assert document["rows"] > 0
    assert (
        keet_json(keet, path, "db", "backup", tmp_path / "c.sqlite3")["counts"]["registrations"]
        == count
    )


def test_read_only_file_reads_and_refuses_writes(demo_path, keet, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes read-only files anyway; the read-only disk test covers root")
    count = registrations(demo_path)
    demo_path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        code, _out, err = keet(
            "--lang",
            "en",
            "--database",
            sqlite_url(demo_path),
            "register",
            "--event",
            "1",
            "--given",
            "Lies",
            "--family",
            "Alleen",
        )
        assert code == 3 and "can only be read" in err
    finally:
        tmp_path.chmod(0o755)
    assert registrations(demo_path) == count


def test_no_upgrade_without_a_verified_backup_on_a_full_disk(keet, small_disk):
    from keet_desktop.domain import schema
    from keet_desktop.domain.db import Database
    from tests.domain.test_schema import _at_first_revision

    disk = small_disk("old", 2048)
    path = disk / "old.sqlite3"
    _at_first_revision(sqlite_url(path)).dispose()
    before = digest(path)
    fill_disk(disk)
    code, _out, err = keet("--lang", "en", "--database", sqlite_url(path), "db", "upgrade")
    assert code == 3
    assert "is full" in err and "Traceback" not in err
    assert digest(path) == before
    (disk / "filler").unlink()
    database = Database.open(sqlite_url(path))
    assert schema.current_revision(database) == "0001"
    database.dispose()
    assert not list(disk.glob("**/*.part"))


def test_upgrade_makes_a_verified_backup_in_the_backups_folder(keet, tmp_path):
    from tests.domain.test_schema import _at_first_revision

    path = tmp_path / "old.sqlite3"
    _at_first_revision(sqlite_url(path)).dispose()
    document = keet_json(keet, path, "db", "upgrade")
    backup = Path(document["backup"])
    assert backup.parent == tmp_path / "backups"
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT family_name FROM people").fetchone()[0] == "Yılmaz"
