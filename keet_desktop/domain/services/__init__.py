"""Domain services: one public method is one user action and one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from keet_desktop.domain.db import Database
from keet_desktop.domain.search import PeopleSearch
from keet_desktop.domain.services.checkin import CheckinService
from keet_desktop.domain.services.events import EventService
from keet_desktop.domain.services.people import PersonService
from keet_desktop.domain.services.registrations import RegistrationService


@dataclass
class Services:
    """Every service of the app over one database, made once and injected.

    Attributes:
        db: The database the services use.
    """

    db: Database
    events: EventService = field(init=False)
    people: PersonService = field(init=False)
    registrations: RegistrationService = field(init=False)
    checkin: CheckinService = field(init=False)
    search: PeopleSearch = field(init=False)

    def __post_init__(self) -> None:
        self.events = EventService(self.db)
        self.people = PersonService(self.db)
        self.registrations = RegistrationService(self.db)
        self.checkin = CheckinService(self.db)
        self.search = PeopleSearch(self.db)
