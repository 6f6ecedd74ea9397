"""Cue finding: every cue word with the speaker phrase before it (``find_cues``), who a pronoun or a
member pressing on is, the side a cue takes, and what a cue's sentence says of it (set in writing, the sitting
summed up, members each on a topic of their own)."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from loaders.datafiles import alternation, read_words
# (imported here for the readings that ask them per phrase: an import statement run per call was ~1 µs)
from loaders.departments import find_departments
from loaders.occurrences import every_start
from loaders.turns import (Speaker, asks_about, explain_request, is_congress_role, last_mark, not_a_name, parse_head,
                           public_speaks, surnames, titles)
from loaders.attribution.words import (BOUNDARY, cue_kind, cue_scan, cue_word_ends, cue_words, cues, filler_words, speech_links,
                                       MAX_HEAD, speaker_words, strip_fillers)
from loaders.attribution.spans import (clause_start, Cue, find_all, inside, one_sentence, quote_before,
                                       quoted_spans, SENTENCE_END)
from loaders.attribution.people import People
from loaders.attribution.readings import is_department, surname_first, whole_speaker
from loaders.attribution.names import member_opening
from loaders.attribution.speakers import (asked_whom, behalf_office, clause_speaker, counted_member, group_words, Head, JOINED,
                                          mentioned_person, named_bare, named_then_manner, noun_cue, parse_speaker,
                                          speaker_then_manner)

__all__ = ["written_settings", "set_in_writing", "public_quoted", "answered_in_turn", "topic_each", "topics_listed",
           "group_on_one_topic", "introduced_askers", "members_after_quoted_questions", "introduced_name",
           "first_person_officials", "long_topic_head", "find_cues", "presides", "cue_side", "remark_answered",
           "INNER_QUOTE", "QUOTED_ASKING", "asker_lead", "bare_seat_asking"]

_PRESSING_MANNER_MAX = 6  # "何委员并不满足，追问：": the few characters of how the member took the answer


def _pressing_subject(text: str, s0: int, e: int, found: list[Cue], people: People,
                      presses: bool = False) -> Speaker | None:
    """The member of a clause "X没有就此打住" (a follow_manner) before the cue's clause, X a
    pronoun (the member who asked last) or a surname and seat ("陈委员": the member named in
    full before); None when the clause says no such thing. ``presses``: the cue itself says
    追问, and any short manner after X will do ("何委员并不满足，追问：", "她意犹未尽，追问道")."""
    words = speaker_words()
    manner = next((w for w in words.follow_manner if text.endswith(w, s0, e)), None)
    if manner is None and presses:
        for n in (4, 3, 2, 1):
            subj = text[s0:s0 + n]
            if 0 < e - s0 - n <= _PRESSING_MANNER_MAX and not any(ch in "，,；：“”" for ch in text[s0 + n:e]) \
                    and (subj in words.one_char_pronouns if n == 1 else people.by_surname_title(subj) is not None):
                manner = text[s0 + n:e]
                break
    if manner is None:
        return None
    subj = text[s0:e - len(manner)]
    if subj in words.one_char_pronouns:
        asked = next((f for f in reversed(found) if f.kind in ("question", "follow_up")
                      and f.speaker.name and f.speaker.role and is_congress_role(f.speaker.role)), None)
        # ("委员X第一个举手。她…“…？”" with no cue, then "她没有就此打住，追问道": the member a
        # sentence opened with since the last member's cue, the next sentence opening with a pronoun)
        introduced = _introduced_member(text, asked.cue_end if asked else 0, s0, people)
        return introduced or (asked.speaker if asked else None)
    sp = people.by_surname_title(subj) if 2 <= len(subj) <= 4 else None
    return sp if sp is not None and sp.role and is_congress_role(sp.role) else None


_INTRODUCED_SCAN = 800  # how far back a member introduced without a cue is looked for


def _introduced_member(text: str, lo: int, hi: int, people: People) -> Speaker | None:
    """The member (named, not the chair) opening the last sentence of ``text[lo:hi]`` whose next
    sentence opens with a pronoun, outside quotations ("委员X第一个举手。她在…发现，…"): a
    member introduced so asks with no cue word, the pronoun standing for them after."""
    lo = max(lo, hi - _INTRODUCED_SCAN)
    pronouns = speaker_words().one_char_pronouns
    quoted = quoted_spans(text, lo, hi)
    starts = [i + 1 for i in range(lo, hi - 1) if text[i] in "。！？\n" and text[i + 1] in pronouns
              and not inside(quoted, i)]
    for s1 in reversed(starts):
        s0 = max(lo, clause_start(text, lo, s1 - 1, "。！？\n"))
        if inside(quoted, s0):
            continue
        sp = member_opening(text, s0, people)
        if sp is not None:
            return sp
    return None


def _one_official_since_question(found: list[Cue]) -> bool:
    """Whether the cues since the last question are one official's answers: a member who cuts in
    then cuts in on that question's answer (after another official took the word, on theirs)."""
    q = next((i for i in range(len(found) - 1, -1, -1) if found[i].kind in ("question", "follow_up")), None)
    since = found[q + 1:] if q is not None else []
    return bool(since) and all(f.kind in ("answer", "say") and f.speaker.name == since[0].speaker.name
                               and f.speaker.department == since[0].speaker.department for f in since)


@functools.lru_cache(maxsize=1)
def written_settings() -> re.Pattern[str]:
    """"在报告中，", "在《…》一文中，": a clause that sets what follows in a written text
    (data/speech_written.txt), matched up to the speaker phrase ("在审议报告中" is the sitting's
    deliberation, not the report's words: data/speech_sitting_acts.txt)."""
    words = alternation(r.cells[0] for r in read_words("speech_written.txt"))
    acts = alternation(r.cells[0] for r in read_words("speech_sitting_acts.txt"))
    return re.compile(rf"(?:^|[。！？；，,\n])\s*在?(?:《[^》]{{1,40}}》|(?:(?!{acts})[^，。！？；\n]){{0,12}}?)(?:{words})[，,]\s*$")


def set_in_writing(text: str, head: int) -> bool:
    """Whether the clause right before the speaker phrase at ``head`` sets the speech in a report
    or an article (cheap pre-test: the clause ends in 中 or 里 and a comma)."""
    if head < 2 or text[head - 1] not in "，," or text[head - 2] not in "中里":
        return False
    return written_settings().search(text, max(0, head - 60), head) is not None


def public_quoted(text: str, quote: int) -> bool:
    """"旁听的村民代表X也站起来发言：“…？”": the quotation is introduced by a member of the
    public (data/turn_words.tsv public), so no unattributed congress question."""
    if text[quote - 1:quote] not in ("：", ":"):
        return False
    lo = max(0, quote - 40)
    lo = clause_start(text, lo, quote, "。！？\n”")
    return public_speaks(text[lo:quote - 1])


def answered_in_turn(text: str, pos: int) -> bool:
    """The sentence going on after ``pos`` has officials answering one after another
    ("，A局局长X、B局局长Y分别作了回答"): both sides summed up in one sentence."""
    m = SENTENCE_END.search(text, pos)
    rest = text[pos:m.start() if m else len(text)]
    return bool(speech_links().many_times.search(rest)) and speech_links().answer_verb.search(rest) is not None


def topic_each(text: str, c: Cue) -> bool:
    """"委员A、B分别就X、Y提出询问": the members listed each asked on one topic of their own,
    the topics listed in the same number after an each-word (not "A、B、C先后提出询问", the
    sitting summed up)."""
    if c.topic is None or not speech_links().each.search(text, c.head_start, c.topic[0]):
        return False
    return len(text[c.topic[0]:c.topic[1]].split("、")) == 1 + len(c.others)


def topics_listed(topic: str) -> bool:
    """Several topics in a row ("校车接送、课后托管、食堂配餐等"): three or more, or a
    list closed by 等; several members asking on them ask nobody one question."""
    return topic.count("、") >= 2 or ("、" in topic and "等" in topic)


def group_on_one_topic(text: str, c: Cue) -> bool:
    """"在场委员又围绕课后服务收费提出询问": some members (a group word, not the whole
    committee) asking on one topic — a question, where "组成人员围绕A、B等问题进行了询问"
    sums up the sitting."""
    if c.topic is None or re.search(r"[、等和及]", text[c.topic[0]:c.topic[1]]):
        return False
    if any(w in text[c.topic[0]:c.topic[1]] for w in speaker_words().de_answer):
        return False  # "部分委员又就答复含糊的问题作了追问": the answers given, the sitting summed up
    head = text[c.head_start:c.cue_start]
    if "组成人员" in head or JOINED.search(head) or speech_links().many_times.search(head):
        return False  # the whole committee, several groups, or many questions
    return any(w in head for w in group_words()) or "们" in head


_UNQUOTED_QUESTION = re.compile(r"[^。！？?\n“”]{2,200}[？?]")


def _pronoun_subject(text: str, a: int, cue: int, people: People, cue_end: int = -1) -> tuple[int, Head] | None:
    """"他拿着…，翻到…，对着话筒说：“…”": a sentence whose subject is a pronoun, its
    speech quoted after the cue; the pronoun is the person named last before it."""
    s0 = clause_start(text, max(a, cue - 120), cue, "。！？\n")
    if text[s0:s0 + 1] not in speaker_words().one_char_pronouns:
        # "当着二十余人的面，他…": the pronoun may open the sentence's second clause.
        c1 = text.find("，", s0, cue)
        s0 = c1 + 1 if 0 <= c1 - s0 <= 16 else s0
    if text[s0:s0 + 1] not in speaker_words().one_char_pronouns:
        return None
    quoted = text[cue:cue + 4].lstrip("说道")[:2] in ("：“", ":“", "：「") or (
        cue_end > cue and text[cue_end:cue_end + 2] in ("：“", ":“", "：「"))  # ("她插话问道：“…”")
    if not quoted and cue_end > cue and text[cue_end:cue_end + 1] in ("：", ":") and cue_kind(text[cue:cue_end]) == "question":
        # "她向县农业农村局发问：…怎么用，才能…？": the question unquoted after the colon
        quoted = _UNQUOTED_QUESTION.match(text, cue_end + 1) is not None
    # "他就…的长护险问题来到区医保局咨询台前进行咨询。": no quotation, the topic is the question.
    topic = None if quoted else re.match(r"[他她]就(?P<t>[^。！？“”]{2,60}?问题)", text[s0:cue])
    # "她向省财政厅提问，补贴发放慢，农民能不能当年拿到钱。": a question told after the cue's comma
    told = (not quoted and topic is None and cue_end > cue and text[cue_end:cue_end + 1] == "，"
            and cue_kind(text[cue:cue_end]) == "question" and (e := text.find("。", cue_end, cue_end + 80)) >= 0
            and speech_links().interrogative.search(text, cue_end, e) is not None)
    if not quoted and not told and (topic is None or cue_kind(text[cue:cue + 4]) not in ("question", "say")):
        return None
    # ("作为主持人的X这时也没有闲着。她插话问道：“…？”": the member, or a chair who asks, whose
    # bare name opens the sentence before, not the official who spoke last)
    sp = mentioned_person(text, people.since, s0) or named_bare(
        text, people.since, s0, people, chair_asks=cue_kind(text[cue:cue_end]) in ("question", "follow_up")) or people.last
    if sp is None:
        return None
    # "他拿着县水利局的预算报告…说": the one office the sentence names is the one asked.

    offices = {f[2] for f in find_departments(text[s0:cue])}
    asked = Speaker(department=offices.pop()) if len(offices) == 1 and sp.role else None
    return s0, Head(sp, addressee=asked, topic=(s0 + topic.start("t"), s0 + topic.end("t")) if topic else None)


def introduced_askers(text: str, people: People) -> None:
    """"首先向副厅长X发问的是某集团董事长Y，他…": Y asks although the report names them by
    occupation alone (a deputy at a delegation's discussion); the post would make them an
    official, so they are kept as a deputy with the occupation in the role."""
    if "的是" not in text:
        return  # (cheap pre-test: most reports introduce no asker so)
    for m in speech_links().introduced.finditer(text):
        head = m["head"]
        label = parse_head(head)
        if label is not None and label.speaker.name and label.speaker.role:
            people.add(label.speaker)
        elif (name := introduced_name(head)) is not None:
            people.add(Speaker(name=name, role=f"{head[:-len(name)]}（人大代表）"))


_QUESTION_CLOSE = re.compile(r"[？?]”")
_CLAUSE_OPENERS = "\n。，！？”"
_SEATS_AFTER = ("委员", "代表", "主任", "副主任")


def members_after_quoted_questions(text: str, people: People) -> None:
    """"“…？”来自某社区的代表X第一个站了起来。": a member opening the clause right after a
    quoted question, with no cue of speech, is known by name from there on, as one named with a
    cue is: "X接着问：“…？”" further on is that member's (the name alone, no seat, before it)."""
    if "？”" not in text and "?”" not in text:
        return  # (cheap pre-test)
    for m in _QUESTION_CLOSE.finditer(text):
        sp = member_opening(text, m.end(), people)
        if sp is None or sp.name in people.by_name:
            continue
        # Only a name the report uses again alone, opening a clause ("\n\nX接着问："): a name
        # read short ("委员阿苦日呷率先发问" read 阿苦) recurs with a seat at most ("阿苦委员追问").
        n = len(sp.name)
        if any(text[k - 1] in _CLAUSE_OPENERS and not text.startswith(_SEATS_AFTER, k + n)
               for k in find_all(text, sp.name) if k > 0 and k != text.find(sp.name, m.end())):
            people.add(sp)
            people.quoted_askers.append((m.end(), sp))


@functools.lru_cache(maxsize=1)
def _put_off_words() -> re.Pattern[str]:
    """The words of an answer put off to a written reply (data/answer_deferred.txt)."""
    return re.compile(alternation(r.cells[0] for r in read_words("answer_deferred.txt")))


# The longest short re-ask quoted before a bare name and 问 ("“什么时候动工？”X问。"), quotation marks in
_SHORT_REASK = 30


def _last_member_before(found: list[Cue], people: People, pos: int) -> str | None:
    """The name of the member who spoke last before ``pos``: by a cue, or named right after a
    quoted question with no cue ("“…？”代表X第一个站了起来。…X接着问：": X asked last)."""
    cue = next((f for f in reversed(found) if f.speaker.role and is_congress_role(f.speaker.role)), None)
    quoted = next(((at, sp) for at, sp in reversed(people.quoted_askers) if at <= pos), None)
    if quoted is not None and (cue is None or cue.cue_end < quoted[0]):
        return quoted[1].name
    return cue.speaker.name if cue is not None else None


def introduced_name(head: str) -> str | None:
    """The name that ends an asker's introduction (three characters when they open with a
    surname, else two)."""
    label = parse_head(head)
    if label is not None and label.speaker.name:
        return label.speaker.name
    for n in (3, 2):
        name = head[-n:]
        if len(head) > n + 1 and surname_first(name) and not not_a_name(name) \
                and not any(ch in "的了是在和与及" for ch in name):
            return name
    return None


# "“…我们交通部门一定全力以赴…”蒋建明说": a quotation speaking for an office in the first
# person, closed right before a bare name and a verb of saying (speaker_words.tsv
# quote_name_verb), then the name is that office's official.
_FIRST_PERSON_OFFICE = re.compile(r"我们(?P<office>[\u4e00-\u9fff]{2,6}?部门)")


def first_person_officials(text: str, people: People) -> None:
    """Officials the report names by name alone, each after a quotation where they speak for
    their office in the first person ("“…我们交通部门已经…”X说，…": X answers for 交通部门).
    At a congress's group discussion an official present may be named no other way."""
    if "我们" not in text:
        return  # (cheap pre-test: most reports quote no official saying 我们…部门)
    for m in speaker_words().quote_then_name.finditer(text):
        name = m["name"]
        if people.named(name) is not None or not surname_first(name) or not_a_name(name):
            continue
        q = text.rfind("“", max(0, m.start() - 400), m.start())
        office = _FIRST_PERSON_OFFICE.search(text, q, m.start()) if q >= 0 else None
        if office is not None and is_department(office["office"]):
            people.add(Speaker(name=name, department=office["office"]))


def _spaced_name_phrase(text: str, a: int, space: int) -> int | None:
    """Where the phrase "委员 郝建平 " begins when ``space`` closes a name that spaces set apart
    (some pages print names so, between the post and the verb): the name is two to six
    characters of one run, the post right before its opening space; else None."""
    opening = text.rfind(" ", max(a, space - 7), space)
    if opening < a + 2 or not 2 <= space - opening - 1 <= 6 or any(c in BOUNDARY for c in text[opening + 1:space]):
        return None
    if text[opening - 1] in BOUNDARY:
        return None  # (no post before the name: a sentence's end, or a page's flattened lines)
    return opening


_LONG_TOPIC_REACH = 90  # how far back the speaker phrase of a long told topic is looked for
_TOPIC_SPEAKER_MAX = 16  # the speaker phrase before 就/关于/围绕/针对 ("委员X", "常委会组成人员X")


def long_topic_head(text: str, a: int, lb: int, cue: int) -> int:
    """Where the speaker phrase starts when the walk back from a cue stopped at MAX_HEAD inside one
    clause: "委员X就…、…等问题进行询问" with a topic of more than MAX_HEAD characters opens at the
    clause start when a short speaker phrase stands before its 就 (else ``lb`` as it was)."""
    cs = lb
    while cs > a and text[cs - 1] not in BOUNDARY and cue - cs < _LONG_TOPIC_REACH:
        cs -= 1
    if cs > a and text[cs - 1] not in BOUNDARY:
        return lb
    return cs if _asker_before_topic(text, cs, len(text)) else lb


def topic_over_comma(text: str, a: int, lb: int, cue: int) -> int:
    """Where the speaker phrase starts when the walk back from an asking cue stopped at a comma
    inside the told topic: "委员X就…调整后，办事…不便的问题进行询问" opens at the sentence's
    clause whose short speaker phrase stands before its 就 (else ``lb`` as it was)."""
    s = clause_start(text, a, lb - 1, "。！？；\n")
    if cue - s > _LONG_TOPIC_REACH:
        return lb
    starts = [s] + [i + 1 for i in range(s, lb - 1) if text[i] in "，,"]
    return next((cs for cs in starts if _asker_before_topic(text, cs, lb)), lb)


def _asker_before_topic(text: str, cs: int, before: int) -> bool:
    """Whether a short speaker phrase naming a member opens at ``cs`` right before the preposition of a
    told topic ("委员X就…": speaker_words.tsv asked_topic_prep, 就, 关于, 围绕, 针对), that one before
    ``before``: long_topic_head's and topic_over_comma's test of where the speaker phrase starts."""
    for lead in speaker_words().asked_topic_preps:
        k = text.find(lead, cs, cs + _TOPIC_SPEAKER_MAX + 1)
        if k - cs >= 3 and k < before and (label := parse_head(text[cs:k])) is not None \
                and label.kind == "question" and label.speaker.name:
            return True
    return False


def bare_seat_asking(head: str) -> str | None:
    """The seat of "常委会委员就…的问题进行" (a member's seat alone, then a topic of one question,
    before an asking cue), else None."""
    words = speaker_words()
    for role in words.anonymous_roles:
        for lead in words.asked_topic_preps:
            for org in ("", "常委会", "人大常委会"):
                seat = org + role
                if head.startswith(seat + lead) and len(seat) >= 2:
                    topic = head[len(seat) + len(lead):]
                    if len(topic) >= 4 and not topics_listed(topic) and "等" not in topic \
                            and "们" not in topic:
                        return seat
    return None


# How far back the bracket of an office after a speaker's name and post may open (the longest office names)
_OFFICE_BRACKET = 32


def _bracket_open(text: str, a: int, lb: int) -> int:
    """Where the quotation or bracket closing at ``lb`` opens inside a speaker phrase (from ``a``):
    up to ten characters quoted or in brackets ("一名女“考官”", "某运输（集团）有限公司"), or an
    office or an office's post of any length in brackets after a name ("X副局长（市人力资源和社会保障局）表示",
    "X（市住房和城乡建设局局长）介绍"); -1 when none."""
    q = text.rfind("“" if text[lb - 1] == "”" else "（", max(a, lb - 12), lb - 1)
    if q < 0 and text[lb - 1] == "）" and (o := text.rfind("（", max(a, lb - _OFFICE_BRACKET), lb - 1)) >= 0 \
            and _office_or_post(text[o + 1:lb - 1]):
        q = o
    return q


def _office_or_post(words: str) -> bool:
    """An office ("市人力资源和社会保障局") or an office's post with no name ("市住房和城乡建设局局长"):
    what a bracket after an official's name says of them."""
    if is_department(words):
        return True
    lab = parse_head(words)
    return lab is not None and not lab.speaker.name and not lab.speaker.role and bool(lab.speaker.title)


def find_cues(text: str, paragraphs: list[tuple[int, int]], people: People) -> list[Cue]:
    kinds, rx = cues()
    scan = cue_scan()
    found: list[Cue] = []
    cut_in: list[tuple[int, Speaker]] = []  # (where in ``found``, the official cut off) of each cut-in read as 追问
    prev_para: tuple[int, int] | None = None
    for a, b in paragraphs:
        # "委员X第一个站起来。" alone on its line, then "他说，…？": a pronoun opening the next
        # paragraph may stand for the person that one-sentence paragraph names.
        before, prev_para = prev_para, (a, b)
        quoted = quoted_spans(text, a, b)
        prev_end = -1
        for m in scan.finditer(text, a, b):
            if (m["colon"] is not None or m["comma"] is not None) and m.start() == prev_end:
                continue  # "X率先发问：“…”": the cue word before the colon attributes it
            if (text[m.start() - 1:m.start() + 1] in speech_links().name_tails and "·" in text[max(a, m.start() - 12):m.start()]
                    and (shorter := rx.match(text, m.start() + 1, b)) is not None and shorter.end() == m.end()):
                m = shorter  # "阿依古丽·买买提问道": 提 ends the name, the cue is 问道
            prev_end = m.end("whom") if m["whom"] is not None else m.end()
            lb = m.start()
            spaced_name = None
            while lb > a and m.start() - lb < MAX_HEAD:
                if text[lb - 1] == " " and (spaced := _spaced_name_phrase(text, a, lb - 1)) is not None:
                    # "委员 郝建平 追问", "委员 X 首先发问": a name set apart by spaces
                    spaced_name, lb = text[spaced + 1:lb - 1], spaced
                    continue
                if text[lb - 1] in BOUNDARY:
                    break
                lb -= 1
            if lb > a and m.start() - lb >= MAX_HEAD and text[lb - 1] not in BOUNDARY:
                lb = long_topic_head(text, a, lb, m.start())
            # "一名女“考官”立即追问", "委员X又就“天开高教科创园”建设进度发问": words in quotation marks
            # (up to ten characters) inside the speaker phrase.
            # ("…、四川某运输（集团）有限公司总经理X发问": a firm's name holds a short bracket)
            if lb > a + 1 and text[lb - 1] in "”）" and (q := _bracket_open(text, a, lb)) > a \
                    and text[q - 1] not in BOUNDARY:
                lb = q
                while lb > a and text[lb - 1] not in BOUNDARY and m.start() - lb < MAX_HEAD:
                    lb -= 1
            if lb > a and text[lb - 1] in "，,“”" and cue_kind(m.group(0)) in ("question", "follow_up") \
                    and m["colon"] is None and m["comma"] is None and m.start() - lb >= 4 \
                    and parse_head(text[lb:m.start()]) is None:
                # "委员X就…管辖后，…的问题进行询问", "委员X就“…”“…”等…问题进行询问": the told
                # topic runs over a comma or quoted terms
                lb = topic_over_comma(text, a, lb, m.start())
            if quoted and inside(quoted, m.start()) and (text[lb] != "请" or _asks_inside(text, quoted, m.start())):
                # "“…武宗平代表提出…的建议，是怎么落实的？”": words quoted, not attributed
                # (but the chair's “请X委员询问。” calls on a speaker; "“…？请A局、B局分别回答。”"
                # inside a member's question does not).
                continue
            head = text[lb:m.start()]
            words = speaker_words()
            asks_on = None
            led = False  # a lead that says who asked opens the phrase ("最后发问的是…")
            thrown = None
            # "“…？”X没有就此打住，继续追问。" / "X没有就此打住，她追问：“…”": the member opening
            # the sentence asks on (the pronoun is that member, not the official named last).
            # ("X接过话筒，直截了当地问：": only the manner between the comma and the cue)
            # ("X再次举手，就国有企业科技投入发问：": only the topic)
            # ("X并不满意，再次发问：": fillers alone, 再次, between the comma and the cue)
            manner_only = (2 <= len(head) <= 6 and head.endswith("地")) or (
                len(head) <= 24 and speech_links().split.match(head) is not None) or (
                head in filler_words()) or (
                head in words.takes_word and cue_kind(m.group(0)) in ("question", "follow_up"))
            # ("X并不满意，紧追不放：…？", "X没有点头，而是紧追不放：…？": a member pressing on, before a colon)
            pressing = m["colon"] is not None and len(head) <= 8 and head.endswith(words.follow_manner)
            # ("X随后接过话筒，语气严肃：“…？”": a short manner before a colon and a quotation that asks)
            manner_asks = m["colon"] is not None and 2 <= len(head) <= 6 and QUOTED_ASKING.match(text, m.end() + 1, b)
            if (not head or head in words.one_char_pronouns or manner_only or pressing or manner_asks) and lb > a \
                    and text[lb - 1] in "，," and (pressing or manner_asks or cue_kind(m.group(0)) in ("question", "follow_up")):
                s0 = clause_start(text, a, lb - 1, "。！？\n")
                s0 += len(text[s0:lb]) - len(text[s0:lb].lstrip("”」"))
                # ("在验收环节，来自基层的代表X讲述了…，询问…": a clause of time or place may
                # open the sentence, the member the next one)
                for k in [s0] + [i + 1 for i in range(s0, lb - 1) if text[i] in "，,"][:2]:
                    if (sp := member_opening(text, k, people, chair_asks=True)) is not None:
                        asks_on = k, Head(sp)
                        break
                if asks_on is None and (counted := counted_member(text, s0, lb - 1)) is not None:
                    asks_on = s0, Head(counted[0])  # "第二位发问的是X委员，他追问…"
                if asks_on is None and (presser := _pressing_subject(
                        text, s0, lb - 1, found, people, presses=cue_kind(m.group(0)) == "follow_up")) is not None:
                    asks_on = s0, Head(presser)  # "陈委员没有就此打住，她追问：", "她没有就此打住，追问道："
            if asks_on is None and not head and lb > a and text[lb - 1] == "。" and cue_kind(m.group(0)) == "answer" \
                    and found and found[-1].kind == "answer" and found[-1].speaker.name \
                    and text.find("。", found[-1].cue_end) == lb - 1:
                # "县某局局长Y签发了书面答复。答复称：…": the answer the sentence before told, its words
                asks_on = lb, Head(found[-1].speaker)
            # ("Y翻了翻笔记本，承认…": no phrase after the comma, the official opens the
            # sentence's clause before it: clause_speaker reads them)
            # (not when a cue of the sentence came before: "Y作了回答，表示…" is that cue's speech)
            # (an answer's cue only: "副县长X作表态发言，表示…" closes the sitting, answering no one;
            # "…负责人在听取意见后，介绍了…" tells what the answer covered, the clause's subject one phrase;
            # "Y的这番话，回应的是…" points back to a question, the cue a noun)
            after_clause = (not head and lb > a and text[lb - 1] in "，," and cue_kind(m.group(0)) == "answer"
                            and m["colon"] is None and m["comma"] is None and not re.search("[了的]", text[m.start():m.end() + 1])
                            and not (found and found[-1].cue_end > last_mark(text, lb, "。！？\n")))
            if asks_on is None and not after_clause and (len(head) < 2 and head not in words.pronouns
                                                         and head not in words.adverbs or words.negated.match(head)):
                continue  # "不等沈立群回答，他…": a cue that says nobody spoke
            if asks_on is None and cue_kind(m.group(0)) in ("answer", "say") \
                    and any(0 < head.find(d) < len(head) - 2 for d in words.demands):
                continue  # "质询案要求县某局说明：…": what an office is asked to do, nobody speaking
            if asks_on is None and cue_kind(m.group(0)) == "answer" and head.startswith(words.put_off_requests) \
                    and _put_off_words().search(text, lb, m.end()) is not None:
                continue  # "…，请省政府在会后十日内书面答复。": an answer put off, nobody speaking
            # (the paragraph before is read only for a phrase opening this one: most cues do not)
            lead = before[0] if lb == a and before and one_sentence(text, *before) else a
            people.since = max(lead, found[-1].cue_end) if found else lead
            if asks_on is None and noun_cue(text, lb, m.start()):
                continue  # "开展专题询问", "社会各界对…高度关注": the cue a noun or an attention, no speech
            if asks_on is not None:
                lb, parsed = asks_on
            elif m["colon"] is not None:
                # ("主任X把问题抛给政府：…？": putting a question to someone is asking, whoever the member)
                thrown = _thrower(text[lb:m.start()], people) or _pronoun_thrower(text, a, lb, m.start(), people)
                parsed = thrown if thrown is not None and thrown.addressee is not None \
                    else speaker_then_manner(text[lb:m.start()], people) or thrown
                if parsed is None and text[m.end() + 1:m.end() + 2] in ("“", "「") \
                        and QUOTED_ASKING.match(text, m.end() + 1, b) \
                        and (sp := member_opening(text, lb, people)) is not None:
                    # "委员X把一沓照片在桌上一字排开：“…？”": what the member did runs longer than
                    # a manner; the member, named first, asks the quotation after the colon
                    parsed = Head(sp)
                if parsed is None and (k := asker_lead(text, lb)) > lb:
                    # "最后发问的是常委会副主任X：…？": the lead says who asked (a chair's post too)
                    parsed, led = speaker_then_manner(text[k:m.start()], people), True
                if parsed is None:
                    continue
            elif m["comma"] is not None:
                # (a member named, not the chair: "X表示，“…？”" has its cue, an official's
                # manner before a comma is narration)
                parsed = named_then_manner(text[lb:m.start()], people)
                sp = parsed.speaker if parsed is not None else None
                if sp is None or not sp.role or not is_congress_role(sp.role) or speaker_words().chair.search(sp.role):
                    continue
            else:
                parsed = None
                if head[:1] in words.one_char_pronouns and text[m.end():m.end() + 1] in ("，", "：") \
                        and speech_links().split.match(head, 1) \
                        and (subject := _pronoun_subject(text, a, m.start(), people, m.end())) is not None:
                    # "她向省财政厅提问，…能不能…。": the member named last asks the office
                    # ("她向县X局发问：…？": or a colon before the question)
                    lb, parsed = subject
                if parsed is None and cue_kind(m.group(0)) in ("question", "follow_up") \
                        and (heard := speech_links().heard.search(text, lb, m.start())) is not None:
                    # "…代表X在听取镇Y所所长Z起身提问道": the member before the official heard asks
                    # (the whole phrase would read as the official, his office run back over X)
                    cut = heard.start() - (text[heard.start() - 1] == "在")
                    parsed = parse_speaker(text, lb, cut, people) if cut - lb >= 2 else None
                    if parsed is not None and not (parsed.speaker.role and is_congress_role(parsed.speaker.role)):
                        parsed = None
                parsed = parsed or parse_speaker(text, lb, m.start(), people)
                if parsed is None and text[m.end():m.end() + 2] in ("：“", ":“", "：「"):
                    # "委员X举着一沓照片发问：“…”": the speaker, what they did, the cue and the quotation
                    parsed = speaker_then_manner(text[lb:m.start()], people)
            behalf = None
            if parsed is not None and not parsed.speaker.name and not parsed.speaker.title \
                    and cue_kind(m.group(0)) == "answer" and (office := behalf_office(head)) is not None:
                # "副市长X接过话筒，代表市政府作答": the phrase names only the office answered for; the
                # official opening the sentence's clause before it speaks, for that office
                behalf, parsed = parsed, None
            if parsed is None and cue_kind(m.group(0)) in ("answer", "say"):
                # "Y局负责人从建立“…”制度、…等六个方面予以回应": the phrase runs over commas and
                # quoted terms; the speaker opens one of the sentence's clauses.
                if (long := clause_speaker(text, a, m.start(), people)) is not None:
                    lb, parsed = long
            if behalf is not None:
                parsed = behalf if parsed is None else dataclasses.replace(parsed, speaker=dataclasses.replace(
                    parsed.speaker, department=parsed.speaker.department or behalf.speaker.department))
            if parsed is None and (subject := _pronoun_subject(text, a, m.start(), people, m.end())) is not None:
                lb, parsed = subject
            if parsed is None and m.group(0)[-1:] in speaker_words().speech_verb_ends:
                parsed = named_then_manner(text[lb:m.start()], people)
            if parsed is None and m.start() - lb > 4 and cue_word_ends(text, lb, m.start()):
                # "市场监管分局局长接过话题表示，…": a cue of taking the word right before the cue
                w = max((w for w in cue_words() if text.endswith(w, lb, m.start())), key=len)
                if m.start() - len(w) - lb >= 2 and cue_kind(w) == "say":
                    parsed = parse_speaker(text, lb, m.start() - len(w), people)
            if parsed is None and cue_kind(m.group(0)) == "question" and m["colon"] is None and m["comma"] is None \
                    and (lb == a or text[lb - 1] in "。！？\n") \
                    and (seat := bare_seat_asking(text[lb:m.start()])) is not None:
                # "常委会委员就…问题进行询问。自治区X厅负责人表示，…": a member the minutes do not name
                # asks on one topic (a list of topics, "就A、B等问题", sums up the sitting)
                parsed = Head(Speaker(role=seat))
            if parsed is None or _seat_noun(text, lb, m, parsed):
                continue
            speaker = parsed.speaker
            if cue_kind(m.group(0)) in ("question", "follow_up") and not (speaker.role and is_congress_role(speaker.role)) \
                    and head[slice(*strip_fillers(head))] in words.one_char_pronouns \
                    and (asked := next((f for f in reversed(found) if f.kind in ("question", "follow_up")
                                        and f.speaker.name and f.speaker.role), None)) is not None \
                    and not speech_links().congress_word.search(text, asked.cue_end, lb):
                # ("…副局长Y。他介绍，…。\n她又问，…？": a pronoun asking is the member who asked last, not the
                # official, when no other member is named since: "另一位委员X关注…，她问…" is X's)
                speaker = asked.speaker
            if (cue_kind(m.group(0)) == "answer" and speaker.role and is_congress_role(speaker.role)
                    and head[slice(*strip_fillers(head))] in words.one_char_pronouns
                    and (official := _official_by_post(text, people.since, lb, people)) is not None):
                # ("何代表没有就此打住：“…？”这个问题让局长沉吟了片刻。他随后回答，…": a pronoun
                # answering after the official's bare post is that official, not the member)
                speaker = official
            if spaced_name and speaker.name and spaced_name != speaker.name and spaced_name.startswith(speaker.name):
                speaker = dataclasses.replace(speaker, name=spaced_name)  # (the spaces say where the name ends)
            addressee = parsed.addressee
            if m["proposed"] is not None and parsed.addressee is None:
                continue  # "代表X提出了…的建议" at a plenary: a proposal put to nobody
            if addressee is None and m["whom"] is None and cue_kind(m.group(0)) in ("question", "follow_up") \
                    and speaker.role and is_congress_role(speaker.role):
                addressee = _heard_official(text[lb:m.start()], people)
            if m["whom"] is not None:
                # "委员X问区住建局局长Y：“…”": the cue names whom it asks before the speech.
                addressee = asked_whom(m["whom"], people)
                whom_end = m.end("whom")
                if addressee is None and (office := _office_opening(m["whom"])):
                    # "委员X询问市交通运输局下一步如何推进…。": the office, then the question
                    # in indirect speech.
                    addressee, whom_end = Speaker(department=office[1]), m.start("whom") + office[0]
                if addressee is None and text[m.end("whom"):m.end("whom") + 1] in ("：", ":") \
                        and (speaker_words().firm_whom.fullmatch(m["whom"]) is not None or is_department(m["whom"])):
                    # "代表X问县供电公司：…？", "问镇市场监管所：…？": a firm or a station asked
                    addressee = Speaker(department=m["whom"])
                if addressee is None and speech_links().indirect_asks.match(text, m.start("asks")) is not None:
                    # "委员X询问禁牧区牧民…如何保障，": not whom, but the question told
                    whom_end = m.end("asks")
                elif addressee is None and asks_about(m["whom"]) and text[whom_end:whom_end + 1] in ("：", ":") \
                        and speaker.role and is_congress_role(speaker.role):
                    pass  # "代表X问招商引资：…？": the topic a member asks about, nobody asked
                elif addressee is None and m["whom"].startswith("了") and text[m.end("whom"):m.end("whom") + 1] in ("：", ":"):
                    pass  # "他追问了助餐服务的另一面：…？": not whom, but what the question is about, then the question
                elif addressee is None:
                    continue
                cue = m["asks"]
            elif m["ind"] is not None:
                cue = m["ind"]
            else:
                cue = re.sub(r"(?:说|道)$", "", m.group(0)) if m.group(0) not in kinds else m.group(0)
            cue_end = whom_end if m["whom"] is not None else m.end()
            # ("副主任X把问题抛给了高新区：" names no office it knows: the manner reading takes the phrase,
            # the member still puts a question)
            kind = "question" if thrown is not None and (parsed is thrown or parsed.speaker == thrown.speaker) \
                else cue_kind(cue)
            if led and speaker.role and is_congress_role(speaker.role):
                kind = "question"
            if (kind == "say" and m["colon"] is not None and speaker.name and speaker.role
                    and is_congress_role(speaker.role) and words.chair.search(speaker.role)
                    and QUOTED_ASKING.match(text, m.end() + 1, b) and not presides(text, speaker.name)):
                # "市人大常委会副主任X则盯住了产业本身：“…？”": a vice-chair who does not preside
                # asks as a member does (the presiding chair's quoted questions call on members)
                kind = "question"
            if (kind == "say" and text[lb - 1:lb] in ("”", "」") and speaker.name and speaker.role
                    and is_congress_role(speaker.role) and words.chair.search(speaker.role)
                    and (q := text.rfind("“", max(0, lb - 400), lb - 1)) >= 0 and re.search(r"[？?]", text[q:lb])
                    and not presides(text, speaker.name)):
                # "“…？”某县人大常委会副主任X接过话题。": a vice-chair who does not preside, named after
                # the question quoted first, asks as a member does
                kind = "question"
            if (kind == "say" and text[m.end():m.end() + 1] in ("，", ",") and speaker.name and speaker.role
                    and is_congress_role(speaker.role) and words.chair.search(speaker.role)
                    and explain_request().match(text, m.end() + 1) and not presides(text, speaker.name)):
                # "州人大常委会副主任X接过话题，请州生态环境局说明…进展。": a vice-chair who does not
                # preside asks an office to explain, as a member does
                kind = "question"
            if (kind in ("say", "question") and text[lb - 1:lb] in ("”", "」") and speaker.role
                    and is_congress_role(speaker.role) and text[m.end():m.end() + 1] in ("，", ",")
                    and _PRESSES_AFTER.match(text, m.end() + 1)):
                # "“…？”X委员接过话题，就同一件事追问下去。": the clause after the cue says the
                # question quoted first presses the point before
                kind = "follow_up"
            if m["pressed"] is not None:
                kind = "follow_up"
            if (speaker.role and is_congress_role(speaker.role)
                    and (m["colon"] is not None and text.endswith(words.follow_manner, lb, m.start())
                         # ("X委员的话还没完：“…？”": the manner inside a cue of the member's words, 的话…)
                         or text[m.end():m.end() + 1] in ("：", ":") and text.endswith(words.follow_manner, lb, m.end()))):
                kind = "follow_up"  # "何代表没有就此打住：“…？”": the member presses the same point
            if (kind in ("question", "say") and speaker.role and is_congress_role(speaker.role)
                    and any(w in text[lb:m.end()] for w in words.cut_ins) and _one_official_since_question(found)
                    and not (found and any(t in text[found[-1].cue_end:lb] for t in titles()))):
                # "话音未落，委员X插话问：…？": cutting in on the answer to the question before (not on
                # another official's words told since: "局长Y接着介绍…，还没说完，委员Z就插话：")
                kind = "follow_up"
                cut_in.append((len(found), found[-1].speaker))
            if (kind in ("question", "say") and speaker.role and is_congress_role(speaker.role)
                    and addressee is None and m["whom"] is None and lb > a and text[lb - 1] in "，,"
                    and _right_after(text, clause_start(text, a, lb - 1, "。！？\n“”"), lb - 1)
                    and not speech_links().turns_topic.search(text, lb, cue_end)
                    and found and found[-1].kind in ("answer", "say") and found[-1].speaker.name
                    and not (found[-1].speaker.role and is_congress_role(found[-1].speaker.role))
                    and any(f.speaker.role and is_congress_role(f.speaker.role) for f in found)):
                # "话音刚落，委员Y接着发问：“…？”": another member speaking as an official's answer (the
                # last cue, named) ends presses on it, as the member who asked does; "话音刚落，Y就把
                # 问题转向人才：" asks of another matter
                kind = "follow_up"
            if (kind == "question" and speaker.name
                    and (text.endswith(speech_links().presses_on, lb, m.start())
                         or text.endswith(speech_links().goes_on, lb, m.start()) and m["whom"] is None
                         and text[cue_end:cue_end + 1] in ("，", ",", "：", ":", "“")
                         or text.endswith(speech_links().asks_again, lb, m.start()) and m["whom"] is None)
                    and _last_member_before(found, people, lb) == speaker.name):
                # "X紧跟着问：“…？”", the member who spoke last before it: X presses on (another
                # member who "紧跟着问" asks the next question); "X接着又问，…" (again) too when nothing
                # comes between the cue and the speech ("X接着又问医保部门：" asks another office);
                # "X又问", "X委员再次发问" when X asked last (no office named after the cue)
                kind = "follow_up"
            if (kind == "question" and speaker.name
                    and (cue == "问" and text.endswith(speech_links().presses_on_asking, lb, m.start())
                         and _last_member_before(found, people, lb) == speaker.name
                         or speech_links().same_point.search(text, lb, m.start()) is not None
                         and speaker.role and is_congress_role(speaker.role)
                         and _last_member_before(found, people, lb) is not None)):
                # "X接着问：“…？”" right after X's own question: X presses on ("X接着提问：" puts a
                # question of its own, and another member's "Y接着问" one of Y's); "委员Y就同一问题再次
                # 发问" presses the question before whoever asked it
                kind = "follow_up"
            if (kind == "question" and speaker.name and cue == "问" and m["whom"] is None
                    and text[lb - 1:lb] == "”" and text[lb - 2:lb - 1] in ("？", "?") and text[a:a + 1] == "“"
                    and lb - a <= _SHORT_REASK and "“" not in text[a + 1:lb]
                    and text[lb:m.start()] == speaker.name
                    and found and found[-1].kind == "answer" and _last_member_before(found, people, lb) == speaker.name):
                # "“那哪天动工？”X问。" opening its paragraph right after the answer to X: a short
                # re-ask by the member who asked last, bare name and 问, presses on (as a label's does)
                kind = "follow_up"
            if (kind == "question" and speaker.name and speaker.role and is_congress_role(speaker.role)
                    and m["whom"] is None and found and found[-1].kind in ("answer", "say")
                    and not (found[-1].speaker.role and is_congress_role(found[-1].speaker.role))
                    and (text.endswith(speech_links().presses_on, lb, m.start())
                         or cue == "问" and text.endswith(speech_links().presses_on_asking, lb, m.start()))
                    and speech_links().answer_taken_up.match(text, cue_end + (text[cue_end:cue_end + 1] in ("：", ":", "，", ",")))):
                # "委员Y紧接着问：“那今年能拨付多少？”" right after an official's answer: another member
                # taking that answer up presses on it
                kind = "follow_up"
            cue_obj = Cue(lb, m.start(), cue_end, kind, speaker, addressee, topic=parsed.topic,
                           others=parsed.others)
            if cue_side(cue_obj, "？") is None and cue_side(cue_obj, "") is None:
                continue  # an official "asking", a member "answering": no attribution
            # (a member pressing on before a colon asks what follows it: the quotation before is the answer's)
            cue_obj.before = None if pressing else quote_before(text, lb, a)
            prev = found[-1] if found else None
            if (cue_obj.before and prev is not None and a <= prev.cue_end <= cue_obj.before[0]
                    and text[prev.cue_end:cue_obj.before[0]] in ("", "：", ":", "，", ",")):
                if (prev.speaker.name is None and speaker.name and prev.kind == cue_obj.kind == "question"
                        and text[prev.cue_end:cue_obj.before[0]] in ("：", ":")):
                    # "代表们开门见山提出问题：“…？”代表X率先提问": the group's colon, the named member's question
                    found.pop()
                else:
                    cue_obj.before = None  # "X发问：“…”Y坦言": the colon gave the quotation to X
            people.add(speaker)
            for other in parsed.others:
                people.add(other)  # ("A局副局长X和B局副局长Y先后作答。…Y则表示": Y of B局, named with the post)
            if addressee is not None:
                people.add(addressee)  # (a later bare "Y回应说" is this official)
            people.last = speaker
            if speaker.title and not speaker.role:
                people.official = speaker
            found.append(cue_obj)
    _cut_in_answered_elsewhere(found, cut_in)
    return found


_RIGHT_AFTER_WHO_MAX = 8  # "钟毅话音刚落": whose words fell, before the words saying so


def _right_after(text: str, a: int, b: int) -> bool:
    """Whether the clause ``text[a:b]`` only says someone's words just ended ("话音刚落", "X话音刚落":
    speech_links.tsv right_after)."""
    return any(text.endswith(w, a, b) and b - len(w) - a <= _RIGHT_AFTER_WHO_MAX for w in speech_links().right_after)


def _cut_in_answered_elsewhere(found: list[Cue], cut_in: list[tuple[int, Speaker]]) -> None:
    """A cut-in read as a 追问 of the answer it cut in on ("她插话问道：“…？”") that the next
    official answering, named, answers for another office than the official cut off: the one
    cutting in asked a question of their own (a 追问 is answered by the official pressed)."""
    for i, cut_off in cut_in:
        if i >= len(found) or found[i].kind != "follow_up":
            continue
        # (the first official speaking after it, before anyone asks again)
        nxt = next((f for f in found[i + 1:] if f.kind in ("question", "follow_up")
                    or not (f.speaker.role and is_congress_role(f.speaker.role))), None)
        if nxt is None or nxt.kind in ("question", "follow_up") or not nxt.speaker.name or not nxt.speaker.department:
            continue
        if nxt.speaker.name != cut_off.name and cut_off.department and nxt.speaker.department != cut_off.department:
            found[i].kind = "question"


def presides(text: str, name: str) -> bool:
    """Whether the report names ``name`` presiding the sitting ("市人大常委会主任X主持",
    "主持人（市人大常委会副主任 X）")."""
    return any(text.startswith(("主持", "同志主持"), k + len(name))
               or "主持" in re.split(r"[。！？；，\n]", text[max(0, k - 16):k])[-1] for k in every_start(text, name))


def _heard_official(head: str, people: People) -> Speaker | None:
    """The official a member's phrase says was heard before the question ("冯某在听取镇供水站站长Y的
    工作汇报后起身", "听完镇农业服务中心主任Z的汇报后随即"): the question is put to them."""
    if (m := speech_links().heard.search(head)) is None:
        return None
    sp = whole_speaker(m["who"], people)
    return sp if sp is not None and not sp.role and (sp.title or sp.department) else None


def _seat_noun(text: str, lb: int, m: re.Match[str], parsed: Head) -> bool:
    """"X带队对停车难相关代表建议进行督办", "X对代表建议办理工作给予肯定": the speaker read before
    a link (对, 就 …) and a bare seat closing the phrase before 建议 make "代表建议" the deputies'
    suggestions, a noun: no cue ("王代表建议，…" has the member's name right before the seat)."""
    if m.group(0) not in speech_links().seat_nouns or (parsed.topic is None and parsed.addressee is None):
        return False
    head = text[lb:m.start()]
    seat = next((w for w in speech_links().member_words if head.endswith(w)), None)
    return seat is not None and speech_links().split.search(head, 0, len(head) - len(seat)) is not None


def _official_by_post(text: str, lo: int, hi: int, people: People) -> Speaker | None:
    """The official ``text[lo:hi]`` calls last by post, bare or after the surname ("这句话让局长
    愣了一下。", "这个问题让蒋局长沉吟了片刻。"), outside quotations: of several officials with
    that post, the one the surname names, else the one who spoke last."""
    w0 = max(lo, hi - 120)
    best, best_at = None, -1
    for sp in people.by_name.values():
        t = sp.title
        if not t or sp.role or not sp.name:
            continue
        k = text.rfind(t, w0, hi)
        if k < best_at or k < 0 or (text[k - 1:k] == "副" and not t.startswith("副")):
            continue
        before = text[k - 1:k]
        if before in surnames() and before != sp.name[0]:
            continue  # ("蒋局长": another official's surname)
        if k > best_at or before == sp.name[0] or (sp is people.official and text[best_at - 1:best_at] != best.name[0]):
            best, best_at = sp, k
    if best is None or inside(quoted_spans(text, w0, hi), best_at):
        return None
    return best


def _office_opening(phrase: str) -> tuple[int, str] | None:
    """An office with a type opening ``phrase`` and some words after it: (where it ends, its name)."""
    from loaders.departments import find_departments

    found = find_departments(phrase)
    if not found or found[0][0] != 0 or len(phrase) - found[0][1] < 4 or not is_department(found[0][2]):
        return None
    return found[0][1], found[0][2]


# A clause saying a member pressed on, closing the sentence with no speech of its own ("就同一件事追问下去。",
# "继续追问。"): up to a few words before 追问, none after it but a short object.
_PRESSES_AFTER = re.compile(r"[^，。！？：:“”]{0,6}?追问[^，。！？：:“”]{0,12}。")


def _asks_inside(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether the quotation holding ``pos`` asks something itself (a member's question, not
    the chair's call “好，请X委员询问。”)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return bool(re.search(r"[？?]", text[spans[i][0]:spans[i][1]]))


def cue_side(c: Cue, speech: str) -> str | None:
    congress = bool(c.speaker.role and is_congress_role(c.speaker.role))
    if c.kind in ("question", "follow_up"):
        return c.kind if congress or not (c.speaker.title or c.speaker.department) else None
    if c.kind == "answer":
        return None if congress else "answer"
    # say: by the speaker's side
    if congress:
        # A member's remark is a question when it asks, or when a member (not the
        # presiding chair) is quoted word for word ("“…”委员周琪直言不讳").
        if speaker_words().chair.search(c.speaker.role or ""):
            return None
        # (a question quoted inside the remark, ‘…？’, is someone else's: "“‘法院如何…？’我觉得提得到位”")
        return "question" if re.search(r"？|\?|请问", INNER_QUOTE.sub("", speech)) else None
    return "answer"


def remark_answered(text: str, c: Cue, rest: list[Cue], end: int) -> bool:
    """A member's remark (not the chair's) that states a problem and is answered: the next
    cue is an official's, the speaker phrase of which follows the remark with nothing between."""
    if not (c.speaker.role and is_congress_role(c.speaker.role)) or speaker_words().chair.search(c.speaker.role):
        return False
    nxt = next((n for n in rest if n.cue_start >= end), None)
    if nxt is None or nxt.kind not in ("answer", "say") or nxt.head_start - end > 8 \
            or (nxt.speaker.role and is_congress_role(nxt.speaker.role)) \
            or not (nxt.speaker.department or nxt.speaker.title):
        return False
    # Nothing between but the sentence's end, or a bracketed side word opening the answer's
    # paragraph ("…形象。\n【答】县市场监督管理局局长Y回答说，…").
    between = text[end:nxt.head_start].strip("。！；”」 \n")
    side = _BRACKETED_WORD.fullmatch(between)
    return not between or (side is not None and "\n" in text[end:nxt.head_start]
                           and parse_head(side.group(1)) is not None and parse_head(side.group(1)).kind == "answer")


_BRACKETED_WORD = re.compile(r"[【\[]([^】\]]{1,4})[】\]]")


INNER_QUOTE = re.compile(r"‘[^‘’]*’|『[^『』]*』")


def _thrower(head: str, people: People) -> Head | None:
    """"委员X紧接着把问题抛给了市自然资源和规划局" before a colon: the member who put the
    question to an office or official (the whom too long for a manner), and whom."""
    m = speech_links().thrown_to.search(head)
    if m is None or m.end() != len(head):
        return None
    found = speaker_then_manner(head[:m.start("v")], people)  # "委员X紧接着把问题": a speaker and a manner
    if found is None or not (found.speaker.role and is_congress_role(found.speaker.role)):
        return None
    whom = whole_speaker(m["x"], people)
    if whom is not None and whom.role and is_congress_role(whom.role):
        return None
    return Head(found.speaker, addressee=whom) if whom is not None else found


QUOTED_ASKING = re.compile(r"[“「][^“”「」\n]{2,300}[？?][”」]")  # a quotation that ends asking
_THROWN_OBJECT = re.compile(r"[把将](?:这个|这一)?(?:问题|话题)$")


def _pronoun_thrower(text: str, a: int, lb: int, cue: int, people: People) -> Head | None:
    """"…委员X。他把问题抛给了区财政局：…？" and "第三位发问的委员，把问题交给了Y局：…？":
    the member a pronoun stands for (named last), or the one the clause before the comma
    counts, put the question to the office (``a``: the paragraph's start)."""
    head = text[lb:cue]
    m = speech_links().thrown_to.search(head)
    if m is None or m.end() != len(head) or m.start() != 0:
        return None
    lead = _THROWN_OBJECT.sub("", head[:m.start("v")])
    whom = whole_speaker(m["x"], people)
    if whom is None or (whom.role and is_congress_role(whom.role)):
        return None
    if lead in speaker_words().one_char_pronouns:
        sp = mentioned_person(text, people.since, lb) or people.last
        if sp is not None and sp.name and not sp.role and (known := people.named(sp.name)) is not None \
                and known.role and is_congress_role(known.role):
            # "主持会议的X副主任也忍不住提问。他把问题抛给了省某委：": the post alone reads as an
            # official's, the report named X in full before with the congress seat
            sp = known
    elif not lead and lb > a and text[lb - 1] in "，,":
        s0 = clause_start(text, a, lb - 1, "。！？\n")
        sp = member_opening(text, s0, people)
        if sp is None and (seat := next((w for w in speech_links().member_words if text.endswith(w, s0, lb - 1)), None)):
            sp = Speaker(role=seat)  # ("第三位发问的委员，": a member the report counts, not named)
    else:
        return None
    if sp is None or not (sp.role and is_congress_role(sp.role)):
        return None
    return Head(sp, addressee=whom)


def asker_lead(text: str, b: int) -> int:
    """Where the member's phrase begins after "首先提问的是" ("“…？”首先提问的是委员X。"):
    fillers, then a word that names the asker (data/speech_links.tsv asker_noun) and 是/为."""
    clause = text[b:b + 16]
    a, fillers = 0, filler_words()
    while clause.startswith(fillers, a):  # (one C-level test of them all first: most clauses open with none)
        a += len(next(f for f in fillers if clause.startswith(f, a)))
    # (or the word starts inside the fillers, after its ordinal: "第一个举手的，是" holds the filler 第一个举手)
    m = speech_links().asker_lead.match(clause, a) or (speech_links().asker_lead.match(clause, 0) if a else None)
    return b + m.end() if m else b
