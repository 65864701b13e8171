"""Schedule planning: conflict rules, repeating series and iCalendar export."""
