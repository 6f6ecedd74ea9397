"""Quotations standing alone, their speaker named before or after them: a lede answered first, a
member named after a quoted question, answers pointed back to, talk requests, members introducing themselves."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from loaders.bodies import inquiry_named
from loaders.datafiles import alternation, read_words
from loaders.turns import Speaker, is_congress_role, parse_head, titles
from loaders.attribution.words import (BOUNDARY, cue_kind, cue_words, cues, speech_links, MAX_HEAD, speaker_words,
                                       strip_fillers)
from loaders.attribution.spans import clause_end, clause_start, order, overlaps, quoted_spans, Utterance
from loaders.attribution.people import People
from loaders.attribution.readings import anonymous_speaker, label_speaker, whole_speaker
from loaders.attribution.names import member_opening
from loaders.attribution.speakers import mentioned_person
from loaders.attribution.cues import asker_lead, presides
from loaders.attribution.told import named_in_narration

__all__ = ["member_after_open_quote", "quote_then_member", "question_thrown_to", "drop_presumed_questions",
           "answer_first_lede", "answers_pointed_back", "asker_named_before", "talk_requests", "self_introduced"]


def member_after_open_quote(text: str, span: tuple[int, int], out: list[Utterance],
                             people: People) -> tuple[str, Speaker, tuple[int, int]] | None:
    """The kind, member and quotation of "“…？”X忍不住插话。" ending the question ``span`` left
    open before an answer: the member opening the clause right after the last quoted question
    asked it; a 追问 when cutting in (a cut_in word) on the official whose answer came last."""
    asks = [q for q in quoted_spans(text, *span) if re.search(r"[？?]", text[q[0]:q[1]])]
    if not asks or (sp := member_opening(text, asks[-1][1], people)) is None:
        return None
    a, b = asks[-1]
    clause = text[b:clause_end(text, b, min(len(text), b + 40), "。！？\n“")]
    cut_in = (any(w in clause for w in speaker_words().cut_ins) and bool(out) and out[-1].kind == "answer"
              and not any(t in text[out[-1].end:a] for t in titles()))
    return ("follow_up" if cut_in else "question"), sp, (a, b)


_NAME_AFTER_QUOTE = 30  # how far after a quotation (or an asked sentence) the member it names may stand
_THROWN_REACH = 40  # how far after that name the words saying what the member did with the question reach


def _after_name(text: str, b: int, name: str) -> int | None:
    """Where ``name``, the member named within a few characters after ``b`` (the end of what was
    asked), ends: what follows says what the member did with the question ("委员X把问题抛给了…").
    None when the name does not stand there."""
    n = text.find(name, b, b + _NAME_AFTER_QUOTE)
    return n + len(name) if n >= 0 else None


def quote_then_member(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """"“…？”代表朱穗生一开口就不留情": a quoted question right before a named member,
    whatever verb follows (no cue word)."""
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _QUOTE_ALONE.finditer(text):
        a, b = m.span()
        if overlaps(spans, a, b):
            continue
        asks = text[b - 2] in "？?"
        # "“…”\n\n提出这个问题的，是委员X。": a quotation alone on its line, the asker opening the next
        after = b + len(text[b:b + 3]) - len(text[b:b + 3].lstrip("\n")) if text[a - 1:a] in ("\n", "") else b
        lead = asker_lead(text, after)
        if lead == after and after == b and ("？" in text[a:b] or "?" in text[a:b]) and (stop := text.find("。", b, b + 20)) > 0 \
                and not any(q in text[b:stop] for q in "“”\n") and (later := asker_lead(text, stop + 1)) > stop + 1:
            # "“…？”话音刚落，会场安静下来。提问的是委员X": the asker named after a short sentence
            after, lead = stop + 1, later
        if lead == after and not asks:
            sp = _described_asker(text, b, people)  # "“…”…，委员X的提问开门见山。"
            if sp is None and after == b and (sp := member_opening(text, b, people)) is not None \
                    and not ((n := _after_name(text, b, sp.name)) is not None
                             and (speech_links().thrown_to.match(text, n, n + _THROWN_REACH)
                                  or speech_links().thrown_out.match(text, n, n + _THROWN_REACH))):
                # ("“…。”委员X把问题抛给了市Y局。", "“…！”委员X开场就抛出了尖锐问题。": a remark the member
                # put to an office, or put as a question, is a question)
                sp = None
        else:
            sp = member_opening(text, lead, people) if lead > after or after == b else None
        if sp is None and asks and lead > after and (ch := member_opening(text, lead, people, chair_asks=True)) is not None \
                and not presides(text, ch.name):
            sp = ch  # "“…？”\n\n提问的是市人大常委会副主任X。": the lead says who asked, a vice-chair who does not preside too
        requests = not asks and after == b and sp is None and _talk_request().match(text, a + 1, b) is not None
        if sp is None and (asks or requests) and after == b \
                and (ch := member_opening(text, b, people, chair_asks=True)) is not None \
                and not presides(text, ch.name) and (n := _after_name(text, b, ch.name)) is not None \
                and (asks and speech_links().thrown_out.match(text, n, n + _THROWN_REACH)
                     or speaker_words().described_after.match(text, n)):
            # "“…？”常委会副主任X抛出了…问题", "“…？”常委会副主任X的问题直指资金": a vice-chair who
            # does not preside puts the question; so a chair's request to an office put with no
            # question mark ("“请县住建局谈谈，…。”县人大常委会主任X的询问不带一个问号")
            sp = ch
        if sp is None and asks and after == b:
            sp = _described_asker(text, b, people)
        if sp is None and asks and (lead > after or after == b):
            sp = _anonymous_opening(text, lead)  # "“…？”一位委员直言发问"
        # A lede may ask, then say why ("“…有多少？不少村还要走十几里路。”5月18日，…委员X第一个发言"):
        # the member told after its setting or below it asked it.
        lede_asks = asks or "？" in text[a:b] or "?" in text[a:b]
        if sp is None and lede_asks and after == b:
            sp = _asker_past_setting(text, b, people)
        if sp is None and asks:
            sp = asker_named_before(text, a, people)
        if sp is None and asks and text[a - 1:a] in ("，", ","):  # (not "": a quotation opening the text)
            sp = _member_before_quote(text, a, people)
        if sp is None and lede_asks and (text[a - 1:a] in ("\n", " ", "") or _ends_page_title(text, a)):
            # (a lede opens its line; a page flattened to one line may run the setting on after it)
            sp = _member_named_below(text, b + len(text[b:b + 4]) - len(text[b:b + 4].lstrip("\n ")), taken, people)
        if sp is None and asks and after == b and text[b:b + 1] in speaker_words().one_char_pronouns \
                and (cue := cues()[1].match(text, b + 1)) is not None \
                and cue_kind(cue.group(0)) in ("question", "follow_up"):
            # "“…？”她追问道。" after an official's answer: the pronoun is the member who asked last
            sp = _last_asker(taken, out, a)
        if sp is None and asks and after == b and text[b:b + 1] in speaker_words().one_char_pronouns \
                and speaker_words().described_after.match(text, b + 1):
            # "委员X翻开一本调研笔记。“…？”她的问题很朴实": the question described by a pronoun's
            # noun is the member's the paragraph named before the quotation
            sp = _member_told_before(text, a, people)
        if sp is not None:
            people.add(sp)
            # "“…？”委员X没等落座就追问了一句。": the verb after the member says it follows up
            # ("“…？”\n\n紧接着追问的是委员X。": or the lead naming the asker on the next line).
            end = clause_end(text, after, after + 40, "。！？\n“")
            re_ask = any(k == "follow_up" and w in text[after:end] for w, k in cues()[0].items())
            out.append(Utterance("follow_up" if re_ask else "question", sp, a, b, a))
    return out


# A sentence that asks with no quotation marks, from a paragraph's start or a sentence's end to its
# question mark ("农田退水怎么管？").
_ASKED_SENTENCE = re.compile(r"(?:(?<=\n)|(?<=^)|(?<=[。！？”]))[^。！？；：\n“”「」]{4,120}[？?]")


def question_thrown_to(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """"农田退水怎么管？委员X把问题抛给了州某局。": a question put without quotation marks, right
    before the member who opens the next sentence and put it to an office or an official (a
    chair putting it so asks too). Nothing quoted, no cue word: the member's question to them."""
    if not any(w in text for w in speech_links().thrown_needs):
        return []
    spans = sorted((u.start, u.end) for u in taken)
    out = []
    for m in _ASKED_SENTENCE.finditer(text):
        a, b = m.span()
        if overlaps(spans, a, b) or (sp := member_opening(text, b, people, chair_asks=True)) is None:
            continue
        n = _after_name(text, b, sp.name)
        thrown = speech_links().thrown_to.match(text, n, n + _THROWN_REACH) if n is not None else None
        if thrown is None or re.search(r"[，。；！？“”]", text[n:thrown.start("v")]):
            continue
        whom = whole_speaker(thrown["x"], people)
        if whom is None or (whom.role and is_congress_role(whom.role)):
            continue
        people.add(sp)
        out.append(Utterance("question", sp, a, b, a, addressee=whom))
    return out


def _ends_page_title(text: str, a: int) -> bool:
    """Whether the quotation at ``a`` ends the page's first line, after its title and subtitle
    with no sentence ended ("厂房建得快，更要用得好——…专题询问侧记“…？”": a lede the page run
    on to its title)."""
    if not 0 < a <= 80 or text.find("\n", 0, a) >= 0 or re.search(r"[。？！?!“”]", text[:a]):
        return False
    # ("特写：果园里的追问“…？”": a kind of piece may open the title before a colon)
    colon = _TITLE_STOPS.search(text, 0, a)
    return colon is None or colon.start() <= 6 and _TITLE_STOPS.search(text, colon.end(), a) is None


def _member_told_before(text: str, a: int, people: People) -> Speaker | None:
    """The member (named, not the chair) who opens the last clause naming one in the paragraph
    before the quotation at ``a``, its first ("第一个片段，是委员X翻开一本调研笔记。“…？”")."""
    para = text.rfind("\n", max(0, a - 200), a) + 1
    if para == 0 and a > 200 or "“" in text[para:a]:
        return None  # (a long paragraph, or one quoting someone before: no such lead)
    found = None
    for s0 in [para] + [i + 1 for i in range(para, a) if text[i] in "，。；"]:
        if (sp := member_opening(text, speech_links().told_link.match(text, s0).end(), people)) is not None:
            found = sp
    return found


_QUOTE_ALONE = re.compile(r"“[^“”\n]{4,400}”")


def drop_presumed_questions(out: list[Utterance], found: list[Utterance]) -> list[Utterance]:
    """``out`` with ``found`` added, less the unnamed empty question presumed for an answer
    quoted before any question ("副乡长Y站起来回答：…") when a question found since
    (a lede's "“…？”" whose asker is named below) is the utterance right before it."""
    if not found:
        return out
    merged = sorted([*out, *found], key=order)
    drop = {id(u) for prev, u in itertools.pairwise(merged)
            if u.kind == "question" and u.start == u.end and not u.speaker.name and not u.speaker.title
            and any(prev is f for f in found) and prev.kind == "question"}
    return [u for u in merged if id(u) not in drop]
_BELOW_PARAGRAPHS = 2  # a lede's asker is named in the setting paragraph or the one after it
_BELOW_SCAN = 240
_PARAGRAPH_SEAM = re.compile(r"\n+|(?<=[。！？”]) ")  # a line break, or the space a flattened page keeps


def _member_named_below(text: str, b: int, taken: list[Utterance], people: People) -> Speaker | None:
    """The member that the next paragraphs (two at most, before any other quotation or
    attributed speech) name first as a clause's subject, after a question quoted at the start of
    its line: a feature's lede quotes the question and tells who put it below, with no speech cue
    ("这一问，出自委员X之口。", "2019年3月22日，在…会上，代表X话音未落，…",
    "…第一个问题就问得不留情面。\n\n提问的是委员X，…"). ``b`` is where the text after the quotation begins."""
    hi, pos = min(len(text), b + _BELOW_SCAN), b
    for _ in range(_BELOW_PARAGRAPHS):
        m = _PARAGRAPH_SEAM.search(text, pos, hi)
        if m is None:
            pos = hi
            break
        pos = m.end()
    hi = pos
    if (q := text.find("“", b, hi)) >= 0:
        hi = q  # (a quotation below is someone's own speech: the search stops there)
    # (a speaker phrase below opens someone's own speech: the member named there asks that)
    hi = min([hi] + [u.head_start for u in taken if u.head_start >= b])
    starts = [b] + [i + 1 for i in range(b, hi - 1) if text[i] in "，。；！？\n " and text[i + 1] not in "\n "]
    for s0 in starts if b < hi else ():
        if (sp := member_opening(text, asker_lead(text, s0), people)) is not None:
            return sp
    return None


_LEDE_TOLD_BY = 80  # how long the narration after a lede's quotation, in its paragraph, may run
_LEDE_LINK_SCAN = 400  # how far into the paragraph after the lede its official and member are named
_LEDE_QUESTION_MARK = re.compile(r"：|——")
_TITLE_STOPS = re.compile(r"[。：:]")  # what a page title has none of
_SPOKEN_QUOTE = re.compile(r"“[^”]{8,}”")  # a quotation longer than a quoted term
_SAID_BY = re.compile(r"[^，。]{0,8}的，?[是为]|是")  # what opens a phrase "…的是X局局长Y" before the office


def answer_first_lede(text: str, paragraphs, people: People) -> tuple[Utterance, Utterance] | None:
    """A feature that opens with an official's answer quoted alone on its line and names, in the
    next paragraph, the official and then (a lede_answered word of data/speech_links.tsv) the member
    whose question it answered ("“…。”\n\nX局局长Y说这段话时，…他回答的是委员Z提出的第一个问题
    ——“…？”", "“…。”\n\n说这番话的，是X局局长Y。而引出这句承诺的，是委员Z的一句话：“…？”"):
    the member's question (after the dash or colon, else the clause that tells it) and the
    lede as the official's answer, standing after the question."""
    told_by = None  # the narration after the lede's quotation, in its paragraph, naming who said it
    for k, (a, b) in enumerate(paragraphs[:3]):
        para = text[a:b].rstrip()
        q0 = para.rfind("“")
        # (the page's title may stay on the lede's line: "停车难，难在哪？区人大…直击“…。”")
        if para.endswith(("”", "”。")) and _lede_quote_at(para, q0):
            break
        first = para.find("“")
        if _lede_quote_at(para, first) and (close := para.find("”", first)) > 0 and "“" not in para[close:] \
                and len(para) - close <= _LEDE_TOLD_BY and _SPOKEN_QUOTE.match(para, first):
            # "“…。”2019年8月27日下午，X局局长Y一开口，就没有绕弯子。": the quotation opens the
            # paragraph (or follows the title left on its line), the narration after it says who spoke
            # (a quoted term in the title, "问题出在“最后一公里”？", is no lede)
            q0, para, told_by = first, para[:close + 1], (a + close + 1, b)
            break
        if len(para) > 50 or _TITLE_STOPS.search(para):
            return None  # (the report has begun: no lede)
    else:
        return None
    la, lb = a + q0, a + len(para)
    if k + 1 >= len(paragraphs) or re.search(r"[？?]", text[la:lb]):
        return None  # (a lede that asks is a question: _member_named_below reads who put it)
    pa, pb = paragraphs[k + 1]
    pb = min(pb, pa + _LEDE_LINK_SCAN)
    m = speech_links().lede_answered.search(text, pa, pb)
    if m is None or _SPOKEN_QUOTE.search(text, pa, m.start()):
        return None  # (someone quoted before the link speaks for themselves)
    official = mentioned_person(text, pa, m.start()) or _official_in_apposition(text, pa, m.start())
    if official is None and told_by is not None and not text[pa:m.start()].strip():
        # ("让她如此坦言的，是委员Z抛出的第一问：“…？”" opening the next paragraph: the official
        # the lede's own narration named)
        official = mentioned_person(text, *told_by)
    if official is None or official.role or not official.title:
        return None
    if official.department and (cut := _SAID_BY.match(official.department)):
        # ("说这番话的，是X局局长Y", "说这话的是X局局长Y": the office follows 是)
        official = dataclasses.replace(official, department=official.department[cut.end():])
    b = m.end() + (text[m.end():m.end() + 1] == "，")
    member = member_opening(text, b, people)
    if member is None or (n := text.find(member.name, b, b + 48)) < 0:
        return None
    n += len(member.name)
    stop = text.find("。", n, pb)
    stop = pb if stop < 0 else stop
    if (mark := _LEDE_QUESTION_MARK.search(text, n, stop)) is None:
        qa, qb = m.start(), stop  # "他回答的是委员Z关于…的提问。": the question told
        if (q := _BACK_QUESTION.search(text, stop, pb)) is not None and member.name in text[stop:q.start()] \
                and "“" not in text[stop:q.start()]:
            qa, qb = q.span()  # "…的提问。几分钟前，Z举着照片发问：“…？”": the question the paragraph goes on to quote
    elif text.startswith("“", qa := mark.end()):
        if (qb := text.find("”", qa, pb) + 1) <= 0:
            return None
    elif (qb := max(text.rfind("？", qa, pb), text.rfind("?", qa, pb)) + 1) <= 0:
        return None
    return (Utterance("question", member, qa, qb, m.start()),
            Utterance("answer", official, la, lb, la, at=qb))


_BACK_QUESTION = re.compile(r"“[^“”]{2,150}[？?]”")


def answers_pointed_back(text: str, paragraphs, out: list[Utterance], people: People) -> list[Utterance]:
    """A paragraph opening by pointing back to the official's answer the paragraph before opens
    with, quoted (the narration after it naming the official): "“…。”X局局长Y的这番回答，…\n
    这一回答，针对的是委员Z刚才的提问——…“…？”" (a this_answer and a lede_answered word of
    data/speech_links.tsv, then the member) or "“…。”Y答得干脆。\n这个问题——“…？”——是委员Z提出的。"
    (a this_question word, the question between dashes, then the member): the member's question
    (the first quotation asking after the dash or colon, else what the clause tells) and that
    answer, standing after it. An answer read already keeps its speaker; a question read already
    with nobody named takes the member."""
    links = speech_links()
    if "这" not in text:
        return out
    for k in range(1, len(paragraphs)):
        pa, pb = paragraphs[k]
        if text[pa:pa + 1] != "这":
            continue
        if (mq := links.question_back.match(text, pa, pb)) is not None:
            # (the report says who asked it: a chair too, "是区人大常委会主任X提出的")
            member = member_opening(text, mq.end(), people, chair_asks=True)
            qa, qb = mq.start("q"), mq.end("q")
        elif (ma := links.answer_back.match(text, pa, pb)) is not None:
            b = ma.end() + (text[ma.end():ma.end() + 1] == "，")
            member = member_opening(text, b, people, chair_asks=True)
            if member is None or (n := text.find(member.name, b, b + 48)) < 0:
                continue
            n += len(member.name)
            stop = text.find("。", n, pb)
            stop = pb if stop < 0 else stop
            if (mark := _LEDE_QUESTION_MARK.search(text, n, stop)) is None:
                qa, qb = ma.start(), stop + 1 if stop < pb else pb  # "…针对的是委员Z关于…的提问。": told
            elif (q := _BACK_QUESTION.search(text, mark.end(), pb)) is not None:
                qa, qb = q.span()
            elif (qb := max(text.rfind("？", mark.end(), stop), text.rfind("?", mark.end(), stop)) + 1) > 0:
                qa = mark.end()
            else:
                continue
        else:
            continue
        if member is None or not member.name or not member.role:
            continue
        answer = _quoted_answer_opening(text, paragraphs[k - 1])
        if answer is None:
            continue
        la, lb, official = answer
        on_answer = [u for u in out if u.start < lb and la < u.end]
        if any(u.kind != "answer" for u in on_answer):
            continue  # (the quotation is someone's question)
        asked = [u for u in out if u.start < qb and qa < u.end and u.kind in ("question", "follow_up")]
        if any(u.speaker.name for u in asked):
            continue  # (a cue read the question and its asker)
        if on_answer and (before := [u for u in sorted(out, key=order) if order(u) < order(on_answer[0])]) \
                and before[-1].kind in ("question", "follow_up") and before[-1].speaker.name:
            continue  # (the answer answers the question read before it)
        official = on_answer[0].speaker if on_answer else official
        if official is None:
            continue
        drop = {id(u) for u in (*on_answer, *asked)}
        # (the question presumed for an answer quoted before any, empty and unnamed, goes with it)
        drop |= {id(u) for u in out if u.kind == "question" and u.start == u.end and not u.speaker.name
                 and not u.speaker.title and paragraphs[k - 1][0] <= u.start <= paragraphs[k - 1][1]}
        out = [u for u in out if id(u) not in drop]
        if asked:
            qa, qb = min(u.start for u in asked), max(u.end for u in asked)
        out.append(Utterance("question", member, qa, qb, qa))
        out.append(Utterance("answer", official, la, lb, la, at=qb))
    return out


def _quoted_answer_opening(text: str, para: tuple[int, int]) -> tuple[int, int, Speaker | None] | None:
    """The quotation opening ``para`` with no question in it and the official the narration after
    it (short, quoting nothing) names with a post, or None for the official when it names none."""
    a, b = para
    if text[a:a + 1] != "“" or (close := text.find("”", a, b)) < 0 or "“" in text[close:b] \
            or b - close > _LEDE_TOLD_BY or re.search(r"[？?]", text[a:close]):
        return None
    official = mentioned_person(text, close + 1, b)
    if official is not None and (official.role or not official.title):
        official = None
    return a, close + 1, official


_APPOSED_POST = re.compile(r"这位(?P<post>[^，。；：“”]{2,30})，$")


def _official_in_apposition(text: str, lo: int, hi: int) -> Speaker | None:
    """"Y说这句话时，…。这位X局局长，" before a link: the post after 这位, right before it, is the
    official's whose bare name opens ``text[lo:hi]``."""
    if (m := _APPOSED_POST.search(text, lo, hi)) is None:
        return None
    found = []
    for k in (3, 2, 4):
        label = parse_head(m["post"] + text[lo:lo + k])
        if label is not None and label.speaker.name == text[lo:lo + k] and label.speaker.title \
                and not label.speaker.role:
            found.append((k, label.speaker))
    # (the name a cue or a clause mark follows: "吉克阿呷说这句话时", not 吉克阿)
    return next((sp for k, sp in found if text.startswith(cue_words(), lo + k) or text[lo + k:lo + k + 1] in ("，", "在")),
                found[0][1] if found else None)


def _lede_quote_at(para: str, k: int) -> bool:
    """Whether a quotation opening at ``k`` opens the lede: at the paragraph's start, or after at
    most 50 characters of the page's title left on its line (no stop, no quotation before it)."""
    return k == 0 or 0 < k <= 50 and not _TITLE_STOPS.search(para, 0, k) and "”" not in para[:k]


def _member_before_quote(text: str, a: int, people: People) -> Speaker | None:
    """The member opening the clause that runs, with no speech cue, into the quoted question at
    ``a`` after a comma ("“…。”委员X一开口就直言问题所在，“…？”"): the question is that member's."""
    lo = max(0, a - 60)
    start = max(text.rfind(m, lo, a - 1) for m in "。！？；”\n") + 1
    if start == 0 and lo > 0 or "“" in text[start:a]:
        return None  # (a clause too long to be a speaker phrase and its manner, or quoting)
    return member_opening(text, start, people)


_SENTENCE_LINES = 2  # how many lines of one sentence each above a quotation opening its line are its paragraph


def asker_named_before(text: str, a: int, people: People) -> Speaker | None:
    """The member a sentence of the same paragraph names as the asker before the quotation at
    ``a``, with only narration between ("第一个提问的是委员X。他注意到，…。“…？”")."""
    lo = max(0, a - 200)
    para = text.rfind("\n", lo, a) + 1 or lo
    if para == a:
        # (a page of one sentence a line, the quotation opening its own: the sentences on the
        # lines right above it, none quoting, are that paragraph's)
        for _ in range(_SENTENCE_LINES):
            nl = text.rfind("\n", lo, para - 1) if para > lo else -1
            if nl < 0 and (lo > 0 or para == 0):
                break  # (no line above, or one opening before the window: none read from its middle)
            above = nl + 1
            line = text[above:para - 1]
            if above == para - 1 or "“" in line or "”" in line or not line.endswith("。") or "。" in line[:-1]:
                break
            para = above
    if "“" in text[para:a] or "”" in text[para:a]:
        return None  # (only the first quotation after the sentence is that member's)
    starts = [para] + [i + 1 for i in range(para, a) if text[i] in "。\n" and text[i + 1:i + 2] not in ("\n", "")]
    pronouns = speaker_words().one_char_pronouns
    for s0, s1 in itertools.pairwise(starts):
        if (k := asker_lead(text, s0)) > s0 and (sp := member_opening(text, k, people)) is not None:
            return sp
        if text[s1:s1 + 1] in pronouns and (sp := member_opening(text, s0, people)) is not None \
                and not named_in_narration(text, s1, a):
            # "委员X第一个举手。她在…走访时发现，…。“…？”": the member opening a sentence, the next
            # opening with a pronoun and naming nobody else before the quotation: that member's
            return sp
    return None


def _last_asker(taken: list[Utterance], found: list[Utterance], before: int) -> Speaker | None:
    """The named member whose question or follow-up came last before ``before``."""
    asked = [u for u in (*taken, *found) if u.kind in ("question", "follow_up") and u.speaker.name
             and u.start < before]
    return max(asked, key=lambda u: u.start).speaker if asked else None


def _described_asker(text: str, b: int, people: People) -> Speaker | None:
    """The member whose question the sentence after a quotation describes, past a clause of
    time or place ("“…？”9月19日上午，在…会议上，市人大常委会委员X的提问开门见山。")."""
    # (each find bounded by the cap: one unbounded ran to the end of a long file, per quotation)
    end = clause_end(text, b, b + 120, "。！？\n“")
    m = None
    for m in re.finditer(rf"的(?:{speaker_words().described_question})", text[b:end]):
        pass
    if m is None:
        return None
    pos = b + m.start()
    cs = max(b, text.rfind("，", b, pos) + 1)
    sp = member_opening(text, cs, people)
    return sp if sp is not None and text[cs:pos].endswith(sp.name) else None


_DATE_CLAUSE = re.compile(r"[\d〇零一二三四五六七八九十]{1,4}(?:年|月|日)(?:[\d一二三四五六七八九十]{1,2}(?:月|日))*"
                          r"(?:上午|下午|晚上|晚)?")


def _asker_past_setting(text: str, b: int, people: People) -> Speaker | None:
    """The member opening the clause after the quotation's setting, its day and its sitting
    ("“…？”2017年10月26日，在…评议询问会上，州人大常委会委员X把一起游客投诉摆到了桌面上。",
    "“…？”5月18日，某市…第十二次会议举行…专题询问，市人大常委会委员X第一个发言。")."""
    end = clause_end(text, b, b + 160, "。！？\n“")
    pos, skipped = b, 0
    while (comma := text.find("，", pos, end)) >= 0:
        clause = text[pos:comma]
        # (a sitting or a stage of it: "在…询问会上", "在询问会第二环节"; or the sitting told
        # holding the inquiry: "…第十二次会议举行…专题询问")
        if not (_DATE_CLAUSE.fullmatch(clause) or speech_links().setting.fullmatch(clause)
                or (speech_links().held_sitting.search(clause) and inquiry_named(clause))):
            break
        pos, skipped = comma + 1, skipped + 1
    return member_opening(text, pos, people) if skipped else None


def _anonymous_opening(text: str, b: int) -> Speaker | None:
    """"“…？”一位委员直言发问", "“…？”一位来自企业的代表问", "“…？”来自城郊的一位代表把话题引向…":
    one member the report does not name (a count, data/speaker_words.tsv anonymous_count)
    opens the clause after the quoted question, whatever verb follows."""
    clause = text[b:b + 32]
    cut = next((i for i, c in enumerate(clause) if c in BOUNDARY), len(clause))
    a, _ = strip_fillers(clause[:cut])  # "来自城郊的一位代表": where the member comes from
    for s0 in dict.fromkeys((0, a)):
        for e in range(cut, s0 + 2, -1):
            if m := speaker_words().anonymous.fullmatch(clause, s0, e):
                return anonymous_speaker(m)
    return None


_INTRO = re.compile(r"“我是([^，。”：]{2,30})[，。：]")


@functools.lru_cache(maxsize=1)
def _talk_request() -> re.Pattern[str]:
    """请, whom, a verb asking them to talk (data/talk_requests.txt) or 就 a matter and a verb of
    replying (data/talk_request_replies.txt), and what about, to the sentence's end."""
    words = alternation(dict.fromkeys(r.cells[0] for r in read_words("talk_requests.txt")))
    replies = alternation(dict.fromkeys(r.cells[0] for r in read_words("talk_request_replies.txt")))
    on_matter = rf"就[^，。；：:“”！？?\n]{{2,40}}?(?:作出|作|进行)?(?:{replies})"  # 请B就<matter>作回应
    return re.compile(rf"请(?P<whom>[^，。；：:“”！？?\n]{{2,24}}?)(?:{words}|{on_matter})[^。！？?\n“”]{{0,60}}[。！？?]")


def talk_requests(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """"最后，常委会副主任X请副市长Y谈谈下一步的打算。Y表示，…": a member (named, with a congress
    seat) asking an official to talk about something, in narration; the answer right after the
    request is its answer. ``taken`` in text order."""
    if "请" not in text:
        return []
    out = []
    for m in _talk_request().finditer(text):
        h0 = clause_start(text, max(0, m.start() - MAX_HEAD), m.start(), "，,。；：:“”！？?\n")
        a, b = strip_fillers(text[h0:m.start()])
        head = text[h0 + a:h0 + b]
        if not head or head in speaker_words().pronouns:
            continue  # ("她请市X局说明": the pronoun's request is read with its cue)
        sp = whole_speaker(head, people)
        if sp is None or not sp.name or not (sp.role and is_congress_role(sp.role)):
            continue
        nxt = next((u for u in taken if u.head_start >= m.end()), None)
        if nxt is None or nxt.kind != "answer" or not 0 <= nxt.head_start - m.end() <= 2:
            continue  # (no answer right after it: a call, nobody's question)
        if any(u.start < m.end() and h0 + a < u.end for u in taken):
            continue  # (a cue read it already)
        out.append(Utterance("question", sp, h0 + a, m.end(), h0 + a))
    return out


def self_introduced(text: str, taken: list[Utterance], people: People) -> list[Utterance]:
    """“我是省人大代表蒋平，想问…？”: a question whose asker names himself in it."""
    spans = [(u.start, u.end) for u in taken]
    out = []
    for m in _INTRO.finditer(text):
        start = m.start()
        if any(a <= start < b for a, b in spans):
            continue
        end = text.find("”", m.end())
        line_end = text.find("\n", m.end())
        if end < 0 or (0 <= line_end < end):
            continue
        sp = label_speaker(m.group(1), people)
        if sp is None or not (sp.role and is_congress_role(sp.role)):
            continue
        people.add(sp)
        out.append(Utterance("question", sp, start, end + 1, start))
    return out
