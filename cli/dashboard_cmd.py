"""``policygraph dashboard`` and ``policygraph demo``: open the Streamlit app.

The app runs in a child ``streamlit run`` process; which store it shows
travels through the environment (see :mod:`dashboard.settings`). The URL
goes to stdout, once, after the first page has run in the server (see
:mod:`cli.warmup`), so a headless machine can hand it on and the first
visitor does not wait.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer

from cli.common import DEFAULT_DB, FAILED, USAGE, say
from cli.warmup import WarmUpError, warm_up
from dashboard.settings import LANGS, StoreSettings, to_env

__all__ = ["register", "APP", "SAMPLES", "streamlit_command", "serve", "ingest_samples_if_empty"]

log = logging.getLogger(__name__)

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _err(msg: str, code: int = USAGE) -> typer.Exit:
    """One ``error:`` line (the contract of :mod:`cli.common`); the caller raises the Exit."""
    say(f"error: {msg}")
    return typer.Exit(code)


def streamlit_command(host: str, port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", host, "--server.port", str(port), "--server.headless", "true",
        "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
        "--global.developmentMode", "false", "--theme.base", "light", "--client.toolbarMode", "viewer",
    ]


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def serve(settings: StoreSettings, host: str, port: int) -> int:
    """Run the dashboard until it is stopped; returns streamlit's exit code."""
    if not _port_free(host, port):
        raise _err(f"port {port} on {host} is in use; pass another with --port")
    env = {**os.environ, **to_env(settings)}
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    local = {"0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, f"[{host}]" if ":" in host else host)
    say("policygraph: starting the dashboard…")
    proc = subprocess.Popen(streamlit_command(host, port), env=env, stdout=subprocess.DEVNULL)
    # A SIGTERM to this command (a service manager, a test) must stop the
    # server too, not orphan it.
    signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
    try:
        # The URL is announced once, when the first page is already warm
        # (imports loaded, results cached): a visitor never waits 6-9 s.
        try:
            warm_up(f"http://{local}:{port}/", proc)
        except WarmUpError as exc:
            if proc.poll() is not None:
                raise _err(f"the dashboard did not start: {exc}", FAILED) from None
            log.warning("dashboard warm-up: %s", exc)
        typer.echo(f"http://{shown}:{port}/")
        say("policygraph: dashboard ready at the URL above (Ctrl+C stops it)")
        return proc.wait()
    except KeyboardInterrupt:
        return _stop(proc)
    finally:
        if proc.poll() is None:  # left by an error: never orphan the server
            _stop(proc)


def _stop(proc: subprocess.Popen) -> int:
    proc.terminate()
    try:
        return proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def ingest_samples_if_empty(db: str | Path, samples: Path = SAMPLES) -> int:
    """Load the bundled samples into the embedded store at ``db`` unless it holds a graph.

    Returns the number of documents written (0 when the store was not empty).
    """
    from rich.console import Console
    from rich.progress import Progress

    from graph.store import open_store
    from loaders import iter_paths, load_many

    store = open_store("embedded", db=db)
    try:
        if sum(store.stats().get("nodes", {}).values()) > 0:
            return 0
        paths = list(iter_paths([samples]))
        if not paths:
            raise _err(f"{samples}: no sample transcripts found", 2)
        records = []
        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("reading samples", total=len(paths))
            for item in load_many(paths):
                bar.advance(task)
                if isinstance(item, Exception):
                    typer.echo(f"policygraph: {item}", err=True)
                else:
                    records.append(item)
            task = bar.add_task("writing graph", total=len(records))
            result = store.ingest(records, progress=lambda _r: bar.advance(task))
        for f in result.failures:
            typer.echo(f"policygraph: {f.source}: {f.error}", err=True)
        typer.echo(f"policygraph: {result.added} sample documents ingested into {db} "
                   f"({result.nodes_added} nodes, {result.relationships_added} relationships)", err=True)
        return result.added
    finally:
        store.close()


def _settings(db: Optional[Path], neo4j: Optional[str], lang: str) -> StoreSettings:
    if lang not in LANGS:
        raise _err(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if db is not None and neo4j:
        raise _err("give either --db or --neo4j, not both")
    if neo4j:
        return StoreSettings(kind="neo4j", uri=neo4j, lang=lang)
    return StoreSettings(kind="embedded", db=str(db or DEFAULT_DB), lang=lang)


def dashboard(
    db: Optional[Path] = typer.Option(None, "--db", help=f"Embedded LadybugDB folder [default: {DEFAULT_DB}]."),
    neo4j: Optional[str] = typer.Option(None, "--neo4j", help="Neo4j URI (credentials from NEO4J_USER/NEO4J_PASSWORD)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8501, "--port", help="Port to listen on."),
    lang: str = typer.Option("zh", "--lang", help="UI language: zh or en."),
) -> None:
    """Open the dashboard on the embedded store or a Neo4j server."""
    settings = _settings(db, neo4j, lang)
    if settings.kind == "embedded" and not Path(settings.db).exists():
        typer.echo(f"policygraph: {settings.db} does not exist yet; the dashboard starts on an empty graph "
                   "(ingest on its Ingest page, or run `policygraph demo`)", err=True)
    raise typer.Exit(serve(settings, host, port))


def demo(
    db: Path = typer.Option(Path(DEFAULT_DB), "--db", help="Embedded LadybugDB folder."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8501, "--port", help="Port to listen on."),
    lang: str = typer.Option("zh", "--lang", help="UI language: zh or en."),
) -> None:
    """Ingest the bundled samples into the embedded store if it is empty, then open the dashboard."""
    settings = _settings(db, None, lang)
    try:
        ingest_samples_if_empty(db)
    except typer.Exit:
        raise
    except Exception as exc:  # noqa: BLE001 - one line, no traceback
        raise _err(" ".join(str(exc).split()) or type(exc).__name__, FAILED) from None
    raise typer.Exit(serve(settings, host, port))


def register(app: typer.Typer) -> None:
    app.command("dashboard")(dashboard)
    app.command("demo")(demo)
