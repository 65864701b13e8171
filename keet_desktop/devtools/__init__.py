"""Tools for developers (translations); not used by the app at run time."""
