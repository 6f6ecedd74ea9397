"""Entry point of the ``policygraph`` console script.

Each command group lives in its own module with a ``register(app)``
function, so the commands stay small and the modules stay independent.
Data goes to stdout, messages to stderr; errors are one line, never a
traceback, with the exit codes of :mod:`cli.common`.
"""

from __future__ import annotations

import logging

import typer

from cli import bench_cmd, corpus_cmds, dashboard_cmd, extract_cmds, graph_cmds, query_cmds
from cli.common import OneLineErrors

__all__ = ["app", "main"]

app = typer.Typer(
    name="policygraph",
    cls=OneLineErrors,
    help="Knowledge graph of projects, departments and policy tools from People's Congress inquiry transcripts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-v info, -vv debug).")) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _module in (extract_cmds, graph_cmds, query_cmds, dashboard_cmd, corpus_cmds, bench_cmd):
    _module.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
