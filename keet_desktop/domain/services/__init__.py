"""Domain services: one public method is one user action and one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from keet_desktop.domain.db import Database
from keet_desktop.domain.search import PeopleSearch
from keet_desktop.domain.services.checkin import CheckinService
from keet_desktop.domain.services.events import EventService
from keet_desktop.domain.services.export import ExportService
from keet_desktop.domain.services.import_attendance import AttendanceImportService
from keet_desktop.domain.services.import_registrations import RegistrationImportService
from keet_desktop.domain.services.organisation import OrganisationService
from keet_desktop.domain.services.outbox import OutboxService
from keet_desktop.domain.services.partners import PartnerService
from keet_desktop.domain.services.people import PersonService
from keet_desktop.domain.services.print_data import PrintDataService
from keet_desktop.domain.services.privacy import PrivacyService
from keet_desktop.domain.services.programmes import ProgrammeService
from keet_desktop.domain.services.registrations import RegistrationService
from keet_desktop.domain.services.reports import ReportService
from keet_desktop.domain.services.results import ResultsService
from keet_desktop.domain.services.schedule import ScheduleService
from keet_desktop.domain.services.venues import FacilitatorService, VenueService


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
    schedule: ScheduleService = field(init=False)
    venues: VenueService = field(init=False)
    facilitators: FacilitatorService = field(init=False)
    programmes: ProgrammeService = field(init=False)
    print_data: PrintDataService = field(init=False)
    imports: RegistrationImportService = field(init=False)
    attendance: AttendanceImportService = field(init=False)
    exports: ExportService = field(init=False)
    checkin: CheckinService = field(init=False)
    search: PeopleSearch = field(init=False)
    privacy: PrivacyService = field(init=False)  # issue 13
    results: ResultsService = field(init=False)  # issue 15
    reports: ReportService = field(init=False)  # issue 15
    partners: PartnerService = field(init=False)  # issue 15
    organisation: OrganisationService = field(init=False)  # issue 17
    outbox: OutboxService = field(init=False)  # issue 16

    def __post_init__(self) -> None:
        self.events = EventService(self.db)
        self.people = PersonService(self.db)
        self.registrations = RegistrationService(self.db)
        self.schedule = ScheduleService(self.db)
        self.venues = VenueService(self.db)
        self.facilitators = FacilitatorService(self.db)
        self.programmes = ProgrammeService(self.db)
        self.print_data = PrintDataService(self.db)
        self.imports = RegistrationImportService(self.db)
        self.attendance = AttendanceImportService(self.db)
        self.exports = ExportService(self.db)
        self.checkin = CheckinService(self.db)
        self.search = PeopleSearch(self.db)
        self.privacy = PrivacyService(self.db)  # issue 13
        self.results = ResultsService(self.db)  # issue 15
        self.reports = ReportService(self.db)  # issue 15
        self.partners = PartnerService(self.db)  # issue 15
        self.organisation = OrganisationService(self.db)  # issue 17
        self.outbox = OutboxService(self.db)  # issue 16
