"""The one definition of the names of roles, registration statuses and event kinds and statuses.

Every screen, document, export, report and the command line takes these words from here, in
translation context ``"labels"``, so that Dutch is written once and the windows, the printed
lists, the badges, the exports and ``keet`` all say the same. The GUI translates them with
``QCoreApplication.translate``; printing and the command line with
:func:`keet_desktop.i18n.translator`; both read the same ``.ts`` entries.

No Qt here: the strings are marked with the domain's :func:`QT_TRANSLATE_NOOP`.
"""

from __future__ import annotations

from keet_desktop.domain.models import EventKind, EventStatus, RegistrationStatus, Role
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate

CONTEXT = "labels"

ROLE_LABELS: dict[Role, str] = {
    Role.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Participant"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("labels", "Facilitator"),
    Role.PARTNER: QT_TRANSLATE_NOOP("labels", "Partner"),
    Role.STAFF: QT_TRANSLATE_NOOP("labels", "Staff"),
}
REGISTRATION_STATUS_LABELS: dict[RegistrationStatus, str] = {
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("labels", "Registered"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("labels", "Waiting list"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}
KIND_LABELS: dict[EventKind, str] = {
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("labels", "Workshop"),
    EventKind.WEBINAR: QT_TRANSLATE_NOOP("labels", "Webinar"),
    EventKind.NETWORKING: QT_TRANSLATE_NOOP("labels", "Networking event"),
    EventKind.INFO_SESSION: QT_TRANSLATE_NOOP("labels", "Information session"),
    EventKind.PROGRAMME_SESSION: QT_TRANSLATE_NOOP("labels", "Programme session"),
}
EVENT_STATUS_LABELS: dict[EventStatus, str] = {
    EventStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    EventStatus.PUBLISHED: QT_TRANSLATE_NOOP("labels", "Published"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}


def _untranslated(_context: str, source: str) -> str:
    return source


def role_label(role: Role | str, translate: Translate = _untranslated) -> str:
    """The translated name of a role ("" for a value that is not a role)."""
    try:
        source = ROLE_LABELS[Role(role)]
    except ValueError:
        return ""
    return translate(CONTEXT, source)


def registration_status_label(
    status: RegistrationStatus | str, translate: Translate = _untranslated
) -> str:
    """The translated name of a registration status (``"waitlisted"`` → "Waiting list")."""
    return translate(CONTEXT, REGISTRATION_STATUS_LABELS[RegistrationStatus(status)])


def kind_label(kind: EventKind | str, translate: Translate = _untranslated) -> str:
    """The translated name of an event kind."""
    return translate(CONTEXT, KIND_LABELS[EventKind(kind)])


def event_status_label(status: EventStatus | str, translate: Translate = _untranslated) -> str:
    """The translated name of an event status."""
    return translate(CONTEXT, EVENT_STATUS_LABELS[EventStatus(status)])
