"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what arrives and can misbehave.

Also an in-memory keyring, so tests never touch the system's keyring.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Use an in-memory keyring for the test."""
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def free_port() -> int:
    """A TCP port nobody listens on (for now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Recorder:
    """The server's behaviour and what it received.

    Attributes:
        refuse: Addresses refused at RCPT with 550.
        hang_at: The n-th DATA (1-based) waits until ``release`` is set.
        drop_at_mail: The n-th MAIL FROM closes the connection.
        drop_at_data: The n-th DATA closes the connection after receiving the content.
        slow_data: Seconds each DATA waits before answering.
    """

    refuse: set[str] = field(default_factory=set)
    hang_at: int | None = None
    drop_at_mail: int | None = None
    drop_at_data: int | None = None
    slow_data: float = 0.0
    received: list[Received] = field(default_factory=list)
    mails: int = 0
    datas: int = 0
    hanging: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_MAIL(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        self.mails += 1
        if self.drop_at_mail == self.mails:
            server.transport.close()
            return "421 closing"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.datas += 1
        if self.hang_at == self.datas:
            self.hanging.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
        if self.slow_data:
            await asyncio.sleep(self.slow_data)
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        if self.drop_at_data == self.datas:
            server.transport.close()
        return "250 Message accepted"

    def keys(self) -> list[str]:
        """The ``X-Keet-Message`` header of every message received, in order."""
        return [str(r.message["X-Keet-Message"]) for r in self.received]


@dataclass
class SmtpServer:
    """A running server."""

    host: str
    port: int
    recorder: Recorder


def _authenticator(users: dict[str, str]) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and users.get(data.login.decode()) == data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    return check


def start_server(recorder: Recorder, users: dict[str, str] | None = None) -> Controller:
    """Start a server for ``recorder`` (with AUTH for ``users``) on a free port."""
    kwargs: dict[str, Any] = {}
    if users is not None:
        kwargs = {
            "authenticator": _authenticator(users),
            "auth_require_tls": False,
        }
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server on 127.0.0.1 that accepts everything (change its recorder)."""
    recorder = Recorder()
    controller = start_server(recorder)
    yield SmtpServer("127.0.0.1", controller.port, recorder)
    recorder.release.set()
    controller.stop()
