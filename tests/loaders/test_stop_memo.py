"""walker.is_stop remembers its answer for a word that is not plain by the texts and tags of the
word and its two neighbours: the tests read no position, so a remembered answer is the one the
tests give anew, wherever the three words stand."""

from __future__ import annotations

import itertools
import random

import loaders.mentions.walker as W
from loaders.gazetteer import get_gazetteer
from loaders.mentions.walker import Tok, is_stop, tokens

# our own phrases around suffixes: verbs, numerals, places, positions, stop words and name words
_PHRASES = ["推动重大项目建设", "谋划储备一批重点项目", "加快建设某某新材料产业园", "全市三大产业集群",
            "依托沿海港口发展临港产业链", "县城东部工业园区", "经开区年产20万吨项目", "在和县医药公司",
            "第二热源厂替代项目", "青竹湖新区", "由恒钛集团牵头", "做强清洁能源装备产业链",
            "支持企业建设省级重点实验室", "沿线乡镇净水厂", "用好中国某某试验区", "五菱汽车产业园"]


def _triples(gz):
    out = []
    for phrase in _PHRASES:
        toks = tokens(gz, phrase, 0, len(phrase))
        for i, tok in enumerate(toks):
            right = toks[i + 1] if i + 1 < len(toks) else None
            left = toks[i - 1] if i > 0 else None
            out.append((tok, right, left))
    return out


def _moved(tok: Tok | None, by: int) -> Tok | None:
    return None if tok is None else Tok(tok.text, tok.start + by, tok.tag)


def test_remembered_answers_are_the_tests_answers_anywhere():
    gz = get_gazetteer()
    triples = _triples(gz)
    rnd = random.Random(27)
    # the neighbours of one word put next to another's: pairs no phrase holds, asked in any order
    words = [t for t, _, _ in triples]
    triples += [(rnd.choice(words), rnd.choice(words + [None]), rnd.choice(words + [None])) for _ in range(400)]
    W._STOPS.clear()
    for tok, right, left in triples:
        want = False if W._plain(gz, tok.text, tok.tag or "") else W._stops_walk(gz, tok, right, left)
        for by in (0, 7, 1000):
            got = is_stop(gz, _moved(tok, by), _moved(right, by), _moved(left, by))
            assert got == want, (tok, right, left)
    assert W._STOPS  # (the words that are not plain were remembered)


def test_stops_and_goes_on_as_the_walk_needs():
    gz = get_gazetteer()
    W._STOPS.clear()
    # 一批 (a count) before 项目 stops the walk; 重大 before it, a name word of its own, does not
    for _ in range(2):  # (asked twice: the remembered answer)
        assert is_stop(gz, Tok("一批", 4, "m"), Tok("项目", 6, "n"), Tok("储备", 2, "vn"))
        assert not is_stop(gz, Tok("产业园", 4, "n"), Tok("项目", 7, "n"), Tok("材料", 2, "n"))


def test_remembered_evidence_is_the_tests_answer_anywhere():
    # walker.has_evidence is remembered the same way, by its words' texts and tags
    gz = get_gazetteer()
    runs = []
    for phrase in _PHRASES + ["广水文旅投资集团", "柳集河清淤工程", "中山东路立体停车楼", "五菱汽车", "ABC智能制造产业园"]:
        toks = tokens(gz, phrase, 0, len(phrase))
        runs += [toks[i:j] for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)]
    W._EVIDENCE.clear()
    for toks, tags_count, by in itertools.product(runs, (False, True), (0, 5, 300)):
        moved = [_moved(t, by) for t in toks]
        want = W._has_evidence(gz, toks, tags_count)
        assert W.has_evidence(gz, moved, tags_count=tags_count) == want, (toks, tags_count)
    assert any(W._EVIDENCE.values()) and not all(W._EVIDENCE.values())  # (both answers met)
