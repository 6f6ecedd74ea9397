"""Questions put to offices: quotations addressed to an office named before or after them, offices
answering in pairs, unmarked and narrated questions to an office."""

from __future__ import annotations

import re

from loaders.turns import Speaker, find_clues
from loaders.attribution.words import speech_links, speaker_words
from loaders.attribution.spans import CJK_CHAR, clause_end, inside, overlaps, quoted_spans, Utterance
from loaders.attribution.speakers import posts
from loaders.attribution.cues import INNER_QUOTE
from loaders.attribution.told import told_speaker

__all__ = ["addressed_questions", "office_answered_pairs", "unmarked_office_questions", "narrated_office_questions",
           "told_in_turn"]


# A quoted question, or one whose closing mark the page lost ("“…请问X局能否…？7月24日，…“"):
# it then ends at its first question mark.
# (a quoted word inside it, “…“村村通”…”, is part of it)
_TEASER = re.compile(r"“(?:[^“”\n]|“[^“”\n]{1,20}”){6,400}”|“[^“”\n]{6,400}?[？?](?=[^“”\n]*(?:“|\n|$))")


def _put_to_office(quote: str) -> bool:
    """"请问农业农村局能否…", "省发展改革委作为牵头部门，是如何…？": an office the
    question is put to, named right after 请问 or as the subject of the question."""
    from loaders.departments import find_departments, find_field_offices

    # (not a government named with the Party committee, "区委区政府", "市委、市政府": the
    # congress asks the government, the pair is the report's own voice)
    return any((re.search(r"请问[，,]?$", quote[max(0, a - 3):a]) or speech_links().put_to_office.match(quote, b))
               and not re.search(r"委[、和与及]?$", quote[max(0, a - 2):a]) and surface not in speaker_words().bare_government
               for a, b, surface in find_departments(quote) + find_field_offices(quote))


def addressed_questions(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """Quoted questions put to someone by name or office ("“…请问区经信局…？”") with
    no asker named, however many stand in a paragraph: the respondent comes from inside.

    Where the report attributes other speech, a teaser counts only when it stands apart
    (not run into a speaker phrase the cues could not read), names a typed office other
    than a bare 政府, and no attributed exchange is with that office's type already."""
    spans = sorted((u.start, u.end) for u in taken)
    attributed = any(u.kind != "answer" for u in taken)
    asked: set[str] | None = None  # computed when a teaser first needs it
    out = []
    for m in _TEASER.finditer(text):
        a, b = m.span()
        para = m.group(0)
        if overlaps(spans, a, max(b, a + 1)):  # (bisection: a long report has many quotations)
            continue
        if not re.search(r"[？?]", INNER_QUOTE.sub("", para)):
            continue  # (a question quoted inside, ‘…？’, is someone else's, told)
        if re.search(r"[？?]", para) and (office := _office_by_role(para)):
            # "…作为学校主管部门，在…方面采取了哪些措施？": the office named by its role only.
            out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=office)))
            continue
        if re.search(r"[？?]", para) and (named := _offices_named_after(text, b)):
            # "“…？”市发展改革委、市市场监管局都被点了名。": the narration names whom it is put to.
            out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=named)))
            continue
        if re.search(r"[？?]", para) and (_put_to_office(para) or speaker_words().addressed.search(para) and any(
                sp.department or sp.title for _, sp in find_clues(para))):
            # Put to an office or an official, not to a deputy ("请问潘代表" is the reverse).
            for x, y in _split_by_office(text, a, b):
                if not _office_types(text[x:y]) and not any(sp.title or sp.name for _, sp in find_clues(text[x:y])):
                    continue  # "请问你局…": nobody the reader could name
                if attributed:
                    asked = _types_attributed(text, taken) if asked is None else asked
                    if not _stands_apart(text, x, y, asked):
                        continue
                out.append(Utterance("question", Speaker(), x, y, x))
    return out


def office_answered_pairs(text: str, taken: list[Utterance]) -> list[Utterance]:
    """"“…政府打算怎么解决？”" then, with only a line break or a space between, "“县政府已…。”":
    a quoted question standing alone and a quoted statement standing alone right after it
    whose subject is an office or a government (it answers as that office); the speakers are
    told only collectively, if at all ("常委会组成人员会上提问，政府领导当场作答")."""
    from loaders.departments import find_departments

    spans = sorted((u.start, u.end) for u in taken)
    quotes = quoted_spans(text, 0, len(text))
    out = []
    for q, r in zip(quotes, quotes[1:]):
        if text[q[1]:r[0]].strip() or not _stands_alone(text, q[0], r[1]) or overlaps(spans, q[0], r[1]):
            continue
        if not re.search(r"[？?]", text[q[0]:q[1]]) or re.search(r"[？?]", text[r[0]:r[1]]):
            continue
        # the office opens the statement as its subject (not a place or a topic word before it)
        office = next((s for x, _, s in find_departments(text[r[0] + 1:r[1]]) if x == 0), None)
        if office is None:
            continue
        who = Speaker(department=office)
        out.append(Utterance("question", Speaker(), q[0], q[1], q[0], addressee=who))
        out.append(Utterance("answer", who, r[0], r[1], r[0]))
    return out


def _stands_alone(text: str, a: int, b: int) -> bool:
    """Nobody is said to speak ``text[a:b]``: it ends its line or a space follows, and what
    stands before it cannot introduce it (a page line the normaliser joined to it, "…字号：
    [ 大 中 小 ]“…”", is no speaker; "X问“…”", "X：“…”" are)."""
    if b < len(text) and not text[b].isspace():
        return False
    return a == 0 or text[a - 1].isspace() or not (CJK_CHAR.match(text[a - 1]) or text[a - 1] in "：:，,、；;")


# Quotations side by side with no question mark ("“城管局为什么…”“交警为什么…”这样的提问").
_QUOTE_RUN = re.compile(r"(?:“[^“”\n？?。]{4,60}”){1,6}")


def unmarked_office_questions(text: str, taken: list[Utterance]) -> list[Utterance]:
    """Quoted questions written without a question mark, each opening with the office it is
    put to and what it is asked ("“城管局为什么没有…”"), that the narration right after them
    calls questions ("这样尖锐的提问", "等问题"): one unanswered question per office."""
    from loaders.departments import find_departments

    if speech_links().such_questions.search(text) is None:
        return []  # (no narration calls anything questions: most reports, one scan, not one per quotation)
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _QUOTE_RUN.finditer(text):
        if not speech_links().such_questions.match(text, m.end(), min(len(text), m.end() + 20)):
            continue
        for q in re.finditer(r"“[^”]*”", m.group(0)):
            a, b = m.start() + q.start(), m.start() + q.end()
            lead = 3 if text.startswith("请问", a + 1) else 1
            found = find_departments(text[a + lead:b])
            at = a + lead + found[0][1] if found and found[0][0] == 0 else -1
            # (a word or two may come between: "交警平时执法为什么…")
            if at >= 0 and any(speech_links().put_to_office.match(text, at + gap) for gap in range(5)) \
                    and not overlaps(spans, a, b):
                out.append(Utterance("question", Speaker(), a, b, a, addressee=Speaker(department=found[0][2])))
    return out


def _office_by_role(quote: str) -> str | None:
    """The office a question names by its role and puts the question to ("作为教育主管部门，
    下一步…？"), when that role tells its type (a word of it in department_keywords.tsv), or
    the zone it names after 作为…的 ("作为…最集中的X产业园，…采取了哪些措施？")."""
    from loaders.departments import resolve_department

    m = speech_links().role_office.search(quote)
    if m is None or not (m["zone"] or speech_links().put_to_office.match(quote, m.end())):
        return None
    office = m["office"] or m["zone"] + "管委会"  # (a zone answers through its management committee)
    d = resolve_department(office, None)
    return office if d is not None else None


def _offices_named_after(text: str, b: int) -> str | None:
    """The first office the narration right after a quotation names as the one to answer
    it ("“…？”A局、B局都被点了名。", "这道题是A、B等单位都要回答的。"), naming nobody else."""
    from loaders.departments import find_departments

    end = clause_end(text, b, b + 60, "。！？\n“")
    narration = text[b:end]
    if not speech_links().put_to.search(narration) or posts().search(narration):
        return None
    found = find_departments(narration)
    return found[0][2] if found else None


def narrated_office_questions(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """"市农业农村局如何保障…？…是否…？": the narrator's own questions put to the office a
    sentence opens with (after 请问 or as the subject), nobody asking and nobody answering —
    a paragraph of them, or a run inside a paragraph ("…提出问题11个。县法院如何…？…？一个个
    提问…"); the question sentences after the opening one, naming no other office, go with it."""
    from loaders.departments import find_departments

    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for a, b in paragraphs[1:]:
        if "？" not in text[a:b] and "?" not in text[a:b]:
            continue
        quoted = quoted_spans(text, a, b)
        run: tuple[int, int, str] | None = None
        for m in _SENTENCE.finditer(text, a, b):
            x, y = m.span()
            asks = text[y - 1] in "？?"
            lead = 2 if text.startswith("请问", x) else 0
            found = find_departments(text[x + lead:x + lead + 24]) if asks and not inside(quoted, x + 1) else []
            opens = bool(found) and found[0][0] == 0 and bool(
                lead or speech_links().put_to_office.match(text, x + lead + found[0][1]))
            if run is not None and asks and not opens and not find_departments(text[x:y]):
                run = (run[0], y, run[2])  # "…？快速检测室是否…？": the same office asked on
                continue
            if run is not None:
                out.append(run)
                run = None
            if opens:
                run = (x, y, found[0][2])
        if run is not None:
            out.append(run)
    return [Utterance("question", Speaker(), x, y, x, addressee=Speaker(department=office))
            for x, y, office in out
            if y - x >= 12 and not overlaps(spans, x, y) and not told_speaker(text, x, y)]


# A sentence: up to its closing mark (a quotation inside it stays whole).
_SENTENCE = re.compile(r"(?:[^。！？?!“”\n]|“[^“”\n]*”)+(?:[。！？?!]|$)")


def _office_types(span: str) -> set[str]:
    from loaders.departments import find_departments, find_field_offices, resolve_department

    out = set()
    surfaces = [f[2] for f in find_departments(span) + find_field_offices(span)]
    surfaces += [sp.department for _, sp in find_clues(span) if sp.department]
    for surface in surfaces:
        d = resolve_department(surface, None)
        if d is not None:
            out.add(d.type or d.name)  # (an office of no type counts by its name)
    return out


def _types_attributed(text: str, taken: list[Utterance]) -> set[str]:
    """Office types the attributed speech is with: answering offices, offices asked."""
    from loaders.departments import resolve_department

    out: set[str] = set()
    for u in taken:
        for sp in (u.speaker, *u.others, u.addressee):
            if sp is not None and sp.department and (d := resolve_department(sp.department, None)):
                out.add(d.type or d.name)
        if u.kind != "answer":
            out |= _office_types(text[u.start:u.end])
    return out


def _stands_apart(text: str, a: int, b: int, asked: set[str]) -> bool:
    after = text[b:b + 2]
    if after and after[0] not in "“「\n…— " and not after.startswith("……"):
        return False  # "“请问市规划局…？”市人…": a speaker phrase follows, unread
    types = _office_types(text[a:b])
    return bool(types) and "人民政府" not in types and not types & asked


def _split_by_office(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """“请问A局…？B局…如何…？”: one question per office when a later question of the
    quotation opens with another office than the ones asked before it."""
    from loaders.departments import find_departments

    cuts, asked = [a], set()
    start = a
    for q in re.finditer(r"[？?]", text[a:b]):
        end = a + q.end()
        sentence = text[start:end]
        found = find_departments(sentence)
        opens = found and found[0][0] <= 1
        names = {f[2] for f in found}
        if opens and asked and not names & asked and start > a:
            cuts.append(start)
        asked |= names
        start = end
    return [(x, y) for x, y in zip(cuts, cuts[1:] + [b])]


def told_in_turn(text: str, paragraphs, taken: list[Utterance], people) -> list[Utterance]:
    """"第一个起身发问的是委员X。她的问题分两头：先问省粮食局，…；再问省财政厅，…。": a
    member's question told as put to offices in turn, one question to each office, the member
    named opening the sentence or, by a pronoun, before it in the paragraph. A question of that
    member read whole over the parts ("她的问题分两头：…") gives way to them; returns ``taken``
    with the parts."""
    from loaders.asked_in_turn import asked_in_turn_told, may_ask_in_turn
    from loaders.attribution.names import member_opening
    from loaders.attribution.speakers import mentioned_person

    if "问" not in text or not may_ask_in_turn(text):
        return taken  # (no sentence can open a first address: none is split and searched)
    out = list(taken)
    for pa, pb in paragraphs:
        for m in _SENTENCE.finditer(text, pa, pb):
            x, y = m.span()
            parts = asked_in_turn_told(text, x, y)
            if parts is None or inside(quoted_spans(text, pa, pb), parts[0][0]):
                continue
            sp = member_opening(text, x, people)
            if sp is None and text[x:x + 1] in speaker_words().one_char_pronouns:
                sp = mentioned_person(text, pa, x)
            if sp is None or not sp.role:
                continue
            lo = parts[0][0]
            over = [u for u in out if u.start < y and lo < u.end]
            if any(u.kind not in ("question", "follow_up") or (u.speaker.name and u.speaker.name != sp.name) for u in over):
                continue  # (someone else's speech there: no question told in parts)
            out = [u for u in out if u not in over]
            for a, b, office in parts:
                out.append(Utterance("question", sp, a, b, a, Speaker(department=office)))
    return out
