"""The generated corpus: deterministic, in the loaders' layouts, with honest gold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from corpus import GenerateError, generate
from corpus.catalog import load_catalog
from corpus.compose import LAYOUTS, Planner, chinese_number
from corpus.world import FIRST_YEAR, LAST_YEAR, build_world

SESSIONS, CITIES, SEED = 40, 8, 5


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "a"
    generate(out, sessions=SESSIONS, cities=CITIES, seed=SEED)
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(small_corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path / "b", sessions=SESSIONS, cities=CITIES, seed=SEED)
    assert _tree(small_corpus) == _tree(tmp_path / "b")


def test_other_seed_other_corpus(small_corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path / "c", sessions=SESSIONS, cities=CITIES, seed=SEED + 1)
    assert _tree(small_corpus) != _tree(tmp_path / "c")


def test_a_smaller_corpus_is_a_prefix(small_corpus: Path, tmp_path: Path) -> None:
    # The benchmark relies on this: size N is the first N files of a bigger corpus.
    generate(tmp_path / "d", sessions=10, cities=CITIES, seed=SEED)
    small = _tree(tmp_path / "d")
    big = _tree(small_corpus)
    assert small == {k: big[k] for k in small}


def test_files_and_sidecars(small_corpus: Path) -> None:
    texts = sorted(small_corpus.glob("*.txt"))
    assert len(texts) == SESSIONS
    for t in texts:
        meta = json.loads(t.with_suffix(".meta.json").read_text("utf-8"))
        gold = json.loads(t.with_suffix(".gold.json").read_text("utf-8"))
        assert gold["source"] == t.name
        assert set(gold) >= {"source", "session", "exchanges", "entities"}
        assert set(gold["entities"]) == {"Project", "IndustryChain", "PolicyTool", "Organization"}
        year = int(gold["session"]["date"][:4])
        assert FIRST_YEAR <= year <= LAST_YEAR
        text = t.read_bytes().decode(gold["generated"]["encoding"])
        month_day = f"{int(gold['session']['date'][5:7])}月{int(gold['session']['date'][8:10])}日"
        assert month_day in text
        # The year is in the text or in the sidecar: never in neither.
        assert f"{year}年{month_day}" in text or meta.get("year") == year
        for ex in gold["exchanges"]:
            assert ex["asker"]["name"] and ex["respondent"]["name"]
            assert ex["respondent"]["department"].startswith(gold["session"]["city"])


def test_layouts_and_encodings_present(small_corpus: Path) -> None:
    golds = [json.loads(p.read_text("utf-8")) for p in small_corpus.glob("*.gold.json")]
    layouts = Counter(g["generated"]["layout"] for g in golds)
    assert set(layouts) == set(LAYOUTS)
    gbk = [small_corpus / g["source"] for g in golds if g["generated"]["encoding"] == "gbk"]
    assert gbk, "no GBK file in the corpus"
    for path in gbk:
        raw = path.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "人大常委会" in raw.decode("gbk")


def test_layout_marks(small_corpus: Path) -> None:
    seen: dict[str, str] = {}
    for p in small_corpus.glob("*.gold.json"):
        g = json.loads(p.read_text("utf-8"))
        seen.setdefault(g["generated"]["layout"], (small_corpus / g["source"]).read_bytes().decode(g["generated"]["encoding"]))
    assert seen["luohe"].count("\n") > 10 and "请问" in seen["luohe"] and "同志: " in seen["luohe"]
    jieyang = seen["jieyang"]
    assert jieyang.startswith("|   ") and jieyang.rstrip().endswith("|") and jieyang.count("\n") <= 1
    assert "市人大常委会委员" in jieyang and "撰文:" in jieyang
    assert "问：" in seen["wenda"] and "答：" in seen["wenda"]
    assert "、市人大常委会" in seen["tiwen"] and "提问：" in seen["tiwen"] and "回答：" in seen["tiwen"]


def test_departments_use_each_citys_own_forms() -> None:
    world = build_world(load_catalog(), cities=40, seed=1)
    forms = {d.short for c in world.cities for d in c.departments if d.type == "发展和改革"}
    assert len(forms) >= 2  # 发改委 in one city, 发改局 in another
    for c in world.cities:
        assert len({d.type for d in c.departments}) == len(c.departments)  # one form per type per city


def test_tools_diffuse_and_are_skewed() -> None:
    world = build_world(load_catalog(), cities=60, seed=2)
    n_tools = len(world.tool_weights)
    for t in range(n_tools):
        origin = world.tool_origin[t][0]
        years = [c.adoption[t] for c in world.cities if c.adoption[t] is not None]
        assert years and min(years) == origin  # the origin city adopts first
        by_year = [sum(1 for y in years if y <= year) for year in range(FIRST_YEAR, LAST_YEAR + 1)]
        assert by_year == sorted(by_year)
    ranked = sorted(range(n_tools), key=lambda t: -world.tool_weights[t])
    adopters = [sum(c.adoption[t] is not None for c in world.cities) for t in ranked]
    top, bottom = adopters[: n_tools // 5], adopters[-(n_tools // 5):]
    assert sum(top) / len(top) > sum(bottom) / len(bottom)


def test_sessions_only_use_adopted_tools() -> None:
    catalog = load_catalog()
    world = build_world(catalog, cities=10, seed=3)
    planner = Planner(world, 3)
    index = {t.name: i for i, t in enumerate(catalog.tools)}
    used = Counter()
    for i in range(150):
        plan = planner.plan(i)
        for name in plan.entities.get("PolicyTool", {}):
            year = plan.city.adoption[index[name]]
            assert year is not None and year <= plan.year
            used[name] += 1
    counts = sorted(used.values(), reverse=True)
    assert counts[0] >= 3 * counts[-1]  # Zipf: a few tools are everywhere


def test_chinese_numbers() -> None:
    assert [chinese_number(n) for n in (1, 10, 11, 14, 20, 43, 99)] == ["一", "十", "十一", "十四", "二十", "四十三", "九十九"]


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(GenerateError):
        generate(tmp_path, sessions=0, cities=2, seed=0)
    with pytest.raises(GenerateError, match="cities"):
        generate(tmp_path, sessions=1, cities=100_000, seed=0)


def test_cli(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["generate", "--sessions", "5", "--cities", "3", "--seed", "9", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    assert "5 sessions" in done.stdout
    assert len(list((tmp_path / "out").glob("*.txt"))) == 5
    bad = runner.invoke(app, ["generate", "--sessions", "0", str(tmp_path / "x")])
    assert bad.exit_code == 2  # a bad option value (cli/common.py)
    assert "Traceback" not in bad.output and bad.stderr.startswith("error: ")


def _peak_rss_mib(sessions: int, out: Path) -> float:
    import subprocess
    import sys

    code = (
        "import resource, sys\n"
        "from corpus import generate\n"
        f"generate({str(out)!r}, sessions={sessions}, cities=50, seed=4)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def test_memory_is_flat_in_the_number_of_sessions(tmp_path: Path) -> None:
    small = _peak_rss_mib(20, tmp_path / "small")
    big = _peak_rss_mib(600, tmp_path / "big")
    assert big - small < 8, (small, big)  # streamed: 30x the sessions, not 30x the memory


def test_neighbour_effect_speeds_up_adoption_near_earlier_adopters() -> None:
    from corpus.world import neighbours

    catalog = load_catalog()
    legacy = build_world(catalog, cities=40, seed=4)
    assert legacy == build_world(catalog, cities=40, seed=4, neighbour_effect=None)
    none, strong = (build_world(catalog, cities=40, seed=4, neighbour_effect=e) for e in (0.0, 1.5))
    assert none.tool_origin == strong.tool_origin == legacy.tool_origin
    nb = neighbours([c.city for c in none.cities])

    def adopted_with_neighbour_before(world) -> tuple[int, int]:
        hit = total = 0
        for t in range(len(world.tool_weights)):
            for i, c in enumerate(world.cities):
                year = c.adoption[t]
                if year is None or world.tool_origin[t] == (year, i):
                    continue
                total += 1
                hit += any((y := world.cities[j].adoption[t]) is not None and y < year for j in nb[i])
        return hit, total

    for world in (none, strong):
        for t in range(len(world.tool_weights)):  # the origin city adopts first, in the origin year
            oy, oc = world.tool_origin[t]
            assert world.cities[oc].adoption[t] == oy
            assert all(c.adoption[t] is None or c.adoption[t] >= oy for c in world.cities)
    h0, n0 = adopted_with_neighbour_before(none)
    h1, n1 = adopted_with_neighbour_before(strong)
    assert n1 > n0  # more adoptions overall
    assert h1 / n1 > h0 / n0 + 0.1  # and more of them follow a neighbour's
