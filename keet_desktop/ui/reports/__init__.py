"""Results and reports: a programme's results, certificates, the funder report with charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reports_title() -> str:
    """The Reports page's name in the window's View menu and toolbar."""
    return QCoreApplication.translate("ReportsPage", "Reports")


def partners_menu_title() -> str:
    """The Edit menu's entry for the organising partners."""
    return QCoreApplication.translate("PartnersDialog", "Organising &partners…")


def funder_menu_title() -> str:
    """The Edit menu's entry for the selected person's details for the funder."""
    return QCoreApplication.translate("FunderDetailsDialog", "Details for the &funder…")
