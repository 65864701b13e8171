"""PDF documents made with reportlab: badges, tickets, sheets and lists. No Qt here."""
