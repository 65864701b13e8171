"""The privacy actions' slow work, run in a pool thread (no widget touched here)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from keet_desktop.domain.privacy.erasure import Erased
from keet_desktop.domain.privacy.files import check_private_folder, write_private
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.privacy import PurgeResult, RetentionPreview
from keet_desktop.i18n import translator

Report = Callable[[int, int], None]


def export_person(
    _report: Report, services: Services, person_id: int, path: Path, actor: str
) -> Path:
    """Write everything held about a person to ``path`` (.pdf in their language, else JSON)."""
    check_private_folder(path.parent)
    record = services.privacy.person_record(person_id, actor)
    if path.suffix.lower() == ".pdf":
        stream = io.BytesIO()
        language = record["person"]["language"] or "nl"
        author = services.organisation.get().name
        from keet_desktop.printing.privacy import render_person_record  # reportlab: when asked

        render_person_record(stream, record, translator(language), author)
        data = stream.getvalue()
    else:
        data = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_private(path, data)
    return path


def forget_person(
    _report: Report, services: Services, person_id: int, reason: str, actor: str
) -> Erased:
    """Forget a person."""
    return services.privacy.forget(person_id, reason, actor)


def preview_retention(_report: Report, services: Services, months: int | None) -> RetentionPreview:
    """Who is due for the purge."""
    return services.privacy.retention_preview(months)


def purge(_report: Report, services: Services, months: int, actor: str) -> PurgeResult:
    """Purge everyone due."""
    return services.privacy.purge(months, actor)
