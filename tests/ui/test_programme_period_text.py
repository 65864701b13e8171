"""The GUI shows a programme's period refusal with the window's dates, in its language."""

from datetime import date

from keet_desktop.domain.services.programmes import ProgrammePeriodError
from keet_desktop.ui.i18n import error_text


def test_the_period_refusal_reads_like_the_windows(translators) -> None:
    error = ProgrammePeriodError("ends_on", starts=date(2026, 3, 3), ends=date(2026, 3, 2))
    assert error_text(error) == (
        "Het programma moet eindigen op of na de eerste dag (di 3/03/2026 – ma 2/03/2026)."
    )
    translators.install("en")
    assert error_text(error).endswith("(Tue 03/03/2026 – Mon 02/03/2026).")


def test_the_report_period_refusal_reads_like_the_windows(translators) -> None:
    from keet_desktop.domain.services.reports import PeriodError

    error = PeriodError("last", first=date(2026, 2, 1), last=date(2026, 1, 1))
    assert "(zo 1/02/2026 – do 1/01/2026)" in error_text(error)
    assert "2026-02-01" not in error_text(error)
    translators.install("en")
    assert error_text(error).endswith("(Sun 01/02/2026 – Thu 01/01/2026).")
