"""The first run and the organisation settings (issue 17)."""
