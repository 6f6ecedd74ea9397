"""The one CLI contract: store options, opening a store, failing, exit codes.

Every command that touches a store takes the same three options
(:data:`STORE`, :data:`DB`, :data:`NEO4J`), opens the store with
:func:`open_cli_store` / :func:`opened_store` and reports failures through
:func:`fail` or :func:`guard`, so every command speaks with one voice:

* messages go to stderr as one line, ``error: <what, where, what to do>``;
  data goes to stdout;
* exit codes (documented once, in the README's "Exit codes" section):

  ====  ==============================================================
  0     done
  1     it ran, but failed for some inputs or at run time (a file or
        document that could not be read or written, a query that hit
        its timeout, row cap or memory limit, a store that failed
        mid-way, a bug)
  2     nothing could be done: bad usage or a bad option, argument or
        parameter value, a refused query, no input could be read, or
        the store could not be opened (missing database, unreachable
        server, wrong password, locked)
  130   interrupted (Ctrl+C)
  ====  ==============================================================
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

try:  # recent typer vendors click as typer._click; its exceptions are not click's
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover - older typer runs on click itself
    from click import exceptions as _cx

from graph.store import DEFAULT_DB, StoreError, StoreUnavailable, one_line, open_store
from loaders.meta import MAX_YEAR, MIN_YEAR

__all__ = [
    "OK", "FAILED", "USAGE", "INTERRUPTED",
    "DEFAULT_DB", "StoreKind", "STORE", "DB", "NEO4J", "YEAR", "CITY",
    "say", "fail", "guard", "resolve_store", "open_cli_store", "opened_store", "OneLineErrors",
]

log = logging.getLogger(__name__)

OK = 0
FAILED = 1
USAGE = 2
INTERRUPTED = 130


class StoreKind(str, enum.Enum):
    embedded = "embedded"
    neo4j = "neo4j"


STORE = typer.Option(None, "--store", help="embedded (LadybugDB folder, see --db; the default) or neo4j "
                                           "(see --neo4j).", show_default=False)
DB = typer.Option(Path(DEFAULT_DB), "--db", help="Folder of the embedded LadybugDB database.")
NEO4J = typer.Option(None, "--neo4j", help="Neo4j bolt URI; implies --store neo4j (default $NEO4J_URI; "
                                           "$NEO4J_USER, $NEO4J_PASSWORD, $NEO4J_DATABASE).",
                     show_default=False)


YEAR = typer.Option(None, "--year", min=MIN_YEAR, max=MAX_YEAR,
                    help="Year of the sittings when the text does not state it.")
CITY = typer.Option(None, "--city", help="City of the sittings (overrides detection), e.g. 漯河.")


def say(message: str) -> None:
    """Print one line to stderr (newlines folded: a terminal line per message)."""
    typer.echo(" ".join(str(message).split()), err=True)


def fail(message: str, code: int = USAGE) -> NoReturn:
    """Print ``error: message`` on one line to stderr and exit with ``code``."""
    say(f"error: {message}")
    raise typer.Exit(code)


def resolve_store(store: StoreKind | str | None, neo4j: str | None) -> str:
    """The store kind the options name: --store wins, else --neo4j means neo4j, else embedded.

    >>> resolve_store(None, None), resolve_store(None, "bolt://h:7687"), resolve_store("neo4j", None)
    ('embedded', 'neo4j', 'neo4j')
    """
    value = store.value if isinstance(store, StoreKind) else store
    if value in (None, ""):
        return "neo4j" if neo4j else "embedded"
    if value not in ("embedded", "neo4j"):
        fail(f"unknown --store {value!r} (use embedded or neo4j)")
    return value


def open_cli_store(store: StoreKind | str | None, db: Path, neo4j: str | None, *, read_only: bool) -> Any:
    """Open the store the options name, or fail: exit 2 when it cannot be opened, 1 on other store errors."""
    kind = resolve_store(store, neo4j)
    if kind == "embedded" and read_only and not Path(db).exists():
        fail(f"{db}: no database here (load one with `policygraph ingest FILES --db {db}`)", USAGE)
    try:
        return open_store(kind, db=db, uri=neo4j or os.environ.get("NEO4J_URI"), read_only=read_only)
    except StoreUnavailable as err:
        fail(str(err), USAGE)
    except StoreError as err:
        fail(str(err), FAILED)


@contextmanager
def opened_store(store: StoreKind | str | None, db: Path, neo4j: str | None, *,
                 read_only: bool = True) -> Iterator[Any]:
    """:func:`open_cli_store` as a context manager that closes the store and applies :func:`guard`."""
    handle = open_cli_store(store, db, neo4j, read_only=read_only)
    try:
        with guard():
            yield handle
    finally:
        handle.close()


@contextmanager
def guard() -> Iterator[None]:
    """Turn the project's errors into one line and the contract's exit code.

    A refused or malformed query (:class:`queries.errors.BadQuery`) and a
    store that cannot be opened exit 2; other query and store errors, file
    errors and unexpected exceptions exit 1 (the traceback goes to the log
    at debug level, ``-vv``); Ctrl+C exits 130.
    """
    from queries.errors import BadQuery, QueryError

    try:
        yield
    except (typer.Exit, typer.Abort, _cx.ClickException):
        raise
    except BadQuery as err:
        fail(str(err), USAGE)
    except StoreUnavailable as err:
        fail(str(err), USAGE)
    except (QueryError, StoreError) as err:
        fail(str(err), FAILED)
    except OSError as err:
        fail(one_line(f"{err.filename or ''}{': ' if err.filename else ''}{err.strerror or err}"), FAILED)
    except KeyboardInterrupt:
        say("interrupted")
        raise typer.Exit(INTERRUPTED) from None
    except Exception as err:  # a bug, not bad input: one line here, the traceback with -vv
        log.debug("command failed", exc_info=True)
        fail(one_line(f"internal error ({type(err).__name__}: {err}); run with -vv for details"), FAILED)


class OneLineErrors(TyperGroup):
    """The ``policygraph`` group: a bad option or argument is one ``error:`` line, exit 2.

    Click would print a usage block and a framed message; the contract is
    one line naming the option and what to do. ``policygraph`` alone still
    prints the help.
    """

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with _one_line_usage():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with _one_line_usage():
            return super().invoke(ctx)


@contextmanager
def _one_line_usage() -> Iterator[None]:
    try:
        yield
    except _cx.NoArgsIsHelpError:
        raise
    except _cx.UsageError as err:
        where = err.ctx.command_path if err.ctx is not None else "policygraph"
        fail(f"{err.format_message()} (see `{where} --help`)", USAGE)
