"""The ``policygraph`` command line: thin typer shells over the packages."""
