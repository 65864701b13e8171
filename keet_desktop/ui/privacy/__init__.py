"""Privacy in the organiser's window: consents, access, forgetting, retention, activity log."""
