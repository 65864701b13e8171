"""Reading registration and attendance files as other tools write them.

``sniff`` finds a text file's encoding and delimiter, ``readers`` turns CSV and .xlsx files
into a :class:`~keet_desktop.domain.importing.readers.Table` with the line numbers the user sees,
``headers`` recognises columns, ``names`` splits full names, ``phones`` normalises phone
numbers and ``attendance`` reads Zoom and Teams meeting reports.
"""
