"""Pages of the organiser's window (one is shown at a time in the main window)."""
