"""A 质询案 a report tells with the office's written answer to it, then what was asked at the sitting.

Congress bulletins, notices and news pieces on a 质询 tell the motion and who led it (委员X、Y…5人联名
提出《…质询案》, X等12名代表联名, 由委员X领衔, or a form's 领衔代表：X / 提出人：X（领衔）), then the
office's written answer: a letter ("…现答复如下：…特此答复。" signed "某局局长 Y" or "局长：Y" at its foot)
or a summary of it ("局长Y代表该局作出书面答复。答复称，…", "由局长Y签发的书面答复报告…主要内容如下："),
and perhaps the sitting after it: the lead signer pressing on, other members asking other offices. The
speech readings find the sitting's questions, not the motion (nobody is quoted asking it, and the letter
names nobody speaking), so the motion's exchange was lost and the lead signer's 追问 led the page.

Read here: the lead signer asks the motion; the written answer answers it, by the office head who signed
it or is told giving it (else by the office, unnamed). The turns the other readings find after the answer
follow; the lead signer's own next question presses on the motion (a follow-up). Where the letter answers
the motion in parts headed 关于… and one part hands its question on to another office for a later answer,
each part is an exchange (the writers' reading: the question handed on is unanswered, that office was
asked); else the motion is one exchange, however many questions it numbers.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from loaders.datafiles import alternation
from loaders.departments import find_departments, head_posts
from loaders.motion_document import motion_words, passed_on
from loaders.narrated import motion_signer
from loaders.turns import Speaker, Turn, may_name_speaker, surnames

__all__ = ["written_reply_turns"]

# a form's field naming the lead signer: "领衔代表：X", "提出人：X（领衔）、Y、…"
_FIELD = re.compile(r"(?:^|(?<=\s))(?:领衔(?:代表|人|委员)|提出人|质询人)[：:]\s?(?P<name>[\u4e00-\u9fff]{2,3}?)"
                    r"(?=[（(、，,\s]|$)", re.M)
# the names signing a motion, listed before their count ("A、B、C等6人", "A、B5人")
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等?(?:\d+|[一二两三四五六七八九十]+)(?:名|位|人)")
# a letter's part answering one question: "二、关于…" opening its line
_PART = re.compile(r"^[一二三四五六七八九十]{1,2}、关于", re.M)
# the next section of the report ("三、会议审议情况" opening its line; a letter's parts open with 关于)
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,2}、(?!关于)", re.M)
# how far past the letter's closing words its signature may stand (office, post and name, date)
_FOOT = 80
# how far before the answer's opening words the sentence telling who gave it may start
_TOLD_BEFORE = 200


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = motion_words()
    return {
        "opens": re.compile(alternation(w["reply_opens"]) + "[：:，,]?"),
        "closes": re.compile(alternation(w["reply_closes"])),
        # an office head's post and name: "局长：Y", "局长 Y", "局长Y代表该局…" (the name's end read below)
        "signed": re.compile(rf"(?P<title>副?(?:{head_posts()}))[：:\s]{{0,2}}(?P<run>[\u4e00-\u9fff]{{2,8}})"),
        "then": re.compile(alternation(w["signer_then"])),
        "signs": re.compile(alternation(w["signs"])),
    }


def written_reply_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """The 质询案 ``text`` tells with the office's written answer, as question and answer turns,
    followed by those of ``turns`` after the answer; ``turns`` when no such motion and answer are read."""
    if "质询" not in text:
        return turns
    motion = _motion(text)
    if motion is None:
        return turns
    asker, qa, qb = motion
    reply = _reply(text, qb, turns)
    if reply is None:
        return turns
    ra, rb, told = reply
    head = _head(text, told, rb, qa) or _head_signing_after(text, rb, qa)
    if head is None:
        # an answer signed by the office alone (its name over the date), or told given by it
        office = _signing_office(text, ra, rb) or _first_office_in(text, told, ra)
        if office is None:
            return turns
        head = Speaker(department=office)
    out = _parts_answered(text, asker, head, ra, rb)
    if out is None:
        out = [Turn("question", asker, qa, qa, qb, ((qa, qb),)),
               Turn("answer", head, ra, ra, rb, ((ra, rb),))]
    before = [t for t in turns if t.end <= qa]  # (what the report read before the motion stays)
    put_off = _motions_put_off(text, asker, qb, ra, rb)
    # (a motion told before the answer follows it; one told after it stands in its place among the turns)
    out += [t for t in put_off if t.start < rb]
    after = [t for t in turns if t.start >= rb]
    first = next((i for i, t in enumerate(after) if t.kind in ("question", "follow_up")), None)
    if first is not None and after[first].kind == "question" \
            and after[first].speaker.name in (asker.name, *_cosigners(text[:ra], asker.name)):
        # a signer of the motion (its lead or one named beside) asking first after the answer presses on it
        after[first] = dataclasses.replace(after[first], kind="follow_up")
    later = [t for t in put_off if t.start >= rb]
    for i in range(0, len(later), 2):
        at = next((k for k, t in enumerate(after) if t.start > later[i].start), len(after))
        after[at:at] = later[i:i + 2]
    return before + out + after


def _cosigners(text: str, lead: str | None) -> tuple[str, ...]:
    """The names ``text`` lists signing the motion with its lead ("委员A、B、C等6人联名")."""
    for m in _LISTED.finditer(text):
        names = m.group(1).split("、")
        if lead in names:
            return tuple(names)
    return ()


def _motion(text: str) -> tuple[Speaker, int, int] | None:
    """The lead signer of the 质询案 and the span telling the motion (its form's field's line, or the
    sentence naming the signers)."""
    field = _FIELD.search(text)
    told = motion_signer(text)
    if field is not None and (told is None or field.start() < told[1]):
        name = field["name"]
        if name[0] not in surnames() or not may_name_speaker(name):
            return None
        a = text.rfind("\n", 0, field.start()) + 1
        b = text.find("\n", field.end())
        return Speaker(name=name, role="代表"), a, (len(text) if b < 0 else b)
    return told


def _reply(text: str, at: int, turns: list[Turn]) -> tuple[int, int, int] | None:
    """Where the office's written answer after ``at`` starts and ends (from its opening words to its
    closing words and signature, the report's next section, or the next question read), and where the
    text before its opening words that may tell who gave it starts (their line, at most _TOLD_BEFORE
    characters back)."""
    p = _patterns()
    opened = p["opens"].search(text, at)
    if opened is None:
        return None
    ra = opened.end()
    while ra < len(text) and text[ra].isspace():
        ra += 1
    ends = [len(text)]
    if (closed := p["closes"].search(text, ra)) is not None:
        ends.append(min(len(text), closed.end() + _FOOT))
    elif text[ra - 1] != "\n" and (line_end := text.find("\n", ra)) > 0:
        # ("…联合答复称：…。" told in its paragraph, no letter's closing words after: the answer ends with it)
        ends.append(line_end)
    if (section := _SECTION.search(text, ra)) is not None:
        ends.append(section.start() - 1)
    ends += [t.start for t in turns if t.start > ra and t.kind in ("question", "follow_up")]
    rb = min(ends)
    told = max(at, opened.start() - _TOLD_BEFORE, text.rfind("\n", 0, opened.start() - 1) + 1)
    return ra, rb, told


def _head(text: str, a: int, b: int, qa: int) -> Speaker | None:
    """The office head who signed the answer or is told giving it, between ``a`` and ``b``, with the
    office (:func:`_office`); else None."""
    p = _patterns()
    for m in p["signed"].finditer(text, a, b):
        name = _name(m["run"])
        if name is None:
            continue
        office = _office(text, m.start("title"), qa, a)
        if office is None:
            continue
        return Speaker(name=name, title=m["title"], department=office)
    return None


def _motions_put_off(text: str, first: Speaker, qb: int, ra: int, rb: int) -> list[Turn]:
    """Each further 质询案 the report tells, outside the answer, as asked and not answered here ("另，
    委员Z等5人联名提出的《…质询案》，…由某局在下次常委会会议上作出答复"): its lead signer asks, the office
    its sentence names last was asked."""
    out: list[Turn] = []
    at = qb
    while (found := motion_signer(text[at:])) is not None:
        asker, a, b = found
        a, b = a + at, b + at
        at = b
        if ra <= a < rb or asker.name == first.name:
            continue  # (inside the answer, or the same motion told again: "某局关于X等12名代表质询案的答复")
        office = _office_in(text, a, b)
        if office is None:
            continue
        # (the question runs to its paragraph's end, where the office asked stands answering nothing)
        end = text.find("\n", b)
        end = len(text) if end < 0 else end
        out += [Turn("question", asker, a, a, end, ((a, end),)),
                Turn("answer", Speaker(department=office), end, end, end, ((end, end),))]
    return out


def _office(text: str, at: int, qa: int, told: int) -> str | None:
    """The office whose head's post stands at ``at``: named before the post on its line ("某局局长 Y"),
    on a signature line right above or below it ("某局\n局长：Y", "局长：Y\n某局"), in the report
    between the motion and the answer ("交由某局书面答复"), else the letterhead above the motion."""
    line_start = text.rfind("\n", 0, at) + 1
    if found := _office_in(text, line_start, at):
        return found
    above_end = line_start - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)]
    line_end = text.find("\n", at)
    below = "" if line_end < 0 else text[line_end + 1:(text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1]
    for line in (above, below):
        if _signature_line(line) and (found := _office_in(line, 0, len(line))):
            return found
    return _office_in(text, qa, told) or _office_in(text, 0, qa)


def _signing_office(text: str, ra: int, rb: int) -> str | None:
    """The office signing the answer by its name alone, on a line of its own at the answer's foot."""
    for line in reversed(text[ra:rb].split("\n")):
        if _signature_line(line) and (found := _office_in(line, 0, len(line))):
            return found
    return None


def _signature_line(line: str) -> bool:
    """A signature's line: short, no sentence, no field ("抄送：…")."""
    return bool(line) and len(line) <= _SIGNATURE_LINE and re.search("[。，：:]", line) is None


#: the longest line read as a signature's (an office's name, its seal)
_SIGNATURE_LINE = 30


def _head_signing_after(text: str, rb: int, qa: int) -> Speaker | None:
    """The head the paragraph right after an answer told in its paragraph says signed it ("答复由某局局长
    Y、某局局长Z共同签署")."""
    start = rb + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if start >= end or _patterns()["signs"].search(text, start, end) is None:
        return None
    return _head(text, start, end, qa)


def _name(run: str) -> str | None:
    """The name opening ``run`` (the characters after a post): the whole run when it is a name's
    length, else the name before words telling what the head did (代表该局…, 签发…)."""
    if len(run) <= 3:
        name = run
    else:
        then = _patterns()["then"]
        name = next((run[:n] for n in (3, 2) if then.match(run, n)), None)
    if name is None or len(name) < 2 or name[0] not in surnames() or not may_name_speaker(name):
        return None
    return name


def _first_office_in(text: str, a: int, b: int) -> str | None:
    """The first office named in ``text[a:b]`` (of two answering jointly, "A局、B局联合答复称", the
    one the motion was put to first)."""
    found = find_departments(text[a:b])
    return found[0][2] if found else None


def _office_in(text: str, a: int, b: int) -> str | None:
    """The last office named in ``text[a:b]``."""
    found = find_departments(text[a:b])
    return found[-1][2] if found else None


def _parts_answered(text: str, asker: Speaker, head: Speaker, ra: int, rb: int) -> list[Turn] | None:
    """One exchange per part of a letter answering the motion in parts headed "一、关于…" (each opening
    its line, its heading run into its text where a copied page's lines were joined), when a part hands
    its question on to another office (that office asked, nothing answered); else None."""
    heads = [m.start() for m in _PART.finditer(text, ra, rb)]
    if len(heads) < 2:
        return None
    parts = list(zip(heads, heads[1:] + [rb]))
    passed = [passed_on(text, a, b) for a, b in parts]
    if not any(passed):
        return None
    out: list[Turn] = []
    for (a, b), handed in zip(parts, passed):
        # the part's heading asks ("一、关于“…”的问题"), up to its first stop or line end
        qe = min(x for x in (text.find("\n", a, b), *(text.find(c, a, b) for c in "。，"), b) if x >= 0)
        out.append(Turn("question", asker, a, a, qe, ((a, qe),)))
        if handed is not None:
            at, other = handed
            out.append(Turn("answer", Speaker(department=other), at, at, at, ((at, at),)))
        else:
            out.append(Turn("answer", head, a, qe, b, ((a, b),)))
    return out
