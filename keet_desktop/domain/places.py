"""Who takes a place at an event: the ONE definition, used by every count and capacity check.

A registered participant takes a place; facilitators, partners and staff, the waiting list and
cancelled registrations take none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_

from keet_desktop.domain.models import Registration, RegistrationStatus, Role


def takes_a_place(status: Any = None, role: Any = None) -> ColumnElement[bool]:
    """SQL: a registration (or the given status and role columns) takes a place."""
    status = Registration.status if status is None else status
    role = Registration.role if role is None else role
    return and_(status == RegistrationStatus.REGISTERED, role == Role.PARTICIPANT)


def would_take_a_place(role: Role) -> bool:
    """Python: a new registration in ``role`` takes a place if one is free."""
    return role is Role.PARTICIPANT
