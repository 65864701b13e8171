"""Errors that a broken rule raises. Each carries data; the UI and CLI translate it.

Every error has a ``code`` (stable, for scripts and tests), an English ``template`` with
``{named}`` fields (the source text of the translation, context ``"errors"``) and ``params``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from keet_desktop.i18n import QT_TRANSLATE_NOOP

# The label of each input field that an error can name, as the user sees it.
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "starts_at": QT_TRANSLATE_NOOP("fields", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("fields", "End"),
    "capacity": QT_TRANSLATE_NOOP("fields", "Capacity"),
    "online_url": QT_TRANSLATE_NOOP("fields", "Online link"),
    "venue": QT_TRANSLATE_NOOP("fields", "Venue"),
    "venue_id": QT_TRANSLATE_NOOP("fields", "Venue"),
    "room": QT_TRANSLATE_NOOP("fields", "Room"),
    "room_id": QT_TRANSLATE_NOOP("fields", "Room"),
    "programme_id": QT_TRANSLATE_NOOP("fields", "Programme"),
    "event_id": QT_TRANSLATE_NOOP("fields", "Event"),
    "given_name": QT_TRANSLATE_NOOP("fields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("fields", "Name"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "organisation": QT_TRANSLATE_NOOP("fields", "Organisation"),
    "language": QT_TRANSLATE_NOOP("fields", "Language"),
    "logo": QT_TRANSLATE_NOOP("fields", "Logo"),
    "description": QT_TRANSLATE_NOOP("fields", "Description"),  # issue 11
    "municipality": QT_TRANSLATE_NOOP("fields", "Municipality"),  # issue 11
}

# What a NotFoundError names.
THINGS: dict[str, str] = {
    "event": QT_TRANSLATE_NOOP("things", "event"),
    "person": QT_TRANSLATE_NOOP("things", "person"),
    "registration": QT_TRANSLATE_NOOP("things", "registration"),
    "programme": QT_TRANSLATE_NOOP("things", "programme"),
    "venue": QT_TRANSLATE_NOOP("things", "venue"),
    "room": QT_TRANSLATE_NOOP("things", "room"),
    "facilitator": QT_TRANSLATE_NOOP("things", "facilitator"),
}


def _identity(_context: str, source: str) -> str:
    return source


class KeetError(Exception):
    """Base of every rule the domain refuses to break.

    Attributes:
        code: Stable identifier of the rule.
        template: English message with ``{named}`` fields, the translation source.
        params: Values for the template's fields.
        field: The input field the error is about, if any.
    """

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{detail}"
    exit_code: ClassVar[int] = 1

    def __init__(self, field: str | None = None, **params: Any) -> None:
        self.field = field
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """The message in English, with its fields filled in."""
        return self.format(_identity)

    def format(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate(context, source)``.

        The field's label and the names of things are translated too.
        """
        params = dict(self.params)
        if self.field is not None:
            label = FIELD_LABELS.get(self.field, self.field)
            params.setdefault("field_label", translate("fields", label))
        if "what" in params:
            params["what"] = translate("things", THINGS.get(params["what"], params["what"]))
        return translate("errors", self.template).format(**params)


class ValidationError(KeetError):
    """An input field is invalid; ``field`` names it."""

    code = "invalid"
    template = QT_TRANSLATE_NOOP("errors", "{field_label}: {detail}")


class RequiredError(KeetError):
    """A required field is empty."""

    code = "required"
    template = QT_TRANSLATE_NOOP("errors", "{field_label} is required.")


class EndBeforeStartError(KeetError):
    """An event would end before (or when) it starts."""

    code = "end_before_start"
    template = QT_TRANSLATE_NOOP("errors", "The end ({end}) must be after the start ({start}).")


class NegativeCapacityError(KeetError):
    """A capacity below zero."""

    code = "negative_capacity"
    template = QT_TRANSLATE_NOOP("errors", "The capacity must be 0 or more, not {capacity}.")


class OnlineLinkRequiredError(KeetError):
    """A webinar without an online link."""

    code = "online_link_required"
    template = QT_TRANSLATE_NOOP("errors", "A webinar needs an online link.")


class InvalidUrlError(KeetError):
    """An online link that is not an http(s) URL."""

    code = "invalid_url"
    template = QT_TRANSLATE_NOOP(
        "errors", "The online link must start with https:// or http://, not “{url}”."
    )


class InvalidEmailError(KeetError):
    """An e-mail address that is not one."""

    code = "invalid_email"
    template = QT_TRANSLATE_NOOP("errors", "“{email}” is not a valid e-mail address: {problem}.")

    def format(self, translate: Callable[[str, str], str]) -> str:
        """The message, with the problem (a value of ``text.EMAIL_PROBLEMS``) translated."""
        problem = self.params.get("problem", "")
        chars = self.params.get("chars", "")
        params = {**self.params, "problem": translate("email", problem).format(chars=chars)}
        return translate("errors", self.template).format(**params)


class NotFoundError(KeetError):
    """A record named by id or name does not exist."""

    code = "not_found"
    template = QT_TRANSLATE_NOOP("errors", "There is no {what} with {key} “{value}”.")


class AlreadyRegisteredError(KeetError):
    """The person already has an active registration for the event."""

    code = "already_registered"
    template = QT_TRANSLATE_NOOP("errors", "{person} is already registered for “{event}”.")


class EventCancelledError(KeetError):
    """The event is cancelled and takes no registrations."""

    code = "event_cancelled"
    template = QT_TRANSLATE_NOOP("errors", "“{event}” is cancelled and takes no registrations.")


class AlreadyCancelledError(KeetError):
    """The registration was already cancelled."""

    code = "already_cancelled"
    template = QT_TRANSLATE_NOOP("errors", "This registration of {person} was already cancelled.")


class EmailInUseError(KeetError):
    """Another person already has this e-mail address."""

    code = "email_in_use"
    template = QT_TRANSLATE_NOOP(
        "errors", "The e-mail address {email} already belongs to {person}."
    )


class DatabaseError(KeetError):
    """A database problem: locked, unreachable, full."""

    code = "database"
    template = QT_TRANSLATE_NOOP("errors", "Database problem: {detail}")
    exit_code = 3


class DatabaseTooNewError(DatabaseError):
    """The database was made by a newer version of the app."""

    code = "database_too_new"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database is at version {revision}, newer than this app knows "
        "(up to {head}). Update Keet Desktop; the database was not changed.",
    )
