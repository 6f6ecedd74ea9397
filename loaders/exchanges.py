"""Exchanges: questions paired with their answers, respondents resolved.

Input is the list of speaker turns (:mod:`loaders.turns`); output are
:class:`~loaders.records.Exchange` records with spans into the normalised
text, plus the departments they name. Rules:

* a question (or 追问) opens an exchange; the next answer turn closes it; a
  question followed by another question keeps ``answer=None``;
* a 追问 links to the exchange it follows (``follow_up_of``) and keeps its asker
  and respondent unless it names others;
* a short paragraph without final punctuation right before a question is the
  exchange's headline (``title``) and is cut from the previous answer;
* the respondent's department comes from the answer label, else from the
  question ("请问市科技局赵国强同志", "市发改委如何…请问项丽同志"), else from what the
  same person was named with earlier, else from the opening of the answer.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from loaders.answer_block import pair_answer_block
from loaders.asked_in_turn import pair_asked_in_turn, split_asked_in_turn
from loaders.asked_offices import office_asked_by
from loaders.cut_pages import cut_off
from loaders.attribution import Officials, that_office
from loaders.attribution.words import cue_kinds_written
from loaders.datafiles import alternation, read_groups, read_words
from loaders.departments import (bare_zone_committee, find_departments, find_field_offices, leader_office,
                                 office_told_to, resolve_department)
from loaders.normalize import TITLE_MAX
from loaders.passed_on import drop_passed_on
from loaders.records import Asker, Department, Exchange, Respondent
from loaders.turns import Speaker, Turn, find_clues, last_mark, parse_head, sentences_around

__all__ = ["build_exchanges", "deferred_words", "deliberation_heard", "is_headline"]

log = logging.getLogger(__name__)

_HEADLINE_BAD = re.compile(r"[。！？；：，]")
_EXCHANGE_USES = ("not_headline", "not_headline_start", "interviewer", "ask_word", "met_word", "met_received",
                  "answering_word", "listening_word", "members_all", "study_pledge", "closing_lead", "thanks_word",
                  "declines_to_ask", "remark_opening", "topic_opening")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """The patterns around the words of data/exchange_words.tsv."""
    from loaders.turns import request_verbs

    w = {u: alternation(words) for u, words in read_groups("exchange_words.tsv", _EXCHANGE_USES).items()}
    return {
        # Document titles ("市人大常委会专题询问实录") and spoken endings ("谢谢大家") are no headlines.
        "not_headline": re.compile(rf"{w['not_headline']}|^(?:{w['not_headline_start']})"),
        # A line where an interviewer puts a question ("记者：…？", "主持人：…？"): a member's label
        # turn right after it is the member's answer to the press, not a question to an office.
        # (the question may come first and a remark after it: "记者：题目怎么选？有人说…。")
        "interviewer_line": re.compile(rf"(?:(?:^|\n)\s*问|{w['interviewer']})\s*[：:][^\n]*[？?][^\n？?]*$"),
        # "连线央视记者X", "主持人Y": the word right before a name the report gives a journalist
        "press_before": re.compile(rf"(?:{w['interviewer']})\s?$"),
        # A chair's line that gives the floor to an answer: the question before it stays open.
        "hands_over": re.compile(rf"请[^，。？！]{{0,24}}?(?:{alternation(request_verbs())})"),
        # Words that make a sentence ask or propose (inner quotations ‘…’ are what someone else asked).
        "asks": re.compile(rf"[？?]|{w['ask_word']}"),
        # Words that name an inquiry or officials met face to face (then offices sit there to be asked).
        "met": re.compile(rf"{w['met_word']}|接待(?:{w['met_received']})"),
        "answering": re.compile(w["answering_word"]),
        # "副市长X到团听取意见": an official who came to hear the members, not to be asked
        "listening": re.compile(w["listening_word"]),
        # "各位代表提出的意见建议": the members' views as a whole, which a leader sums up
        "views_of_all": re.compile(rf"(?:{w['members_all']})[^。！？；，]{{0,8}}?(?:意见|建议)"),
        "study_pledge": re.compile(w["study_pledge"]),
        # "会议最后，副市长X表示，…": narration opening the sitting's last word, before the speaker.
        # (up to the speech: the speaker and the cue follow in the same sentence)
        "closing_lead": re.compile(rf"^(?:{w['closing_lead']})[，,][^。！？；“”]*$"),
        # "副市长X最后表态，": the closing word after the leader's name, right before the cue
        "closing_after_name": re.compile(rf"(?:{w['closing_lead']})[^，。！？；“”]{{0,4}}[，,：:]?\s*$"),
        "thanks": re.compile(rf"^[“「]?(?:{w['thanks_word']})"),
        "declines_to_ask": re.compile(w["declines_to_ask"]),
        "remark_opening": re.compile(rf"^[“「]?(?:{w['remark_opening']})"),
        # "对于…的问题，" opening the sentence before an official and a cue
        "topic": re.compile(rf"(?:{w['topic_opening']})[^，。！？；“”\n]{{2,40}}?问题[，,]"),
    }


def is_headline(paragraph: str) -> bool:
    """A short line without sentence punctuation (揭阳: 因地制宜夯实七大产业集群根基)."""
    p = paragraph.strip()
    return (4 <= len(p) <= 40 and not _HEADLINE_BAD.search(p) and not p.endswith(("、", "…"))
            and not _words()["not_headline"].search(p))


@dataclass
class _Draft:
    q: Turn
    title: str | None
    q_end: int
    answers: list[Turn] = field(default_factory=list)
    a_end: int | None = None


def _segments(text: str, turns: list[Turn], heard: bool = False, told: bool = False) -> list[_Draft]:
    """Pair turns into drafts and cut headlines from the turns before them (``heard``: a group
    deliberation an official only came to hear, see deliberation_heard)."""
    ends = [t.end for t in turns]
    titles: list[str | None] = [None] * len(turns)
    for i, t in enumerate(turns):
        if t.kind not in ("question", "follow_up") or i == 0:
            continue
        prev = turns[i - 1]
        if len(prev.paragraphs) > 1:
            a, b = prev.paragraphs[-1]
            if is_headline(text[a:b]):
                titles[i] = text[a:b]
                ends[i - 1] = prev.paragraphs[-2][1]
    # The first question's headline sits in the preamble, right before it.
    if turns and turns[0].kind in ("question", "follow_up") and turns[0].start > 0:
        preamble = text[: turns[0].start - 1].split("\n")
        # The first line of a document is its title, not the first exchange's headline.
        if len(preamble) > 1 and is_headline(preamble[-1]):
            titles[0] = preamble[-1]
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    section: str | None = None
    for i, t in enumerate(turns):
        if t.kind == "question" and cur is not None and not cur.answers and t.narrative and cur.q.narrative \
                and t.speaker.name and t.speaker.name == cur.q.speaker.name and not titles[i] \
                and not (t.addressee is not None and cur.q.addressee is not None and t.addressee != cur.q.addressee) \
                and _neither_asks_nor_proposes(text[t.body_start:ends[i]]):
            # "“…？”委员X接着发问。他说，自己走访了…": the member's reported words after the
            # question, before any answer, say why they asked: no question of their own (but one
            # put to another office, "先问A局，…；再问B局，…", is).
            continue
        if t.kind == "question" and cur is not None and not cur.answers and t.narrative and cur.q.narrative \
                and t.speaker.name and t.speaker.name == cur.q.speaker.name and not titles[i] \
                and t.addressee is None and (_split_around_asker(text, cur.q, t) or _asks_on(text, cur.q, t)):
            # "“…？”委员X的提问简洁直接，“…？”": one question quoted in two parts around the
            # clause naming its member, no sentence ended between them
            cur.q_end = ends[i]
            continue
        if t.kind in ("question", "follow_up"):
            # A headline heads a section: later questions under it share it.
            section = titles[i] or section
            cur = _Draft(t, section, ends[i])
            drafts.append(cur)
        elif t.kind == "answer" and cur is not None:
            if not cur.answers and _other_office_sums_up(text, cur.q, t):
                continue
            if (cur.answers or t.narrative) and _closing_remark(text, t, cur.q.start):
                cur = None  # the government's word closing the sitting answers no question
                continue
            if heard and _sums_up_views(text[t.body_start:ends[i]]):
                cur = None  # "…表示，各位代表的意见建议将带回研究": the leader heard them all
                continue
            if cur.answers and (topic := _topic_asked(text, t, cur)) is not None:
                # "对于…的问题，某院检察长X介绍，…" after another official's answer: the matter it
                # names is a question of its own, nobody named asking it
                cur = _Draft(topic, section, topic.end)
                drafts.append(cur)
            cur.answers.append(t)
            cur.a_end = ends[i]
        elif t.kind == "other" and not _words()["hands_over"].search(text, t.body_start, t.end):
            cur = None  # the chair's "请市水利局覃志明局长回答" keeps the question open
    # A question no turn answers, an official's told answer after it before the next question
    # ("…怎么办？对此，镇某办负责人作了补充说明：…", "…？\n局长Y坦言，…"): that is its answer.
    for k, d in enumerate(drafts if told else ()):
        if not d.answers and d.q.kind in ("question", "follow_up"):
            upto = drafts[k + 1].q.start if k + 1 < len(drafts) else len(text)
            if (told := _answer_told_after(text, d, upto)) is not None:
                d.q_end, d.answers, d.a_end = min(d.q_end, told.start), [told], told.end
    # "X和Y分别提问", then one answer: the members asked one speech, the answer is theirs.
    for d, nxt in zip(reversed(drafts[:-1]), reversed(drafts[1:])):
        if not d.answers and (d.q.body_start, d.q_end) == (nxt.q.body_start, nxt.q_end):
            d.answers, d.a_end = list(nxt.answers), nxt.a_end
    # "1. 委员X：…？ 2. 代表Y：…？" then "局长Z：关于第1个问题，…": the block's parts by number.
    # "X没有正面回答，而是请市自然资源局介绍…": the office asked answers, not X.
    drafts = pair_answer_block(text, drop_passed_on(text, drafts))
    # "先问省生态环境厅：…？再问省水利厅：…？", each office answering its part: one exchange each.
    drafts = pair_asked_in_turn(text, split_asked_in_turn(text, drafts))
    # "市人大代表X提问。" under a photo: an asker with no question, no answer and nobody
    # asked is no exchange; nor is a member's quoted remark under a label that asks nothing
    # and that nobody answers ("代表X：“这次询问会从痛点入手……”"; a cue such as 发问 says it asks).
    return [d for d in drafts if (d.answers or d.q.addressee is not None
            or (d.q_end > d.q.body_start and (d.q.narrative or not _quoted_remark(text[d.q.body_start:d.q_end]))))
            and not _answers_an_interviewer(text, d) and not _letter_salutation(text, d)
            and not _press_talk(text, d) and not _title_question(text, d)]


def _topic_asked(text: str, t: Turn, cur: _Draft) -> Turn | None:
    """The matter a told answer's sentence names before its official ("对于非法占地的问题，某院检察长X
    介绍，…"), as an unnamed question turn, when another official answered the question before it
    and the sentence opens its paragraph; else None."""
    if not t.narrative or not t.speaker.name or any(a.speaker.name == t.speaker.name for a in cur.answers):
        return None
    line = text.rfind("\n", 0, t.start) + 1
    m = _words()["topic"].match(text, line, t.start)
    if m is None:
        return None
    return Turn("question", Speaker(), line, line, m.end() - 1, ((line, m.end() - 1),), narrative=True)


# How far after its last question mark an answer told with no turn of its own may open.
_TOLD_ANSWER_REACH = 200
_TOLD_HEAD_MAX = 24
_LIGHT_VERB = re.compile(r"(?:作了|作出了?|做了|进行了)[^，。；：]{0,4}$")


@functools.lru_cache(maxsize=1)
def _answer_cues() -> re.Pattern[str]:
    """An answering or neutral cue of data/speech_cues.tsv (表示, 介绍, 坦言, 作了补充说明 …) closing
    its clause's speaker phrase, the speech after it."""
    words = sorted((w for w, k in cue_kinds_written().items() if k in ("answer", "say")), key=len, reverse=True)
    return re.compile(rf"(?:{alternation(words)})[，,：:]")


def _answer_told_after(text: str, d: _Draft, upto: int) -> Turn | None:
    """The answer an official is told giving after the question ``d`` that no turn answers, before
    ``upto`` (the next question): after the question's last question mark, a clause opening a
    sentence whose speaker phrase reads as an official (a post or an office, or a name the report
    gives an official) and no member, before an answering or neutral cue. A reply put off to
    writing answers nothing."""
    first = text.find("？", d.q.body_start, max(d.q_end, d.q.body_start))
    if first < 0:
        return None  # (a question with no question mark: a remark or a topic, left as it was)
    lo = first + 1  # (after the first question mark: a heading asking below it belongs to the next question)
    hi = min(upto, len(text), lo + _TOLD_ANSWER_REACH)
    for m in _answer_cues().finditer(text, lo, hi):
        a = last_mark(text, m.start(), "，。！？；：\n”") + 1
        if a < lo or m.start() - a > _TOLD_HEAD_MAX or m.start() <= a:
            continue
        if a > lo and text[a - 1] not in "。！？\n”" and not text[last_mark(text, a - 1, "。！？\n”") + 1:a - 1] in ("对此", "对于这个问题", "随后"):
            continue  # (the phrase opens a sentence, or follows 对此，)
        # ("负责人作了补充说明：": the light verb and its modifier before the cue are no part of the speaker)
        lab = parse_head(_LIGHT_VERB.sub("", text[a:m.start()]))
        sp = lab.speaker if lab is not None else None
        if sp is None or sp.role or not (sp.title or sp.department):
            continue
        end = text.find("\n", m.end(), upto)
        end = upto if end < 0 else end
        if deferred_words().search(text, m.end(), end) is not None:
            return None
        return Turn("answer", sp, a, m.end(), end, ((a, end),), narrative=True)
    return None


# The longest clause between the two parts of one quoted question ("委员X的提问简洁直接，")
_SPLIT_CLAUSE_MAX = 30


def _split_around_asker(text: str, q: Turn, t: Turn) -> bool:
    """Whether the quotation of ``t`` goes on with the one of ``q`` right before it: a clause
    between them, naming the member and ending on a comma, with no sentence ended."""
    between = text[q.end:t.start]
    return (text[q.start:q.start + 1] == "“" and text[q.end - 1:q.end] == "”" and text[t.start:t.start + 1] == "“"
            and 0 < len(between) <= _SPLIT_CLAUSE_MAX and between.endswith(("，", ","))
            and q.speaker.name in between and not re.search(r"[。！？!?；;\n“”]", between))


def _asks_on(text: str, q: Turn, t: Turn) -> bool:
    """Whether ``t`` goes on with the question ``q`` its member put right before it, nobody
    answering between, in the same paragraph ("“…？”委员X开门见山。她问，…？"): a short stretch
    naming the member (or the pronoun) between them, no line broken. A member asking again
    after a pause the report tells (the official silent, in a paragraph of its own) asks anew."""
    between = text[q.end:t.start]
    return 0 < len(between) <= _SPLIT_CLAUSE_MAX and "\n" not in between and text.find("\n", q.start, q.end) < 0


def _title_question(text: str, d: _Draft) -> bool:
    """A question read in the document's title that nobody answers ("…侧记：“车位在哪里？”委员连番发问"
    on a line of its own, no stop at its end): the headline quotes the sitting, it puts no question."""
    nl = text.find("\n")
    return (not d.answers and 0 < nl <= TITLE_MAX and d.q.start < nl and d.q_end <= nl
            and not text[:nl].rstrip().endswith(("。", "！", "？", "；")))


def _press_talk(text: str, d: _Draft) -> bool:
    """"主持人X：…？" / "Y：…" after "连线本台记者Y": a programme's host and reporter talking
    about the inquiry; someone the report introduces as a journalist or host (and gives no post)
    neither asks for the congress nor answers for an office."""
    lo = max(0, d.q.start - _PRESS_WINDOW)  # (where the report introduces them: a window, not the whole text)
    for sp in (d.q.speaker, *(t.speaker for t in d.answers[:1])):
        if not sp.name or sp.role or sp.title or sp.department:
            continue
        at = text.find(sp.name, lo, d.q.start)
        while at >= 0:
            if _words()["press_before"].search(text, max(0, at - 4), at):
                return True
            at = text.find(sp.name, at + 1, d.q.start)
    return False


_PRESS_WINDOW = 1500


@functools.lru_cache(maxsize=1)
def _letter_words() -> re.Pattern[str]:
    return re.compile(alternation(r.cells[0] for r in read_words("speech_letters.txt")))


def _letter_salutation(text: str, d: _Draft) -> bool:
    """"林海燕代表：您提出的《…》收悉，现答复如下：…": a reply letter's salutation names the
    member; the words under it are the office's (data/speech_letters.txt)."""
    return not d.q.narrative and bool(_letter_words().search(text, d.q.body_start, min(d.q_end, d.q.body_start + 80)))


def _answers_an_interviewer(text: str, d: _Draft) -> bool:
    """"记者：今年您带来了哪些建议？" / "代表X：我今年重点关注…": the member answers an
    interview (a question mark of the member's own would make it a question again)."""
    own = text[d.q.body_start:d.q_end].split("\n", 1)[0]  # (the interviewer's next line may run on in it)
    if d.q.narrative or d.answers or re.search(r"[？?]", own):
        return False
    line_start = text.rfind("\n", 0, d.q.start)
    before = text[max(0, text.rfind("\n", 0, max(0, line_start)) ):max(0, line_start)]
    return bool(_words()["interviewer_line"].search(before))


def _other_office_sums_up(text: str, q: Turn, a: Turn) -> bool:
    """"“交警为什么…”…会上，副区长作了答复，…": a reply nobody is named for and nothing is
    quoted of, from another office than the one the question is put to, answers the sitting,
    not that question."""
    if q.addressee is None or not q.addressee.department or a.speaker.name or text[a.body_start:a.body_start + 1] in ("“", "「"):
        return False
    asked = resolve_department(q.addressee.department, None)
    said = resolve_department(a.speaker.department, None) if a.speaker.department else None
    return asked is not None and (said is None or (said.type or said.name) != (asked.type or asked.name))


@functools.lru_cache(maxsize=1)
def _deliberation_rx() -> re.Pattern[str]:
    """One alternation of the words of data/speech_deliberation.txt (longest first)."""
    words = sorted((r.cells[0] for r in read_words("speech_deliberation.txt")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _deliberates(text: str) -> bool:
    """Whether ``text`` names a group deliberation (a word of data/speech_deliberation.txt): one
    search of the alternation (~22 us a report of the bench's) where a find per word, sixteen
    passes over the whole report, cost ~75 us."""
    return _deliberation_rx().search(text) is not None


def _department_noted(depts: dict[str, Department], dept_text: str | None, city: str | None) -> Department | None:
    """The department ``dept_text`` names, noted in ``depts`` with every surface seen for it."""
    dept = resolve_department(dept_text, city) if dept_text else None
    if dept is None and dept_text and "的" in dept_text.rstrip("的"):
        # "作为牵头单位负责人的市交通局局长X": a modifier ending in 的 before the office
        dept = resolve_department(dept_text.rstrip("的").rsplit("的", 1)[1], city)
    if dept is not None:
        old = depts.get(dept.name)
        aliases = tuple(dict.fromkeys((old.aliases if old else ()) + dept.aliases))
        depts[dept.name] = Department(dept.name, dept.city, dept.type, aliases)
    return dept


def members_among_themselves(text: str) -> bool:
    """Whether ``text`` reports members speaking among themselves (a group deliberation at a
    plenary, a column of deputies' suggestions, data/speech_deliberation.txt) and names no
    inquiry and no meeting with officials.

    >>> members_among_themselves("市人大代表分组审议政府工作报告。")
    True
    >>> members_among_themselves("分组审议时，市财政局副局长到代表团听取意见。")
    False
    """
    return _among_themselves(text, _deliberates(text))


def _among_themselves(text: str, deliberates: bool) -> bool:
    """:func:`members_among_themselves`, with :func:`_deliberates` of ``text`` already answered."""
    return deliberates and not _words()["met"].search(text)


def deliberation_heard(text: str) -> bool:
    """A group deliberation (data/speech_deliberation.txt) where the only officials met are
    ones who came to hear the members ("副市长X到团听取意见"): no inquiry is named, so
    whether an office was asked anything depends on whether an official's words answer."""
    return _heard(text, _deliberates(text))


def _heard(text: str, deliberates: bool) -> bool:
    """:func:`deliberation_heard`, with :func:`_deliberates` of ``text`` already answered."""
    if not deliberates:
        return False
    met = [m.group() for m in _words()["met"].finditer(text)]
    return bool(met) and all(_words()["listening"].fullmatch(m) for m in met)


def _sums_up_views(answer: str) -> bool:
    """"X在听取发言后表示，代表们的意见建议都很中肯，将带回市政府认真研究吸纳": one sentence
    that takes in the members' views as a whole and only pledges to study them (answers no
    one question; "听取代表发言之后，我们水利部门也会竭尽所能…" names no views and does)."""
    a = answer.strip().strip("“”「」")
    if len(a) > 120 or len([s for s in re.split(r"[。！？!?]", a) if s.strip("”」）) ")]) != 1:
        return False
    return bool(_words()["views_of_all"].search(a)) and bool(_words()["study_pledge"].search(a))


# Quotations inside a speech (‘…’, 『…』): a term or a slogan it cites, not words it says itself.
_INNER_QUOTES = re.compile(r"‘[^’]*’|『[^』]*』")


def _neither_asks_nor_proposes(question: str) -> bool:
    """A whole speech (a quotation the excerpt does not cut, or reported speech) with no
    question and no proposal in it."""
    q = question.strip()
    if q.startswith(("“", "「")) and not q.endswith(("”", "」")) and _quote_left_open(q):
        return False  # cut by the excerpt: what it went on to ask is unknown
    return not _words()["asks"].search(_INNER_QUOTES.sub("", q))


def _declines_to_ask(question: str) -> bool:
    """A member's speech saying it puts no question ("这个办法好，我不再提问了。"), with no
    question mark of its own (data/exchange_words.tsv declines_to_ask): a remark, whatever it wishes."""
    q = _INNER_QUOTES.sub("", question)
    return bool(_words()["declines_to_ask"].search(q)) and not re.search(r"[？?]", q)


# How long a member's word after the answer may be to be a remark, not a new point
_REMARK_MAX = 40


def _remark_after_answer(question: str) -> bool:
    """A short speech that opens with thanks, an acknowledgement or a wish (data/exchange_words.tsv
    remark_opening) and holds no question mark.

    >>> _remark_after_answer("好，那就等书面答复吧。"), _remark_after_answer("好的，那费用谁出？")
    (True, False)
    """
    q = question.strip()
    return len(q) <= _REMARK_MAX and not re.search(r"[？?]", q) and _words()["remark_opening"].match(q) is not None


def _quote_left_open(q: str) -> bool:
    """Whether a quotation opened in ``q`` is not closed in it: "“…" cut by the excerpt, not
    "“医养结合”签约服务", a topic that opens with a quoted term (a plan table's cell)."""
    return q.count("“") > q.count("”") or q.count("「") > q.count("」")


def _quoted_remark(question: str) -> bool:
    """A whole quotation (not one an excerpt cuts) that neither asks nor proposes."""
    return question.strip().startswith(("“", "「")) and _neither_asks_nor_proposes(question)


@functools.lru_cache(maxsize=1)
def _unnamed_posts() -> dict[str, tuple[str, ...]]:
    """The posts naming an office's official but not the person, by how the attendee list is asked
    (data/unnamed_posts.tsv): ``head`` (主要负责人: the office's head) and ``same_office``
    (负责同志: someone of that very office)."""
    return read_groups("unnamed_posts.tsv", ("head", "same_office"))


@functools.lru_cache(maxsize=1)
def deferred_words() -> re.Pattern[str]:
    """The words of an answer put off to a written reply (data/answer_deferred.txt)."""
    return re.compile(alternation(r.cells[0] for r in read_words("answer_deferred.txt")))


# What may stand around the deferral in an answer that says nothing else ("书面答复（会后提交）").
# ("此问题省教育厅将会后书面答复。": the office that will answer named inside it)
_DEFERRAL_ONLY = re.compile(r"[^。；！？]{0,20}$")
# A bracketed paragraph of its own after a question no turn answers, saying an office's official
# answered and leaving the words out ("（区住建局负责人就此作了回答，内容略。）"): the question was
# answered, by that office (a deferral in writing, "（…会后书面答复。）", is none); the question ends
# before it (a signature line after it is nobody's words).
_ANSWERED_NOTE = re.compile(r"\n\s*[（(](?P<note>[^（）()\n]{2,30}?负责人(?:对此|就此)?(?:作了|作出了?|进行了)"
                            r"(?:回答|答复|解答)[^（）()\n]{0,12})[）)][ \t\u3000]*(?:\n|$)")


def _put_off_in_question(text: str, a: int, b: int) -> int | None:
    """Where a sentence of the narrated question ``text[a:b]`` after its first one, in its
    paragraph and outside quotations, says the question will be answered in writing after the
    sitting (data/answer_deferred.txt) begins, else None (a heading below it, "二、书面答复",
    names the part of a report that follows)."""
    for m in deferred_words().finditer(text, a, b):
        if "\n" in text[a:m.start()]:
            break
        s0 = max(text.rfind(p, a, m.start()) for p in "。！？")
        if s0 < a or text.count("“", a, m.start()) != text.count("”", a, m.start()):
            continue  # the question's first sentence, or words quoted
        return s0 + 1
    return None


@functools.lru_cache(maxsize=1)
def _put_off_reasons() -> re.Pattern[str]:
    """Why an answer cannot be given now: it cannot be said at the sitting (data/answer_not_now.txt) or
    its figures are not at hand (data/answer_not_at_hand.txt)."""
    words = [r.cells[0] for name in ("answer_not_now.txt", "answer_not_at_hand.txt") for r in read_words(name)]
    return re.compile(alternation(words))


_PUT_OFF_REACH = 120  # the longest answer read as saying only why it is put off and when it will come
_SENTENCE_ENDS = re.compile(r"[。！？]")


def _written_answer_given(text: str, q_end: int, answers: list[Turn]) -> bool:
    """The answer's own cue tells a written answer given ("…局长Y签发了书面答复。答复称：…", a
    质询案's answer), and words of it follow: the written answer decided before is that answer,
    no question put off."""
    last = None
    for last in deferred_words().finditer(text, q_end, answers[0].start):
        pass
    return last is not None and answers[0].start - last.end() <= 1 and any(t.end > t.body_start for t in answers)


def _written_answer_told(text: str, answer: Turn) -> bool:
    """The answer's first sentence tells the written answer given and its words follow ("某局向常委会
    提交了局长Y签发的书面答复，要点如下：…"): the 质询案 the question's narration sent
    to a written answer ("决定由市某局作书面答复") is answered by it, not put off."""
    first = _SENTENCE_ENDS.search(text, answer.body_start, answer.end)
    return first is not None and deferred_words().search(text, answer.body_start, first.start()) is not None \
        and bool(text[first.end():answer.end].strip())


def _only_deferred(answer: str) -> bool:
    """An answer that only says it will be given in writing later (data/answer_deferred.txt): alone,
    or after why it cannot be given at the sitting ("…现场难以说明白，会后书面报告。", "手头没有
    确切数字。会后…书面答复。", "这个数字还要核实，会后以书面形式报送。": data/answer_not_now.txt or
    answer_not_at_hand.txt) in at most two sentences, the last the promise in writing (answer_deferred.txt
    or data/answer_in_writing.txt: "会后将向常委会书面报告"). An answer that gives its facts and promises a written
    report besides ("…已完成六成。年底前把全年的情况书面报告给委员们。") says no reason and answers."""
    a = answer.strip()
    # (the closing bracket of a narrated aside, "（…负责同志表示，将会后提供书面材料。）", is no sentence)
    if len(a) <= 24 and bool(deferred_words().search(a)) and bool(_DEFERRAL_ONLY.match(a.rstrip("。）)"))):
        return True
    if _not_at_hand_then_written(a):
        return True
    if len(a) > _PUT_OFF_REACH or "“" in a or _put_off_reasons().search(a) is None:
        return False
    sentences = [s for s in _SENTENCE_ENDS.split(a.rstrip("。！？）)")) if s.strip()]
    return 1 <= len(sentences) <= 2 and (deferred_words().search(sentences[-1]) or _in_writing().search(sentences[-1])) is not None


@functools.lru_cache(maxsize=1)
def _not_at_hand_words() -> re.Pattern[str]:
    return re.compile(alternation(r.cells[0] for r in read_words("answer_not_at_hand.txt")))


@functools.lru_cache(maxsize=1)
def _in_writing() -> re.Pattern[str]:
    """The written answer promised (data/answer_in_writing.txt), beside answer_deferred.txt's words."""
    return re.compile(alternation(r.cells[0] for r in read_words("answer_in_writing.txt")))


_NOT_AT_HAND_SENTENCES = 3  # an answer of more sentences says something besides


def _not_at_hand_then_written(answer: str) -> bool:
    """"具体数字还要逐项核实，散会后用书面形式报送。" / "…这组数据我手头没有。散会后核实汇总，
    向X委员书面答复。": an answer whose every sentence says the figures are not at hand
    (data/answer_not_at_hand.txt) or that the answer comes in writing after the sitting, both said."""
    sentences = [x for x in re.split(r"(?<=[。！？；])", answer) if x.strip()]
    if not 0 < len(sentences) <= _NOT_AT_HAND_SENTENCES:
        return False
    at_hand, written = _not_at_hand_words(), _in_writing()
    return any(at_hand.search(x) for x in sentences) and any(written.search(x) for x in sentences) \
        and all(at_hand.search(x) or written.search(x) for x in sentences)


def _deferred_office(text: str, a: int, b: int) -> str | None:
    """The office a sentence of ``text[a:b]`` says will answer in writing after the sitting
    ("因时间关系，会议明确由县农业农村局会后书面答复"), else None."""
    for m in deferred_words().finditer(text, a, b):
        lo = max(a, *(text.rfind(p, a, m.start()) + 1 for p in "。！？；\n"))
        found = find_departments(text[lo:m.start()])
        if found:
            return found[-1][2]
        if told := office_told_to(text[lo:m.start()]):
            return told  # "会议要求区人才发展中心会后书面答复": a centre, no office ending running text trusts
    return None


@functools.lru_cache(maxsize=1)
def _absent_words() -> re.Pattern[str]:
    return re.compile(alternation(r.cells[0] for r in read_words("answer_absent.txt")))


def _absent_office(text: str, a: int, b: int) -> str | None:
    """The office ``text[a:b]`` says sent nobody to answer ("市林业局未派员到会，…"), named
    right before those words, else None."""
    for m in _absent_words().finditer(text, a, b):
        lo = max(a, *(text.rfind(p, a, m.start()) + 1 for p in "。！？；\n，（("))
        found = find_departments(text[lo:m.start()])
        if found and found[-1][1] == m.start() - lo:
            return found[-1][2]
    return None


# Where the words naming a committee asked begin: after a sentence mark or the verb that asks it.
_ASKS_COMMITTEE = re.compile(r".*[，。：；？！“”\s问向请对给]")


def _committee_asked(question: str, word: str, city: str | None) -> str | None:
    """The longer name of a managing committee (漓江风景名胜区管委会) the question puts itself to,
    when an answer names it by its word alone (管委会), and that name has a type; else None."""
    at = question.rfind(word)
    if at < 2:
        return None
    head = question[max(0, at - 12):at]
    if (m := _ASKS_COMMITTEE.match(head)) is not None:
        head = head[m.end():]
    if len(head) < 2:
        return None
    d = resolve_department(head + word, city)
    return head + word if d is not None and d.type else None


def _dept_near(question: str, anchor: int) -> str | None:
    """Department surface in the question nearest to the addressee clue."""
    found = find_departments(question)
    if not found:
        return None
    after = [f for f in found if f[0] >= anchor]
    if after and after[0][0] - anchor <= 40:
        return after[0][2]
    before = [f for f in found if f[1] <= anchor]
    if before:
        return before[-1][2]
    return after[0][2] if after else None


def _closing_remark(text: str, t: Turn, asked: int = 0) -> bool:
    """"会议最后，副市长X表示，…", "最后，X副市长作表态发言": a government leader speaking at the
    close of the sitting, after the last answer: a pledge for the government, no answer. The
    narration before the leader starts after the question at ``asked`` when it shares the line
    ("最后，代表X就…提出询问，乡长Y作了回答": the last question, answered)."""
    if leader_office(t.speaker.title) is None:
        return False
    lead = text[max(text.rfind("\n", 0, t.start) + 1, asked if asked < t.start else 0):t.start].strip()
    if not lead:
        return False
    return _words()["closing_lead"].match(lead) is not None or (
        t.narrative and _words()["closing_after_name"].search(lead[-12:]) is not None)


# How far before a narrated question's words its cue may end ("…接着提问：“").
_CUE_REACH = 8


@functools.lru_cache(maxsize=1)
def _asking_anew() -> tuple[str, ...]:
    """The cue words of data/speech_cues.tsv that put a question (kind question) of two characters or
    more: 提问, 发问, 质疑 … (a bare 问 and 又问 press on)."""
    return tuple(sorted({w for w, k in cue_kinds_written().items() if k == "question" and len(w) >= 2},
                        key=len, reverse=True))


def _other_office(speaker: Speaker, before: Respondent) -> bool:
    """Whether ``speaker`` names an office other than the one ``before`` answered for (both typed,
    the types differ: 市住建局 and 市住房和城乡建设局 are one office)."""
    if not speaker.department or not before.department_type:
        return False
    dept = resolve_department(speaker.department, None)
    return dept is not None and dept.type is not None and dept.type != before.department_type


def build_exchanges(text: str, turns: list[Turn], sha256: str, city: str | None, *, told: bool = False
                    ) -> tuple[list[Exchange], list[Department]]:
    """Exchanges in order and the departments they name (canonical, with aliases). ``told``: a
    question no turn answers takes an official's answer told after it (see _answer_told_after);
    asked only of the reading chosen, so that it does not make a reading win."""
    # (both readings of a deliberation ask whether the report names one: a scan of the
    # whole report for each of its words, made once)
    deliberates = _deliberates(text)
    heard = _heard(text, deliberates)
    drafts = _segments(text, turns, heard, told)
    exchanges: list[Exchange] = []
    depts: dict[str, Department] = {}
    person_dept: dict[str, str] = {}  # respondent name → department surface
    officials: Officials | None = None  # the officials the report names with their post, built on first need
    person_title: dict[str, str] = {}
    asker_role: dict[str, str] = {}
    sole_office: str | None = None
    # A deliberation an official only came to hear, and whose official's words answered nobody
    # (a leader summing up the views answers no one, _segments), is members among themselves too.
    among_themselves = bool(drafts) and (_among_themselves(text, deliberates) or (
        heard and not any(d.answers for d in drafts)))
    _letter_words(), _words(), _asking_anew(), _unnamed_posts()  # (built with the other tables, whatever the layout)
    for k, d in enumerate(drafts):
        seq = len(exchanges) + 1
        ex_id = f"{sha256[:12]}-{seq:03d}"
        q_start, q_end = d.q.body_start, max(d.q.body_start, d.q_end)
        question = text[q_start:q_end]
        note = None  # "（区住建局负责人就此作了回答，内容略。）": answered, its words left out
        if not d.answers and (nm := _ANSWERED_NOTE.search(question)) is not None \
                and deferred_words().search(nm.group(0)) is None:
            note = (q_start + nm.start("note"), q_start + nm.end("note"))
            q_end = q_start + nm.start()
            question = text[q_start:q_end]
        put_off_at = None  # where the question was put off before anyone answered
        if d.answers and d.q.narrative and d.answers[0].narrative \
                and deferred_words().search(text, q_end, d.answers[0].start) is not None \
                and not _written_answer_given(text, q_end, d.answers):
            # "…询问…。限于时间，主持人请区文旅局会后书面答复。\n询问结束后，…副区长Y表示，…":
            # the question was put off before anyone spoke; words told after are no answer to it
            put_off_at = (q_end, d.answers[0].start)
            d.answers, d.a_end = [], None
        elif d.answers and d.q.narrative and d.answers[0].narrative \
                and (told := _put_off_in_question(text, q_start, q_end)) is not None \
                and not _written_answer_told(text, d.answers[0]):
            # "委员X提出，…想请市X局谈谈…。由于时间关系，主持人宣布该问题由市X局会后书面答复。": the
            # narration of the question goes on to put it off; words told later are no answer to it
            put_off_at = (told, q_end)
            d.answers, d.a_end = [], None
        prev = exchanges[-1] if exchanges else None
        follow = d.q.kind == "follow_up"

        # Asker: label, else (for 追问 or a bare "问：") the previous asker.
        sp = d.q.speaker
        name, role = sp.name, sp.role
        if name and not role:
            role = asker_role.get(name)
        if follow and not name and prev is not None and not (
                role and d.q.narrative and role != prev.asker.role):
            # A bare 追问 is the previous asker's; "一名女“考官”追问" is someone else.
            name, role = prev.asker.name, prev.asker.role
        if name and role:
            asker_role.setdefault(name, role)
        if (not follow and d.q.narrative and name and prev is not None and prev.asker.name == name
                and prev.answer is not None and prev.respondent is not None and prev.respondent.name
                and d.answers and d.answers[0].speaker.name == prev.respondent.name
                and not text[max(0, q_start - _CUE_REACH):q_start].rstrip("：:，,“「 ").endswith(_asking_anew())):
            # "X紧接着又问：“…？”" / "X听完并没有坐下：“…？”" right after the answer to X's question, the
            # same official answering again: X presses the point (a 追问, as readers mark it); not a cue
            # that puts a question of its own ("X接着提问：", "X紧接着质疑：")
            follow = True

        # Respondent: answer label > question clue > earlier mentions of the person.
        clue_pos, clue = _clue(question, d.q)
        lab = d.answers[0].speaker if d.answers else Speaker()
        r_name = lab.name or (clue.name if clue else None)
        if not r_name and follow and prev is not None and prev.respondent and not (
                lab.title and lab.title != prev.respondent.title) and not _other_office(lab, prev.respondent) \
                and not (not d.answers and d.q.narrative and deferred_words().search(question) is not None):
            # (the follow-up answered by another post, "X区区长接过话筒说", is not the same person;
            # nor is the head of another office, "B局局长作了补充回答" after A局's 局长; nor is one
            # its own narration puts off, "X随后追问…，会议决定此问题交县政府在会后书面答复")
            r_name = prev.respondent.name
        r_title = lab.title or (clue.title if clue else None) or person_title.get(r_name or "")
        if not r_name and r_title and d.answers:
            # "副区长回应说：" names the post; the attendee list names its holder.
            if officials is None:
                officials = Officials(text)
            office = lab.department
            if office and that_office().fullmatch(office):
                office = _office_pointed(text, d.q.start, q_end, prev)  # "该分局负责人": the office asked
            holder = officials.by_title(r_title, office)  # "区住建局局长表示": the one listed
            if holder is None and office and r_title in _unnamed_posts()["head"]:
                # "区商务局主要负责人作了回答": the one official listed in that office, by their post
                holder = officials.head_of(office)
                r_title = holder.title if holder is not None and holder.title else r_title
            elif holder is None and office and r_title in _unnamed_posts()["same_office"]:
                # "省水利厅负责同志回答说": the one official listed in that very office, by their post
                holder = officials.head_of(office, same_office=True)
                r_title = holder.title if holder is not None and holder.title else r_title
            r_name = holder.name if holder else None
        # "书面答复（会后提交）" in the answer's place: the office is named, nothing is answered.
        # (its first paragraph: narration after a label's turn runs on in it, "答：…书面答复。\n\n据了解，…")
        deferred_only = bool(d.answers) and all(_only_deferred(text[t.body_start:_first_paragraph_end(t)])
                                                for t in d.answers)
        deferred = None
        if deferred_only and not lab.department:
            # "答：此问题省教育厅将会后书面答复。": the office named in the deferral was asked
            a0 = d.answers[0]
            deferred = _deferred_office(text, a0.body_start, _first_paragraph_end(a0))
        put_off = False  # a written answer promised, whoever gives it
        if not d.answers:
            # "…请区商务局会后书面答复" after the question (a chair's line, the narration), up to
            # the next question: the question was put to that office, answered after the sitting.
            upto = drafts[k + 1].q.start if k + 1 < len(drafts) else len(text)
            after = text.find("\n", q_end + 1)
            # "市林业局未派员到会，该问题转市政府书面答复": the absent office was asked, not the government
            deferred = _absent_office(text, q_start, min(upto, len(text) if after < 0 else after)) \
                or _deferred_office(text, q_start, min(upto, len(text) if after < 0 else after))
            # "委员X就…提问，因时间关系未作现场回答，会后由相关部门书面答复。": no office named, but
            # a question all the same (no remark is answered in writing).
            put_off = deferred_words().search(text, q_start, min(upto, len(text) if after < 0 else after)) is not None
            if put_off_at is not None:
                deferred = deferred or _deferred_office(text, *put_off_at)
                put_off = True
        if not d.answers and d.q.addressee is None and deferred is None and not put_off \
                and _words()["thanks"].match(question.strip()) and _neither_asks_nor_proposes(question):
            # "苗委员：谢谢邹局长，讲得很具体，我就不再问了。" after the answer: thanks, no
            # question (a re-ask by its place, kept for the official who answered before: dropped)
            continue
        if name and prev is not None and prev.asker.name == name \
                and _remark_after_answer(question) \
                and all(t.narrative and not t.speaker.name and not t.speaker.title for t in d.answers):
            # "X：谢谢，希望…公开。" / "X：好，那就等书面答复吧。" right after the answer to X's own
            # question (or its putting off): a wish or an acknowledgement, no follow-up (nor does narration after it
            # that names no one by name or post answer it: "…为各部门的答复情况打分" at the close)
            continue
        if role and not d.answers and not r_name and not follow and deferred is None and not put_off \
                and (_neither_asks_nor_proposes(question) or _declines_to_ask(question)) and not cut_off(text, q_end):
            # "代表X说：“今天听了政府工作报告，很振奋人心…”", "代表X建议，一要…二要…" at a
            # plenary: a member's praise or programme that nobody named answers is a remark, and so is
            # one saying it asks nothing ("…这个办法好，我不再提问了，请抓紧办。"). (Not
            # one a page cut off mid-sentence, "代表X：在钓鱼执": the rest is lost, not unasked.)
            continue
        if among_themselves and not d.answers and clue is None and not follow:
            # "“如何让农民的钱袋子鼓起来？”代表X认为，关键是…" in a group deliberation: a
            # question put to nobody and answered by nobody, where no office sits, is rhetorical
            # (an office named inside it, "政府应…", is what it proposes, not whom it asks).
            continue
        dept_text = lab.department or (clue.department if clue else None) or deferred
        if dept_text and d.answers and bare_zone_committee(dept_text):
            # "她问漓江风景名胜区管委会：…" then "管委会副主任X回答": the committee the question named
            dept_text = _committee_asked(text[d.q.start:q_end], dept_text, city) or dept_text
        if dept_text and that_office().fullmatch(dept_text):
            # "该局局长Y：" answers for the office the question (or its label) named last
            dept_text = _office_pointed(text, d.q.start, q_end, prev)
        if not dept_text and d.answers and (not d.answers[0].narrative or not r_name) \
                and (gov := leader_office(lab.title)) and (r_name or "") not in person_dept:
            # "副市长X：" answers for the government, whatever office the question names; so does
            # "副市长表示，…" told by a report, the post named alone
            dept_text = gov
        if not dept_text:
            dept_text = _dept_near(question, clue_pos) if clue_pos is not None else None
        if not dept_text and r_name:
            dept_text = person_dept.get(r_name)
        if not dept_text and r_name and d.answers:
            # "严志刚局长：" under "应询人员：市住建局局长严志刚，…": the office the report
            # names with that person (attendee list, narration).
            if officials is None:
                officials = Officials(text)
            holder = officials(r_name)
            dept_text = holder.department if holder is not None and holder.name == r_name else None
        if not dept_text and follow and prev is not None and prev.respondent and (
                not r_name or r_name == prev.respondent.name):
            dept_text = prev.respondent.department_text
        if not dept_text and not d.answers and name:
            # "X等6名代表向A局、B局等部门发起了询问" told before X's question that nobody
            # answers: A局 was asked, not an office the question speaks of ("政府在…的投入")
            dept_text = office_asked_by(text, name, q_start)
        if not dept_text and clue_pos is None and r_name and d.answers and (gov := leader_office(r_title)):
            # "任某副县长接过话题说，…" after "光靠交通局一家恐怕不够吧？": a government leader named
            # answering speaks for the government, not for an office the question only speaks of
            dept_text = gov
        if not dept_text and clue_pos is None:
            dept_text = _dept_near(question, len(question))
        if note is not None and not dept_text and (noted := find_departments(text[note[0]:note[1]])):
            dept_text = noted[0][2]  # the office the note says answered
        if note is not None and not r_title:
            r_title = "负责人"
        if not dept_text and not d.answers and (field := find_field_offices(question)):
            dept_text = field[0][2]  # "“公安消防部门是如何…？”": the office asked, by its field
        if not dept_text and (gov := leader_office(r_title)):
            dept_text = gov  # 副区长 speaks for the district government
        if not dept_text and d.answers:
            a0 = d.answers[0]
            head = text[a0.body_start:min(a0.paragraphs[0][1], a0.body_start + 80)]
            found = find_departments(head, generic=False)
            dept_text = found[0][2] if found else None
        if not dept_text and not r_name and not r_title:
            # Nobody named for this question: the one office the report says answered.
            if sole_office is None:
                sole_office = _sole_answering_office(text) or ""
            dept_text = sole_office or None
        dept = _department_noted(depts, dept_text, city)
        if r_name and dept_text:
            person_dept.setdefault(r_name, dept_text)
        if r_name and r_title:
            person_title.setdefault(r_name, r_title)
        respondent = None
        if r_name or dept is not None or r_title:
            respondent = Respondent(
                name=r_name, title=r_title,
                department=dept.name if dept else None,
                department_type=dept.type if dept else None,
                department_text=dept_text,
            )
        respondents = _other_respondents(d.answers[1:], respondent, city, depts, person_dept, person_title)
        if not d.answers and respondent is not None and not r_name and dept_text:
            respondents += _listed_with(question, dept_text, city, depts)

        answer = a_start = a_end = None
        if d.answers:
            a_start = d.answers[0].body_start
            a_end = max(a_start, d.a_end or d.answers[-1].end)
            answer = text[a_start:a_end]
            if deferred_only:  # "此问题会后书面答复": nothing answered yet
                answer = a_start = a_end = None
            elif not answer:
                # "局长杨奎现场应答。" / "A局、B局负责人分别作了回答": the report says the office
                # answered and not what. It was answered (blind writers mark these answered, as a
                # reader would): the answer is the clause saying so, which the edge can cite.
                a_end = d.answers[0].start
                a_start = _clause_start(text, a_end)
                # ("局长Y说：" with nothing after, a page cut short: the words are missing, not reported;
                # a report ending on "…作了回答" has "" after it, which is no colon; "会后对接，书面答复":
                # a clause that defers the answer reports none)
                if a_end > a_start and text[a_end:a_end + 1] not in ("：", ":") \
                        and deferred_words().search(text, a_start, a_end) is None:
                    answer = text[a_start:a_end]
                else:
                    answer = a_start = a_end = None

        if note is not None and answer is None:
            a_start, a_end = note
            answer = text[a_start:a_end]
        if answer is None and not r_name and not role and not follow and (name or respondent is None):
            # "欧振邦：代表履职不能只靠…" (an op-ed's byline read as a label): a person with no
            # post in the congress asks, nobody named is asked, and nobody answers.
            continue
        follow_of = None
        if follow and prev is not None:
            follow_of = prev.id
        exchanges.append(Exchange(
            id=ex_id, seq=seq, title=d.title, follow_up_of=follow_of,
            asker=Asker(name=name, role=role), respondent=respondent,
            question=question, answer=answer, question_start=q_start, question_end=q_end,
            answer_start=a_start, answer_end=a_end,
            respondents=(respondent, *respondents) if respondent is not None else (),
        ))
    return exchanges, list(depts.values())


def _office_pointed(text: str, q_start: int, q_end: int, prev: Exchange | None) -> str | None:
    """The office a pointer stands for ("该局", "该分局" answering): the last one the question names,
    else the office that answered the exchange before."""
    asked = find_departments(text[q_start:q_end])
    return asked[-1][2] if asked else (prev.respondent.department_text if prev and prev.respondent else None)


def _first_paragraph_end(t: Turn) -> int:
    """Where ``t``'s first paragraph ends (its end when it lists none): narration after a
    label's turn runs on in the turn, not in that paragraph."""
    if not t.paragraphs:
        return t.end
    if t.body_start >= t.paragraphs[0][1] and len(t.paragraphs) > 1:
        return t.paragraphs[1][1]  # "【答】市某局局长 X：" alone on its line: the speech is the next one
    return t.paragraphs[0][1]


_CLAUSE_MARKS = "，,；;。！!？?：:\n"


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at ``end`` (an empty answer's place, right after its 作了回答 /
    作答) opens: after the last clause mark before it, spaces left out."""
    start = last_mark(text, end, _CLAUSE_MARKS) + 1
    while start < end and text[start].isspace():
        start += 1
    return start


def _sole_answering_office(text: str) -> str | None:
    """"…向台前县文广体旅局局长和相关部门负责人面对面问政": when the sentences that say
    who answered name exactly one office, that office (else None)."""
    offices: dict[str, str] = {}
    for a, done in sentences_around(text, _words()["answering"]):
        for _, _, surface in find_departments(text[a:done]):
            dept = resolve_department(surface, None)
            if dept is not None and dept.type != "人民政府":
                offices.setdefault(dept.type or dept.name, surface)  # (an office of no type by its name)
    return next(iter(offices.values())) if len(offices) == 1 else None


def _listed_with(question: str, first: str, city: str | None, depts: dict[str, Department]) -> list[Respondent]:
    """"请问旅管委、县文体旅游广电局…": the offices asked together with ``first``."""
    found = find_departments(question)
    at = next((i for i, f in enumerate(found) if f[2] == first), None)
    out: list[Respondent] = []
    while at is not None and at + 1 < len(found):
        end, (a, _, surface) = found[at][1], found[at + 1]
        if a != end + 1 or question[end] not in "、和及与":
            break
        dept = resolve_department(surface, city)
        if dept is None:
            break
        old = depts.get(dept.name)
        depts[dept.name] = Department(dept.name, dept.city, dept.type,
                                      tuple(dict.fromkeys((old.aliases if old else ()) + dept.aliases)))
        out.append(Respondent(name=None, title=None, department=dept.name, department_type=dept.type,
                              department_text=surface))
        at += 1
    return out


def _other_respondents(answers: list[Turn], first: Respondent | None, city: str | None,
                       depts: dict[str, Department], person_dept: dict[str, str],
                       person_title: dict[str, str]) -> list[Respondent]:
    """Officials who answered the same question after the first one, in order."""
    out: list[Respondent] = []
    seen = {(first.name, first.department) if first else None}
    for t in answers:
        sp = t.speaker
        if not (sp.name or sp.department):
            continue
        dept_text = sp.department or person_dept.get(sp.name or "")
        dept = _department_noted(depts, dept_text, city)
        r = Respondent(name=sp.name, title=sp.title or person_title.get(sp.name or ""),
                       department=dept.name if dept else None,
                       department_type=dept.type if dept else None, department_text=dept_text)
        key = (r.name, r.department)
        if key in seen or (first is not None and r.name and r.name == first.name):
            continue
        if r.name and any(o.name == r.name for o in out):
            continue  # "B补充说" after "A、B先后作答": B again, named bare
        seen.add(key)
        out.append(r)
    return out


def _clue(question: str, q: Turn) -> tuple[int | None, Speaker | None]:
    if q.addressee is not None:
        return 0, q.addressee
    clues = find_clues(question)
    if not clues:
        return None, None
    # The last "请问…" addresses the person who answers (earlier ones may quote).
    pos, sp = clues[-1]
    return pos, sp
