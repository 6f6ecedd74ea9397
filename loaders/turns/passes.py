"""The passes of :func:`~loaders.turns.find.find_turns` over the labelled paragraphs: headlines and
declaring lines, short labels and bare names resolved to the people the report names, posts and chairs,
the chair's remarks, follow-up marks, and each label grouped with its paragraphs."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from loaders.follow_ups import (addressed_surname, asks_again, cites_answer, is_marker_line, is_quoted_reask, names_follow_up,
                                opens_follow_up, takes_up_again)
from loaders.turns.asking import asking_heading, pair_line
from loaders.turns.clues import find_clues
from loaders.turns.designations import declaration_label
from loaders.turns.labels import parse_label
from loaders.turns.model import Label, OfficialsLookup, Speaker, NOBODY
from loaders.turns.names import good_name, is_congress_role
from loaders.turns.words import NAME, chair_words, interview_subtitle, kind_of_verb, turn_words, vocab

__all__ = ["label_paragraphs", "headline_pairs", "declaration_lines", "short_labels_resolved", "trusted_bare_labels",
           "posts_resolved", "chair_posts_resolved", "chair_remarks", "chair_asks_itself", "follow_up_marks",
           "broadcast_member_marks", "broadcast_host_questions", "grouped", "is_broadcast"]


log = logging.getLogger(__name__)


_KNOWN_NAME_LABEL = re.compile(rf"^({NAME})[：:]")  # (compiled once, not formatted and looked up per paragraph)


def _known_name_label(paragraph: str, known: dict[str, Speaker]) -> Label | None:
    """"X：" where X is a person the questions addressed, whatever the surname list says."""
    m = _KNOWN_NAME_LABEL.match(paragraph)
    if m and m.group(1) in known:
        return Label("answer", Speaker(name=m.group(1)), m.end())
    return None


_Labelled = list[tuple[int, int, "Label | None"]]


def label_paragraphs(text: str, paragraphs: list[tuple[int, int]], known_resp: dict[str, Speaker]) -> _Labelled:
    return [(a, b, parse_label(text[a:b]) or _known_name_label(text[a:b], known_resp)) for a, b in paragraphs]


# A headline's phrase after its colon: short, no clause or sentence mark (a space may part its
# two halves: "建议规范单车停放 严管乱停乱放").
_HEADLINE_PHRASE = re.compile(r"[^，。；、！？,;!?]{2,30}")


def _headline_phrase(text: str, a: int, b: int, lab: Label | None) -> bool:
    """A label naming a member by seat or an office, nobody by name, before such a phrase (a
    column word, "询问人：" or "应询人：", declares who speaks next and names nobody itself).
    The office's phrase may have the story run in after a space (a page flattened to one line)."""
    sp = lab.speaker if lab is not None else None
    if sp is None or sp.name is not None or not (sp.role if lab.kind == "question" else sp.department):
        return False
    phrase = text[a + lab.end:b].strip()
    if lab.kind == "answer":
        phrase = phrase.split(" ", 1)[0]
    return _HEADLINE_PHRASE.fullmatch(phrase) is not None


def _headline_run_together(text: str, a: int, b: int, lab: Label) -> bool:
    """Both headline lines in one paragraph, the office's after a space (a page flattened to
    one line: "市人大代表：建议… 严管… 市交通局：将划定电子围栏 市人大代表、…说：…")."""
    speech = text[a + lab.end:b]
    for m in re.finditer(" ", speech[:_HEADLINE_MAX + 2]):
        nxt = parse_label(speech[m.end():])
        if nxt is not None and nxt.kind == "answer" and _HEADLINE_PHRASE.fullmatch(speech[:m.start()].strip()) \
                and _headline_phrase(speech, m.end(), len(speech), nxt):
            return True
    return False


_HEADLINE_MAX = 60  # both halves of the member's phrase with the space between them


def headline_pairs(text: str, labels: _Labelled) -> _Labelled:
    """A report's two-line headline in label form, the member's side over the office's
    ("市人大代表：建议规范单车停放 严管乱停乱放" / "市交通局：将划定电子围栏"): nobody named,
    each phrase short with no clause mark. It sums up the exchange the narration below tells,
    and is no question and answer of its own."""
    out = list(labels)
    for i in range(len(out)):
        (a, b, lab) = out[i]
        if lab is None or lab.kind != "question" or lab.speaker.name is not None or not lab.speaker.role:
            continue
        if not _headline_phrase(text, a, b, lab):
            if " " in text[a + lab.end:b] and _headline_run_together(text, a, b, lab):
                out[i] = (a, b, None)
            continue
        j = i + 1
        if j == len(out):
            break
        if out[j][2] is None and j + 1 < len(out) and _HEADLINE_PHRASE.fullmatch(text[out[j][0]:out[j][1]]):
            j += 1  # (the phrase's second half on a line of its own: a flattened page cut it at the space)
        c, d, nxt = out[j]
        if nxt is not None and nxt.kind == "answer" and _headline_phrase(text, c, d, nxt):
            out[i], out[j] = (a, b, None), (c, d, None)
    return out


def declaration_lines(text: str, labels: _Labelled) -> _Labelled:
    """"■ 市人大常委会委员 朱建平" alone on a line, then "问：…": the line declares the
    speaker of the bare label that follows it (like "询问人：…" does)."""
    out = list(labels)
    for i, (a, b, lab) in enumerate(out[:-1]):
        nxt = out[i + 1][2]
        if nxt is not None and nxt.speaker == NOBODY and (lab is None or lab.speaker == NOBODY):
            pair = pair_line(text[a:b])
            if pair is not None:
                out[i] = (a, b, pair)
                continue
        if lab is not None and lab.narrative and lab.kind in ("question", "follow_up") and lab.addressee is not None \
                and nxt is not None and nxt.speaker == NOBODY and nxt.kind == "question" \
                and not text[a + lab.end:b].strip(" ：:，。"):
            # "市人大常委会委员X向市工信局局长Y提问" alone on its line, then "问：…" / "答：…"
            # ("二、X委员追问省财政厅副厅长Y": the 问 under it follows up).
            out[i] = (a, b, replace(lab, declaration=True))
            continue
        if lab is not None and lab.speaker.name and not text[a + lab.end:b].strip(" ：:") and nxt is not None \
                and nxt.speaker == NOBODY and nxt.kind == lab.kind:
            # "【代表提问】市人大代表 X" alone on its line, then "问：…": the line names who asks.
            out[i] = (a, b, replace(lab, declaration=True))
            continue
        if lab is not None:
            continue
        if nxt is not None and nxt.speaker == NOBODY and nxt.kind in ("question", "follow_up", "answer"):
            decl = declaration_label(text[a:b])
            if decl is not None:
                out[i] = (a, b, decl)
        elif nxt is None or (nxt.bare and (nxt.speaker.name or "")[-1:] in _OFFICE_LAST
                             and ("；" in text[a:b] or ";" in text[a:b])):
            # "**市水利局局长 覃志明**" alone, the speech in the next paragraph: a label on a
            # line of its own (a bold or heading speaker line), not a declaration.
            # ("省水利厅厅长 X；省财政厅副厅长 Y" then "水利厅：…财政厅：…": the officials' line, the
            # answer's parts labelled by each office's short name, no one's name)
            decl = declaration_label(text[a:b], titled=True)
            if decl is not None and interview_subtitle(text[a:b]):
                # "——访某县人大常委会主任X" under a headline: an interview's subtitle names
                # whom the reporter talks to, no speech under it is a member's question
                continue
            if decl is not None:
                out[i] = (a, b, replace(decl, declaration=False))
            elif (heading := asking_heading(text[a:b])) is not None:
                out[i] = (a, b, heading)
    return out


_OFFICE_LAST = frozenset("厅局委办")  # how an office's short name ends ("水利厅：" before its part of an answer)


def short_labels_resolved(text: str, labels: _Labelled, known_resp: dict[str, Speaker],
                           officials: OfficialsLookup) -> _Labelled:
    """"袁局长：" and "王卫东：" (a name the questions never addressed) written short in a
    label: the official the report names in full elsewhere (the attendee list, "市城市管理局
    局长王卫东现场接受询问"). An unresolved "高主任：" may be the congress's chair: no label."""
    known = set(known_resp) | {x.name for _, _, lab in labels if lab is not None and not lab.bare
                               for x in (lab.speaker, lab.addressee) if x is not None and x.name}
    if not any(lab is not None and (lab.short or (lab.bare and lab.speaker.name not in known)) for _, _, lab in labels):
        return labels
    out: _Labelled = []
    for a, b, lab in labels:
        if lab is not None and (lab.short or (lab.bare and lab.speaker.name not in known)):
            found = officials(lab.short or lab.speaker.name or "")
            if found is None and lab.bare and lab.speaker.name:
                found = _name_then_seat(text, lab.speaker.name)
            if found is not None and found.name and (lab.bare or (found.title or "").endswith(lab.speaker.title or "")):
                side = "question" if found.role and is_congress_role(found.role) else "answer"
                kind = side if lab.kind == "speaker" or lab.short else lab.kind
                lab = replace(lab, kind=kind, speaker=found, bare=False, short=None)
            elif lab.short and lab.speaker.title in vocab()["roles"]:
                lab = None
        out.append((a, b, lab))
    return out


def _name_then_seat(text: str, name: str) -> Speaker | None:
    """The member a bare "韦国强：" is when the report writes the name before a congress seat
    ("先请韦国强委员", "请陆美华代表提问"): the chair's call, which the lookups of people by a
    post before the name do not read."""
    # the congress seats (turn_words.tsv), longest first; sorted per call: few labels get here
    seats = sorted(turn_words().congress_seats, key=len, reverse=True)
    at = text.find(name)
    for _ in range(8):  # the first few mentions: the call comes before the member speaks
        if at < 0:
            return None
        end = at + len(name)
        before = text[max(0, at - 6):at].rstrip(" ")
        seat = next((r for r in seats if before.endswith(r)), None)
        if seat is not None and before[-len(seat) - 1:-len(seat)] in ("", "请", "，", "：", "\n", " "):
            return Speaker(name=name, role=seat)  # "请委员 王静怡提问": the seat before the name, called
        seat = next((r for r in seats if text.startswith(r, end)), None)
        after = text[end + len(seat):end + len(seat) + 2] if seat is not None else ""
        # the call ends there or asks the member to speak: "王强代表市政府表态" is on behalf of
        if seat is not None and (not after or not _HAN_CHAR.match(after)
                                 or kind_of_verb(_asking_verb_at(after)) in ("question", "follow_up")
                                 or after.startswith("发")):
            return Speaker(name=name, role=seat)
        at = text.find(name, end)
    return None


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _asking_verb_at(s: str) -> str | None:
    """The speech verb ``s`` opens with (提问, 问), if any."""
    verbs = vocab()["verbs"]
    return next((v for v in (s[:2], s[:1]) if v in verbs), None)


def trusted_bare_labels(text: str, labels: _Labelled, known_resp: dict[str, Speaker]) -> _Labelled:
    """"成效：" or "任务：" look like a bare name; trust bare names only for people the
    document names elsewhere, unless it has no fuller label at all (all-bare layouts)."""
    known = set(known_resp)
    full = False
    for _, _, lab in labels:
        if lab is not None and not lab.bare and lab.kind != "other":
            full = True
            known.update(x.name for x in (lab.speaker, lab.addressee) if x is not None and x.name)
    if not full:
        return labels
    out: _Labelled = []
    for a, b, lab in labels:
        if lab is not None and lab.bare and lab.speaker.name not in known:
            log.debug("not a speaker label: %r", text[a:b][:20])
            lab = None
        out.append((a, b, lab))
    return out


def posts_resolved(labels: _Labelled, officials: OfficialsLookup) -> _Labelled:
    """"县发改局局长：" / "县住建局局长回答说，…" (an office and a post, no name): the one
    person the report names with that post (:meth:`Officials.by_post`)."""
    out: _Labelled = []
    for a, b, lab in labels:
        if lab is not None and lab.kind in ("answer", "speaker") and lab.speaker.department and lab.speaker.title \
                and not lab.speaker.name and (name := officials.by_post(lab.speaker.department, lab.speaker.title)):
            lab = replace(lab, speaker=replace(lab.speaker, name=name))
        out.append((a, b, lab))
    return out


def chair_posts_resolved(text: str, labels: _Labelled, officials: OfficialsLookup) -> _Labelled:
    """"郭志明 副主任：" (a name and a chair's post, no office): an official's post as the
    grammar reads it, but the chair when the report names that person with a congress seat
    ("市人大常委会副主任郭志明主持询问"): a member's label, whose remarks that ask nothing are
    then the chair's (chair_remarks). Also when the chair's line right before calls that person
    by name to ask ("主持人：最后请常委会吴建国副主任提问。"): a vice-chair asking as a member."""
    posts = chair_words()[0]
    out: _Labelled = []
    prev = None  # the last label's speech
    for a, b, lab in labels:
        sp = lab.speaker if lab is not None else None
        if sp is not None and lab.kind in ("answer", "speaker") and sp.name and sp.title in posts \
                and not sp.department and not sp.role:
            if (found := officials(sp.name)) is not None \
                    and found.name == sp.name and found.role and is_congress_role(found.role) \
                    and found.role.endswith(sp.title):
                lab = replace(lab, kind="question", speaker=found)
            elif prev is not None and _called_to_ask(prev, sp.name):
                lab = replace(lab, kind="question", speaker=Speaker(sp.name, role=sp.title))
            elif found is None and _asks_an_office(text[a + lab.end:b]):
                # "何建明副主任：…可不少养老院连一名医生都没有。请问市卫健委，…？": a name and a chair's
                # post the report names nowhere with an office, asking an office by 请问: a
                # vice-chair of the standing committee asking as a member
                lab = replace(lab, kind="question", speaker=Speaker(sp.name, role=sp.title))
        if lab is not None:
            prev = text[a + lab.end:b]
        out.append((a, b, lab))
    return out


def _asks_an_office(speech: str) -> bool:
    """Whether ``speech`` asks an office by name: 请问 and an office's name (市卫健委, 市场监管局和税务局)
    right after it, a question mark closing the sentence."""
    words = turn_words()
    m = words.office_asked.search(speech)
    return m is not None and words.office_asked_end.search(m.group(1)) is not None and "？" in speech[m.end():]


def _called_to_ask(speech: str, name: str) -> bool:
    """Whether the chair's ``speech`` calls ``name`` to ask ("请常委会X副主任提问", "请X副主任发问")."""
    at = speech.find(name)
    if at < 0 or re.search(r"请[^。？！，\n]{0,12}$", speech[:at]) is None:
        return False
    after = re.match(r"[^。？！，\n]{0,10}", speech[at + len(name):]).group()
    return any(len(v) > 1 and k != "answer" and v in after for v, k in vocab()["verbs"].items())


_CHAIR_INVITE_MAX = 30


def chair_remarks(text: str, labels: _Labelled) -> _Labelled:
    """"市人大常委会主任 X：下面请委员们提问。" / "……感谢各位委员。": the chair's post in a
    congress label and a speech that asks nothing introduce or thank: no question."""
    posts, asking, explain = chair_words()
    out = list(labels)
    for i, (a, b, lab) in enumerate(out):
        if lab is None or lab.kind != "question" or lab.declaration or lab.narrative:
            continue
        role = lab.speaker.role or ""
        if not role.endswith(posts) or not is_congress_role(role):
            continue
        paras = [text[a + lab.end:b]]
        for c, d, nxt in out[i + 1:]:
            if nxt is not None:
                break
            paras.append(text[c:d])
        speech = "".join(paras)
        if not asking.search(speech) and lab.speaker.name and not _open_question(out, i) \
                and explain.search(speech):
            # "X（区人大常委会副主任）：…，群众意见较大，请区住建局说明原因。": a member in the
            # chair's post puts a problem to an office, no question open
            continue
        if not asking.search(speech) or (len(speech) <= _CHAIR_INVITE_MAX and names_follow_up(speech)):
            # ("刘代表还有没有要追问的？": the chair asks a member to follow up, no office)
            out[i] = (a, b, Label("other", Speaker(), lab.end))
    return out


def chair_asks_itself(text: str, labels: _Labelled) -> _Labelled:
    """"主持人：我也提一个，…请问市某社，…？": the chair's bare label (主持人, no one named) over a
    speech that says the chair asks and holds a question: a question by the chair the report names
    presiding ("省人大常委会副主任X主持"), when it names one with a congress post."""
    out = list(labels)
    for i, (a, b, lab) in enumerate(out):
        if lab is None or lab.kind != "other" or lab.speaker != NOBODY or not text.startswith("主持人", a) \
                or not turn_words().self_ask.match(text[a + lab.end:b]) or not re.search(r"[？?]", text[a:b]):
            continue
        chair = _presiding(text, a)
        if chair is not None:
            out[i] = (a, b, Label("question", chair, lab.end))
    return out


# How far into a report its opening names the broadcast ("《问政某地》节目文字稿 … 电视台 … 直播").
_BROADCAST_OPENING = 400


def is_broadcast(text: str) -> bool:
    """Whether the report's opening names a programme and a channel or a live show: a broadcast 问政."""
    opening = text[:_BROADCAST_OPENING]
    words = turn_words()
    return bool(words.broadcast.search(opening) and words.programme.search(opening))


def broadcast_member_marks(text: str, labels: _Labelled) -> _Labelled:
    """In a broadcast 问政 programme, a member's mark the labels left unread ("【市人大代表 X】…",
    "X（区人大代表，某镇）：…") opens that member's question. (Read before the follow-up marks, so a
    member's re-ask after the answer, "【X】…？" or "宁局长，我接着问一句。", is told from the member
    who asked before, as in any other layout.)"""
    if not is_broadcast(text):
        return labels
    out = list(labels)
    for i, (a, b, lab) in enumerate(out):
        if lab is None and (member := _MEMBER_MARK.match(text, a)) is not None:
            out[i] = (a, b, Label("question", _member_of(member), member.end() - a))
    return out


def broadcast_host_questions(text: str, labels: _Labelled) -> _Labelled:
    """A broadcast 问政 programme (its opening names a programme and a channel or a live show):
    the host's line that asks and an official's answer right after it ("主持人：柯局长，…为什么…？" /
    "市某局局长 X：…") is a question by the host (the name of "主持人（X）：", "【主持人 X】", or of
    the credits line "主持人：X Y" whose names then label the hosts' lines, "X：…"), a follow-up when it
    presses the official who answered just before (or a 追问 of its own, "那我再追问一句：…？", under
    the host's line); a message of the public the host reads out ("网友王女士留言：…？", "一位昵称
    “某某”的网友问道：…？", "有位商户请我们转达一个问题" with the recording after it) is that person's question,
    unnamed unless the host names them; a member of the public on a label of their own
    ("市民代表 Y：…？") asks too. A chair's line (主持人 with a congress post) stays a chair's."""
    words = turn_words()
    if not is_broadcast(text):
        return labels
    credits = _HOST_CREDITS.search(text)
    credited = tuple(credits.group(1).split()) if credits is not None else ()
    host = next((lab.speaker.name for a, _, lab in labels if lab is not None and lab.kind == "other"
                 and text.startswith("主持人", a) and lab.speaker.name and not lab.speaker.role), None)
    if host is None:
        # "主持人：X" on a line of its own (the programme's credits), or "主持人（X）：" run into
        # the lines before it (a page flattened to one line), or "【主持人 X】"
        line = _HOST_LINE.search(text)
        host = line.group(1) if line is not None else _named_by_mark(text, "paren") or _named_by_mark(text, "name")
    if host is None and credited:
        host = credited[0]
    if host is None and (run := _HOST_RUN.search(text)) is not None and good_name(run[1], titled=True):
        host = run[1]  # "主持人X：…" opening the host's lines, the name run on after the word
    out = list(labels)
    marks: dict[int, str | None] = {}  # the hosts' lines: index -> the name their mark gives
    # officials some label reads as answering, by name: their other lines left unread ("【X】…") answer too
    answering = {lab.speaker.name: lab for _, _, lab in labels
                 if lab is not None and lab.kind == "answer" and lab.speaker.name and not lab.also}
    # (the officials some label gives a post or an office: "潘某（市某局局长）：" first, "潘某：" later)
    posted = {lab.speaker.name for _, _, lab in labels
              if lab is not None and lab.kind == "answer" and lab.speaker.name and (lab.speaker.title or lab.speaker.department)}
    for i, (a, b, lab) in enumerate(out):
        if credits is not None and a == credits.start():
            continue  # the credits line itself says nothing
        if lab is None and (same := _NAME_MARK.match(text, a)) is not None and (same[1] or same[2]) in answering:
            out[i] = (a, b, Label("answer", answering[same[1] or same[2]].speaker, same.end() - a))
            continue
        mark = _host_mark(text, a, credited)
        if mark is None or (lab is not None and (lab.speaker.role or lab.speaker.title)):
            continue
        end, name = mark
        marks[i] = name
        if lab is None:  # "X：…" for a host the credits name, "【主持人 X】…" the labels left unread
            out[i] = (a, b, Label("other", Speaker(), end))
    last_answer: Speaker | None = None  # who answered last, while the host may press on
    prev_host: int | None = None  # the label before, when it is a host's line
    for i, (a, b, lab) in enumerate(out):
        if lab is None:
            continue
        if lab.kind in ("question", "follow_up"):
            if prev_host is not None and lab.speaker == NOBODY and i not in marks:
                # "【主持人 X】一个月，时间不算长。\n那我再追问一句：…？": a re-ask under the host's line is the host's
                out[i] = (a, b, replace(lab, speaker=Speaker(marks[prev_host] or host, "主持人")))
            elif i in marks and lab.speaker == NOBODY:
                out[i] = (a, b, replace(lab, speaker=Speaker(marks[i] or host, "主持人")))
            last_answer = None
            prev_host = None
            continue
        prev_host = i if i in marks else None
        if lab.kind != "other":
            last_answer = lab.speaker if lab.kind == "answer" else None
            continue
        speech = _speech(text, out, i, stop=_SPEAKER_LINE if i in marks else None)
        asks = "？" in speech or "?" in speech
        # the next label, over the host's lines that ask nothing ("两家都说说，先请Y局长。")
        nxt = next((x for k, (c, d, x) in enumerate(out[i + 1:], i + 1) if x is not None and not (
            x.kind == "other" and (text.startswith("主持人", c) or k in marks)
            and "？" not in text[c:d] and "?" not in text[c:d])), None)
        is_host = i in marks or text.startswith("主持人", a)
        if is_host and not lab.speaker.role and not lab.speaker.title:
            # (an official answering under their bare name later, "潘某：", a label of no side yet,
            # was labelled with their post before)
            if not asks or nxt is None or not (
                    nxt.kind == "answer" and (nxt.speaker.title or nxt.speaker.department)
                    or nxt.kind in ("answer", "speaker") and nxt.speaker.name in posted):
                last_answer = None if not asks else last_answer  # (a vote or a hand-over ends the pressing)
                continue
            relayed = words.relayed.search(speech)
            if relayed is not None and _for_them(speech, relayed.start()):
                relayed = None
            # what the host says before asking, from the last host's mark in it (a page flattened
            # to one line runs the host's earlier lines and the film's caption into it)
            said = speech[:_first_question(speech)]
            said = said[max(said.rfind("主持人："), said.rfind("主持人:")) + 4:] if "主持人" in said else said
            passed = None if relayed is not None or words.addresses.match(said) else _passed_on(said)
            if (member := _MEMBER_MARK.search(said)) is not None:
                # (a page flattened to one line: a member's mark run into the host's line asks)
                out[i] = (a, b, Label("question", _member_of(member), lab.end))
            elif relayed is not None or passed is not None:
                # "群众反映说", "居民们都说": the pattern's two or three characters before the verb are
                # then no name; the member of the public still asks, unnamed
                who = relayed["who"] if relayed is not None and good_name(relayed["who"], bare=True) else None
                role = relayed["role"] if relayed is not None else passed["role"]
                out[i] = (a, b, Label("question", Speaker(who, role), lab.end))
                _hand_over(out, i)
            else:
                kind = "follow_up" if last_answer is not None and _same_official(last_answer, nxt.speaker) else "question"
                # (the last host the credits name marking a line before the question mark: in a page
                # flattened to one line, the other host's hand-over runs into the asking host's line)
                asking = [n for n in credited if f"{n}：" in said or f"{n}:" in said]
                asking.sort(key=lambda n: max(said.rfind(f"{n}："), said.rfind(f"{n}:")))
                out[i] = (a, b, Label(kind, Speaker(asking[-1] if asking else marks.get(i) or host, "主持人"), lab.end))
            last_answer = None
        elif asks and nxt is not None and nxt.kind == "answer" \
                and (public := _PUBLIC_LABEL.match(text, a)) is not None and words.public.fullmatch(public["head"].replace(" ", "")):
            out[i] = (a, b, Label("question", Speaker(public["name"], public["role"]), lab.end))
            last_answer = None
            _hand_over(out, i)
    return out


def _hand_over(out: list, i: int) -> None:
    """The host's lines after the ``i``-th question, up to the next turn of a side ("这个问题请某局
    回答。"): part of the question's turn."""
    for k in range(i + 1, len(out)):
        c, d, x = out[k]
        if x is not None and x.kind != "other":
            break
        if x is not None:
            out[k] = (c, d, None)


def _first_question(speech: str) -> int:
    """Where the speech's first question mark is (its end when it has none)."""
    return min((p for p in (speech.find("？"), speech.find("?")) if p >= 0), default=len(speech))


def _host_mark(text: str, a: int, credited: tuple[str, ...]) -> tuple[int, str | None] | None:
    """(where the speech begins, the name the mark gives) when the paragraph at ``a`` opens with a
    host's mark: "【主持人 X】", "【主持人】", "主持人（X）：", or "X：" for a host the credits name."""
    if (m := _HOST_MARK.match(text, a)) is not None:
        return m.end() - a, m["name"] or m["paren"]
    for name in credited:
        if text.startswith(name, a) and text[a + len(name):a + len(name) + 1] in ("：", ":"):
            return len(name) + 1, name
    return None


# "主持人X：" opening a line: the host's name run on after the word, no bracket
_HOST_RUN = re.compile(r"(?m)^主持人([\u4e00-\u9fff]{2,3})[：:]")
_HOST_LINE = re.compile(r"(?m)^主持人[：:][ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*$")
# "主持人：X Y" on a line of its own: two hosts credited, each line then labelled by the name ("X：…")
_HOST_CREDITS = re.compile(r"(?m)^主持人[：:][ \t\u3000]*((?:[\u4e00-\u9fff]{2,3}[ \t\u3000、]+)+[\u4e00-\u9fff]{2,3})[ \t\u3000]*(?=$|[【\[])")
# "【主持人 X】" / "【主持人】" (group name), "主持人（X）：" / "主持人：" (group paren)
_HOST_MARK = re.compile(r"[【\[]主持人(?:[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,3}))?[】\]][：:]?"
                        r"|主持人(?:[（(](?P<paren>[\u4e00-\u9fff]{2,3})[）)])?[：:]")
# "X（某某代表，某镇）：": a speaker's line no label read, where a host's speech stops
_SPEAKER_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}[（(][^）)\n]{1,30}[）)][：:]")
# "【县人大代表 X】", "X（区人大代表，某镇）：": a member's mark (seat and name, or name, seat and where from)
_MEMBER_MARK = re.compile(r"[【\[](?P<role>[\u4e00-\u9fff]{0,8}?(?:代表|委员))[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[】\]][：:]?"
                          r"|(?P<name2>[\u4e00-\u9fff]{2,3})[（(](?P<role2>[\u4e00-\u9fff]{0,8}?(?:代表|委员))[，,][^）)\n]{1,12}[）)][：:]")


def _named_by_mark(text: str, form: str) -> str | None:
    """The name the first host's mark of ``form`` naming one gives ("name": "【主持人 X】", "paren":
    "主持人（X）：")."""
    return next((m[form] for m in _HOST_MARK.finditer(text) if m[form]), None)


def _member_of(mark: re.Match[str]) -> Speaker:
    """The member a _MEMBER_MARK match names (either of its two forms)."""
    return Speaker(mark["name"] or mark["name2"], mark["role"] or mark["role2"])


# "【X】" or "X：" opening a paragraph: a bare name's mark
_NAME_MARK = re.compile(r"[【\[]([\u4e00-\u9fff]{2,4})[】\]][：:]?|([\u4e00-\u9fff]{2,4})[：:]")
def _passed_on(said: str) -> re.Match[str] | None:
    """"一位昵称“某某”的网友问道：", "有位商户请我们转达一个问题", "三位村民的意见", "一位李先生来电说": the
    public's question the host passes on (data/turn_words.tsv passed_on), the first the host does not ask
    on their behalf (_for_them). (A line that opens addressing the official, "郜局长，…商户都说…", where
    the host asks herself, the caller rules out first.)"""
    pattern = turn_words().passed_on
    m = pattern.search(said)
    while m is not None and _for_them(said, m.start()):
        m = pattern.search(said, m.start() + 1)
    return m


def _for_them(speech: str, at: int) -> bool:
    """Whether the public's word at ``at`` follows 替, 代 or 帮 (data/turn_words.tsv for_them: "我替大家问一句"):
    the host asks on their behalf, the question the host's own."""
    return speech[:at].endswith(turn_words().for_them)


# "市民代表 卢晓敏：" (a space or none between): the public's seat, then the name
_PUBLIC_LABEL = re.compile(r"(?P<head>(?P<role>[\u4e00-\u9fff]{2,4}?(?:代表)?)[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3}))[：:]")


def _speech(text: str, labels: _Labelled, i: int, stop: re.Pattern[str] | None = None) -> str:
    """The ``i``-th label's speech with the paragraphs under it that no label opens (up to one
    ``stop`` opens: a speaker's line no label read)."""
    a, b, lab = labels[i]
    paras = [text[a + lab.end:b]]
    for c, d, nxt in labels[i + 1:]:
        if nxt is not None or (stop is not None and stop.match(text, c)):
            break
        paras.append(text[c:d])
    return "".join(paras)


def _same_official(x: Speaker, y: Speaker) -> bool:
    """Whether two answer labels name the same official (by name, else by office and post)."""
    if x.name and y.name:
        return x.name == y.name
    return bool(x.title) and (x.department, x.title) == (y.department, y.title)


_PRESIDES = re.compile(r"由?([^，。；：、由\n]{4,30}?)(?:同志)?主持")  # ("由市人大常委会副主任X主持")


def _presiding(text: str, before: int) -> Speaker | None:
    """The chair named presiding nearest before ``before`` ("省人大常委会副主任X主持"), with a congress
    post (in a file of many sessions, an earlier session's chair is not this one's), or on a record's
    heading line."""
    chair: tuple[int, Speaker] | None = None
    for m in _PRESIDES.finditer(text, 0, before):
        label = declaration_label(m.group(1), titled=True)
        if label is not None and label.speaker.role and is_congress_role(label.speaker.role):
            chair = (m.start(), label.speaker)
    for m in _CHAIR_HEADER.finditer(text, 0, before):
        # "主持人：市人大常委会副主任 X" (a record's heading line naming the chair)
        label = declaration_label(m.group(1), titled=True)
        if label is not None and label.speaker.name and label.speaker.role and is_congress_role(label.speaker.role) \
                and (chair is None or m.start() > chair[0]):
            chair = (m.start(), label.speaker)
    return chair[1] if chair is not None else None


_CHAIR_HEADER = re.compile(r"(?m)^主持人?[：:][ \t\u3000]*([^，。；：\n]{4,30}?)[ \t\u3000]*$")


def _open_question(labels: _Labelled, i: int) -> bool:
    """Whether the label before the ``i``-th is a question's (one waiting for its answer)."""
    prev = next((lab for _, _, lab in reversed(labels[:i]) if lab is not None), None)
    return prev is not None and prev.kind in ("question", "follow_up")


def follow_up_marks(text: str, labels: _Labelled) -> _Labelled:
    """Questions that other marks than their label's verb make a 追问: a marker line before
    them ("第二问（追问）"), a speech opening "我再追问一句，", or a short quoted re-ask by
    the member who asked last, right after the answer (with or without the member's name)."""
    out = list(labels)
    pending = False  # a marker line was seen: the next question follows up
    last_asker: str | None = None
    after_answer = False
    invited = False  # the chair's line after the answer speaks of a 追问: the same member follows up
    last_full = False  # the last question's label named its member in full (seat or post and name)
    answered = 0  # how long the answers since the last question ran
    answering = False  # an answer's label came since the last question (lines with no label are its)
    answerer: str | None = None  # the name of the official who answered last
    for i, (a, b, lab) in enumerate(out):
        if lab is None:
            if answering:
                answered += b - a  # (before any answer, a line with no label goes on with the question)
            if is_marker_line(text[a:b]):
                pending = True
            elif after_answer and is_quoted_reask(text[a:b]) and _next_is_answer(out, i):
                out[i] = (a, b, Label("follow_up", Speaker(), 0))  # “那小型工程呢？” between two answers
                after_answer = False
            continue
        if lab.kind == "other":
            invited = invited or (after_answer and names_follow_up(text[a + lab.end:b]))
            continue
        name = lab.speaker.name
        asks = lab.kind in ("question", "follow_up") or (lab.kind == "speaker" and name is not None and name == last_asker)
        if not asks:
            after_answer = lab.kind in ("answer", "speaker") and not lab.declaration
            answerer = lab.speaker.name if after_answer else answerer
            answering = True
            answered += b - a - lab.end
            invited = False
            continue
        speech = text[a + lab.end:b]
        if not speech.strip() and i + 1 < len(out) and out[i + 1][2] is None:
            speech = text[out[i + 1][0]:out[i + 1][1]]  # a label on a line of its own: the speech below
        if lab.kind != "follow_up" and (pending or opens_follow_up(speech) or (invited and name and name == last_asker)
                                        or (after_answer and takes_up_again(speech))
                                        or (after_answer and len(speech.strip()) <= _REASK_MAX and cites_answer(speech))
                                        or (after_answer and asks_again(speech) and _presses_answerer(speech, answerer))
                                        or (after_answer and name and name == last_asker
                                            and (is_quoted_reask(speech) or asks_again(speech)
                                                 or (lab.bare and last_full)
                                                 or (answered <= _BRIEF_ANSWER_MAX and _short_reask(speech))))):
            out[i] = (a, b, replace(lab, kind="follow_up"))
        pending = pending and lab.declaration and lab.kind == "question" and lab.addressee is None
        # ("市人大代表 X：…？" answered, then "X：…？": the member who asked last, the label cut to
        # the bare name, presses on; the full label again asks anew, unless its speech is a short
        # re-ask after a brief answer, _short_reask)
        last_full = not lab.bare and bool(name) and name != last_asker
        last_asker = name or last_asker
        after_answer = invited = answering = False
        answered = 0
    return out


# The longest speech that asks again briefly: a member's prepared question of their own, put
# under the same label right after the first was answered, runs longer (background, then 请问…)
_REASK_MAX = 60
# The longest answer a short re-ask presses on: a prepared answer in numbered parts running longer
# is followed by the member's next prepared question, however short
_BRIEF_ANSWER_MAX = 400


def _presses_answerer(speech: str, answerer: str | None) -> bool:
    """Whether ``speech`` opens addressing the official who just answered, by surname and post
    ("宁局长，我接着问一句。" after 宁某栋's answer): whichever member asks again so presses that answer."""
    surname = addressed_surname(speech)
    return bool(surname and answerer and answerer.startswith(surname))


def _short_reask(speech: str) -> bool:
    """A short speech naming nobody it is put to ("班线停了，补贴还发不发？"):
    said by the member who asked last, right after the answer, it presses the same matter. No
    asking word is required (a turn the page cuts before its question is one, g16r_cut_mid_question),
    so a short thanks or wish in that place is marked too."""
    speech = speech.strip()
    return 0 < len(speech) <= _REASK_MAX and not find_clues(speech)


def _next_is_answer(labels: _Labelled, i: int) -> bool:
    nxt = next((lab for _, _, lab in labels[i + 1:] if lab is not None), None)
    return nxt is not None and nxt.kind in ("answer", "speaker") and not nxt.declaration


def grouped(labels: _Labelled) -> list[tuple[Label, list[tuple[int, int]]]]:
    """Each label with the paragraphs up to the next label (the preamble is dropped)."""
    raw: list[tuple[Label, list[tuple[int, int]]]] = []
    for a, b, label in labels:
        if label is not None:
            raw.append((label, [(a, b)]))
        elif raw:
            raw[-1][1].append((a, b))
    return raw
