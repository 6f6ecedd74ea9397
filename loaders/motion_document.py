"""A 质询案 as filed, with the office's written answer under it: the questions numbered, the answer
in numbered parts.

A congress keeps a 质询案 on file as a form ("领衔代表：X", "附议代表：…", "质询对象：…", then the
case and "提出质询：（一）…？（二）…？"), and under it the office's letter ("某局 / 关于…第N号质询案的
答复 / …一、关于…二、关于… / 局长：Y"). Neither reading finds the exchanges there: the form's
fields read as labels ("领衔代表：" a member named 领衔) and the letter names nobody speaking.

Read here: the lead signer asks each numbered question; the letter's parts headed 关于… answer
them in order, signed by the office head at the letter's foot; a part that passes the question to
another office for a later written answer (data/answer_deferred.txt) answers nothing, the office
it names was asked. Only when the questions and the letter's parts match one to one.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation, read_groups
from loaders.departments import find_departments, head_posts
from loaders.exchanges import deferred_words
from loaders.turns import Speaker, Turn

__all__ = ["letter_parts", "motion_document_turns", "motion_words", "office_signing", "passed_on"]

# (the fields, headings and parts open a line, or follow a space where a page was flattened to one line)
_LEAD = re.compile(r"(?:^|(?<=\s))领衔(?:代表|人)[：:]\s?(?P<name>[\u4e00-\u9fff·]{2,8}?)(?=[（(\s]|$)", re.M)
_NUMBERED = re.compile(r"[（(][一二三四五六七八九十][）)]")
# ("某局关于…质询案的答复": the writing office may open the heading's line)
_LETTER = re.compile(r"(?:^|(?<=\s))(?:[^\s关]{2,30}?)?关于[^\n。，]{0,80}?质询案?的(?:答复|回复)(?=\s|$)", re.M)
# "一、关于…" on a line of its own, or "关于第一项质询事项。" opening the part's paragraph
# ("…现答复如下：关于第一项质询事项。…": on a page flattened to one line the part runs on after the colon)
_PART = re.compile(r"(?:^|(?<=\s))[一二三四五六七八九十]{1,2}、(?P<about>关于)?[^\n。，；：]{0,40}?(?=\s|$)"
                   r"|(?:^|(?<=[\s：:]))(?P<item>关于第[一二三四五六七八九十\d]{1,2}[项个条][^\n。，；：]{0,12}?。)", re.M)
_SECTION = re.compile(r"\n[一二三四五六七八九十]{1,2}、")
_CLOSE = re.compile(r"(?:^|(?<=\s))(?:以上答复|特此答复|此复)", re.M)
# "请县某局、县某局负责人作出答复。" after the questions
_REQUEST = re.compile(r"(?:^|(?<=[\s。？?]))请[^。\n]{2,60}?答复", re.M)
# "局长：X某" / "局长 X某" at the letter's foot (a name of two or three characters)
_SIGNED = re.compile(rf"(?P<title>副?(?:{head_posts()}))[：:\s]\s?"
                     r"(?P<name>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")


@functools.lru_cache(maxsize=1)
def motion_words() -> dict[str, tuple[str, ...]]:
    """The words of data/motion_words.tsv by use (this module's and loaders/motion_reply.py's)."""
    return read_groups("motion_words.tsv", ("asked_field", "hand_on", "reply_opens", "reply_closes", "signer_then",
                                                 "signs"))


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    w = motion_words()
    return {
        "asked": re.compile(r"(?:提出|现提出)(?:以下|如下)?质询[：:]|质询(?:以下|如下)问题[：:]"
                            rf"|(?:{alternation(w['asked_field'])})[：:]"),
        "hand_on": re.compile(alternation(w["hand_on"])),
    }


def motion_document_turns(text: str) -> list[Turn]:
    """The question and answer turns of a filed 质询案 and its written answer, else []."""
    if "质询" not in text or (lead := _LEAD.search(text)) is None:
        return []
    asked = _words()["asked"].search(text, lead.end())
    letter = _LETTER.search(text, asked.end()) if asked else None
    if asked is None or letter is None:
        return []
    questions = _questions(text, asked.end(), letter.start())
    parts = letter_parts(text, letter.end())
    if not questions or len(parts) != len(questions):
        return []
    signed = None
    for signed in _SIGNED.finditer(text, parts[-1][1]):
        pass
    office = office_signing(text, signed.start()) if signed is not None else None
    office = office or _office_before(text, letter.start())
    if signed is None or office is None:
        return []
    asker = Speaker(name=lead["name"], role="代表")
    head = Speaker(name=signed["name"], title=signed["title"], department=office)
    turns: list[Turn] = []
    for (qa, qb), (pa, pb) in zip(questions, parts):
        turns.append(Turn("question", asker, qa, qa, qb, ((qa, qb),)))
        passed = passed_on(text, pa, pb)
        if passed is not None:
            at, other = passed  # "…转交另一部门书面答复": that office asked, nothing answered
            turns.append(Turn("answer", Speaker(department=other), at, at, at, ((at, at),)))
        else:
            turns.append(Turn("answer", head, pa, pa, pb, ((pa, pb),)))
    return turns


def _questions(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The numbered questions ("（一）…？（二）…？") between the asking words and the letter, up
    to the request for an answer ("请…作出答复") or the end of their paragraph."""
    request = _REQUEST.search(text, a, b)
    end = request.start() if request else b
    marks = list(_NUMBERED.finditer(text, a, end))
    if not marks:
        return []
    out = []
    for m, n in zip(marks, marks[1:] + [None]):
        qb = n.start() if n is not None else end
        if n is None and (head := _SECTION.search(text, m.end(), qb)) is not None:
            qb = head.start()  # ("…整治措施。\n二、答复\n某局关于…的答复": the page's next section)
        out.append((m.end(), qb))
    return out


def letter_parts(text: str, a: int) -> list[tuple[int, int]]:
    """The letter's parts headed "一、关于…" (spans of their text under the heading), up to its
    closing words; parts headed otherwise ("四、下一步工作打算") answer no question."""
    close = _CLOSE.search(text, a)
    end = close.start() if close else len(text)
    heads = list(_PART.finditer(text, a, end))
    out = []
    for m, n in zip(heads, heads[1:] + [None]):
        if m["about"] is None and m["item"] is None:
            continue
        out.append((m.end() + (m["item"] is None), n.start() - 1 if n is not None else end))
    return out


def office_signing(text: str, at: int) -> str | None:
    """The office named at the letter's foot before its head's post ("某局\n局长：Y", "某局局长：Y")."""
    return _last_office(text[text.rfind("\n", 0, max(0, text.rfind("\n", 0, at))) + 1:at])


def _office_before(text: str, letter: int) -> str | None:
    """The office writing the letter: the line right above its heading."""
    return _last_office(text[text.rfind("\n", 0, max(0, letter - 1)) + 1:letter])


def _last_office(lines: str) -> str | None:
    found = find_departments(lines.strip())
    return found[-1][2] if found else None


def passed_on(text: str, a: int, b: int) -> tuple[int, str] | None:
    """Where a part passing the question to another office for a written answer ends its words
    of deferral, and that office."""
    for m in deferred_words().finditer(text, a, b):
        s0 = max(a, *(text.rfind(p, a, m.start()) + 1 for p in "。；\n"))
        found = find_departments(text[s0:m.start()])
        if found:
            return m.end(), found[-1][2]
    for m in _words()["hand_on"].finditer(text, a, b):
        # "我局已将该事项转交区某局，由其另行作出答复。": the office it is handed to (the turn stands
        # where that clause opens: no clause of it is read as an answer reported)
        s1 = min(x for x in (*(text.find(p, m.end(), b) for p in "，。；\n"), b) if x >= 0)
        found = find_departments(text[m.end():s1])
        if found:
            return max(a, *(text.rfind(p, a, m.start()) + 1 for p in "，。；\n")), found[0][2]
    return None
