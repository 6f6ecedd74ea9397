"""The real Neo4j 5.26 Community server the tests use (session scope).

`neo4j_server` starts tools/neo4j-test-server (embedded Neo4j with only Bolt, on
127.0.0.1 and a free port, data in a temp dir) once per pytest session and
stops it at the end. When NEO4J_TEST_URI is set, that server is used instead
(with NEO4J_TEST_USER, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE) and nothing is
started. If Neo4j cannot be reached the fixture raises with the reason, so the
tests that need it fail; they never skip.

Tests that use the fixture (directly or through another fixture) get the
`neo4j` marker, so `pytest -m "not neo4j"` leaves them out on purpose.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["Neo4jServer", "neo4j_server", "TEST_PASSWORD"]

ROOT = Path(__file__).resolve().parent.parent
LAUNCHER_DIR = ROOT / "tools" / "neo4j-test-server"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "neo4j-test-server.jar"
BUILD_SCRIPT = ROOT / "tools" / "setup.d" / "10-neo4j.sh"

#: The launcher's default password for user neo4j (auth is on, as for users).
TEST_PASSWORD = "policygraph-test"
# The first JVM start on a busy two-core machine is slow; a healthy start
# takes about 7 s here.
START_TIMEOUT_S = float(os.environ.get("NEO4J_TEST_START_TIMEOUT", "180"))
BUILD_TIMEOUT_S = 900.0
STOP_TIMEOUT_S = 60.0
DEFAULT_JAVA_OPTS = "-Xms256m -Xmx2g -XX:+ExitOnOutOfMemoryError"


@dataclass(frozen=True)
class Neo4jServer:
    """Where the test server listens and how to log in."""

    uri: str
    user: str
    password: str
    database: str = "neo4j"

    def env(self) -> dict[str, str]:
        """NEO4J_* variables for a `policygraph ... --store neo4j` subprocess."""
        return {
            "NEO4J_URI": self.uri,
            "NEO4J_USER": self.user,
            "NEO4J_PASSWORD": self.password,
            "NEO4J_DATABASE": self.database,
        }


class Neo4jStartError(RuntimeError):
    """The test server could not be built, started or reached."""


def _stale() -> bool:
    if not LAUNCHER_JAR.is_file() or not (LAUNCHER_DIR / "target" / "lib").is_dir():
        return True
    built = LAUNCHER_JAR.stat().st_mtime
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*")]
    return any(p.stat().st_mtime > built for p in sources if p.is_file())


def _build() -> None:
    # The same script `make test` runs; here for a bare `pytest` after a pull.
    try:
        done = subprocess.run(
            ["bash", str(BUILD_SCRIPT)],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        raise Neo4jStartError(f"building the Neo4j test server took over {BUILD_TIMEOUT_S:.0f} s") from exc
    if done.returncode != 0:
        raise Neo4jStartError(
            f"building the Neo4j test server failed ({BUILD_SCRIPT.relative_to(ROOT)}):\n"
            + _tail(done.stderr)
        )


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _verify(server: Neo4jServer, timeout: float = 30.0) -> None:
    import neo4j

    deadline = time.monotonic() + timeout
    while True:
        try:
            with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
                driver.verify_connectivity()
                driver.execute_query("RETURN 1", database_=server.database)
            return
        except neo4j.exceptions.AuthError as exc:
            raise Neo4jStartError(f"Neo4j at {server.uri} refused the login of {server.user!r}: {exc}") from exc
        except Exception as exc:  # noqa: BLE001 - any failure is retried, then reported
            if time.monotonic() > deadline:
                raise Neo4jStartError(f"Neo4j at {server.uri} did not answer: {type(exc).__name__}: {exc}") from exc
            time.sleep(0.5)


class _Launcher:
    """One launcher process: start, wait for its BOLT_URI line, stop."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.stderr_path = data_dir.parent / f"{data_dir.name}-launcher.stderr.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> str:
        java = shutil.which("java")
        if java is None:
            raise Neo4jStartError("java not found on PATH (tools/setup.d/10-neo4j.sh installs it)")
        java_opts = os.environ.get("NEO4J_TEST_JAVA_OPTS", DEFAULT_JAVA_OPTS).split()
        cmd = [java, *java_opts, "-jar", str(LAUNCHER_JAR), str(self.data_dir), "--password", TEST_PASSWORD]
        self._stderr = self.stderr_path.open("wb")
        # stdin stays open for the server's lifetime: when it closes (teardown,
        # or this process dying in any way) the launcher shuts Neo4j down.
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr)
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_stdout, args=(lines,), daemon=True).start()

        started = time.monotonic()
        deadline = started + START_TIMEOUT_S
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise Neo4jStartError(
                    f"Neo4j test server printed no BOLT_URI within {START_TIMEOUT_S:.0f} s\n" + self.stderr_tail()
                ) from None
            if line is None:  # stdout closed: the launcher ended
                code = self.proc.wait(timeout=30)
                raise Neo4jStartError(f"Neo4j test server exited with code {code} before it was ready\n" + self.stderr_tail())
            if line.startswith("BOLT_URI="):
                self.start_seconds = time.monotonic() - started
                return line.removeprefix("BOLT_URI=")

    def _read_stdout(self, lines: queue.Queue[str | None]) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for raw in self.proc.stdout:
            lines.put(raw.decode("utf-8", "replace").strip())
        lines.put(None)

    def stderr_tail(self) -> str:
        try:
            text = self.stderr_path.read_text("utf-8", "replace")
        except OSError:
            text = ""
        debug_log = self.data_dir / "logs" / "debug.log"
        tail = f"launcher stderr ({self.stderr_path}):\n{_tail(text) or '(empty)'}"
        if debug_log.is_file():
            errors = [ln for ln in debug_log.read_text("utf-8", "replace").splitlines() if " ERROR " in ln]
            if errors:
                tail += f"\nerrors in {debug_log}:\n" + "\n".join(errors[-10:])
        return tail

    def stop(self) -> None:
        proc = self.proc
        if proc is None:
            return
        if proc.stdin is not None:
            try:
                proc.stdin.close()
            except OSError:
                pass
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
        self._stderr.close()


def _external_server() -> Neo4jServer | None:
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return None
    return Neo4jServer(
        uri=uri,
        user=os.environ.get("NEO4J_TEST_USER", "neo4j"),
        password=os.environ.get("NEO4J_TEST_PASSWORD", ""),
        database=os.environ.get("NEO4J_TEST_DATABASE", "neo4j"),
    )


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A reachable Neo4j 5 server for the whole session (see module docstring)."""
    external = _external_server()
    if external is not None:
        _verify(external)
        yield external
        return

    if _stale():
        _build()
    launcher = _Launcher(tmp_path_factory.mktemp("neo4j") / "home")
    try:
        uri = launcher.start()
        server = Neo4jServer(uri=uri, user="neo4j", password=TEST_PASSWORD, database="neo4j")
        _verify(server)
    except BaseException:
        launcher.stop()
        raise
    try:
        yield server
    finally:
        launcher.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)
