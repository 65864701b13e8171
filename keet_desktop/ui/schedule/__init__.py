"""Schedule planning windows: the timetable, conflicts, venues, facilitators and programmes."""
