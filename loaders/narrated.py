"""An inquiry a report tells without quoting anyone: who asked, and the official who answered.

Pages about a 质询 often quote nobody: "X、Y等9名代表联名向市某局提出质询……面对代表们的质询，
某局局长Z反复解释"; a history piece, "由时任某学院院长X发起，…向某厅进行质询 … 负责答问的
某厅厅长Y"; a congress site, "X等8名常委会组成人员提出质询案 … 某局局长Y就质询案作出答复";
a commentary on a broadcast inquiry, "代表X就…“连珠炮”地发问 … 面对这些问题，厅长Y答非所问".
The speech readings find no turn there, and the page was read as a session only.

Read only when they find none: the first member the narration names as signing, starting or
pressing the questions, and the first official named answering after that sentence, as one
question turn and one answer turn. Both must be named (a motion "10位委员联名" answered by
"有关负责同志", or an office's answer with nobody named, tells no exchange).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from loaders.datafiles import alternation, read_groups
from loaders.exchanges import is_headline
from loaders.records import Asker, Exchange
from loaders.turns import Speaker, Turn, is_congress_role, may_name_speaker, parse_head, sentence_span, surnames

__all__ = ["motion_askers", "motion_before", "motion_signer", "narrated_turns"]

_USES = ("motion", "starts", "presses", "facing", "faced", "answers", "answerer", "motion_answer", "lead",
         "issued_by", "on_behalf")
# An official named this far after the asking sentence at most answers it (a page's next story
# is no answer).
_REACH = 800
_CJK = r"[\u4e00-\u9fff]"


@dataclass(frozen=True)
class _Patterns:
    pretest: re.Pattern[str]
    motion: re.Pattern[str]
    signers: re.Pattern[str]
    starter: re.Pattern[str]
    presses: re.Pattern[str]
    respondent: re.Pattern[str]
    lead: re.Pattern[str]
    issued_by: re.Pattern[str]
    on_behalf: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = read_groups("narrated_inquiry.tsv", _USES)
    motion, presses = alternation(w["motion"]), alternation(w["presses"])
    clause = r"[^，。；！？\n“”]"
    return _Patterns(
        pretest=re.compile(f"{motion}|{presses}"),
        motion=re.compile(motion),
        # "钟爱琴、唐建华…等12名代表", "李猛等11名常委会组成人员", "吴国栋、侯秀兰等7人"
        # ("谭某、向某…李某5人联名": a list of names counted without 等)
        signers=re.compile(rf"(?P<first>{_CJK}{{2,3}})(?:(?:、{_CJK}{{2,3}})*等|(?:、{_CJK}{{2,3}})+)"
                           r"(?:\d+|[一二两三四五六七八九十百]+)(?:名|位|人)"
                           rf"(?P<group>{clause}{{0,10}}?(?:代表|委员|组成人员))?"),
        # "由时任清华大学校长刘达发起", "由代表马德胜牵头"
        starter=re.compile(rf"由(?:时任)?(?P<pre>{clause}{{0,20}}?)(?P<name>{_CJK}{{2,3}})(?:{alternation(w['starts'])})"),
        presses=re.compile(presses),
        respondent=re.compile(
            rf"(?:{alternation(w['facing'])}){clause}{{0,24}}?(?:{alternation(w['faced'])})”?，"
            rf"(?P<faced>{clause}{{2,30}}?)(?={alternation(w['answers'])})"
            rf"|(?:{alternation(w['answerer'])})(?P<post>{clause}{{3,30}}?)(?=[，。；])"
            rf"|(?P<motion>{clause}{{3,40}}?)(?={alternation(w['motion_answer'])})"),
        lead=re.compile(rf"^(?:{alternation(w['lead'])})"),
        # (the last issuing word of the clause: the official follows it)
        issued_by=re.compile(rf".*(?:{alternation(w['issued_by'])})"),
        # "代表该局", "代表市政府" closing the clause: whom the official answers for, no part of their label
        on_behalf=re.compile(rf"(?:{alternation(w['on_behalf'])}){clause}{{1,8}}$"),
    )


def narrated_turns(text: str) -> list[Turn]:
    """A question turn for the member the narration names asking and an answer turn for the
    official it names answering after that (both told, nothing quoted), else []."""
    p = _patterns()
    if p.pretest.search(text) is None:
        return []
    asked = _asker(text, p)
    if asked is None:
        return []
    asker, a, b = asked
    answered = _respondent(text, b, p)
    if answered is None:
        return []
    official, c = answered
    s, _ = sentence_span(text, c, c)
    end = text.find("\n", c)
    end = len(text) if end < 0 else end
    if text[s:end].rstrip().endswith(("：", ":")):
        end = _told_on(text, end)
    return [Turn("question", asker, a, a, b, ((a, b),), narrative=True),
            Turn("answer", official, s, s, end, ((s, end),), narrative=True)]


def _told_on(text: str, end: int) -> int:
    """Where an answer told as announced ("…签发的书面答复，要点如下：") ends: its
    paragraphs after ``end``, up to a heading (the report's next part, "三、质询人意见") or the text's end."""
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if is_headline(text[end + 1:nxt]):
            break
        end = nxt
    return end


def motion_before(text: str, turns: list[Turn]) -> list[Turn]:
    """``turns`` with the 质询 motion and its answer the narration tells before them, when the first
    question among them presses on (a 追问: "区某局局长Y在会上宣读了书面答复，…" then
    "委员Z追问：…？"): the motion asked what the 追问 follows up. An answer turn read between the
    motion and the 追问 stays the motion's answer when it names its official (else the told one)."""
    first = next((t for t in turns if t.kind in ("question", "follow_up")), None)
    if first is None or first.kind != "follow_up":
        return turns
    told = narrated_turns(text[:first.start])
    read = [t for t in turns if t.start < first.start]
    if not told:
        # ("X等十一名常委会组成人员依法联名提交《…质询案》…。…并由局长Y在主任会议上
        # 作了说明。书面答复称，…" then "委员Z又就…进一步追问": the motion's answer told in words no narrated
        # reading knows, but read by the speech reading, one of its turns naming the official)
        return _motion_answered_before(text, turns, first, read)
    asked, answered = told
    if not all(t.kind == "answer" and t.start >= asked.end for t in read):
        return turns  # a turn of the readings' own before the 追问 that is no answer to the motion
    if not read or not all(t.speaker.name for t in read):
        read = [answered]
    # the question runs on to the answer: what the motion says it asks is told between them (and a
    # heading there, "二、书面答复", is no deferral of the answer to after the sitting)
    end = len(text[:read[0].start].rstrip())
    asked = dataclasses.replace(asked, end=end, paragraphs=((asked.start, end),))
    return [asked, *read, *turns[len([t for t in turns if t.start < first.start]):]]


def motion_signer(text: str) -> tuple[Speaker, int, int] | None:
    """The first member ``text`` names signing or starting a 质询 ("委员X、Y等5人联名提出…质询案",
    "由委员X领衔"), with the span of that sentence, else None. The one the sentence names leading
    ("由委员X领衔，委员Y、Z等5人联名提出") goes before the first of the names listed."""
    p = _patterns()
    for m in p.motion.finditer(text):
        a, b = sentence_span(text, m.start(), m.end())
        found = _starter(text[a:b]) or _signer(text[a:b])
        if found is not None:
            return found, a, b
    return None


def _motion_answered_before(text: str, turns: list[Turn], first: Turn, read: list[Turn]) -> list[Turn]:
    """``turns`` with the 质询 motion told before the 追问 ``first`` asked, when the turns ``read``
    before it are all answers after the motion and one names its official (the others, named by
    office alone, give that official's office if the named turn gives none): that turn answers the
    motion. Else ``turns``."""
    found = _asker(text[:first.start], _patterns())
    if found is None or not read:
        return turns
    asker, a, b = found
    if not all(t.kind == "answer" and t.start >= b for t in read):
        return turns
    named = next((t for t in read if t.speaker.name), None)
    if named is None:
        return turns
    office = next((t.speaker.department for t in read if t.speaker.department), None)
    if named.speaker.department is None and office is not None:
        named = dataclasses.replace(named, speaker=dataclasses.replace(named.speaker, department=office))
    answer = dataclasses.replace(named, start=read[0].start, body_start=read[0].body_start, end=read[-1].end,
                                 paragraphs=tuple(dict.fromkeys(p for t in read for p in t.paragraphs)))
    end = len(text[:read[0].start].rstrip())
    asked = Turn("question", asker, a, a, end, ((a, end),), narrative=True)
    return [asked, answer, *turns[len(read):]]


def _asker(text: str, p: _Patterns) -> tuple[Speaker, int, int] | None:
    """The first member named signing or starting a 质询, or pressing questions told without
    quotation, with the span of that sentence."""
    for m in p.pretest.finditer(text):
        a, b = sentence_span(text, m.start(), m.end())
        sentence = text[a:b]
        if p.presses.fullmatch(m.group()):
            found = _presser(sentence, m.start() - a)
        else:
            found = _starter(sentence) or _signer(sentence)  # (由X领衔，Y、Z等5人联名: X leads)
        if found is not None:
            return found, a, b
    return None


def _surname_first(name: str) -> str | None:
    """``name`` or, when its first character is no surname, the two after it ("长刘达" → 刘达:
    the post's last character read with the name)."""
    sur = surnames()
    if name[0] not in sur and len(name) == 3 and name[1] in sur:
        name = name[1:]
    return name if name[0] in sur and may_name_speaker(name) else None


def _signer(sentence: str) -> Speaker | None:
    m = _patterns().signers.search(sentence)
    if m is None:
        return None
    # the clause up to the first signer, read as a label: "常委会组成人员吴国栋" names her seat
    head = sentence[max(sentence.rfind("，", 0, m.end("first")), sentence.rfind("、", 0, m.start("first"))) + 1:m.end("first")]
    label = parse_head(head)
    group = m["group"]
    if label is not None and label.speaker.name and m["first"].endswith(label.speaker.name):
        return Speaker(name=label.speaker.name, role=label.speaker.role or group)
    name = _surname_first(m["first"])
    return Speaker(name=name, role=group) if name else None


def _starter(sentence: str) -> Speaker | None:
    m = _patterns().starter.search(sentence)
    if m is None:
        return None
    name = _surname_first(m["name"])
    if name is None:
        return None
    pre = m["pre"] + m["name"][:len(m["name"]) - len(name)]
    return Speaker(name=name, role=pre if pre.endswith(("代表", "委员")) else None)


def _presser(sentence: str, at: int) -> Speaker | None:
    """"省人大代表X就…“连珠炮”地发问": the member with a congress seat opening the clause of the cue."""
    start = max(sentence.rfind(c, 0, at) for c in "，；") + 1
    m = re.match(r"[^，；“”]{3,30}?(?=[就在对向“]|一口气)", sentence[start:at + 1])
    if m is None:
        return None
    label = parse_head(m.group())
    if label is None or label.kind != "question" or not label.speaker.name or not label.speaker.role \
            or not is_congress_role(label.speaker.role):
        return None
    return label.speaker


def _respondent(text: str, after: int, p: _Patterns) -> tuple[Speaker, int] | None:
    """The first official named with a post answering in the narration after ``after``."""
    for m in p.respondent.finditer(text, after, min(len(text), after + _REACH)):
        group = "faced" if m["faced"] else "post" if m["post"] else "motion"
        # (a page flattened to one line keeps a space where paragraphs met: "二、书面答复 区某委主任Y
        # 在会上宣读了书面答复" holds the heading before the official, who follows the last space)
        # (a written answer told in a longer clause, "某局向常委会提交了由局长Y签发的书面答复": the
        # official follows its last issuing word; "某局局长Y代表该局宣读了书面答复": the clause's end
        # tells whom they answer for)
        told = m[group]
        if group == "motion" and (behalf := p.on_behalf.search(told)) is not None:
            told = told[:behalf.start()]
        issued = p.issued_by.match(told) if group == "motion" else None
        for k in dict.fromkeys((0, told.rfind(" ") + 1, issued.end() if issued else 0)):
            label = parse_head(p.lead.sub("", told[k:]))
            if label is not None and label.kind == "answer" and label.speaker.name and label.speaker.title:
                return label.speaker, m.start(group) + k
    return None


def motion_askers(text: str, exchanges: list[Exchange]) -> list[Exchange]:
    """``exchanges`` with the member who signed first or started the 质询 told before them as the
    asker of those that name none, when none names an asker ("由时任某学院院长X发起，…提出质询。
    …代表们的问题主要有几个：…？…？" then the minister's answer: X's motion asked them)."""
    if not exchanges or any(e.asker.name for e in exchanges):
        return exchanges
    for m in _patterns().motion.finditer(text, 0, exchanges[0].question_start):
        a, b = sentence_span(text, m.start(), m.end())
        if b > exchanges[0].question_start:
            break
        member = _starter(text[a:b]) or _signer(text[a:b])
        if member is not None:
            return [dataclasses.replace(e, asker=Asker(name=member.name, role=member.role or e.asker.role))
                    for e in exchanges]
    return exchanges
