"""resolve_department's shortcut (a surface ending in a character no office name ends with
names none) gives what the full resolution gives."""

from __future__ import annotations

import random

import pytest

from loaders import departments
from loaders.departments import _index, _office_finals, office_endings, resolve_department

PLACES = ["", "", "", "市", "县", "漯河市", "广西壮族自治区", "开发区", "琅琊镇", "小寨路街道"]
TAILS = ["", "", "", "", "长", "局长", "经建处", "规划科", "财务股", "和水利局", "部门", "人民政府", "的", "厅", "分局", "委员会", "问道", "表示"]


def _surfaces(n: int = 4000) -> list[str]:
    rng = random.Random(11)
    names = sorted(_index())
    endings = [*office_endings()["type_ending"], *office_endings()["division"]]
    out = []
    for _ in range(n):
        core = rng.choice(names) if rng.random() < 0.7 else "城市管理" + rng.choice(endings)
        if core.endswith("局") and rng.random() < 0.3:
            core = core[:-1] + rng.choice("厅部")  # a province's 厅, a ministry's 部
        s = rng.choice(PLACES) + core
        cut = rng.randint(0, 2)
        s = s[:-cut] if cut and len(s) > cut + 1 else s
        out.append(s + rng.choice(TAILS) + rng.choice(["", "", "", "（", "”", " ", "發", "委員會", "廳"]))
    return out


@pytest.mark.parametrize("city", [None, "漯河市"])
def test_the_shortcut_changes_no_resolution(monkeypatch, city):
    surfaces = _surfaces()
    assert _office_finals() is not None
    fast = [resolve_department.__wrapped__(s, city) for s in surfaces]
    monkeypatch.setattr(departments, "_office_finals", lambda: None)  # the full resolution of every surface
    plain = [resolve_department.__wrapped__(s, city) for s in surfaces]
    assert fast == plain
    # (the surfaces exercise both sides of the shortcut)
    assert sum(d is not None for d in plain) > 500
    assert sum(s.rstrip("（” ")[-1:] not in _office_finals() for s in surfaces) > 500
