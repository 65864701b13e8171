"""Domain layer: models, rules and services. No Qt and no reportlab in here."""
