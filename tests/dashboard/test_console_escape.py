"""The dashboard's console goes through the same check and limits as `policygraph cypher`.

A user in the browser submits escapes from the console's suite
(tests/queries/test_escapes.py) and sees a refusal, never a file's rows.
"""

from __future__ import annotations

import pytest

from tests.dashboard.test_browser import _open, _settle, browser_page, chromium, served  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

ESCAPES = [
    "LOAD FROM '/etc/passwd' (header=false, delim=':') RETURN *",
    # the reported one: text inside a string became code after the substring rewrite
    "WITH substring('abc', 0 //\n, '\n), 1) AS x LOAD FROM \"/etc/passwd\" "
    "(header=false, delim=\":\", file_format=\"csv\") RETURN * //') AS y RETURN y",
    "ＬＯＡＤ FROM '/etc/passwd' RETURN *",
    "UNWIND range(1, 1000000000) AS x RETURN x",
]


def test_console_refuses_escapes_in_the_browser(browser_page):  # noqa: F811 - the fixture
    page = browser_page
    _open(page, "Cypher 控制台")
    editor = page.get_by_label("Cypher 查询")
    for text in ESCAPES:
        editor.fill(text)
        editor.press("Control+Enter")
        page.get_by_role("button", name="运行").click()
        _settle(page)
        assert page.locator("[data-testid=stAlertContentError]").count() == 1, text
        body = page.locator("body").inner_text()
        assert "root:" not in body and "/bin/" not in body, text
