"""tools/neo4j-test-server as a program: its stdout protocol, arguments and shutdown."""

from __future__ import annotations

import shutil
import signal
import subprocess
from pathlib import Path

import neo4j
import pytest

from graph.testserver import LAUNCHER_JAR, TEST_PASSWORD, Launcher, launcher_stale

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def built_launcher() -> Path:
    if launcher_stale():
        from graph.testserver import build_launcher

        build_launcher()
    return LAUNCHER_JAR


def _java() -> str:
    java = shutil.which("java")
    assert java, "java not on PATH"
    return java


@pytest.mark.parametrize(
    ("args", "message"),
    [([], "DATA_DIR is missing"), (["d", "--port", "x"], "--port needs a number"), (["d", "--bogus"], "unknown option --bogus"),
     (["d", "--page-cache-mb", "x"], "--page-cache-mb needs a number")],
)
def test_bad_arguments_exit_2_with_one_line_reason(built_launcher: Path, args: list[str], message: str) -> None:
    done = subprocess.run([_java(), "-jar", str(built_launcher), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert message in done.stderr.splitlines()[0]


def _shutdown_log(home: Path) -> str:
    return (home / "logs" / "debug.log").read_text("utf-8", "replace")


@pytest.mark.slow
def test_prints_only_the_uri_and_stops_cleanly_when_stdin_closes(built_launcher: Path, tmp_path: Path) -> None:
    launcher = Launcher(tmp_path / "home")
    uri = launcher.start()
    assert uri.startswith("bolt://127.0.0.1:")
    with neo4j.GraphDatabase.driver(uri, auth=("neo4j", TEST_PASSWORD)) as driver:
        driver.execute_query("CREATE (:Probe {name: '两重'})")
    assert launcher.proc is not None and launcher.proc.stdout is not None
    launcher.proc.stdin.close()  # type: ignore[union-attr]
    assert launcher.proc.wait(timeout=180) == 0
    # Nothing but the BOLT_URI line on stdout (the reader thread took that one).
    assert launcher.proc.stdout.read() == b""
    log = _shutdown_log(tmp_path / "home")
    assert "[neo4j]}' successfully" in log and "Bolt server has been shut down" in log
    launcher.stop()


@pytest.mark.slow
def test_sigterm_shuts_neo4j_down_cleanly(built_launcher: Path, tmp_path: Path) -> None:
    launcher = Launcher(tmp_path / "home")
    launcher.start()
    assert launcher.proc is not None
    launcher.proc.send_signal(signal.SIGTERM)
    # The JVM's own exit status for SIGTERM, after its shutdown hooks ran.
    assert launcher.proc.wait(timeout=180) == 128 + signal.SIGTERM
    assert "Bolt server has been shut down" in _shutdown_log(tmp_path / "home")
    assert "shutting down" in launcher.stderr_path.read_text("utf-8")
    launcher.stop()
