"""Personal data, protected by design: consent, access, erasure, retention, activity (issue 13).

The tables live in :mod:`keet_desktop.domain.privacy.models`; the user actions are methods of
:class:`keet_desktop.domain.services.privacy.PrivacyService`.
"""
