"""End to end: the dashboard served by `policygraph dashboard`, opened in headless Chromium.

Chromium is Debian's (/usr/bin/chromium, installed by tools/setup.d/20-chromium.sh,
which this test runs when it is missing); Playwright drives it through its
executable path and never downloads a browser. One screenshot per page goes
to artifacts/screenshots/.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.dashboard.helpers import free_port
from tests.dashboard.test_cli import start, stop

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
# The flags our machines need: no sandbox as root, and no background
# connections (the closed network refuses them, which shows up as errors).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.exists():
        r = subprocess.run(["bash", str(ROOT / "tools" / "setup.d" / "20-chromium.sh")],
                           capture_output=True, text=True, timeout=900)
        assert r.returncode == 0, f"tools/setup.d/20-chromium.sh failed: {r.stderr.strip()[-500:]}"
    assert CHROMIUM.exists(), "tools/setup.d/20-chromium.sh did not install /usr/bin/chromium"
    return CHROMIUM


@pytest.fixture(scope="module")
def served(tmp_path_factory, sample_records):
    """The dashboard on a free port, on its own store folder (the Ingest page writes)."""
    from graph.store import open_store

    db = tmp_path_factory.mktemp("e2e") / "db"
    store = open_store("embedded", db=db)
    try:
        store.ingest(sample_records)
    finally:
        store.close()
    proc, url = start("dashboard", "--db", str(db), "--port", str(free_port()), "--lang", "zh",
                      cwd=tmp_path_factory.mktemp("e2e-cwd"))
    yield url
    stop(proc)


@pytest.fixture(scope="module")
def browser_page(chromium, served):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1440, "height": 1600}, locale="zh-CN")
        page.set_default_timeout(60_000)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url} {r.failure}"))
        page.goto(served)
        page.locator("h1", has_text="总览").wait_for()
        page.errors = errors
        yield page
        browser.close()


def _open(page, title: str) -> None:
    """Go to a page through the sidebar navigation, as a user does."""
    page.locator("[data-testid=stSidebarNav] a", has_text=title).click()
    page.locator("h1", has_text=title).wait_for()


def _settle(page) -> None:
    # Streamlit shows a running indicator while the script runs.
    page.wait_for_timeout(500)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="hidden", timeout=60_000)
    page.wait_for_timeout(1500)


def _graph_canvas(page) -> None:
    """st-link-analysis draws with Cytoscape in an iframe: its canvas must be there."""
    frame = page.frame_locator("iframe[title*='st_link_analysis']").first
    frame.locator("canvas").first.wait_for(state="attached")
    assert frame.locator("canvas").count() >= 1


def _shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _no_errors(page) -> None:
    assert page.errors == [], page.errors


def test_overview_page(browser_page):
    page = browser_page
    _settle(page)
    for text in ("文档", "城市", "会议", "问答", "各城市会议数", "提及最多的项目", "提及最多的政策工具"):
        assert page.get_by_text(text, exact=True).count() >= 1, text
    page.locator("[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg").first.wait_for()
    _shot(page, "01_overview")
    _no_errors(page)


def test_explore_page(browser_page):
    page = browser_page
    _open(page, "探索")
    box = page.get_by_label("搜索实体（中文、别名或拼音）")
    box.fill("中原食品实验室")
    box.press("Enter")
    _settle(page)
    _graph_canvas(page)
    page.locator("mark", has_text="食品实验室").first.wait_for()
    assert page.get_by_text("节点详情").count() == 1
    # Click a department node in the graph: the details follow it.
    name = _click_node(page, "Department")
    _settle(page)
    page.get_by_text(f"部门 · {name}", exact=True).wait_for()
    page.locator("mark", has_text="食品实验室").first.wait_for()  # WORKS_ON evidence
    _shot(page, "02_explore")
    _no_errors(page)


def _click_node(page, label: str) -> str:
    """Click (with the mouse) the first node of ``label`` where Cytoscape drew it; return its key."""
    iframe = page.locator("iframe[title*='st_link_analysis']").first
    frame = iframe.element_handle().content_frame()
    frame.wait_for_function("() => document.getElementById('cy')?._cyreg?.cy?.nodes().length > 0")
    page.wait_for_timeout(1000)  # the layout settles
    spot = frame.evaluate(
        """(label) => { const cy = document.getElementById('cy')._cyreg.cy;
                        const n = cy.nodes().filter(x => x.data('label') === label)[0];
                        const p = n.renderedPosition();
                        const box = cy.container().getBoundingClientRect();
                        return {x: box.left + p.x, y: box.top + p.y, id: n.id()}; }""", label)
    box = iframe.bounding_box()
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    return spot["id"].split(":", 1)[1]


def test_shared_projects_page(browser_page):
    page = browser_page
    _open(page, "共同项目")
    _settle(page)
    _graph_canvas(page)
    assert page.get_by_text("部门—项目关系图").count() == 1
    # The matrix is the primary view, the network beside it.
    matrix = page.locator("[data-testid=stVegaLiteChart]").first
    matrix.wait_for()
    graph = page.locator("iframe[title*='st_link_analysis']").first.bounding_box()
    box = matrix.bounding_box()
    assert box["x"] < graph["x"] and abs(box["y"] - graph["y"]) < 200, (box, graph)
    page.get_by_text(re.compile(r"显示 \d+/\d+ 个项目")).wait_for()
    _shot(page, "03_shared_projects")
    _no_errors(page)


#: A laptop screen's height: the Policy trace page of the most used tool fits in two.
SCREEN_PX = 900


def _content_height(page) -> int:
    """The page's height: Streamlit scrolls its main section, not the document (inner
    scrolling boxes such as a fixed-height evidence list do not count)."""
    return page.evaluate("""() => {
        let e = document.querySelector('h1');
        while (e && e !== document.body) {
            const y = getComputedStyle(e).overflowY;
            if ((y === 'auto' || y === 'scroll') && e.scrollHeight >= e.clientHeight) return e.scrollHeight;
            e = e.parentElement;
        }
        return document.scrollingElement.scrollHeight; }""")


def test_policy_trace_page(browser_page):
    page = browser_page
    _open(page, "政策追踪")
    _settle(page)
    # The picker opens on the most mentioned tool: curve and timeline side by side, two screens at most.
    charts = page.locator("[data-testid=stVegaLiteChart]")
    charts.nth(1).wait_for()
    a, b = charts.nth(0).bounding_box(), charts.nth(1).bounding_box()
    assert abs(a["y"] - b["y"]) < 40 and b["x"] > a["x"] + a["width"] / 2, (a, b)
    height = _content_height(page)
    assert height <= 2 * SCREEN_PX, height
    _shot(page, "04_policy_trace_top_tool")
    page.locator("[data-testid=stSelectbox]").first.click()
    page.keyboard.type("先使用后付费")
    page.keyboard.press("Enter")
    _settle(page)
    page.get_by_role("tab", name="原句证据").click()
    page.locator("mark", has_text="先使用后付费").first.wait_for()
    assert page.get_by_role("tab", name="政策扩散（两个及以上城市）").count() == 1
    page.get_by_role("tab", name="下载数据").click()
    page.get_by_role("button", name="panel.parquet").wait_for()  # the tab runs when opened
    _shot(page, "04_policy_trace")
    _no_errors(page)


def test_cypher_console_page(browser_page):
    page = browser_page
    _open(page, "Cypher 控制台")
    editor = page.get_by_label("Cypher 查询")
    editor.fill("MATCH (d:Department)-[w:WORKS_ON]->(p:Project) RETURN d, w, p LIMIT 50")
    editor.press("Control+Enter")
    page.get_by_role("button", name="运行").click()
    _settle(page)
    page.get_by_text("图形结果").wait_for()
    _graph_canvas(page)
    assert page.get_by_role("button", name="下载 CSV").count() == 1
    _shot(page, "05_cypher_console")
    editor.fill("MATCH (n) DETACH DELETE n")
    editor.press("Control+Enter")
    page.get_by_role("button", name="运行").click()
    _settle(page)
    assert page.locator("[data-testid=stAlertContentError]").count() == 1
    _no_errors(page)


def test_ingest_page(browser_page, sample_paths):
    from playwright.sync_api import expect

    page = browser_page
    _open(page, "导入")
    # Streamlit's own uploader texts are covered by the UI language's.
    drop = page.locator("[data-testid=stFileUploaderDropzoneInstructions] span").first
    assert drop.evaluate("e => getComputedStyle(e).fontSize") == "0px"
    assert drop.evaluate("e => getComputedStyle(e, '::after').content") == '"将文件拖放到此处"'
    browse = page.locator("[data-testid=stFileUploaderDropzone] button").first
    assert browse.evaluate("e => getComputedStyle(e, '::after').content") == '"选择文件"'
    version = page.locator("[data-testid=stSidebar]").get_by_text("图版本").inner_text()
    page.locator("input[type=file]").set_input_files([str(p) for p in sample_paths])
    _settle(page)
    expect(page.locator("[data-testid=stFileChipName]")).to_have_count(2)
    page.get_by_role("button", name="导入", exact=True).click()
    _settle(page)
    # The samples are in the served store already: both unchanged, counted as such.
    page.get_by_text("2 个文件：新增 0 个，替换 0 个，未变化 2 个，失败 0 个").wait_for()
    expect(page.locator("[data-testid=stFileChipName]")).to_have_count(0)  # ingested files leave the uploader
    expect(page.locator("[data-testid=stSidebar]").get_by_text("图版本")).not_to_have_text(version)
    _shot(page, "06_ingest")
    _no_errors(page)


def test_language_switch_in_browser(browser_page):
    page = browser_page
    page.get_by_text("English", exact=True).click()
    _settle(page)
    page.locator("[data-testid=stSidebarNav] a", has_text="Overview").click()
    page.locator("h1", has_text="Overview").wait_for()
    _settle(page)
    _shot(page, "07_overview_en")
    _no_errors(page)
