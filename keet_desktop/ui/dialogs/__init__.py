"""Dialogs of the organiser's window."""
