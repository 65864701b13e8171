"""Every file we write is written whole or not at all, never over the database."""

from __future__ import annotations

import os
import stat

import pytest

from keet_desktop.domain import safefile


def test_written_file_is_private_and_whole(tmp_path):
    target = tmp_path / "list.csv"
    safefile.write_bytes(target, b"a;b\r\n", suffixes=[".csv"])
    assert target.read_bytes() == b"a;b\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_an_error_while_writing_leaves_the_old_file_and_no_partial_file(tmp_path):
    target = tmp_path / "list.csv"
    target.write_text("old")
    with (
        pytest.raises(RuntimeError),
        safefile.safe_open(target, suffixes=[".csv"], force=True) as stream,
    ):
        stream.write(b"half a row")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.csv"]


def test_existing_file_is_replaced_only_with_force(tmp_path):
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"old")
    with pytest.raises(safefile.TargetExistsError) as info:
        safefile.write_bytes(target, b"new", suffixes=[".pdf"])
    assert str(target) in info.value.english()
    assert target.read_bytes() == b"old"
    safefile.write_bytes(target, b"new", suffixes=[".pdf"], force=True)
    assert target.read_bytes() == b"new"


def test_suffix_must_match(tmp_path):
    with pytest.raises(safefile.SuffixMismatchError) as info:
        safefile.write_bytes(tmp_path / "x.sqlite3", b"%PDF", suffixes=[".pdf"])
    assert ".pdf" in info.value.english()
    assert not (tmp_path / "x.sqlite3").exists()


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "wal"])
def test_the_open_database_is_refused_also_through_links(tmp_path, how):
    database = tmp_path / "keet.sqlite3"
    database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = database.read_bytes()
    target = tmp_path / "other.sqlite3"
    if how == "same":
        target = database
    elif how == "symlink":
        target.symlink_to(database)
    elif how == "hardlink":
        os.link(database, target)
    else:
        target = tmp_path / "keet.sqlite3-wal"
    with pytest.raises(safefile.DatabaseTargetError):
        safefile.write_bytes(target, b"x", suffixes=[], force=True, protected=[database])
    assert database.read_bytes() == before


def test_missing_folder_names_the_file(tmp_path):
    target = tmp_path / "nowhere" / "a.ics"
    with pytest.raises(safefile.FileWriteError) as info:
        safefile.write_bytes(target, b"x", suffixes=[".ics"])
    assert str(target) in info.value.english()
