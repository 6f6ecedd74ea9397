"""Rules a body says it set up, named unquoted: 建立了米粉进货查验登记制度, 建立并实行代表接待日制度.

A verb of instituting (``institution_verbs`` in entity_patterns.yaml: 建立了, 建立并实行,
实行, 推行 …) right before a run of words ending in an institution head (``institution_heads``:
制度) names the rule it set up. Improving or perfecting (完善, 健全) names an area of work,
not one rule (完善基层民主制度), and 机制 ends too many descriptions (建立长效的监管机制),
so neither is a lead or a head here. A 的, a numeral or a generic modifier at the start
(一套制度, 相关制度) makes it a description; a known tool right before the head (实行科技特派员制度) is the dictionary's.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok, policy_category, tokens, words_rx
from loaders.resolve import Candidate

__all__ = ["instituted_candidates", "may_find"]


@functools.lru_cache(maxsize=8)
def _instituted_re(verbs: tuple[str, ...], heads: tuple[str, ...], not_before: tuple[str, ...]) -> re.Pattern[str]:
    # the name: 4–14 characters of words before the head, no punctuation, no 的
    return re.compile(rf"(?:{alternation(verbs)})([^\W\d_的]{{4,14}}?(?:{alternation(heads)}))"
                      rf"(?![\u4e00-\u9fff]{{0,1}}(?:{alternation(not_before)}))")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a rule's head word, which the pattern ends with (a plain
    scan for the heads is far cheaper than the pattern), or a subsidy's."""
    return (words_rx(gz.patterns.institution_heads).search(text, lo, hi) is not None
            or words_rx(gz.patterns.subsidy_heads).search(text, lo, hi) is not None)


@functools.lru_cache(maxsize=8)
def _subsidy_re(verbs: tuple[str, ...], heads: tuple[str, ...], followers: tuple[str, ...]) -> re.Pattern[str]:
    # the subsidy: 2–10 characters of words, then its head, right before the word for its rules
    return re.compile(rf"(?:{alternation(verbs)})([^\W\d_的]{{2,10}}?(?:{alternation(heads)}))(?={alternation(followers)})")


def _subsidies(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """出台了某某入职奖补政策: the subsidy issued, named before the word for its rules."""
    p = gz.patterns
    out: list[Candidate] = []
    for m in _subsidy_re(p.subsidy_verbs, p.subsidy_heads, p.subsidy_followers).finditer(text, lo, hi):
        start, end = m.start(1), m.end(1)
        if (lead := next((w for w in p.subsidy_beneficiaries if text.startswith(w, start, end)), None)) \
                and end - start - len(lead) >= 4:
            start += len(lead)  # 企业研发费用后补助: who gets it is no part of its name
        head = next(h for h in sorted(p.subsidy_heads, key=len, reverse=True) if text.endswith(h, start, end))
        name = text[start:end]
        lead = next((w for w in p.generic_modifiers if name.startswith(w)), "")
        toks = tokens(gz, text, start, end)
        # 相关补贴: a kind; 财政补贴: one word of the lexicon; 加装电梯补助: a verb and its object tell
        # what is paid for, no subsidy's name
        short = (len(name) - len(lead) - len(head) < 2 or len(toks) < 2
                 or ((toks[0].tag or "").startswith("v") and len(toks[0].text) >= 2))
        if text[end - len(head) - 1] == "券" and end - len(head) - start >= 3:
            end -= len(head)  # 某某券补贴办法: the voucher is the tool
            name = text[start:end]
        if (name[0] in p.numeral_chars or short
                or not name_ok(gz, name) or gz.entry_for("PolicyTool", name) is not None
                or (name.endswith(p.subsidy_heads) and _known_tool_before_head(gz, name, p.subsidy_heads))):
            continue  # 一次性补贴, 相关补贴, a known tool: a description or the dictionary's
        # the rules it is paid by (某某补助办法) are in the mention, not the name: readers write either
        rules = next((w for w in p.subsidy_rule_words if text.startswith(w, end, hi)), "")
        out.append(Candidate("PolicyTool", start, end + len(rules), name, "pattern", 1, policy_category(gz, name), None))
    return out


def instituted_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    if not may_find(gz, text, lo, hi):
        return out
    out += _subsidies(gz, text, lo, hi)
    for m in _instituted_re(p.institution_verbs, p.institution_heads, p.institution_not_before).finditer(text, lo, hi):
        name = m.group(1)
        if (not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name[0] in p.numeral_chars
                or any(name.startswith(w) for w in p.generic_modifiers) or not name_ok(gz, name)):
            continue
        if _known_tool_before_head(gz, name, p.institution_heads):
            continue  # 实行科技特派员制度: the dictionary's 科技特派员, with its rule word
        if _known_tool_joined(gz, name):
            continue  # 推行联审联办和建筑师负责制: two tools, the dictionary names both
        start = m.start(1) + _joined_rest(gz, name)
        name = text[start:m.end(1)]
        out.append(Candidate("PolicyTool", start, m.end(1), name, "pattern", 1, policy_category(gz, name), None))
    return out


def _known_tool_before_head(gz: Gazetteer, name: str, heads: tuple[str, ...]) -> bool:
    prefix = name[:-len(next(h for h in heads if name.endswith(h)))]
    return any(end == len(prefix) - 1 and any(gz.entries[i].type == "PolicyTool" for i, _ in targets)
               for end, (_form, targets) in gz.automaton.iter(prefix))


def _known_tool_joined(gz: Gazetteer, name: str) -> bool:
    """Whether ``name`` opens with a known tool and a joining word."""
    for w in gz.patterns.name_joiners:
        i = name.find(w)
        if i > 0 and gz.entry_for("PolicyTool", name[:i]) is not None:
            return True
    return False


def _joined_rest(gz: Gazetteer, name: str) -> int:
    """实行了施工图审查和工程质量终身责任制: two rules joined, the head naming the last; where
    the last is a name of four characters or more on its own, it starts after the joiner
    (an offset into ``name``; 0 keeps it whole)."""
    best = 0
    for w in gz.patterns.name_joiners:
        i = name.rfind(w)
        if i > 0 and len(name) - i - len(w) >= 4:
            best = max(best, i + len(w))
    return best

