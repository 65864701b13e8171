"""The rules the privacy actions refuse to break (translated like every other KeetError)."""

from __future__ import annotations

from keet_desktop.domain.errors import DatabaseError, KeetError
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class CheckedInTodayError(KeetError):
    """A person checked in today cannot be forgotten until the event is over."""

    code = "checked_in_today"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Person {person_id} is checked in today at “{event}” ({at}). Forget them after the "
        "event; nothing was changed.",
    )


class AlreadyForgottenError(KeetError):
    """The person was already forgotten."""

    code = "already_forgotten"
    template = QT_TRANSLATE_NOOP(
        "errors", "Person {person_id} was already forgotten on {date}; nothing was changed."
    )


class ReasonRequiredError(KeetError):
    """Forgetting needs a reason for the erasure log."""

    code = "reason_required"
    template = QT_TRANSLATE_NOOP(
        "errors", "Give a reason for the erasure log (e.g. “request by e-mail”)."
    )


class ReasonNamesPersonError(KeetError):
    """The reason would put the person's own data into the erasure log."""

    code = "reason_names_person"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The reason must not contain the person's name or e-mail address: the erasure log "
        "keeps no personal data. Nothing was changed.",
    )


class DeskOpenError(KeetError):
    """A purge while a desk is checking people in."""

    code = "desk_open"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{event}” is taking place now and its desk may be open; purge after {end}. "
        "Nothing was changed.",
    )


class RetentionMonthsError(KeetError):
    """A retention period that makes no sense."""

    code = "retention_months"
    template = QT_TRANSLATE_NOOP(
        "errors", "The retention period must be between 1 and 240 months, not {months}."
    )


class FolderReadableError(KeetError):
    """A file with a person's data would land in a folder other accounts can read."""

    code = "folder_readable"
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The folder {folder} can be opened by other accounts on this computer; choose a "
        "private folder. Nothing was written.",
    )


class PassphraseRequiredError(DatabaseError):
    """An encrypted database opened without a passphrase."""

    code = "passphrase_required"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is encrypted: give its passphrase (KEET_DB_PASSPHRASE or the "
        "prompt). Nothing was changed.",
    )


class WrongPassphraseError(DatabaseError):
    """The passphrase does not open the encrypted database."""

    code = "wrong_passphrase"
    template = QT_TRANSLATE_NOOP(
        "errors", "The passphrase does not open {path}. Nothing was changed; try again."
    )


class AlreadyEncryptedError(KeetError):
    """Encrypting an encrypted database."""

    code = "already_encrypted"
    template = QT_TRANSLATE_NOOP("errors", "The database {path} is already encrypted.")


class NotEncryptedError(KeetError):
    """Decrypting a database that is not encrypted."""

    code = "not_encrypted"
    template = QT_TRANSLATE_NOOP("errors", "The database {path} is not encrypted.")


class EncryptionNeedsSqliteError(KeetError):
    """Only an SQLite file can be encrypted by the app."""

    code = "encryption_sqlite_only"
    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Only the app's own SQLite file can be encrypted; protect a PostgreSQL server with "
        "its own disk encryption.",
    )
