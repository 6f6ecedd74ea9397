"""`make demo` as the README promises it: the URL, printed once, opens a ready dashboard.

`policygraph demo` warms the server (imports, store, the Overview's results)
before it prints the URL (cli/warmup.py). This test holds it to the README's
promise from a user's side: a headless Chromium that opens the URL the
moment it appears shows the real Overview, not Streamlit's loading
placeholder, within 3 s. (An end-to-end acceptance check of a promise the
README makes, not a speed benchmark: those live in `policygraph bench`.)
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


def test_demo_url_opens_the_overview_within_3_seconds(tmp_path: Path, chromium) -> None:  # noqa: F811
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
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
            page.goto(url, wait_until="commit", timeout=FIRST_VIEW_SECONDS * 1000)
            left_ms = (FIRST_VIEW_SECONDS - (time.monotonic() - shown)) * 1000
            try:
                page.wait_for_function(_FIRST_VIEW_JS, timeout=max(left_ms, 1))
            except PlaywrightTimeout:
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / "00_demo_first_view_late.png"))
                raise AssertionError(f"{url} did not show the Overview within {FIRST_VIEW_SECONDS} s "
                                     f"(screenshot: {SHOTS / '00_demo_first_view_late.png'})") from None
            ready = time.monotonic() - shown
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "00_demo_first_view.png"))
            # What the screenshot shows: the counts of the two samples.
            values = page.locator("[data-testid=stMetricValue]").all_inner_texts()
            browser.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    assert ready < FIRST_VIEW_SECONDS, f"first view after {ready:.1f} s"
    assert values[0] == "2", values  # two documents: the bundled samples
    # The URL is announced once, on stdout; stderr says the server is ready.
    assert url not in out and url not in err, (out, err)
    assert "dashboard ready" in err and "Traceback" not in err
