"""Askers and answerers told in lists: members and officials each asking or answering in turn, askers
counted, the two lists paired in order and answers told later by name."""

from __future__ import annotations

import dataclasses
import functools
import re

from loaders.datafiles import alternation, read_groups
from loaders.rxguard import required_chars
from loaders.turns import Speaker, is_congress_role, not_a_name, parse_head
from loaders.attribution.words import speaker_words
from loaders.attribution.spans import clause_start, order, overlaps, Utterance

__all__ = ["counted_askers", "respective_askers", "paired_lists"]


_NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九", 0)} | {"两": 2}


# Two to nine quotations side by side near a paragraph's start (each of six characters or more).
_QUOTES_OPENING = re.compile(r"(?:[^“”\n]{0,30}?)((?:“(?:[^“”\n]|“[^“”\n]{1,20}”){6,400}”\s?){2,9})")


def counted_askers(text: str, paragraphs, out: list[Utterance]) -> list[Utterance]:
    """"“…？”“…？”“…。”近日，…3位人大代表精准发问。针对代表询问，区政府…作出答复。": as many
    quotations as the members counted, side by side at the paragraph's start, are their
    questions (one each), put to the office the narration says answered them."""
    from loaders.departments import find_departments

    if speaker_words().counted_askers.search(text) is None:
        return out  # (most reports count no members asking: no paragraph is read)
    for a, b in paragraphs:
        run = _QUOTES_OPENING.match(text, a, b)
        if run is None:
            continue
        x0, x1 = run.start(1), run.end(1)
        m = speaker_words().counted_askers.search(text, x1, b)
        if m is None or "“" in text[x1:m.start()]:
            continue
        n = int(m["n"]) if m["n"].isdigit() else _NUMERAL_VALUE[m["n"]]
        quotes = [(x0 + q.start(), x0 + q.end()) for q in
                  re.finditer(r"“(?:[^“”\n]|“[^“”\n]{1,20}”)*”", text[x0:x1])]
        if len(quotes) != n:
            continue
        office = None
        if (t := speaker_words().answered_them.search(text, m.end(), b)) and (found := find_departments(t["rest"])):
            office = Speaker(department=found[0][2])
        asker = Speaker(role=m["role"].strip())
        out = [u for u in out if not (x0 <= u.start < x1)]
        out.extend(Utterance("question", asker, qa, qb, qa, addressee=office) for qa, qb in quotes)
    return out


@functools.lru_cache(maxsize=8)
def _required(rx: re.Pattern[str]) -> str:
    """Characters every match of ``rx`` holds: a text lacking one needs no scan (it tried the
    pattern at every character of a report, ~0.2 ms each)."""
    return required_chars(rx)


def respective_askers(text: str, taken: list[Utterance]) -> list[Utterance]:
    """Questions of a group whose members each asked one official, paired in list order;
    the report gives their topics only, so no answer is theirs."""
    rx = speaker_words().respective
    if not all(c in text for c in _required(rx)):
        return []  # a character every match holds (分别向 …) is missing: the scan finds nothing
    spans = sorted((u.start, u.end) for u in taken)
    out: list[Utterance] = []
    for m in rx.finditer(text):
        if overlaps(spans, m.start(), m.end()):
            continue
        role = m["role"] or ""
        askers = []
        for name in m["askers"].removesuffix("等").split("、"):
            lab = parse_head(role + name) if role else parse_head(name)
            if lab is None or not lab.speaker.name or lab.speaker.name != name or not_a_name(name):
                break
            askers.append(Speaker(name, lab.speaker.role or role or None))
        officials = _officials_listed(m["whom"])
        if len(askers) < 2 or len(officials) != len(askers):
            continue
        for sp, off in zip(askers, officials):
            out.append(Utterance("question", sp, m.start(), m.start(), m.start(), off))
    return out


_PAIRED_USES = ("ask_adverb", "ask_each", "ask_prep", "ask_cue", "answer_lead", "answer_each", "answer_where",
                 "answer_light", "answer_verb", "count_order", "count_speak")


@functools.lru_cache(maxsize=1)
def _paired() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """The answering side's each-words (data/speech_paired.tsv answer_each) and the askers' and the
    offices' patterns: "委员A、B、C分别就X、Y、Z提出询问，A局、B局、C局负责人分别作了回答" (the
    offices' sentence may follow the askers' one): the askers' clause ends with its cue, the
    offices' clause says the answers came one each (分别/依次/一一/逐一), the lists read in order."""
    words = read_groups("speech_paired.tsv", _PAIRED_USES)
    w = {u: alternation(ws) for u, ws in words.items()}
    ask = re.compile(
        rf"(?P<askers>[^，。；！？：“”\n]{{4,80}}?)(?:[0-9一二三四五六七八九十]{{1,2}}[名位](?:代表|委员)?"
        rf"(?:{w['count_order']})?(?:{w['count_speak']})，)?"
        rf"(?:{w['ask_adverb']})?(?:{w['ask_each']})?(?:{w['ask_prep']})"
        rf"(?P<topics>[^。；！？：\n]{{2,200}}?)(?:{w['ask_cue']})[，。]")
    answer = re.compile(
        rf"(?:(?:{w['answer_lead']})，)?(?P<whom>[^，。；！？：“”\n]{{4,200}}?)(?:的?(?:有关|主要)?负责人(?:同志)?)?"
        rf"(?:{w['answer_each']})(?:{w['answer_where']})?(?:{w['answer_light']})?(?:{w['answer_verb']})")
    return words["answer_each"], ask, answer


def _listed_askers(phrase: str) -> list[Speaker]:
    """"常委会委员A、B和市人大代表C": the members listed, a post carried over to the bare
    names after it; [] when a part is no member."""
    phrase = re.sub(r"等(?:[0-9一二三四五六七八九十几多]+[名位个])?(?:常委会)?(?:组成人员|委员|代表)?$", "", phrase)
    out: list[Speaker] = []
    role: str | None = None
    split: list[str] = []
    for part in re.split(r"[、，]", phrase):
        # "B和市人大代表C", "B和C": 和/及/与 before the last name, or before a post
        m = re.match(r"(.+?)(?:和|及|与)(.+)$", part)
        if m and (parse_head(m[2]) is not None or (len(m[1]) <= 4 and len(m[2]) <= 4)):
            split += [m[1], m[2]]
        else:
            split.append(part)
    for part in split:
        lab = parse_head(part)
        if (lab is not None and lab.speaker.name and lab.speaker.role and not lab.speaker.title
                and part.endswith(lab.speaker.name) and is_congress_role(lab.speaker.role)):
            role = lab.speaker.role
            out.append(Speaker(lab.speaker.name, role))
            continue
        lab = parse_head(role + part) if role else None
        if lab is None or lab.speaker.name != part or not_a_name(part):
            return []
        out.append(Speaker(part, role))
    return out


# The post the offices listed before a named leader share, at the list's end ("…C局驻镇站所负责人")
_SHARED_HEAD = re.compile(r"(?:驻[镇乡]站所|派驻机构)?的?(?:有关|相关|主要)?负责(?:人|同志)$")


def _leader_after_offices(whom: str) -> list[Speaker] | None:
    """"A局、B局、C局驻镇站所负责人和副镇长X": the offices' heads unnamed, then a leader of the
    government by post and name after the last 和, the last to answer; None when not so."""
    for m in reversed(list(re.finditer(r"和|及|与", whom))):
        lab = parse_head(whom[m.end():])
        if lab is None or not lab.speaker.name or not lab.speaker.title or lab.speaker.department:
            continue
        head = _SHARED_HEAD.sub("", whom[:m.start()])
        offices = _listed_answerers(head) if head else []
        if offices and all(sp.department and not sp.name for sp in offices):
            return [*offices, lab.speaker]
        return None
    return None


def _listed_answerers(whom: str) -> list[Speaker]:
    """"A局局长X、B委主任Y" or "A局、B局和C局" (their heads unnamed): one speaker each, in
    order; [] when the phrase is not such a list."""
    from loaders.departments import find_departments

    parts = re.split(r"[、，]", whom)
    last = re.match(r"(.+?)(?:和|及|与)(.+)$", parts[-1])
    if last and (lab := parse_head(last[2])) is not None and lab.speaker.name and lab.speaker.title:
        parts[-1:] = [last[1], last[2]]  # "…、B局局长Y和C局局长Z": 和 before the last official
    named = _officials_listed("、".join(parts))
    if named and all(sp.department for sp in named):
        return named
    if (leader := _leader_after_offices(whom)) is not None:
        return leader
    found = find_departments(whom)
    if not found or found[0][0] != 0 or found[-1][1] != len(whom):
        return []
    for (_, b, _), (a, _, _) in zip(found, found[1:]):
        if whom[b:a] not in ("、", "和", "及", "与", "，"):
            return []
    return [Speaker(None, None, "负责人", surface) for _, _, surface in found]


def _answer_told_later(text: str, later: list[Utterance], asker: Speaker, answerer: Speaker,
                       by_name: bool = False) -> tuple[Utterance | None, Utterance] | None:
    """The question of ``asker`` told again after the lists, answered right after it by
    ``answerer`` (the same person, or the same office when neither is named); or that answer
    alone, the asker named in its sentence before it ("针对A委员关于…的询问，A局负责人表示");
    or, ``by_name`` (the official named once in the lists), the answer of that official
    opening its sentence by name after no question ("刘某表示，…" in a paragraph of answers)."""
    def same(ans: Utterance) -> bool:
        return ans.kind == "answer" and ans.end > ans.start and (
            ans.speaker.name == answerer.name if answerer.name
            else not ans.speaker.name and _same_office(ans.speaker.department, answerer.department))

    for i, ans in enumerate(later):
        q = later[i - 1] if i else None
        if q is not None and q.kind == "question" and q.speaker.name == asker.name:
            return (q, ans) if same(ans) else None
        if not same(ans) or (q is not None and q.kind in ("question", "follow_up")):
            continue
        before = text[clause_start(text, 0, ans.head_start, "。！？\n"):ans.head_start]
        if asker.name and asker.name in before:
            return None, ans
        if by_name and answerer.name and not before.strip() and text.startswith(answerer.name, ans.head_start):
            return None, ans
    return None


def _same_office(a: str | None, b: str | None) -> bool:
    """Whether two names of offices name the same one ("县住建局", "县住房和城乡建设局")."""
    if a == b or not a or not b:
        return a == b
    from loaders.departments import resolve_department

    da, db = resolve_department(a, None), resolve_department(b, None)
    return da is not None and db is not None and da.name == db.name


# The offices a list of askers put their questions to, at the end of the topics ("…等问题，向A局、B局进行了询问").
_ASKED_TO = re.compile(r"(?:^|[，,])向(?P<offices>[^，。；！？：“”\n]{4,120})$")
# The answering side counting the offices it names no further ("三个部门负责人", "上述部门", "各部门").
_COUNTED_OFFICES = re.compile(r"(?:这|上述|以上|有关|相关)?(?:[两二三四五六七八九十\d]{1,2}[个家]|各)?(?:部门|单位)")


def paired_lists(text: str, out: list[Utterance]) -> list[Utterance]:
    """"委员A、B、C分别就X、Y、Z提出询问，A局、B局、C局负责人分别作了回答" (or the answers in
    the next sentence, "…先后就…等问题提出询问。A局局长X、B局局长Y一一作答。"): the members
    listed asked one each, the offices listed answered one each, paired in order. Read only
    when both lists hold the same number, two or more, and the answering side says each
    (分别/依次/一一/逐一); else the sentence sums the sitting up as before. Nothing of the
    answers is said: the answers' spans are empty."""
    each, paired_ask, paired_answer = _paired()
    if not any(w in text for w in each):
        return out
    for m in paired_ask.finditer(text):
        a = paired_answer.match(text, m.end())
        if a is None:
            continue
        askers = _listed_askers(m["askers"])
        answerers = _listed_answerers(a["whom"])
        if not answerers and _COUNTED_OFFICES.fullmatch(a["whom"]) and (to := _ASKED_TO.search(m["topics"])):
            # "委员A、B分别就X、Y等问题向P局、Q局提出询问，两个部门负责人分别作答":
            # the offices listed with the askers' cue, the answering side only counting them
            answerers = _listed_answerers(to["offices"])
        if len(askers) < 2 or len(answerers) != len(askers):
            continue
        lo, hi = m.start("askers"), a.end()
        mine = [u for u in out if lo <= u.head_start < hi or (u.start < hi and lo < u.end)]
        if any(u.kind == "question" and len(u.others) + 1 == len(askers) for u in mine):
            continue  # read already, each asker with the topic of their own (topic_each)
        if any(u.start < u.end and text[u.start:u.start + 1] in ("“", "「") for u in mine):
            continue  # quoted speech inside: not a sentence summing up
        out = [u for u in out if u not in mine]
        head = a.start("whom")
        later = sorted((u for u in out if u.head_start >= hi), key=order)
        for k, (asker, answerer) in enumerate(zip(askers, answerers)):
            # (in pairs, each answer right after its question: the topics' span is the question of each)
            out.append(Utterance("question", asker, m.start("topics"), m.end("topics"), m.start("askers"),
                                 at=lo + 2 * k))
            told = _answer_told_later(text, later, asker, answerer,
                                      by_name=[sp.name for sp in answerers].count(answerer.name) == 1)
            if told is not None:
                # "针对A委员关于…的询问，A局负责人表示，…" further on: what the answer said, the
                # same exchange (its question told again, no exchange of its own)
                q, ans = told
                out = [u for u in out if u is not q and u is not ans]
                out.append(dataclasses.replace(ans, at=lo + 2 * k + 1))
                continue
            out.append(Utterance("answer", answerer, a.end(), a.end(), head, at=lo + 2 * k + 1))
        # "…分别作答。X委员提问时说，…；Y委员关注…，希望…。": what the members listed asked,
        # told again in the lists' paragraph with nobody answering, is no question of its own
        end = text.find("\n", hi)
        end = len(text) if end < 0 else end
        names = {sp.name for sp in askers}
        out = [u for u in out if not (u.kind == "question" and hi <= u.head_start < end and u.speaker.name in names
                                      and not _answered_in_paragraph(out, u, end))]
    return sorted(out, key=order)


def _answered_in_paragraph(out: list[Utterance], q: Utterance, end: int) -> bool:
    """Whether an answer follows the question ``q`` before the next question and before ``end``
    (the end of its paragraph): a listed member's question told again and answered there is one."""
    for u in sorted((u for u in out if q.head_start < u.head_start < end), key=order):
        if u.kind in ("question", "follow_up"):
            return False
        if u.kind == "answer":
            return True
    return False


def _officials_listed(whom: str) -> list[Speaker]:
    """"黄浦区区长A，副区长B、C": one speaker per name, a title carried over to the bare
    names after it; [] when a part is not an official."""
    out: list[Speaker] = []
    last: Speaker | None = None
    for part in re.split(r"[，,、]", whom):
        lab = parse_head(part)
        if lab is not None and lab.speaker.name and lab.speaker.title:
            last = lab.speaker
            out.append(lab.speaker)
            continue
        lab = parse_head(last.title + part) if last is not None and last.title else None
        if lab is None or lab.speaker.name != part:
            return []
        out.append(Speaker(part, None, last.title, last.department))
    return out
