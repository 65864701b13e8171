"""Keet Desktop."""
