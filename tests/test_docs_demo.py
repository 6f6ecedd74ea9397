"""`make demo` as the README promises it: the URL, printed once, opens a ready dashboard.

`policygraph demo` warms the server (imports, store, the Overview's results)
before it prints the URL (cli/warmup.py). This test holds it to the README's
promise from a user's side: a headless Chromium that opens the URL the
moment it appears shows the real Overview, not Streamlit's loading
placeholder, as fast as a page of an already-warm server.

Timed as a ratio, not against the clock alone: the same browser then opens
the URL a second time, on a server that has certainly served the page
before, and the first view may take at most 1.5 times that (or 3 s, the
README's figure, whichever is more). Measured on the 2-core machine: with
the warm-up the first view takes 0.8-1.0 times a warm view; a server that
announces its URL before warming up takes 2.1 times (5.2 s against 2.5 s).
A machine busy with other work slows both views alike, so the check does
not fail for a loaded CI runner as a fixed 3 s did. Absolute timings live in
`policygraph bench` (BENCHMARKS.md, "Dashboard: first render").
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.dashboard.helpers import free_port
from tests.dashboard.test_browser import CHROMIUM_ARGS, SHOTS, chromium  # noqa: F401 - fixture
from tests.dashboard.test_cli import POLICYGRAPH

pytestmark = pytest.mark.browser

#: What the README promises between the printed URL and a usable first page.
FIRST_VIEW_SECONDS = 3.0
#: How much slower than a warm server's view the first view may be.
WARM_RATIO = 1.5
#: How long a view may take at all before the test gives up on it.
GIVE_UP_SECONDS = 60.0

# The Overview as a user first sees it: its title, the four counts with
# their values, and no script run in progress (Streamlit's status widget).
# The map and the tables draw a moment later: their JavaScript (Vega, the
# data grid) is fetched by the browser when they first appear, which no
# warm-up on the server can do ahead.
_FIRST_VIEW_JS = """() => {
  const h1 = [...document.querySelectorAll('h1')].some(h => h.textContent.includes('总览'));
  const metrics = document.querySelectorAll('[data-testid=stMetricValue]').length;
  const running = document.querySelector('[data-testid=stStatusWidget]');
  return h1 && metrics >= 4 && !running;
}"""


def test_demo_url_opens_a_warm_overview(tmp_path: Path, chromium) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    port = free_port()
    proc = subprocess.Popen([str(POLICYGRAPH), "demo", "--db", str(tmp_path / "db"), "--port", str(port)],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with sync_playwright() as pw:
            # The browser starts while the demo ingests and warms up: only
            # the time after the URL appears is the user's.
            browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1440, "height": 1200}, locale="zh-CN")
            url = proc.stdout.readline().strip()
            shown = time.monotonic()
            assert url == f"http://127.0.0.1:{port}/", (url, proc.poll())
            ready = _time_first_view(page, url, shown, "00_demo_first_view")
            # What the screenshot shows: the counts of the two samples.
            values = page.locator("[data-testid=stMetricValue]").all_inner_texts()
            again = browser.new_page(viewport={"width": 1440, "height": 1200}, locale="zh-CN")
            warm = _time_first_view(again, url, time.monotonic(), "00_demo_warm_view")
            browser.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    allowed = max(FIRST_VIEW_SECONDS, WARM_RATIO * warm)
    assert ready <= allowed, (f"first view after {ready:.1f} s, a warm view after {warm:.1f} s: "
                              f"the server was not warm when it printed its URL (allowed {allowed:.1f} s)")
    assert values[0] == "2", values  # two documents: the bundled samples
    # The URL is announced once, on stdout; stderr says the server is ready.
    assert url not in out and url not in err, (out, err)
    assert "dashboard ready" in err and "Traceback" not in err


def _time_first_view(page, url: str, since: float, shot: str) -> float:
    """Open ``url`` in ``page``; seconds from ``since`` until the Overview shows."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.goto(url, wait_until="commit", timeout=GIVE_UP_SECONDS * 1000)
    try:
        page.wait_for_function(_FIRST_VIEW_JS, timeout=GIVE_UP_SECONDS * 1000)
    except PlaywrightTimeout:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{shot}_late.png"))
        raise AssertionError(f"{url} did not show the Overview within {GIVE_UP_SECONDS:.0f} s "
                             f"(screenshot: {SHOTS / (shot + '_late.png')})") from None
    elapsed = time.monotonic() - since
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{shot}.png"))
    return elapsed
