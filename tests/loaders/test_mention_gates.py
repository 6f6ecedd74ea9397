"""An extractor finds nothing where its gate fails, so a document whose whole text fails it
needs no call per part (loaders/mentions/gates.py)."""

from __future__ import annotations

import random
from pathlib import Path

from loaders.gazetteer import get_gazetteer
from loaders.mentions import find_candidates
from loaders.mentions.gates import EXTRACTORS, GATED, extractors_for

ROOT = Path(__file__).resolve().parents[2]

# one of each gated pattern, so that every gate is seen holding where its extractor finds a name
_MADE = ("“揭榜挂帅”机制和《揭阳市优化营商环境三年行动方案》", "“1+5+N”现代产业体系，415X先进制造业集群",
         "链主企业鑫磁科技牵头", "四清一绿行动", "15分钟养老服务圈", "建立了企业登记制度", "S312新坊公路改造",
         "嘉善至西塘市域铁路项目", "编制了石棉县产业提升方案", "黑龙江食品安全追溯平台",
         "动力电池、光伏、储能三条产业链", "市第二人民医院东山院区", "县里设立了山茶产业振兴专项资金")


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))[::4]]
    return texts + ["。".join(_MADE)]


def test_an_extractor_finds_nothing_where_its_gate_fails():
    gz = get_gazetteer()
    rnd = random.Random(15)
    failed = {extract.__name__: 0 for extract, gate in GATED if gate is not None}
    found = dict(failed)
    for text in _texts():
        spans = [(0, len(text))]
        for _ in range(12):
            lo = rnd.randrange(len(text))
            spans.append((lo, min(len(text), lo + rnd.randrange(1, 300))))
        for extract, gate in GATED:
            if gate is None:
                continue
            for lo, hi in spans:
                got = extract(gz, text, lo, hi)
                if gate(gz, text, lo, hi):
                    assert gate(gz, text, 0, len(text))  # a range's test holds on any range around it
                    found[extract.__name__] += bool(got)
                else:
                    assert got == [], (extract.__name__, text[lo:hi])
                    failed[extract.__name__] += 1
    assert all(failed.values()), failed  # every gate was seen failing
    assert all(found.values()), found  # and holding where its extractor found a name


def test_the_document_gates_change_no_part():
    gz = get_gazetteer()
    for text in _texts():
        chosen = extractors_for(gz, text)
        assert len(chosen) < len(EXTRACTORS) or text.endswith(_MADE[-1])
        for lo in range(0, len(text), 97):
            hi = min(len(text), lo + 160)
            assert (find_candidates(gz, text, lo, hi, None, extractors=chosen)
                    == find_candidates(gz, text, lo, hi, None))


def test_the_scan_tells_where_a_gate_may_hold_and_nothing_is_found_where_it_does_not():
    """find_candidates calls a gated extractor on a part only where the scan met one of its gate's
    strings (gates.gate_marks): wherever the gate holds, the scan met one; where it met none,
    the extractor finds nothing."""
    from loaders.mentions.gates import gate_bits
    from loaders.mentions.scan import scan

    gz = get_gazetteer()
    bits = gate_bits(gz)
    rnd = random.Random(19)
    skipped = {extract.__name__: 0 for extract in bits}
    for text in _texts():
        spans = [(0, len(text))]
        for _ in range(30):
            lo = rnd.randrange(len(text))
            spans.append((lo, min(len(text), lo + rnd.randrange(1, 200))))
        for lo, hi in spans:
            marked = scan(gz, text, lo, hi)[2]
            for extract, gate in GATED:
                bit = bits.get(extract)
                if bit is None:
                    continue
                if gate is not None and gate(gz, text, lo, hi):
                    assert marked & bit, (extract.__name__, text[lo:hi])
                if gate is None and extract(gz, text, lo, hi):
                    assert marked & bit, (extract.__name__, text[lo:hi])  # (the lists and the laws' titles)
                if not marked & bit:
                    assert extract(gz, text, lo, hi) == [], (extract.__name__, text[lo:hi])
                    skipped[extract.__name__] += 1
    assert all(skipped.values()), skipped  # every extractor was skipped somewhere


def test_a_gated_extractor_without_strings_runs_on_every_part():
    """A gate with no strings (no slogan heads in the data) has no bit, and its extractor runs
    wherever its document's gate holds. The firm lists and the laws' titles have no document
    gate (their heads are in most documents) but have strings: a part holding none of them is
    not read."""
    from loaders.mentions import documents, lists
    from loaders.mentions.gates import gate_bits, gate_marks

    gz = get_gazetteer()
    bits = gate_bits(gz)
    assert {extract for extract, gate in GATED if gate is None} == {lists.list_candidates, documents.document_candidates}
    assert all(extract in bits for extract, gate in GATED if gate is None)
    marks = gate_marks(gz)
    assert marks["企业"] & bits[lists.list_candidates] and marks["项目"] & bits[lists.list_candidates]
    assert marks["《"] & bits[documents.document_candidates] and marks["条例"] & bits[documents.document_candidates]


def test_the_parts_gates_leave_out_no_extractor_a_part_needs():
    """extract_mentions asks a document's tests only of the extractors whose strings some part
    holds (the scans' bits, ORed): the candidates of every part are those of every extractor."""
    from loaders.mentions.scan import scan

    gz = get_gazetteer()
    rnd = random.Random(23)
    for text in _texts():
        spans = []
        for _ in range(8):
            lo = rnd.randrange(len(text))
            spans.append((lo, min(len(text), lo + rnd.randrange(1, 240))))
        present = 0
        for lo, hi in spans:
            present |= scan(gz, text, lo, hi)[2]
        chosen = extractors_for(gz, text, present)
        assert set(chosen) <= set(extractors_for(gz, text))
        for lo, hi in spans:
            assert (find_candidates(gz, text, lo, hi, None, extractors=chosen)
                    == find_candidates(gz, text, lo, hi, None))
