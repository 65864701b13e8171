"""Printing in the app: the preview dialog, print settings and printing badges at check-in."""
