<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FunderDetailsDialog</name>
    <message>
        <source>Details for the &amp;funder…</source>
        <translation>Details for the &amp;funder…</translation>
    </message>
    <message>
        <source>Details for the funder</source>
        <translation>Details for the funder</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>May be shared</translation>
    </message>
    <message>
        <source>Only characteristics the person agreed to share count in the funder report, and only as totals (groups under 5 are hidden).</source>
        <translation>Only characteristics the person agreed to share count in the funder report, and only as totals (groups under 5 are hidden).</translation>
    </message>
    <message>
        <source>Characteristic {row}</source>
        <translation>Characteristic {row}</translation>
    </message>
    <message>
        <source>Value {row}</source>
        <translation>Value {row}</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>Consent to share characteristic {row}</source>
        <translation>Consent to share characteristic {row}</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Organising &amp;partners…</source>
        <translation>Organising &amp;partners…</translation>
    </message>
    <message>
        <source>Organising partners</source>
        <translation>Organising partners</translation>
    </message>
    <message>
        <source>Tick the partners who organise this activity.</source>
        <translation>Tick the partners who organise this activity.</translation>
    </message>
    <message>
        <source>Open an activity to choose its organising partners.</source>
        <translation>Open an activity to choose its organising partners.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Name of a new partner</source>
        <translation>Name of a new partner</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Report saved: {file}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>At least this % of the sessions</source>
        <translation>At least this % of the sessions</translation>
    </message>
    <message>
        <source>At least this many hours</source>
        <translation>At least this many hours</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>Completion rule</translation>
    </message>
    <message>
        <source>Completion value</source>
        <translation>Completion value</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>Completed when:</source>
        <translation>Completed when:</translation>
    </message>
    <message>
        <source>Results per participant</source>
        <translation>Results per participant</translation>
    </message>
    <message>
        <source>Organisation on the certificates</source>
        <translation>Organisation on the certificates</translation>
    </message>
    <message>
        <source>Logo image file (optional)</source>
        <translation>Logo image file (optional)</translation>
    </message>
    <message>
        <source>Logo on the certificates</source>
        <translation>Logo on the certificates</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>One file per person</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <source>For the selected participants, or everyone who completed</source>
        <translation>For the selected participants, or everyone who completed</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>{done} of {people} participants completed; {sessions} sessions.</source>
        <translation>{done} of {people} participants completed; {sessions} sessions.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Nobody completed yet. Select the participants who get one.</source>
        <translation>Nobody completed yet. Select the participants who get one.</translation>
    </message>
    <message>
        <source>{count} certificate(s) written.</source>
        <translation>{count} certificate(s) written.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Certificate of participation</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <source>{organisation} certifies that</source>
        <translation>{organisation} certifies that</translation>
    </message>
    <message>
        <source>took part in the programme</source>
        <translation>took part in the programme</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <source>{attended} of {total} sessions attended, {hours} hours in all</source>
        <translation>{attended} of {total} sessions attended, {hours} hours in all</translation>
    </message>
    <message>
        <source>For {organisation}</source>
        <translation>For {organisation}</translation>
    </message>
    <message>
        <source>Date: {today}</source>
        <translation>Date: {today}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>not completed</translation>
    </message>
    <message>
        <source>{name}: {attended}/{total} sessions, {hours} h, {state}</source>
        <translation>{name}: {attended}/{total} sessions, {hours} h, {state}</translation>
    </message>
    <message>
        <source>No participants.</source>
        <translation>No participants.</translation>
    </message>
    <message>
        <source>Completion rule saved.</source>
        <translation>Completion rule saved.</translation>
    </message>
    <message>
        <source>certificates need --programme ID</source>
        <translation>certificates need --programme ID</translation>
    </message>
    <message>
        <source>{file}: {items} certificate(s).</source>
        <translation>{file}: {items} certificate(s).</translation>
    </message>
    <message>
        <source>--person {id}: not a participant of this programme</source>
        <translation>--person {id}: not a participant of this programme</translation>
    </message>
    <message>
        <source>{document} needs --event ID</source>
        <translation>{document} needs --event ID</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>{option}: “{value}” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffixes}</source>
        <translation>{file}: the file name must end in {suffixes}</translation>
    </message>
    <message>
        <source>{file} already exists; add --force to replace it</source>
        <translation>{file} already exists; add --force to replace it</translation>
    </message>
    <message>
        <source>no folder {folder}</source>
        <translation>no folder {folder}</translation>
    </message>
    <message>
        <source>{first} to {last}: {activities} activities, {registrations} registrations, {attendances} attendances, {people} people.</source>
        <translation>{first} to {last}: {activities} activities, {registrations} registrations, {attendances} attendances, {people} people.</translation>
    </message>
    <message>
        <source>municipalities set needs a NAME</source>
        <translation>municipalities set needs a NAME</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Nobody has completed “{programme}” yet; choose people by hand with --person.</source>
        <translation>Nobody has completed “{programme}” yet; choose people by hand with --person.</translation>
    </message>
    <message>
        <source>“{value}” is not a Belgian postcode (four digits).</source>
        <translation>“{value}” is not a Belgian postcode (four digits).</translation>
    </message>
    <message>
        <source>There already is a partner called “{name}”.</source>
        <translation>There already is a partner called “{name}”.</translation>
    </message>
    <message>
        <source>The report period must end on or after its first day ({first}–{last}).</source>
        <translation>The report period must end on or after its first day ({first}–{last}).</translation>
    </message>
    <message>
        <source>The completion rule needs a value between 0 and {maximum}, not {value}.</source>
        <translation>The completion rule needs a value between 0 and {maximum}, not {value}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Report for the funder</source>
        <translation>Report for the funder</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Period: {first} to {last}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activities by kind</translation>
    </message>
    <message>
        <source>Activities by partner</source>
        <translation>Activities by partner</translation>
    </message>
    <message>
        <source>People by municipality</source>
        <translation>People by municipality</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Attendance over time</translation>
    </message>
    <message>
        <source>Participant characteristics</source>
        <translation>Participant characteristics</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>How we count</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No characteristics shared with the funder in this period.</source>
        <translation>No characteristics shared with the funder in this period.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Networking event</source>
        <translation>Networking event</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Info session</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Programme session</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Activities cancelled</source>
        <translation>Activities cancelled</translation>
    </message>
    <message>
        <source>On a waiting list</source>
        <translation>On a waiting list</translation>
    </message>
    <message>
        <source>Registrations cancelled</source>
        <translation>Registrations cancelled</translation>
    </message>
    <message>
        <source>of which walk-ins</source>
        <translation>of which walk-ins</translation>
    </message>
    <message>
        <source>of which online</source>
        <translation>of which online</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation>People registered</translation>
    </message>
    <message>
        <source>People reached (attended)</source>
        <translation>People reached (attended)</translation>
    </message>
    <message>
        <source>of whom first-timers</source>
        <translation>of whom first-timers</translation>
    </message>
    <message>
        <source>of whom returning</source>
        <translation>of whom returning</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Organisations reached</translation>
    </message>
    <message>
        <source>Hours of activities</source>
        <translation>Hours of activities</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Participant hours</translation>
    </message>
    <message>
        <source>Hours of guidance (programmes)</source>
        <translation>Hours of guidance (programmes)</translation>
    </message>
    <message>
        <source>The period holds the activities that start on one of its days.</source>
        <translation>The period holds the activities that start on one of its days.</translation>
    </message>
    <message>
        <source>A cancelled activity is only counted as cancelled; its registrations do not count.</source>
        <translation>A cancelled activity is only counted as cancelled; its registrations do not count.</translation>
    </message>
    <message>
        <source>A registration is a confirmed place (walk-ins included); waiting-list places and cancelled registrations are counted apart.</source>
        <translation>A registration is a confirmed place (walk-ins included); waiting-list places and cancelled registrations are counted apart.</translation>
    </message>
    <message>
        <source>An attendance is a check-in that was not undone. Walk-ins and online attendees (from the webinar report) are attendances.</source>
        <translation>An attendance is a check-in that was not undone. Walk-ins and online attendees (from the webinar report) are attendances.</translation>
    </message>
    <message>
        <source>A no-show is a registration without attendance for an activity that ended.</source>
        <translation>A no-show is a registration without attendance for an activity that ended.</translation>
    </message>
    <message>
        <source>People are counted once. A first-timer attended nothing before the period. A forgotten person stays a number, with municipality unknown.</source>
        <translation>People are counted once. A first-timer attended nothing before the period. A forgotten person stays a number, with municipality unknown.</translation>
    </message>
    <message>
        <source>The municipality comes from the postcode where known; outside the region is 'elsewhere'.</source>
        <translation>The municipality comes from the postcode where known; outside the region is 'elsewhere'.</translation>
    </message>
    <message>
        <source>Participant hours count the session's length, or the minutes online from the webinar report. An activity with several partners counts for each partner.</source>
        <translation>Participant hours count the session's length, or the minutes online from the webinar report. An activity with several partners counts for each partner.</translation>
    </message>
    <message>
        <source>Characteristics count only people who agreed to share them with the funder; groups of fewer than 5 are shown as '&lt; 5'.</source>
        <translation>Characteristics count only people who agreed to share them with the funder; groups of fewer than 5 are shown as '&lt; 5'.</translation>
    </message>
</context>
</TS>
