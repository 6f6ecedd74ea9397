"""Make a freshly started dashboard fast for its first visitor.

A new Streamlit server imports the page modules, opens the store and runs
the Overview queries only when the first browser session runs the script:
6–9 s on a small machine, all spent behind Streamlit's loading placeholder.
:func:`warm_up` pays that cost before the URL is announced: it waits for the
server's health endpoint, then opens one session over Streamlit's own
WebSocket protocol, asks for a script run and waits for it to finish. The
imports stay loaded and the results stay in ``st.cache_data`` /
``st.cache_resource``, so the first real page view renders at once.
"""

from __future__ import annotations

import logging
import subprocess
import time
import urllib.request
from typing import Optional

__all__ = ["WarmUpError", "wait_healthy", "run_first_page", "warm_up"]

log = logging.getLogger(__name__)


class WarmUpError(RuntimeError):
    """The server stopped, or did not answer in time, while it was being warmed up."""


def wait_healthy(base: str, proc: Optional[subprocess.Popen], timeout: float) -> None:
    """Wait until ``base + "_stcore/health"`` answers ``ok``.

    Raises:
        WarmUpError: ``proc`` exited, or no answer within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise WarmUpError(f"the Streamlit server exited with code {proc.returncode} before it answered")
        try:
            with urllib.request.urlopen(base + "_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise WarmUpError(f"the Streamlit server did not answer within {timeout:.0f} s")
        time.sleep(0.2)


def run_first_page(base: str, timeout: float) -> list[str]:
    """Run the app's default page once in a session of its own; return the errors it showed.

    The session speaks the browser's protocol (binary ``BackMsg`` /
    ``ForwardMsg`` protobufs on ``/_stcore/stream``) and ends when the run
    has finished, so nothing of it stays behind but the warm caches.

    Raises:
        WarmUpError: the run did not finish within ``timeout`` seconds.
    """
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.exceptions import WebSocketException
    from websockets.sync.client import connect

    ws_url = "ws" + base[len("http"):] + "_stcore/stream"
    back = BackMsg()
    back.rerun_script.query_string = ""
    back.rerun_script.page_script_hash = ""
    errors: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        with connect(ws_url, subprotocols=["streamlit"], open_timeout=timeout, max_size=None) as ws:
            ws.send(back.SerializeToString())
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise WarmUpError(f"the dashboard's first page did not finish within {timeout:.0f} s")
                msg = ForwardMsg()
                msg.ParseFromString(ws.recv(timeout=left))
                kind = msg.WhichOneof("type")
                if kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
                    exc = msg.delta.new_element.exception
                    errors.append(f"{exc.type}: {exc.message}".strip(": "))
                elif kind == "script_finished":
                    return errors
    except TimeoutError:
        raise WarmUpError(f"the dashboard's first page did not finish within {timeout:.0f} s") from None
    except (OSError, WebSocketException) as exc:
        raise WarmUpError(f"could not open a session on the dashboard: {exc}") from None


def warm_up(base: str, proc: Optional[subprocess.Popen] = None, timeout: float = 180.0) -> None:
    """Wait for the server at ``base`` (``http://host:port/``), then run its first page once.

    Errors the page shows are logged, not raised: the dashboard is still
    served and shows them to the user too.

    Raises:
        WarmUpError: the server exited or did not get ready within ``timeout`` seconds.
    """
    start = time.monotonic()
    wait_healthy(base, proc, timeout)
    healthy = time.monotonic()
    for err in run_first_page(base, max(timeout - (healthy - start), 1.0)):
        log.warning("the dashboard's first page showed an error: %s", err)
    log.info("dashboard warm: server up in %.1f s, first page in %.1f s",
             healthy - start, time.monotonic() - healthy)
