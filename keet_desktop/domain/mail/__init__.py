"""Telling people by e-mail: templates, the outbox hook, composing and sending (issue 16).

Messages are written to the ``outbox`` table by the transaction that causes them
(:mod:`~keet_desktop.domain.mail.hook`), rendered at send time from the person's language
(:mod:`~keet_desktop.domain.mail.templates`, :mod:`~keet_desktop.domain.mail.compose`) and
sent by :mod:`~keet_desktop.domain.mail.sender`, never twice.
"""
