"""The repository's Neo4j 5.26 test server (tools/neo4j-test-server).

Embedded Neo4j with only Bolt, on 127.0.0.1 and a free port, its data in a
directory the caller chooses. The pytest fixture (tests/fixtures_neo4j.py) and
`policygraph bench` both start it through :func:`start_test_server`, so there is
one launcher to keep working. It needs a checkout of the repository (the
launcher is built from tools/ with Maven on first use).
"""

from __future__ import annotations
import contextlib
import os
import queue
import shlex
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Neo4jServer", "Neo4jStartError", "Launcher", "TEST_PASSWORD", "LAUNCHER_JAR",
           "launcher_stale", "build_launcher", "verify", "start_test_server", "admin_import"]


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
#: The server's page cache (MiB; NEO4J_TEST_PAGE_CACHE_MB overrides).
PAGE_CACHE_MB = 128


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


def launcher_stale() -> bool:
    if not LAUNCHER_JAR.is_file() or not (LAUNCHER_DIR / "target" / "lib").is_dir():
        return True
    built = LAUNCHER_JAR.stat().st_mtime
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*")]
    return any(p.stat().st_mtime > built for p in sources if p.is_file())


def build_launcher() -> None:
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


def verify(server: Neo4jServer, timeout: float = 30.0) -> None:
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


class Launcher:
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
        cmd = [java, *java_opts, "-jar", str(LAUNCHER_JAR), str(self.data_dir), "--password", TEST_PASSWORD,
               "--page-cache-mb", os.environ.get("NEO4J_TEST_PAGE_CACHE_MB", str(PAGE_CACHE_MB))]
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


@contextlib.contextmanager
def start_test_server(home: Path) -> Iterator[Neo4jServer]:
    """Build the launcher if stale, start a server in ``home``, verify it, stop it on exit.

    Raises:
        Neo4jStartError: the server could not be built, started or reached; the
            message carries the launcher's stderr tail.
    """
    if launcher_stale():
        build_launcher()
    launcher = Launcher(home)
    try:
        server = Neo4jServer(uri=launcher.start(), user="neo4j", password=TEST_PASSWORD, database="neo4j")
        verify(server)
        yield server
    finally:
        launcher.stop()


def admin_import(home: Path, folder: Path, *, timeout: float = 3600.0) -> None:
    """``neo4j-admin database import full`` of an export folder into the test server's ``home``.

    ``folder`` is what ``policygraph export --format csv`` wrote; its
    ``import.txt`` holds the command, run here with the import tool that the
    launcher's class path carries (``org.neo4j.cli.AdminTool``), so no Neo4j
    installation is needed. Start :func:`start_test_server` on ``home`` after.

    Raises:
        Neo4jStartError: java or the launcher is missing, or the import failed
            (the message carries the tool's output tail).
    """
    if launcher_stale():
        build_launcher()
    java = shutil.which("java")
    if java is None:
        raise Neo4jStartError("java not found on PATH (tools/setup.d/10-neo4j.sh installs it)")
    lines = [ln for ln in (folder / "import.txt").read_text("utf-8").splitlines() if not ln.startswith("#")]
    words = shlex.split(" ".join(ln.rstrip("\\") for ln in lines))
    if words[:4] != ["neo4j-admin", "database", "import", "full"]:
        raise Neo4jStartError(f"{folder / 'import.txt'}: not a neo4j-admin database import full command")
    home.mkdir(parents=True, exist_ok=True)
    cmd = [java, *os.environ.get("NEO4J_TEST_JAVA_OPTS", DEFAULT_JAVA_OPTS).split(),
           "-cp", str(LAUNCHER_DIR / "target" / "lib" / "*"), "org.neo4j.cli.AdminTool", *words[1:]]
    try:
        done = subprocess.run(cmd, cwd=folder, env={**os.environ, "NEO4J_HOME": str(home)},
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise Neo4jStartError(f"neo4j-admin import took over {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise Neo4jStartError(f"neo4j-admin import into {home} failed ({done.returncode}):\n"
                              + _tail(done.stdout + done.stderr))
