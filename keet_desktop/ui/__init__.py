"""The PySide6 user interface: thin widgets over the domain services."""
