"""What a desk scan reads and what it answers: scanner input, outcomes, messages and errors.

Scanner input is read calmly. Stray white space, lower case, dashes and a scanner's configured
prefix or suffix are removed; O reads as 0 and I/L as 1 (:func:`normalise_ticket_code`). A URL
whose last path part is one of our ticket codes counts as that code (a ticket printed as a
link to a web page still scans). Anything else that is too long (over 200 characters) or holds
control characters is not looked up at all: it is refused as ``unknown_code`` with the reason
"not a ticket code". Codes of other systems (:class:`ExternalCode`) are matched exactly, after
trimming.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.labels import role_label
from keet_desktop.domain.text import looks_like_ticket_code, normalise_ticket_code
from keet_desktop.domain.timeutil import BRUSSELS, to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP

MAX_SCAN_LENGTH = 200


class Outcome(enum.StrEnum):
    """What a scan at the desk came to."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    OTHER_EVENT = "other_event"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    NOT_TODAY = "not_today"


class Tone(enum.StrEnum):
    """How the desk shows an outcome: green (in), amber (already in) or red (refused)."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


MESSAGES: dict[Outcome, str] = {
    Outcome.CHECKED_IN: QT_TRANSLATE_NOOP("checkin", "{name} is checked in."),
    Outcome.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP(
        "checkin", "{name} was already checked in at {time} at {desk}."
    ),
    Outcome.UNKNOWN_CODE: QT_TRANSLATE_NOOP("checkin", "Unknown code: no ticket has this code."),
    Outcome.OTHER_EVENT: QT_TRANSLATE_NOOP(
        "checkin", "This ticket is for another event: “{event}” on {date}."
    ),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("checkin", "The registration of {name} was cancelled."),
    Outcome.WAITLISTED: QT_TRANSLATE_NOOP("checkin", "{name} is on the waiting list."),
    Outcome.NOT_TODAY: QT_TRANSLATE_NOOP("checkin", "“{event}” is not today but on {date}."),
}
NOT_A_CODE = QT_TRANSLATE_NOOP("checkin", "This is not a ticket code; scan the ticket again.")
ROOM_TO_ADMIT = QT_TRANSLATE_NOOP("checkin", "There is room: this person can be admitted.")
NO_ROOM = QT_TRANSLATE_NOOP("checkin", "The event is full.")
NO_DESK = QT_TRANSLATE_NOOP("checkin", "an unnamed desk")


@dataclass(frozen=True)
class ScanInput:
    """Scanner text made ready for a look-up.

    Attributes:
        raw: The text as typed, trimmed, control characters escaped (for the scan log, at
            most 600 characters).
        code: The normalised ticket code, or the trimmed text for an external code.
        is_ticket_code: Whether ``code`` has the form of one of our ticket codes.
        garbage: Whether the text cannot be a code at all (not looked up).
    """

    raw: str
    code: str
    is_ticket_code: bool
    garbage: bool


def parse_scan(text: str, prefix: str = "", suffix: str = "") -> ScanInput:
    """Read what a scanner (or a person) typed; see the module's description."""
    raw = text.strip()
    if prefix and raw.startswith(prefix):
        raw = raw[len(prefix) :].strip()
    if suffix and raw.endswith(suffix):
        raw = raw[: -len(suffix)].strip()
    kept = _visible(raw)[:600]
    if not raw or len(raw) > MAX_SCAN_LENGTH or _has_control(raw):
        return ScanInput(kept, "", False, True)
    if "://" in raw:
        last = urlsplit(raw).path.rstrip("/").rsplit("/", 1)[-1]
        code = normalise_ticket_code(last)
        if looks_like_ticket_code(code):
            return ScanInput(kept, code, True, False)
        return ScanInput(kept, "", False, True)
    code = normalise_ticket_code(raw)
    if looks_like_ticket_code(code):
        return ScanInput(kept, code, True, False)
    return ScanInput(kept, raw, False, False)


def is_event_today(starts_at: datetime, ends_at: datetime) -> bool:
    """Whether today (in Brussels) falls within the event's days: the desk checks in only then."""
    today = datetime.now(BRUSSELS).date()
    return to_local(starts_at).date() <= today <= to_local(ends_at).date()


def _visible(text: str) -> str:
    """Return ``text`` with control characters written as escapes, for the log."""
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c)[0] == "C" else c
        for c in text
    )


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c)[0] == "C" for c in text)


@dataclass(frozen=True)
class ScanResult:
    """The answer the desk shows for a scan, a search pick, a walk-in or an admission.

    Attributes:
        outcome: What the scan came to.
        code: The code that was looked up ("" for a pick by name).
        registration_id: The registration found, if any.
        given_name: The person's given name.
        family_name: The person's family name.
        organisation: The person's organisation.
        role: The registration's role value ("participant", ...).
        desk_note: The registration's note for the desk ("wheelchair user").
        event_id: The event of the registration found.
        event_title: Its title.
        event_starts_at: Its start.
        checked_in_at: The check-in made now, or the earlier one (amber).
        desk: The desk of that check-in.
        checkin_id: That check-in's id.
        can_admit: For a waiting-list registration: whether there is room to admit it.
        not_a_code: The input was refused without a look-up (garbage).
        walk_in: The check-in is a walk-in.
        capacity_override: The check-in went beyond the capacity.
    """

    outcome: Outcome
    code: str = ""
    registration_id: int | None = None
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    role: str = ""
    desk_note: str = ""
    event_id: int | None = None
    event_title: str = ""
    event_starts_at: datetime | None = None
    checked_in_at: datetime | None = None
    desk: str = ""
    checkin_id: int | None = None
    can_admit: bool = False
    not_a_code: bool = False
    walk_in: bool = False
    capacity_override: bool = False

    @property
    def name(self) -> str:
        """Given and family name."""
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def tone(self) -> Tone:
        """Green for checked in, amber for already checked in, red for every refusal."""
        if self.outcome is Outcome.CHECKED_IN:
            return Tone.GREEN
        if self.outcome is Outcome.ALREADY_CHECKED_IN:
            return Tone.AMBER
        return Tone.RED

    def message(self, translate: Callable[[str, str], str]) -> str:
        """The sentence the desk (and ``keet checkin``) shows, in ``translate``'s language."""
        if self.not_a_code:
            return translate("checkin", NOT_A_CODE)
        checked = to_local(self.checked_in_at) if self.checked_in_at else None
        starts = to_local(self.event_starts_at) if self.event_starts_at else None
        text = translate("checkin", MESSAGES[self.outcome]).format(
            name=self.name,
            time=checked.strftime("%H:%M") if checked else "",
            desk=self.desk or translate("checkin", NO_DESK),
            event=self.event_title,
            date=starts.strftime("%d/%m/%Y %H:%M") if starts else "",
        )
        if self.outcome is Outcome.WAITLISTED:
            extra = ROOM_TO_ADMIT if self.can_admit else NO_ROOM
            text += " " + translate("checkin", extra)
        return text

    def role_label(self, translate: Callable[[str, str], str]) -> str:
        """The role, translated ("" when unknown)."""
        return role_label(self.role, translate)


class EventFullError(KeetError):
    """No free place for a walk-in or an admission, and the desk did not override."""

    code = "event_full"
    template = QT_TRANSLATE_NOOP(
        "errors", "“{event}” is full (capacity: {capacity}). Override the capacity to let them in."
    )

    @property
    def waiting(self) -> int:
        """How many people wait on the event's waiting list (0 when not known)."""
        return int(self.params.get("waiting", 0) or 0)


class OverrideReasonRequiredError(KeetError):
    """Letting someone in beyond the capacity without saying why."""

    code = "override_reason_required"
    template = QT_TRANSLATE_NOOP("errors", "Give a reason for going beyond the capacity.")


class EventNotTodayError(KeetError):
    """A walk-in or admission for an event that is not today."""

    code = "event_not_today"
    template = QT_TRANSLATE_NOOP("errors", "“{event}” is not today but on {date}.")


class NotCheckedInError(KeetError):
    """An undo of a registration that has no standing check-in."""

    code = "not_checked_in"
    template = QT_TRANSLATE_NOOP("errors", "There is no check-in to undo for registration {id}.")


class UndoReasonRequiredError(KeetError):
    """An undo without a reason."""

    code = "undo_reason_required"
    template = QT_TRANSLATE_NOOP("errors", "Give a reason for undoing this check-in.")


class NotWaitlistedError(KeetError):
    """An admission of a registration that is not on this event's waiting list."""

    code = "not_waitlisted"
    template = QT_TRANSLATE_NOOP(
        "errors", "Registration {id} is not on the waiting list of this event."
    )
