""":func:`parse_head`: the head of a label (the text before its colon) read as a side and a speaker,
an office named twice, the first of several posts, a name before its seat or post; and the precompiled
patterns of label heads."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from loaders.rxguard import may_consume
from loaders.tables import COLUMN_STRIP, column_of, column_words
from loaders.turns.grammar import adverb_before_verb, grammar, may_end_in_verb, may_match
from loaders.turns.model import Label, Speaker, NOBODY
from loaders.turns.names import good_dept, good_name, minority_named, is_congress_role, named_apart_from_seat
from loaders.turns.words import (LEAD_BULLET, PLACE, kind_of_verb, label_patterns, label_words, turn_words,
                                 vocab, titles)

__all__ = ["SPACES", "SENTENCE_MARK", "COLON_HEAD", "BRACKET_HEAD", "DASH_HEAD", "BRACKET_VERB", "BRACKET_SIDE",
           "BAR_SIDE", "parse_head", "office_named_twice", "seatless", "may_be_bare"]


# Precompiled: parse_head and parse_label run on every paragraph, and re's cache lookup
# for a pattern given as a string costs as much as these short matches.
SPACES = re.compile(r"\s+")
SENTENCE_MARK = re.compile(r"[，。；？！“”]")
_TONGZHI = re.compile(r"(?<!负责)同志$")
COLON_HEAD = re.compile(r"^(.{1,45}?)[：:]")
BRACKET_HEAD = re.compile(r"^[【\[]([^】\]]{1,40})[】\]]")
DASH_HEAD = re.compile(r"^(.{2,45}?)——")  # "委员X——…": a dash for the colon
BRACKET_VERB = re.compile(r"^[【\[]([^】\]]{1,4})[】\]]")
BRACKET_SIDE = re.compile(r"^[【\[]([^】\]]{3,12})[】\]]")  # 【代表提问】, 【局长回应】
# "问 | 委员 X": a bar for the bracket; "第1问｜" numbers the question before the side word.
BAR_SIDE = re.compile(r"^(?:第[0-9０-９一二三四五六七八九十]{1,3})?([^|｜\s]{1,6})[ \u3000]*[|｜][ \u3000]*(?=\S)")


@functools.lru_cache(maxsize=1)
def _colon_is_no_label() -> bool:
    """Whether parse_head reads no label in a head with a colon inside and no bracket: true
    when none of the patterns it matches whole heads with can consume "：" and no word it
    looks up holds one (checked on the patterns as built, so a rule that admits colons
    turns the shortcut off). Attribution tries every clause start before a name, and a
    third of those heads run over a colon; each cost a dozen failed whole matches."""
    g = grammar()
    patterns = [g[k] for k in ("verb", "title_verb", "role_verb", "asker", "asker_nf", "resp_dt", "resp_dn",
                               "resp_nt", "resp_d", "resp_tn", "bare")] + [turn_words().public]
    words = [*label_patterns().no_side, *label_words(), *column_words()]
    return not any(may_consume(rx, "：") for rx in patterns) and not any("：" in w for w in words)


@functools.lru_cache(maxsize=65536)
def parse_head(head: str) -> Label | None:
    """Parse a label (the text before the colon) into kind and speaker."""
    if head.isalnum():
        # (Chinese characters, letters and digits only, as most heads the speech reading tries:
        # no space, bullet or sentence mark for the two substitutions and the search below)
        if len(head) > 40:
            return None
    else:
        if " " in head and (spaced := _name_space_post(head.strip()) or _seat_space_name(head.strip())) is not None:
            return spaced
        # "市人大常委会委员 王静" (a space between role and name) is the same label.
        # ("●委员X：" read by the speech reading, which takes the phrase from the paragraph's start)
        head = LEAD_BULLET.sub("", SPACES.sub("", head), count=1)
        if not head or len(head) > 40 or SENTENCE_MARK.search(head):
            return None
    if "：" in head and "（" not in head and "：" in head.strip(COLUMN_STRIP) and _colon_is_no_label():
        return None  # "委员X：社会各界…" (attribution tries every clause before a name): see below
    if head in label_patterns().no_side:
        return Label("other", Speaker(), 0)
    if turn_words().public.fullmatch(head):
        return Label("other", Speaker(), 0)  # "市民代表刘先生：" at a 问政 event: no member asks, no exchange
    chair_word = "主持人" if head.startswith("主持人") else "主持" if head.startswith("主持") else ""
    if chair_word and (chair := parse_head(head[len(chair_word):])) is not None and chair.kind != "other" \
            and (chair.bare or chair.speaker.role or chair.speaker.title):
        return Label("other", Speaker(), 0)  # "主持人赵德明", "主持人 市人大常委会副主任X"
    if head.endswith("同志"):
        head = _TONGZHI.sub("", head)  # 负责同志 is a title (titles.tsv)
    if may_end_in_verb(head) and (adv := adverb_before_verb().search(head)) is not None and adv.start() >= 2 \
            and (plain := parse_head(head[:adv.start()] + adv["verb"])) is not None and not plain.bare \
            and plain.speaker.name and (plain.speaker.role or plain.speaker.title):
        return plain  # the adverb would be read as a name ("员进一步" after a department "乌兰委")
    if "（" in head and (plain := office_named_twice(head)) is not None:
        return plain
    g = grammar()
    if may_match(head, "paren") and (m := g["paren"].fullmatch(head)):
        # 问（市人大常委会委员张三） / 张三（市发改委主任）
        outer, inner = parse_head(m["outer"]) or minority_named(m["outer"]), parse_head(m["inner"])
        if outer is None and inner is not None and not inner.speaker.name \
                and (inner.speaker.role or inner.speaker.title) and good_name(m["outer"], titled=True) \
                and len(m["outer"]) == 3 and m["outer"][0] in vocab()["surnames"]:
            # "区慧玲（市人大常委会委员）": a surname written as a level of place (区) opens a name
            # its seat or post in brackets follows, as it does after one ("委员区志明")
            outer = Label("speaker", Speaker(name=m["outer"]), 0, bare=True)
        if outer and inner:
            a, b = outer.speaker, inner.speaker
            # The side that is only a verb names the kind: 问（委员张三）, 委员张三（补充询问）.
            # (an occupation the public's word reads, "区人大代表X（企业负责人）", names no side: the
            # side is then the seat's, and a bare name's "X（市民代表）" stays the public's)
            verb_side = next((x for x in (outer, inner) if x.speaker == NOBODY and x.kind not in ("speaker", "other")),
                             None)
            kind = verb_side.kind if verb_side else outer.kind if outer.kind != "speaker" else inner.kind
            kind = kind_of_verb(m["verb"]) or kind
            merged = Speaker(a.name or b.name, a.role or b.role, a.title or b.title, a.department or b.department)
            return Label(kind, merged, 0)
        if outer and not inner and outer.speaker.department and not outer.speaker.name \
                and (tn := g["title_name"].fullmatch(m["inner"])) and good_name(tn["name"]):
            # 市住建局（局长王卫东）: the department outside, the post and the name inside.
            return Label(kind_of_verb(m["verb"]) or outer.kind,
                         replace(outer.speaker, name=tn["name"], title=tn["title"]), 0)
        if outer and outer.bare and not inner and (lead := g["leader"].fullmatch(m["inner"])):
            # 王勇（副区长）: a government leader after the name; the government speaks (exchanges)
            return Label(kind_of_verb(m["verb"]) or "answer", replace(outer.speaker, title=lead.group()), 0)
        if outer and not inner:
            return outer
    if may_match(head, "verb") and (m := g["verb"].fullmatch(head)):
        return Label(kind_of_verb(m["verb"]) or "speaker", Speaker(), 0)
    if (word := label_words().get(head)) is not None:
        return Label(word, Speaker(), 0)  # 【问政】, 【回应】: a side named by an event's own word
    if may_match(head, "title_verb") and (m := g["title_verb"].fullmatch(head)) and kind_of_verb(m["verb"]) == "answer":
        # "局长回应（市交通运输局 Y）": the post and the verb; the paren names the official.
        return Label("answer", Speaker(title=m["title"]), 0)
    if may_match(head, "role_verb") and (m := g["role_verb"].fullmatch(head)) and is_congress_role(m["role"]) \
            and kind_of_verb(m["verb"]) in ("question", "follow_up"):
        # "代表提问（X）": the seat and the verb (the greedy name would take the verb).
        return Label(kind_of_verb(m["verb"]), Speaker(role=m["role"]), 0)
    if len(head) >= 4 and (column := column_of(head)) in ("question", "answer"):
        return Label(column, Speaker(), 0)  # "询问内容：" / "答复情况：": a table's columns as labels
    for key in ("asker", "asker_nf"):
        m = g[key].fullmatch(head) if may_match(head, key) else None
        if m and m["name"] in label_words():
            continue  # "市人大代表问政" (a headline): 问政 names the event, not a person
        if m and is_congress_role(m["role"]) and not good_name(m["name"], titled=key == "asker", seated=key == "asker") \
                and key == "asker" and may_match(head, "asker_posts") and (posts := g["asker_posts"].fullmatch(head)):
            m = posts  # the "name" was the end of a committee's post: the posts are all the head holds
        if m and is_congress_role(m["role"]) and (m.re is g["asker_posts"] or good_name(
                m["name"], titled=key == "asker", seated=key == "asker", before_seat=key == "asker_nf")):
            kind = kind_of_verb(m["verb"]) or "question"
            if kind == "answer":
                kind = "speaker"
            return Label(kind, Speaker(name=m.groupdict().get("name"), role=m["role"]), 0)
    for key in ("resp_dt", "resp_dn", "resp_nt", "resp_d", "resp_tn", "resp_pn"):
        m = g[key].fullmatch(head) if may_match(head, key) else None
        if not m:
            continue
        d = m.groupdict()
        verbs = vocab()["verbs"]
        if d.get("name") and not d.get("verb") and (d["name"] in verbs or d["name"].removesuffix("说") in verbs):
            d["name"], d["verb"] = None, d["name"].removesuffix("说")  # "副区长回应说": a post and a verb
        if not good_dept(d.get("dept")) or not good_name(d.get("name"), titled=key in ("resp_dt", "resp_tn", "resp_pn"),
                                                             posted=key == "resp_dt"):
            continue
        if key == "resp_dn" and d.get("name") and (d["dept"][-1] + d["name"]).startswith(titles()):
            continue  # "王卫东局长答" is a name and a post, not the office 王卫东局 and 长答
        if key == "resp_d" and not re.match(r"[省市区县]|" + PLACE, head):
            continue
        kind = kind_of_verb(d.get("verb")) or "answer"
        if key == "resp_dt" and m.start("dept") > 0 and (first := _first_office(head[:m.start("dept")])):
            # "市发改委副主任、市粮食和物资储备局局长 X": an official of two offices answers for the first
            d["title"], d["dept"] = head[len(first):m.end("title")], first
        if key == "resp_tn" and (lead := turn_words().placed_leader.fullmatch(d["title"])):
            # 武夷山市副市长X speaks for 武夷山市's government, not the session city's.
            d["title"], d["dept"] = lead["core"], lead["place"] + "人民政府"
        return Label(kind, Speaker(name=d.get("name"), title=d.get("title"), department=d.get("dept")), 0)
    m = g["bare"].fullmatch(head)
    if m and good_name(m["name"], bare=True):
        return Label(kind_of_verb(m["verb"]) or "speaker", Speaker(name=m["name"]), 0, bare=not m["verb"])
    return None


# "县发展和改革局（县粮食和物资储备局）局长X": an office, its second name in brackets, then the post.
_OFFICE_ALSO = re.compile(r"([^（）]{2,20})（([^（）]{2,20})）([^（）]{2,})")


def office_named_twice(head: str) -> Label | None:
    """The label read without the bracketed second name of the office before it, when both name
    government offices of a field: an official of a bureau that is also another (粮食和物资储备
    joined to the 发改局 of a county) answers for the office named first, as one of two posts does.

    >>> office_named_twice("县发展和改革局（县粮食和物资储备局）局长向德明").speaker.department
    '县发展和改革局'
    """
    from loaders.departments import resolve_department

    if (m := _OFFICE_ALSO.fullmatch(head)) is None:
        return None
    outer, inner = m.group(1), m.group(2)
    if not (a := resolve_department(outer, None)) or not a.type or not (b := resolve_department(inner, None)) or not b.type:
        return None
    label = parse_head(outer + m.group(3))
    return label if label is not None and label.speaker.department == outer else None


def _first_office(posts: str) -> str | None:
    """The office of the first of the posts listed before an official's last ("市发改委副主任、"),
    when it is a government department of a field: a government's own post (市政府副秘书长) or a
    party office's (市委组织部…) leaves the answer to the office named last."""
    from loaders.departments import resolve_department

    m = grammar()["resp_dt"].fullmatch(posts.split("、", 1)[0])
    if m is None or m["name"] or not (d := resolve_department(m["dept"], None)) \
            or d.type in (None, "人民政府", "政府办公室"):
        return None
    return m["dept"]


# A phrase of Han characters and digits only ("2021年3月5日"): parse_head reads it as it stands
# (no space, bullet or bracket).
_ALL_HAN = re.compile(r"[\u4e00-\u9fff0-9]+")


@functools.lru_cache(maxsize=1)
def _adverb_verb_anywhere() -> re.Pattern[str]:
    """adverb_before_verb not anchored at the end: found in a phrase wherever one of its starts ends in it."""
    rx = adverb_before_verb()
    return re.compile(rx.pattern.removesuffix("$"), rx.flags)


def seatless(phrase: str) -> int:
    """How long the starts of ``phrase`` with no :func:`parse_head` reading with a seat (a
    speaker's ``role``) may be: those of Han characters and digits only that hold no role word
    (data/roles.tsv), with which every seat the grammar reads ends (the asker's, the
    seat-and-verb label's); 0 where the phrase holds an adverb before a speech verb before
    that (parse_head reads a head without its adverb, which might join a role word: 代 + 表示).
    Such a start may still read as a bare name (:func:`may_be_bare`)."""
    m = _ALL_HAN.match(phrase)
    n = m.end() if m is not None else 0
    for r in vocab()["roles"]:
        k = phrase.find(r, 0, n)
        if k >= 0:
            n = k + len(r) - 1  # (the longest start without it)
    return 0 if n and _adverb_verb_anywhere().search(phrase, 0, n) is not None else n


def may_be_bare(head: str) -> bool:
    """Whether :func:`parse_head` may read ``head`` (Han characters and digits only) as a bare
    name: only the bare pattern reads one, of the head without its 同志, with no verb after a
    good name (the last reading parse_head tries)."""
    if head.endswith("同志"):
        head = _TONGZHI.sub("", head)
    m = grammar()["bare"].fullmatch(head)
    return m is not None and not m["verb"] and good_name(m["name"], bare=True)


def _seat_space_name(head: str) -> Label | None:
    """"市人大常委会委员 和丽萍": a congress seat, a space, then a name whose surname is also a
    function word (和): the space tells the name from the word going on after the seat
    (委员和专家), so the name reads as it does after an office's post (厅长和建国)."""
    before, _, name = head.rpartition(" ")
    before = before.strip()
    if not 2 <= len(name) <= 4 or not before or " " in before:
        return None
    if not named_apart_from_seat(name):
        return None  # (a name any seat reads without the space is read the usual way)
    seat = parse_head(before)
    if seat is None or seat.kind == "other" or seat.speaker.name or not seat.speaker.role \
            or not is_congress_role(seat.speaker.role):
        return None
    return replace(seat, speaker=replace(seat.speaker, name=name))


def _name_space_post(head: str) -> Label | None:
    """"万小琴 市人大常委会委员", "程志华 市文化广电旅游局局长": the name first, a space, then
    the seat or the post with its place or office (read without the space, the place
    would take the name in: 万小琴市人大常委会委员 as one role)."""
    before, _, after = head.partition(" ")
    after = after.strip()
    if not after or " " in after or not 2 <= len(before) <= 4:
        return None
    name = parse_head(before)
    if name is None or not name.bare:
        return None
    post = parse_head(after)
    if post is None or post.kind == "other" or post.speaker.name or not (post.speaker.role or post.speaker.title):
        return None
    return replace(post, speaker=replace(post.speaker, name=before))
