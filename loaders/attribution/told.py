"""Speech told in narration rather than quoted after a cue: questions and answers a sentence tells,
the speech span a cue takes, askers named inside or after a clause, topics led to."""

from __future__ import annotations

import dataclasses
import re

# (imported here for the readings that ask them per phrase: an import statement run per call was ~1 µs)
from loaders.departments import find_departments
from loaders.turns import Speaker, find_clues, is_congress_role, not_a_name, parse_head
from loaders.attribution.words import cue_kind, cues, speech_links, speaker_words
from loaders.attribution.spans import (clause_end, clause_start, Cue, overlaps, para_index, quotation_ending_at,
                                       quoted_spans, SENTENCE_END, Utterance)
from loaders.attribution.people import People
from loaders.attribution.readings import is_department, whole_speaker
from loaders.attribution.names import member_opening
from loaders.attribution.speakers import (asked_whom, counted_member, group_asker, mentioned_person, parse_speaker,
                                          posts)
from loaders.attribution.cues import introduced_name, QUOTED_ASKING

__all__ = ["member_told_before_quote", "title_line", "question_from", "said_before_quote", "office_referred",
           "SCARE_QUOTE", "drop_lead_repeats", "pronoun_goes_on", "answered_members", "members_asked_before",
           "raised_problem_taken_up", "drop_told_topics", "unattributed_answers", "answered_about", "narrated_question",
           "topic_lead", "asked_topic_lead", "question_left_open", "told_speaker", "named_in_narration",
           "cut_after_colon", "cut_by_excerpt", "asked_when_cut", "open_quote_before", "quote_paragraphs_before",
           "drop_empty_questions", "cut_question", "speech_after", "speech_span", "open_question", "asker_in_clause",
           "asker_inside", "asker_after", "thrown_to", "told_before", "told_question", "question_before",
           "who_asked_who_answered", "introduced_questions"]


def member_told_before_quote(text: str, paragraphs: list[tuple[int, int]], out: list[Utterance],
                              people: People) -> list[Utterance]:
    """Quoted questions nobody is named asking that open a sentence after sentences of their
    paragraph naming one member and no other speech ("代表X是村里的妇女主任，她问的是安全。“…？”",
    "扶贫资金怎么管，是代表Y最关切的。“…？”"): that member asks them."""
    res = []
    seats = speaker_words().member_seats
    for u in out:
        q = text.find("“", u.start, u.end) if u.kind == "question" and not u.speaker.name and not u.speaker.role else -1
        if q > 0 and text[q - 1] in "。！？":
            a = paragraphs[para_index(paragraphs, u.start)][0]
            if not any(v is not u and a <= v.head_start < q for v in out) and "“" not in text[a:q] \
                    and sum(text.count(w, a, q) for w in seats) == 1:
                # clause starts, and a member after 是 ("…，是代表Y最关切的")
                starts = [a] + [i + 1 for i in range(a, q - 1) if text[i] in "，。；是"]
                found = {sp.name: sp for k in starts if (sp := member_opening(text, k, people)) is not None}
                if len(found) == 1:
                    u = dataclasses.replace(u, speaker=next(iter(found.values())))
        res.append(u)
    return res


_TITLE_BREAKS = re.compile(r"[。！？?；]")


def title_line(text: str, a: int, b: int) -> bool:
    """The first line when it is a page title: short, no full stop, not ending in a colon."""
    p = text[a:b].strip()
    return (0 < len(p) <= 50 and not _TITLE_BREAKS.search(p) and not p.endswith(("：", ":"))
            and not p.startswith(("“", "「")))


def question_from(text: str, u: Utterance, people: People) -> Utterance:
    """"最后一个问题来自委员X：…？": an unattributed question whose span opens by saying
    which member it comes from is that member's; so is one whose first sentence counts the
    asker and names them ("首位发问的委员是X。她说，…？")."""
    if u.kind not in ("question", "follow_up") or u.speaker.name or u.speaker.role:
        return u
    m = speech_links().question_from.match(text[u.start:u.end])
    sp = member_opening(text, u.start + m.end(), people) if m else None
    if sp is None and (c := counted_member(text, u.start, clause_end(text, u.start, u.end, "。！？\n"))) is not None:
        sp = c[0]
    return dataclasses.replace(u, speaker=sp) if sp is not None else u


def said_before_quote(text: str, prev: Cue | None, quote: int) -> Speaker | None:
    """The member whose say cue opens the sentence a quoted question closes ("委员X说，…，“…？”")."""
    if prev is None or prev.kind != "say" or not prev.speaker.role or not is_congress_role(prev.speaker.role) \
            or speaker_words().chair.search(prev.speaker.role) or not prev.cue_end <= quote:
        return None
    # (what others say, quoted inside the remark without asking, “有品牌无大企”, is no quotation of its own)
    remark = re.sub(r"“[^“”？?\n]*”", "", text[prev.cue_end:quote])
    return prev.speaker if not re.search(r"[。！？\n“”]", remark) else None


def office_referred(text: str, u: Utterance) -> Utterance:
    """"该局局长X回答": the office is the last one named before the speaker phrase (the one
    asked, "委员Y向县教育局提问"), of the same kind when the phrase says which (局, 委 …)."""
    m = speaker_words().this_office.match(u.speaker.department or "")
    if m is None:
        return u
    lo = max(0, u.head_start - 300)
    kind = m["kind"]
    named = [d for _, _, d in find_departments(text[lo:u.head_start])
             if kind in speaker_words().office_any or d.endswith(kind)]
    if not named:
        return u
    return dataclasses.replace(u, speaker=dataclasses.replace(u.speaker, department=named[-1]))


SCARE_QUOTE = re.compile(r"[“「][^“”「」？?，,。]{1,9}[”」]")


def drop_lead_repeats(text: str, out: list[Utterance]) -> list[Utterance]:
    """A news lead quotes the question of "该县人大常委会委员" (nobody named, nobody asked)
    and the next paragraph gives it again in full with the member's name: one question.
    Told by the next question (named) opening with the same words."""
    keep: list[Utterance] = []
    for i, u in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (u.kind == "question" and not u.speaker.name and u.addressee is None and nxt is not None
                and nxt.kind == "question" and nxt.speaker.name):
            head = text[u.start:u.end].strip("“”「」 ")[:6]
            if len(head) == 6 and head in text[nxt.start:nxt.end]:
                continue
        speech = text[u.start:u.end]
        if (u.kind in ("question", "follow_up") and not u.speaker.name and u.addressee is None
                and SCARE_QUOTE.fullmatch(speech)):
            continue  # a headline's "委员追问“最后一公里”": a catchword quoted, no one's question
        keep.append(u)
    return keep


def pronoun_goes_on(text: str, pos: int, para_end: int) -> tuple[int, int] | None:
    """The sentence after the one ending past ``pos`` when a one-character pronoun and a speech
    cue open it ("…回答了委员X的询问。她介绍，…"): that speaker's words, up to its end."""
    stop = text.find("。", pos, para_end)
    if stop < 0 or text[stop + 1:stop + 2] not in speaker_words().one_char_pronouns:
        return None
    cue = cues()[1].match(text, stop + 2)
    if cue is None or cue_kind(cue.group(0)) not in ("say", "answer"):
        return None
    a = cue.end() + (1 if text[cue.end():cue.end() + 1] in ("，", ",", "：", ":") else 0)
    b = text.find("。", a, para_end)
    return a, (b + 1 if b >= 0 else para_end)


def answered_members(text: str, c: Cue, people: People) -> Utterance | None:
    """The question an answer cue takes as its object when the object names the members who
    asked it and its topic ("回答了市人大常委会组成人员就…提出的问题"), else None."""
    m = speaker_words().members_asked.match(text, c.cue_end)
    if m is None and (q := speech_links().member_question.match(text, c.cue_end)) is not None:
        # "Y回答了委员X的询问。": the member named, the question only called so
        sp = whole_speaker(q["who"], people)
        if sp is None or not sp.name or not sp.role or not is_congress_role(sp.role):
            return None
        return Utterance("question", sp, q.start("who"), q.start("who"), q.start("who"), at=c.head_start)
    if m is None or not speech_links().congress_word.search(m["who"]):
        return None
    sp = whole_speaker(m["who"], people) or group_asker(m["who"]) or Speaker(role=m["who"])
    if sp.role is None or not is_congress_role(sp.role):
        return None
    # (told after the answer's cue, it stands before the answer in the exchange)
    return Utterance("question", sp, m.start("t"), m.end("t"), m.start("t"), at=c.head_start)


def members_asked_before(text: str, c: Cue, people: People) -> tuple[Utterance, Speaker] | None:
    """"副区长X带领12个部门负责人到会应询，并就委员们关于…提出的问题作了回答": the question
    (its askers and topic) told in the cue's clause, the official the clause before names
    (before 率/带领) answering it."""
    m = speaker_words().members_asked_before.fullmatch(text, c.head_start, c.cue_start)
    if m is None or not speech_links().congress_word.search(m["who"]) or c.head_start < 2 or text[c.head_start - 1] not in "，,":
        return None
    p0 = max(text.rfind(ch, 0, c.head_start - 1) for ch in "，,。；！？\n") + 1
    led = speech_links().leads.search(text, p0, c.head_start - 1)
    head = parse_speaker(text, p0, led.start() if led else c.head_start - 1, people)
    if head is None or not (head.speaker.title or head.speaker.department) or head.speaker.role:
        return None
    who = whole_speaker(m["who"], people) or group_asker(m["who"]) or Speaker(role=m["who"])
    if who.role is None or not is_congress_role(who.role):
        return None
    return Utterance("question", who, m.start("t"), m.end("t"), m.start("t"), at=p0), head.speaker


def _post_then_name(text: str, lo: int, hi: int) -> Speaker | None:
    """The first official ``text[lo:hi]`` names by a post and the name right after it, whatever
    modifies the post ("刚刚分管交通工作的副县长汪立新")."""
    for m in posts().finditer(text, lo, hi):
        for e in (m.end() + 3, m.end() + 2):
            label = parse_head(text[m.start():e]) if e <= hi else None
            if label is not None and label.speaker.name and not label.speaker.role and not not_a_name(label.speaker.name):
                return label.speaker
    return None


def raised_problem_taken_up(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """"针对常委会组成人员提出的“…”的问题，副县长X…要求发言": a problem the members raised,
    quoted in the narration, that an official named in the rest of the sentence takes up;
    no words of the reply given."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    # (every match holds 提出的 right before its quotation: a find, where the pattern scanned the
    # report for the set of its words' first characters)
    for m in speaker_words().raised.finditer(text) if "提出的“" in text else ():
        qa, qb = m.span("q")
        if overlaps(spans, qa, qb) or not speech_links().congress_word.search(m["who"]):
            continue
        who = whole_speaker(m["who"], people) or group_asker(m["who"]) or Speaker(role=m["who"])
        sp = mentioned_person(text, m.start("rest"), m.end("rest")) or _post_then_name(text, m.start("rest"), m.end("rest"))
        if who.role is None or not is_congress_role(who.role) or sp is None or sp.role or not (sp.title or sp.department):
            continue
        out.append(Utterance("question", who, qa, qb, qa))
        out.append(Utterance("answer", sp, m.end(), m.end(), m.start("rest")))
    return out


def drop_told_topics(text: str, out: list[Utterance]) -> list[Utterance]:
    """"委员X关注校车安全。她问县教育局：“…？”": what a member cares about, told just before
    the same member asks, is the question's lead-in, not a question of its own."""
    keep: list[Utterance] = []
    for u, nxt in zip(out, [*out[1:], None]):
        prev = keep[-1] if keep else None
        if (prev is not None and u.kind == "question" and prev.kind in ("question", "follow_up")
                and u.speaker.name and prev.speaker.name == u.speaker.name and prev.head_start == u.head_start
                and u.addressee is None and text[prev.start:prev.start + 1] in ("“", "「")
                and text[u.start:u.start + 1] not in ("“", "「") and not re.search(r"[？?]", text[u.start:u.end])):
            continue  # "“…？”委员X就把矛头指向了…问题。": the topic told after the quoted question, one question
        if (prev is not None and u.kind == "question" and u.start == u.end and prev.kind == "question"
                and u.speaker.name and prev.speaker.name == u.speaker.name and prev.end > prev.start
                and 0 <= u.head_start - prev.end <= 60):
            continue  # "“…？”委员X第一个发问。针对X提出的问题，…": the problem X raised is the one just quoted
        if (nxt is not None and (u.kind == "question" and nxt.kind in ("question", "follow_up")
                                 or u.kind == nxt.kind == "follow_up")
                and u.speaker.name and nxt.speaker.name == u.speaker.name
                and not (text[u.start:u.start + 1] in ("“", "「") and text[u.end - 1:u.end] in ("”", "」"))
                and not re.search(r"[？?]", text[u.start:u.end])
                and (0 <= nxt.head_start - u.end <= 30 and len(re.findall(r"[。！；]", text[u.end:nxt.head_start])) <= 1
                     or nxt.head_start == u.head_start and 0 <= nxt.start - u.end <= 6)
                and not (u.addressee is not None and nxt.addressee is not None and u.addressee != nxt.addressee)):
            # ("委员X就同一问题追问，询问…": the point pressed, then what X asked of it: one 追问)
            continue  # (but "先问A局，…；再问B局，…": one part put to each office, each a question)
        keep.append(u)
    return keep


def unattributed_answers(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """"委员X问Y局局长Z：“…？”" and then a quotation nobody is said to speak, closing its
    paragraph and asking nothing: the answer of the one asked (or of someone unnamed)."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for u, nxt in zip(taken, [*taken[1:], None]):
        if u.kind not in ("question", "follow_up") or (nxt is not None and nxt.kind == "answer"):
            continue
        if not (u.speaker.name or u.speaker.role or u.addressee) or u.end <= u.start:
            continue
        pos = u.end
        while pos < len(text) and text[pos] in " \n":
            pos += 1
        if text[pos:pos + 1] != "“":
            continue
        para_end = paragraphs[para_index(paragraphs, pos)][1]
        quote = next((q for q in quoted_spans(text, pos, para_end) if q[0] == pos), None)
        if quote is None:  # an opening mark never closed in its paragraph
            continue
        after = text[quote[1]:para_end].strip(" 。")
        if (after and not speech_links().asked_office.match(after)) or re.search(r"[？?]", text[quote[0]:quote[1]]) \
                or overlaps(spans, *quote) or (nxt is not None and nxt.start < quote[1]):
            continue
        out.append(Utterance("answer", u.addressee or Speaker(), quote[0], quote[1], quote[0]))
    return out


def answered_about(text: str, c: Cue) -> tuple[int, int] | None:
    """The problem an answer cue takes as its object ("答复野猪毁粮问题解决情况": 野猪毁粮问题)."""
    m = speech_links().answered_about.match(text, c.cue_start)
    if m is None or m.end() != c.cue_end:
        return None
    m = speech_links().answered_object.match(text[c.cue_end:c.cue_end + 48])
    return (c.cue_end, c.cue_end + m.end()) if m else None


def narrated_question(text: str, lo: int, quote: int) -> tuple[int, int] | None:
    """The sentence ending in ？ right before ``quote`` (same paragraph, after ``lo``)."""
    if quote - 1 < lo or text[quote - 1] not in "？?":
        return None
    start = clause_start(text, lo, quote - 1, "。！？?；")
    return (start, quote) if 6 <= quote - start <= 150 else None


def _topic_lead_match(text: str, lo: int, head: int) -> re.Match[str] | None:
    """The clause right before the speaker at ``head``, after a comma, matched by speech_links' topic_lead
    ("针对X，", "在回答X时，", "关于X的问题，"), or None."""
    if head - 1 <= lo or text[head - 1] not in "，,":
        return None
    # The clause right before the speaker ("小微水体是…的空间，针对小微水体长效监管，").
    start = clause_start(text, lo, head - 1, "。！？?；，,\n")
    return speech_links().topic_lead.fullmatch(text, start, head)


def topic_lead(text: str, lo: int, head: int) -> tuple[int, int] | None:
    """"针对X，" or "在回答X时，" opening the sentence of an answer's speaker: X, what was asked about."""
    m = _topic_lead_match(text, lo, head)
    if m is None:
        return None
    if m["t"] is not None:
        # "针对这一问题，": a question already asked, or told with its asker
        return None if speech_links().topic_asked.search(m["t"]) else m.span("t")
    # "在回答如何解决…问题时，": the problem is the question ("在回答X委员的提问时" names an asker instead)
    return None if speech_links().answering_asked.search(m["w"]) else m.span("w")


def asked_topic_lead(text: str, lo: int, head: int) -> tuple[int, int] | None:
    """"关于X的问题，委员Y问得很直接。": X's clause opening the sentence of a member's question
    cue that quotes nothing (a topic ending in 问题 is this question's, not one asked before;
    "关于这个问题，" points back and names none)."""
    m = _topic_lead_match(text, lo, head)
    if m is None or m["t"] is None or text[m.start("t")] in "这此该":
        return None
    return m.span("t")


# "对此，", "面对这一问题，": a short clause between a question and the official answering it.
_LINKING = re.compile(r"[^，。；！？“”\n]{1,10}[，,]")


def question_left_open(text: str, paragraphs, pi: int, head: int, floor: int) -> tuple[int, int] | None:
    """The question an answer's speaker phrase follows, when nobody is said to ask it: the
    sentences ending in ？ right before it (same paragraph), else the paragraph before it
    when that ends in a question or in a quoted question and a short line of narration
    ("“…？”这道题是A、B等单位都要回答的。")."""
    a = paragraphs[pi][0]
    j = head
    k = clause_start(text, a, j, "。！？?；\n")
    if k < j and _LINKING.fullmatch(text, k, j):
        j = k  # "…？对此，Y局长表示"
    if j > max(a, floor) and text[j - 1] in "？?" or text[j - 2:j] in ("？”", "?”"):
        start = clause_start(text, max(a, floor), j, "。！；\n")
        return (start, j) if 6 <= j - start <= 200 and not told_speaker(text, start, j) else None
    if j > a or pi == 0:
        return None
    pa, pb = paragraphs[pi - 1]
    if pa < floor or pb - pa > 300:
        return None
    para = text[pa:pb].rstrip()
    if told_speaker(text, pa, pa + len(para)) or named_in_narration(text, pa, pa + len(para)):
        return None  # (narration naming someone with a post tells who asked: the later passes read it)
    if para.endswith(("？", "?", "？”", "?”")):
        return pa, pa + len(para)
    asks = [q for q in quoted_spans(text, pa, pb) if re.search(r"[？?]", text[q[0]:q[1]])]
    # (narration that names someone with a post, "…”市人大代表X很想知道…", tells who asked: not this rule)
    if asks and len(para) - (asks[-1][1] - pa) <= 40 and not posts().search(text, asks[-1][1], pa + len(para)):
        return pa, pa + len(para)
    return None


def told_speaker(text: str, a: int, b: int) -> bool:
    """Whether the narration of ``text[a:b]`` (outside its quotations, 请问 aside) says someone
    speaks who is no member of the congress: "县政协委员X问：“…？”", "主持人问：“…？”" — the
    question is no congress inquiry's."""
    narration = _narration(text, a, b).replace("请问", "")
    return bool(cues()[1].search(narration)) and not speech_links().congress_word.search(narration)


def named_in_narration(text: str, a: int, b: int) -> bool:
    """Whether the narration of ``text[a:b]`` names someone with a post and a name."""
    narration = _narration(text, a, b)
    return mentioned_person(narration, 0, len(narration)) is not None


def _narration(text: str, a: int, b: int) -> str:
    """``text[a:b]`` without its quotations (the parts joined by a comma)."""
    outside, pos = [], a
    for x, y in quoted_spans(text, a, b):
        outside.append(text[pos:x])
        pos = y
    outside.append(text[pos:b])
    return "，".join(outside)


def cut_after_colon(text: str, c: Cue) -> bool:
    """"市粮食局局长Y说：" ending the excerpt: an official about to answer, the answer cut."""
    return text[c.cue_end:].strip() in ("：", ":") and bool(c.speaker.department or c.speaker.title)


def cut_by_excerpt(text: str, start: int, end: int) -> bool:
    """A quotation that opens at ``start`` and runs unclosed to the end of the text."""
    return (text[start:start + 1] in ("“", "「") and not text[end:].strip(" \n，,、…")
            and not re.search("[”」]", text[start:end]))


def asked_when_cut(text: str, c: Cue, start: int, end: int) -> bool:
    """"委员X问：“如" and the page ends: a question cue whose quotation the page cut a word or
    two in (or at its very mark) still asked, though its speech is too short to be one."""
    return c.kind in ("question", "follow_up") and start - c.cue_end <= 1 and cut_by_excerpt(text, start, end)


def open_quote_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last quoted question of ``text[lo:hi]``, if it ends within two sentences of ``hi``."""
    asks = [q for q in quoted_spans(text, lo, hi) if re.search(r"[？?]", text[q[0]:q[1]])]
    if not asks or hi - asks[-1][1] > 120 or len(re.findall(r"[。！]", text[asks[-1][1]:hi])) > 2:
        return None
    return asks[-1]


# Narration a quotation paragraph may open with: a dateline, a reporter's byline ("本报讯（记者 X）").
_LEAD_MAX = 40


def quote_paragraphs_before(text: str, paragraphs, pi: int, head: int, floor: int) -> tuple[int, int] | None:
    """"“…？”" / "“…？”" as paragraphs of their own, then "代表X开门见山便是一连串追问。" in the
    next one with no speech of its own: the quotations (up to three paragraphs right before,
    each nothing but quotations after a short dateline, one of them asking) are the member's.
    The cue's paragraph must quote nothing before the cue (else that quotation is the one)."""
    if pi == 0 or "“" in text[paragraphs[pi][0]:head] or "「" in text[paragraphs[pi][0]:head]:
        return None
    first = last = None
    for k in range(pi - 1, max(-1, pi - 4), -1):
        a, b = paragraphs[k]
        if a < floor:
            break
        quotes = quoted_spans(text, a, b)
        if not quotes or text[quotes[-1][1]:b].strip(" 。") or quotes[0][0] - a > _LEAD_MAX \
                or any(text[x:y].strip() for (_, x), (y, _) in zip(quotes, quotes[1:])) \
                or not all(re.search(r"[，。？！；,?!]", text[x:y]) for x, y in quotes):
            # (a headline's quoted term, "…上的“一连串追问”", is no speech)
            break
        first, last = quotes[0][0], last or quotes[-1][1]
    if first is None or not re.search(r"[？?]", text[first:last]):
        return None
    return first, last


def drop_empty_questions(out: list[Utterance], paragraphs) -> list[Utterance]:
    """"“…？”代表X很想知道…。Y局长回答：“…”": an answer given an empty question of its
    own while the member's quoted question just before it (same or previous paragraph:
    normalising puts "Y局长回答：" on a line of its own) is still open."""
    keep: list[Utterance] = []
    for u in out:
        if (u.kind == "question" and u.start == u.end and u.speaker == Speaker() and keep
                and keep[-1].kind in ("question", "follow_up") and keep[-1].end > keep[-1].start
                and 0 <= para_index(paragraphs, u.start) - para_index(paragraphs, keep[-1].start) <= 1):
            continue
        keep.append(u)
    return keep


def cut_question(text: str, paragraphs, taken: list[Utterance]) -> list[Utterance]:
    """An excerpt that ends inside a quotation addressed to an office ("“请问省水利厅，我省在…"):
    the question it cuts still names who is asked."""
    at = text.rfind("“")
    if at < 0 or "”" in text[at:] or not paragraphs or any(u.end > at for u in taken):
        return []
    a, b = paragraphs[para_index(paragraphs, at)]
    if b < at or len(text) - b > 200 or b - at > 400:
        return []  # not the last words of the excerpt
    quote = text[at:b]
    if not speaker_words().addressed.search(quote) or not any(sp.department or sp.title for _, sp in find_clues(quote)):
        return []
    return [Utterance("question", Speaker(), at, b, at)]


def speech_after(text: str, c: Cue, nxt: Cue | None, paragraphs: list[tuple[int, int]],
                  pi: int) -> tuple[int, int] | None:
    """The speech after a cue: up to the next attributed speech or the paragraph end."""
    b = paragraphs[pi][1]
    stop = b
    if nxt is not None and nxt.cue_start < b:
        stop = min(stop, nxt.before[0] if nxt.before else nxt.head_start)
    j = c.cue_end
    if j < stop and text[j] in "：:，,":
        j += 1
    if j < stop and text[c.cue_end] in "，," and text.startswith(speaker_words().doing_else, j):
        return None  # "X逐一回应，并认真记录了…": the same speaker doing something else, no speech
    if j < stop and text[c.cue_end] in "，," and c.kind in ("question", "follow_up") and c.topic \
            and _office_answers_at(text, j, stop):
        return None  # "X还就…一事提出询问，有关部门表示会后研究答复": the topic was asked, an office answers
    if j < stop and text[c.cue_end] in "：:，,“「":
        return j, stop
    if c.kind in ("question", "follow_up") and j < stop and text[j] not in "。！？；":
        # Indirect question: "X询问了城区停车难问题如何解决。"
        end = j
        while end < stop and text[end] not in "。！？；":
            end += 1
        if text.startswith("的是", c.cue_end - 2):
            end = _pronoun_sentences_after(text, end, stop)
        if nxt is not None and nxt.before and nxt.before[0] == end + 1 == stop and text.startswith("。", end) \
                and nxt.kind in ("answer", "say") and not (nxt.speaker.role and is_congress_role(nxt.speaker.role)) \
                and QUOTED_ASKING.fullmatch(text, *nxt.before):
            # "委员X把目光投向了楼道。“…？”局长Y坦言，…": the quotation that asks after the member's
            # topic is the member's question, not the speech of the official named after it
            return j, nxt.before[1]
        return j, _questions_after_topic(text, end, stop)
    if c.kind in ("answer", "say") and j < stop and text[j] not in "。！？；":
        # "X汇报了一串数据，38个整改问题正在推进…", "Y表示将…" (a say cue runs on only there)
        return j, stop
    if j >= b and not c.before and pi + 1 < len(paragraphs):
        # "X率先发问：" ends its paragraph: the speech is the next one.
        na, nb = paragraphs[pi + 1]
        if nxt is None or nxt.head_start >= nb:
            return na, nb
    if c.kind in ("question", "follow_up") and not c.before and text[j:b] == "。" and pi + 1 < len(paragraphs):
        # "委员X最后提问。" a line of its own, "“…？”" the next: a brief cut one sentence a
        # line puts the question under the line naming who asks it
        na, nb = paragraphs[pi + 1]
        if (nxt is None or nxt.head_start >= nb) and QUOTED_ASKING.fullmatch(text, na, nb):
            return na, nb
    return None


_UNNAMED_OFFICE = re.compile(r"(?:各|其他)?(?:相关|有关)(?:部门|单位)(?:负责人|负责同志)?")


def _office_answers_at(text: str, j: int, stop: int) -> bool:
    """Whether the clause at ``j`` opens with an office, named or not ("相关部门", "市X局"),
    and an answering or saying cue right after it ("相关部门表示…", "市X局回应…")."""
    end = clause_end(text, j, stop, "，,。！？；")
    m = cues()[1].search(text, j, end)
    if m is None or cue_kind(m.group(0)) not in ("answer", "say") or not 2 <= m.start() - j <= 20:
        return False
    head = text[j:m.start()]
    return _UNNAMED_OFFICE.fullmatch(head) is not None or is_department(head)


def _pronoun_sentences_after(text: str, end: int, stop: int) -> int:
    """Where a member's concern ends when the sentences right after it open with 他/她 (before
    ``stop``, the next speech): "委员X关心的是钱。他注意到，…。他请市财政局说一说，…。" asks
    in the sentences the member goes on with (each sentence is read once)."""
    pronouns = speaker_words().one_char_pronouns
    while text.startswith("。", end) and end + 1 < stop and text[end + 1] in pronouns:
        m = SENTENCE_END.search(text, end + 1, stop)
        end = m.start() if m is not None else stop
    return end


def _questions_after_topic(text: str, end: int, stop: int) -> int:
    """Where an indirect question's speech ends when its object closes a sentence at ``end``
    and the sentences right after it ask (unquoted, before ``stop``, the next speech): the topic
    first, then the member's question ("委员X把话题拉回到煤炭上。…产业链怎么向下游延伸？")."""
    if not text.startswith("。", end):
        return end
    pos = end + 1
    if (q := QUOTED_ASKING.match(text, pos, stop)) is not None:
        # "委员X接过话题，把目光投向了楼道。“…？”": the topic, then the member's quoted question
        return q.end()
    while pos < stop:
        m = SENTENCE_END.search(text, pos, stop)
        if m is None or text[m.start()] not in "？?" or "“" in text[pos:m.start()]:
            break
        end = pos = m.end()
    return end


def speech_span(text: str, c: Cue, after: tuple[int, int] | None) -> tuple[int, int]:
    """What the cue attributes: the quotation before it, the speech after it, both
    when a quotation is split around it, the topic, or nothing (an empty span)."""
    if c.before and after and text[after[0]] in "“「":
        span = (c.before[0], after[1])  # a quotation split around the cue
    elif c.before:
        span = c.before
    elif after:
        span = after
    elif c.topic:
        span = c.topic  # "X围绕彩礼治理提出问题": the question in indirect speech
    else:
        # "交通局局长杨奎现场应答。": an answer the report does not quote still names who gave it.
        span = (c.cue_end, c.cue_end)
    start, end = span
    while end > start and text[end - 1] in " ，,":
        end -= 1
    return start, end


def open_question(out: list[Utterance]) -> bool:
    return bool(out) and out[-1].kind in ("question", "follow_up")


def asker_in_clause(text: str, c: Cue, people: People) -> tuple[Speaker | None, tuple[int, int] | None, bool]:
    """The asker named in the answer's own sentence ("面对张凯华代表的提问，X表示"), the
    question told there, if any ("针对X提出的如何…的问题": 如何…的问题, "面对X的追问“…”":
    the quotation), and whether the clause calls it a 追问."""
    lo = c.before[1] if c.before else max(0, c.head_start - 90)
    lo = max(lo, text.rfind("\n", 0, c.head_start) + 1, text.rfind("。", 0, c.head_start) + 1)  # its own sentence
    clause = text[lo:c.head_start]
    m = speech_links().facing.search(clause)
    sentence_lo, sentence = lo, clause
    inside = False
    if not m and c.cue_start - c.head_start > 6:
        # "Y在回答委员X关于…的问询时说": the clause stands between the official and the cue.
        lo, clause, inside = c.head_start, text[c.head_start:c.cue_start], True
        m = speech_links().facing.search(clause, 2)
        if m and m.end() == len(clause):
            m = None  # (the asked noun is the cue itself: no clause of its own)
    seat = None
    if not m and (m := speech_links().raised_opening.match(sentence)) is not None:
        lo, clause, inside = sentence_lo, sentence, False
        # "代表提出的…问题，…负责同志表示": a member's question told opening the answer's sentence
        # (a seat alone: a member the report does not name)
        seat = m.group(1) if m.group(1) in speaker_words().anonymous_roles else None
    if not m:
        return None, None, False
    # "针对代表们提出的问题": members together, unnamed.
    sp = whole_speaker(m.group(1), people) or whole_speaker(m.group(1).removesuffix("们"), people)
    if sp is None and seat is not None:
        sp = Speaker(role=seat)
    if sp is None or not (sp.role and is_congress_role(sp.role)):
        return None, None, False
    people.add(sp)
    re_ask = cue_kind(m.group(0)[-2:]) == "follow_up"
    a = lo + m.end(1)
    if text.startswith("提出的", a):
        a += 3
    elif text.startswith("的", a):
        a += 1
    b = lo + m.end()
    if text.startswith("“", b) and (q := text.find("”", b, c.head_start)) > b:
        return sp, (b, q + 1), re_ask
    return sp, ((a, b) if b - a >= 6 and (inside or text[b - 2:b] == "问题") else None), re_ask


def asker_inside(text: str, start: int, end: int, people: People) -> tuple[Speaker, tuple[int, int]] | None:
    """The member an answer's own words name as the one who asked, opening one of its clauses
    ("…。针对林海燕代表提出的增开夜班公交的建议，…"), and what was asked (after 提出的)."""
    for m in speech_links().facing.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] not in "，,。；":
            continue
        sp = whole_speaker(m.group(1), people)
        if sp is None or not sp.name or not (sp.role and is_congress_role(sp.role)):
            continue
        a = m.end(1) + (3 if text.startswith("提出的", m.end(1)) else 1 if text.startswith("的", m.end(1)) else 0)
        people.add(sp)
        return sp, (a, m.end())
    return None


def asker_after(text: str, c: Cue, people: People) -> Speaker | None:
    """"“…”Y局长的回答，得到提问人X代表的点头认可。": a member named after a quoted answer's
    cue, in the same sentence, asked the question it answers."""
    end = clause_end(text, c.cue_end, c.cue_end + 60, "。！？\n“")
    sp = mentioned_person(text, c.cue_end, end)
    if sp is None and (m := speech_links().asker_noun.search(text, c.cue_end, end)):
        sp = whole_speaker(m["x"], people)  # "提问人郭敏代表"
    if sp is None or not (sp.role and is_congress_role(sp.role)) or speaker_words().chair.search(sp.role):
        return None
    people.add(sp)
    return sp


def thrown_to(text: str, pos: int, people: People) -> Speaker | None:
    """"X开门见山，将问题直接抛给了沈立群": whom the question was put to, after the cue."""
    m = speech_links().thrown_to.match(text, pos, min(len(text), pos + 60))
    if not m:
        return None
    sp = whole_speaker(m["x"], people)
    return sp if sp is not None and not (sp.role and is_congress_role(sp.role)) else None


def told_before(text: str, paragraphs, pi: int, asked: Speaker, floor: int) -> tuple[int, int] | None:
    """The paragraph before the answer's when it tells what ``asked`` asked or proposed."""
    if pi == 0 or not asked.name:
        return None
    a, b = paragraphs[pi - 1]
    return (a, b) if a >= floor and asked.name in text[a:b] and b - a <= 400 else None


def told_question(text: str, para_start: int, floor: int, end: int,
                   people: People) -> tuple[tuple[int, int], Speaker] | None:
    """The last sentence before ``end`` (same paragraph) that asks (…？), from the clause
    where a member, named or not ("另一位提问人", "委员X"), opens it."""
    lo = max(para_start, floor)
    q = max(text.rfind("？", lo, end), text.rfind("?", lo, end))
    if q < 0:
        return None
    start = max(text.rfind("。", lo, q), text.rfind("”", lo, q), lo - 1) + 1
    if q + 1 - start > 200:
        return None
    # The member opens the sentence or one of its clauses ("X刚答完，另一位提问人…").
    for cs in [start] + [i + 1 for i in range(start, q) if text[i] == "，"]:
        for e in range(min(q, cs + 20), cs + 1, -1):
            sp = whole_speaker(text[cs:e], people)
            if sp is not None and sp.role and is_congress_role(sp.role) and not speaker_words().chair.search(sp.role):
                return (cs, q + 1), sp
    return None


def question_before(text: str, c: Cue, paragraphs, pi: int, floor: int) -> tuple[int, int] | None:
    """The question an answer attribution answers: its own quotation when that asks,
    else the previous paragraph when it is an unattributed question."""
    if c.before and c.before[0] >= floor and text[c.before[1] - 2] in "？?":
        # "政协委员X发问：“…？”Y局长表示": a speaker the cues refused put it
        k = clause_start(text, max(floor, 0), c.before[0], "。！？；\n")  # (floor is -1 before any speech)
        return None if text[k:c.before[0]].endswith(("：", ":")) and told_speaker(text, k, c.before[0]) \
            else c.before
    if pi > 0:
        a, b = paragraphs[pi - 1]
        if a >= floor and text[a:b].rstrip().endswith(("？", "?")) and b - a <= 300 and not told_speaker(text, a, b):
            return a, b
    return None


def who_asked_who_answered(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """Features that quote first and name later: "发问的是委员X，回答的是局长Y" (or the one who
    answered first: "回答的是局长Y，发问的是委员X")."""
    out = []
    spans = [(u.start, u.end) for u in taken]
    needs = speech_links().who_needs  # (finds, where the pattern scanned the report for its first characters)
    for m in speech_links().who.finditer(text) if any(w in text for w in needs) else ():
        asker = whole_speaker(m["a"] or m["a2"] or m["a3"], people)
        answerer = whole_speaker(m["b"] or m["b2"] or m["b3"], people)
        if asker is None or answerer is None:
            continue
        quotes = [q for q in _quotes_before(text, m.start(), 2)
                  if not any(a <= q[0] < b for a, b in spans)]
        if len(quotes) == 2:
            out.append(Utterance("question", asker, quotes[0][0], quotes[0][1], quotes[0][0]))
            out.append(Utterance("answer", answerer, quotes[1][0], quotes[1][1], quotes[1][0]))
    return out


def introduced_questions(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """"首先向副厅长X发问的是董事长Y，他发现…。“…？”": the rest of the paragraph that
    introduces the asker is their question when it asks and no cue has read it."""
    if "的是" not in text:
        return []
    out = []
    for m in speech_links().introduced.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if "？" not in text[m.end():end] and "?" not in text[m.end():end]:
            continue
        if any(u.start < end and m.end() < u.end for u in taken):
            continue
        asker = people.by_name.get(introduced_name(m["head"]) or "")
        if asker is not None:
            out.append(Utterance("question", asker, m.end(), end, m.start(), asked_whom(m["whom"], people)))
    return out


def _quotes_before(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """The quotations that end the last ``n`` paragraphs before ``pos``, in order
    (a caption joined in front of a quotation does not hide it)."""
    out: list[tuple[int, int]] = []
    end = text.rfind("\n", 0, pos)
    while end > 0 and len(out) < n:
        start = text.rfind("\n", 0, end) + 1
        span = quotation_ending_at(text, end, start) if text[end - 1:end] == "”" else None
        if span is None:
            break
        out.insert(0, span)
        end = start - 1
    return out
