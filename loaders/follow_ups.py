"""Follow-up marks of label layouts: what makes a labelled question a 追问.

A 追问 (a follow-up of the exchange before) is written in many ways besides the verb of
its label ("委员X追问："): a bracketed mark before the label or on a heading line of its
own ("4.（追问）委员X：", "第二问（追问）"), a table cell ("（追问）"), a speech that opens by
saying so ("我再追问一句，…", "追问一下：…"), or a short quoted re-ask by the member who
asked last, right after the answer ("X：“那小型工程呢？”"). Words are data
(``data/follow_up_markers.tsv``).
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation, read_groups
from loaders.departments import head_posts

__all__ = ["marked_head", "is_marker_line", "is_marker_cell", "is_follow_up_label", "opens_follow_up", "is_quoted_reask",
           "names_follow_up", "asks_again", "addressed_surname", "takes_up_again", "cites_answer", "MARKER_USES"]

MARKER_USES = ("marker", "lead", "tail", "again", "short", "taken_up", "takes_up", "cites", "cites_verb")




@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = read_groups("follow_up_markers.tsv", MARKER_USES)
    # An official addressed by surname and post before the speech's words ("李局长，", "严副市长，").
    vocative = rf"(?:[\u4e00-\u9fff]{{1,2}}副?(?:{head_posts()})[，,])?"
    marker, lead, tail, again, short, taken_up, takes_up, cites, cites_verb = (
        alternation(sorted(words[u], key=len, reverse=True)) for u in MARKER_USES)
    # ("（追问第1题）": the question of a numbered list it follows up, named in the mark)
    bracket = rf"[（(【\[](?:{marker})(?:第[一二三四五六七八九十\d]{{1,3}}个?(?:问题|题|问))?[）)】\]]"
    number = r"第?[一二三四五六七八九十\d]{1,3}[问题个]?[、.．：:]?\s*"  # 第二问, 问题3 is no marker line
    # "【问题四】追问：…", "问题四：追问：…": a numbered item's heading (data/numbered_headings.tsv),
    # bracketed or closed by a stop, then the mark and the heading's title after a colon
    nh = read_groups("numbered_headings.tsv", ("before", "after"))
    numeral = r"[一二三四五六七八九十\d]{1,3}"
    item = (rf"(?:(?:{alternation(nh['before'])}){numeral}|第?{numeral}(?:{alternation(nh['after'])}))")
    return {
        # "（追问）委员X" / "委员X（追问）": the mark around a label's speaker.
        # "第二问（追问） 委员X" (a marker line run into its label when a page is flattened).
        "head": re.compile(rf"^\s*(?:{number})?{bracket}\s*(?P<a>.+)$|^(?P<b>.+?)\s*{bracket}\s*$"),
        # "第二问（追问）", "（追问）", "【追问】", "追问一" on a line of their own.
        "line": re.compile(rf"^\s*(?:{number})?(?:{bracket}|(?:{marker})[一二三四五六七八九十\d]{{0,2}})\s*[：:]?\s*$"),
        "item": re.compile(rf"^\s*(?:[【\[]{item}[】\]]|{item}[、.．：:])\s*(?:{marker})[：:][^。！：:]{{2,40}}$"),
        # "五、关于人才公寓分配（追问）": a numbered topic heading, the bracketed mark closing it
        "item_tail": re.compile(rf"^\s*(?:[【\[]{item}[】\]]|{item}[、.．：:]|{numeral}[、.．])\s*"
                                rf"[^。！？：:\n（(]{{2,40}}?\s*{bracket}\s*$"),
        "cell": re.compile(rf"^\s*(?:{bracket}|(?:{marker}))\s*$"),
        "label": re.compile(rf"^(?:{lead}){{0,3}}(?:{marker})(?:{tail})$"),
        # ("X委员提的问题，我再追问一句。": a clause naming the question pressed on may come first)
        # ("严副市长，我再追问一句。": the official addressed first, by surname and post)
        # ("我再追问冯院长一句。": the official pressed named between the mark and its tail)
        "opener": re.compile(rf"^\s*{vocative}(?:[^，。？！：:“”\n]{{1,12}}?(?:{taken_up})[，,]?)?(?:{lead}){{0,3}}(?:{marker})"
                             rf"(?:[\u4e00-\u9fff]{{1,2}}副?(?:{head_posts()}))?(?:{tail})?[：:，,。]"),
        # ("王局长，你刚才提到“某某”，我想接着问：…": the answer cited between the address and the asking;
        # a colon closes the asking without its tail)
        "again": re.compile(rf"^\s*{vocative}(?:[你您]?(?:{cites})[^，。？！：:\n]{{1,24}}[，,])?(?:{lead}){{0,3}}(?:{again})"
                            rf"(?:(?:{short})[：:，,。]|[：:])"),
        # "宁局长，": the official the speech opens addressing, by surname (group 1) and post
        "addressed": re.compile(rf"^\s*([\u4e00-\u9fff]{{1,2}}?)副?(?:{head_posts()})[，,]"),
        # "我接着X委员的问题再问一句。": another member's question taken up, then asking again
        # (and the office asked named after it: "…再问一下市财政局。")
        "taken_again": re.compile(rf"^\s*(?:{lead}){{0,3}}(?:{takes_up})[^，。？！：:“”\n]{{1,10}}?的(?:问题|话题|問題|話題)"
                                  rf"[，,]?(?:{lead}){{0,3}}(?:{again}|{marker})(?:{short}|{tail})?"
                                  rf"[^，。？！：:“”\n]{{0,12}}?[：:，,。]"),
        # "刚才王局长说经费已经落实，缺口到底多大？": the answer just given, cited by its official
        # (one official by surname and post, not "刚才几个部门都提到…")
        "cites": re.compile(rf"^\s*(?:{cites})[\u4e00-\u9fff]{{1,2}}副?(?:{head_posts()})(?:{cites_verb})"),
        "word": re.compile(marker),
    }


def marked_head(head: str) -> str | None:
    """The label without its bracketed 追问 mark ("（追问）市人大常委会委员 X" → "市人大常委会委员 X"),
    else None when the head carries no mark."""
    # (either way the mark holds a marker word: a head without one, as nearly every line asked
    # about, is found by one scan for the words' first characters, where the lazy head tried a
    # bracket after each of its characters)
    if _patterns()["word"].search(head) is None:
        return None
    m = _patterns()["head"].match(head)
    if m is None:
        return None
    return (m["a"] or m["b"]).strip()


def is_marker_line(paragraph: str) -> bool:
    """A line that only marks the next question a 追问 ("第二问（追问）", "【追问】"), or a numbered
    item's heading that says so before its title ("【问题四】追问：资金如何拨付") or after it in
    brackets ("五、关于人才公寓分配（追问）")."""
    p = _patterns()
    return bool(p["line"].match(paragraph) or p["item"].match(paragraph) or p["item_tail"].match(paragraph))


def is_marker_cell(cell: str) -> bool:
    """A table cell that only says 追问 ("（追问）", "补充询问")."""
    return bool(_patterns()["cell"].match(cell))


def is_follow_up_label(head: str) -> bool:
    """A label word that says 追问 with a tail ("追问一下", "我再追问一句")."""
    return bool(_patterns()["label"].match(head))


def opens_follow_up(speech: str) -> bool:
    """A member's speech that opens by saying it follows up ("我再追问一句，…", "追问一下：…")."""
    return bool(_patterns()["opener"].match(speech))


def asks_again(speech: str) -> bool:
    """A speech that opens by asking again, briefly, with no 追问 ("我接着问一句。…", "再问一下：…",
    "李局长，您刚才说到补贴，我想接着问：…"): a follow-up when the member who asked last says it right
    after the answer, or another member addressing the official who just answered."""
    return bool(_patterns()["again"].match(speech))


def addressed_surname(speech: str) -> str | None:
    """The surname of the official a speech opens addressing ("宁局长，…" → 宁), else None."""
    m = _patterns()["addressed"].match(speech)
    return m[1] if m is not None else None


def takes_up_again(speech: str) -> bool:
    """A speech that opens by taking up the question before and asking again ("我接着X委员的问题再问
    一句。…"): a follow-up by whichever member says it right after the answer."""
    return bool(_patterns()["taken_again"].match(speech))


def cites_answer(speech: str) -> bool:
    """A speech that opens by citing what the official just said ("刚才王局长说…，…？"): said right
    after the answer, briefly, it presses on that answer, whichever member says it."""
    return bool(_patterns()["cites"].match(speech))


def names_follow_up(speech: str) -> bool:
    """A chair's line that speaks of a 追问 ("韦委员还有追问吗？", "请王委员追问"): the same
    member asking next follows up."""
    return _patterns()["word"].search(speech) is not None


_QUOTED_QUESTION = re.compile(r"^\s*“[^“”]{2,80}[？?]”\s*$")


def is_quoted_reask(speech: str) -> bool:
    """A speech that is nothing but one short quoted question (“那小型工程呢？”)."""
    return bool(_QUOTED_QUESTION.match(speech))
