"""The words of the data files the label grammar is built from, in their patterns: turn words
(data/turn_words.tsv), label words (data/label_words.tsv), the vocabulary of roles, titles, speech verbs and
surnames, chair posts; and the character classes of names, places, bullets and dashes."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from loaders.datafiles import alternation, read_groups, read_tsv, read_words
from loaders.normalize import SPEAKER_BULLETS

__all__ = ["CJK", "NAME", "LNAME", "PLACE", "BULLET", "LEAD_BULLET", "DASH", "MARKS", "ENUM", "turn_groups",
           "explain_request", "request_verbs", "turn_words", "interview_subtitle", "vocab", "label_words",
           "label_patterns", "chair_words", "titles", "surnames", "long_verbs", "kind_of_verb"]


CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]"  # names may use rare (Ext-A/B) characters
#: A Chinese person name: 2–4 characters, or a transliterated name with "·".
NAME = rf"(?:{CJK}{{1,6}}·{CJK}{{1,8}}|{CJK}{{2,4}})"
# Lazy inside labels so that a following verb is not swallowed (委员张三问 → 张三 + 问).
# (five or six characters only for a Mongolian or Tibetan name of known parts, 乌云其木格: names.good_name)
LNAME = rf"(?:{CJK}{{1,6}}?·{CJK}{{1,8}}?|{CJK}{{2,6}}?)"
# Place names hold no function words ("经济是区人大常委会委员X": 经济是 is no place).
PLACE = rf"(?:全国|(?:(?![的了是在我你他她它这那把被]){CJK}){{0,6}}?(?:[省市州区县旗盟镇乡]|街道)级?)(?:、(?:全国|[省市州区县镇乡]))*"
BULLET = re.compile(rf"^[{SPEAKER_BULLETS}▲△※·>＞\-—*\s]+")
# One bullet symbol (no dash, no space) right before a label on a flattened page ("…会议 ▍问：…").
LEAD_BULLET = re.compile(rf"^[{SPEAKER_BULLETS}]\s?")
# The dash a signature follows ("“……？”——委员 X"), as pages write it.
DASH = r"(?:——|—|－－|--)"
# Markers around a speaker line copied from bold text or a heading (**委员 张三**, 【…】).
MARKS = " *【】[]"
ENUM = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")


class _TurnWords(NamedTuple):
    """The turn grammar's words besides the labels' (data/turn_words.tsv), in their patterns."""

    congress_body: tuple[str, ...]
    congress_seats: frozenset[str]
    not_office: tuple[str, ...]
    not_office_start: re.Pattern[str]  # "请问市科技局": a sentence glued before an office
    public: re.Pattern[str]
    closing: re.Pattern[str]
    narrative_verb: re.Pattern[str]  # "回答说，" ending a narrated answer's speaker phrase
    narrative_say: frozenset[str]  # 表示, 介绍: says, not answers
    branch: re.Pattern[str]  # "博罗分局": a branch of the office, no person
    placed_leader: re.Pattern[str]  # "武夷山市副市长": the place's government
    office_asked: re.Pattern[str]  # "请问市卫健委，": 请问, then whom it asks
    office_asked_end: re.Pattern[str]  # "市卫健委", "市场监管局和税务局": that is an office
    interview_lead: re.Pattern[str]  # "——访某县人大常委会主任X": an interview's subtitle, no speaker line
    self_ask: re.Pattern[str]  # "主持人：我也提一个，…？": the presiding chair asks
    broadcast: re.Pattern[str]  # "电视台", "直播": a broadcast named
    programme: re.Pattern[str]  # "节目", "栏目": the programme named
    relayed: re.Pattern[str]  # "市民王女士留言": a member of the public a host reads out, group "who"
    passed_on: re.Pattern[str]  # "有位商户请我们转达": one of the public a host passes a question on from, group "role"
    for_them: tuple[str, ...]  # "我替大家问": before one of the public, the host asks for them
    addresses: re.Pattern[str]  # "郜局长，": a host's line opening addressing an official


_TURN_USES = ("congress_body", "congress_seat", "not_office", "not_office_start", "public", "public_suffix",
              "public_speaks", "closing_kind", "closing_this", "closing_meeting", "closing_when", "closing_chair",
              "closing_speaks", "narrative_answer", "narrative_say", "cue_ending", "branch_suffix", "placed_leader",
              "party_post", "leader_post_other", "head_post", "label_office_suffix", "committee_word", "narr_ask_verb", "narr_answer_lead",
              "ask_short_verb", "ask_adverb", "not_topic_start", "request_verb", "clue_follow", "clue_opener", "clue_opener_comma",
              "office_asked_then", "office_asked_end", "interview_lead", "self_ask", "broadcast", "programme", "relayed",
              "passed_on", "passed_on_verb", "for_them", "addressed_post")


@functools.lru_cache(maxsize=1)
def turn_groups() -> dict[str, tuple[str, ...]]:
    return read_groups("turn_words.tsv", _TURN_USES)


@functools.lru_cache(maxsize=1)
def explain_request() -> re.Pattern[str]:
    """"请州生态环境局说明…": 请, whom, and what a member asks an office to do with no asking
    word (说明, 介绍, 解释: data/label_words.tsv explain), in one clause."""
    return re.compile(rf"请[^。？！；，\n]{{2,30}}?(?:{alternation(_label_groups()['explain'])})")


def request_verbs() -> tuple[str, ...]:
    """What a question or the chair asks an official named after 请 to do (回答, 答复 …)."""
    return turn_groups()["request_verb"]


@functools.lru_cache(maxsize=1)
def turn_words() -> _TurnWords:
    groups = turn_groups()
    w = {u: alternation(words) for u, words in groups.items()}
    return _TurnWords(
        congress_body=groups["congress_body"],
        congress_seats=frozenset(groups["congress_seat"]),
        not_office=groups["not_office"],
        not_office_start=re.compile(rf"^(?:{w['not_office_start']}|经(?!开区|济|发[委局]))"),
        # Members of the public asking at a congress's 问政 or 面对面 event: their questions are no
        # congress inquiry (and must not run into the answer a member got before them).
        # ("市民政局" is the civil affairs bureau: 市民 before an office's 局 or 厅 is no citizen)
        public=re.compile(rf"(?:{w['public']})(?!{CJK}{{0,3}}[局厅])(?:代表)?(?:[\u4e00-\u9fff](?:{w['public_suffix']})|[\u4e00-\u9fff]{{2,3}})?"
                          rf"(?:{w['public_speaks']})?"),
        # Narration that closes the inquiry: it ends the last answer instead of extending it.
        closing=re.compile(rf"^(?:(?:{w['closing_kind']})?询问(?:会)?结束|会议(?:{w['closing_meeting']})"
                           rf"|(?:{w['closing_this']})(?:{w['closing_kind']})?询问"
                           rf"|(?:{w['closing_when']})，(?:市|区|县)?人大常委会(?:党组书记、)?(?:{w['closing_chair']})"
                           rf"[\u4e00-\u9fff]{{2,4}}(?:{w['closing_speaks']}))"),
        narrative_verb=re.compile(rf"({alternation(groups['narrative_answer'] + groups['narrative_say'])})"
                                  rf"(?:{w['cue_ending']})?[：，]$"),
        narrative_say=frozenset(groups["narrative_say"]),
        branch=re.compile(rf"(?:{w['branch_suffix']})$"),
        placed_leader=re.compile(rf"(?P<place>.*?[省市区县州旗盟镇乡])(?P<core>(?:常务)?副?(?:{w['placed_leader']}))"),
        office_asked=re.compile(rf"请问([^，。？！\n]{{2,20}}?)(?:[，,]|{w['office_asked_then']})"),
        office_asked_end=re.compile(rf"(?:{w['office_asked_end']})(?:和|、|$)"),
        # (after the subtitle's dash, right before the designation of whom it interviews)
        interview_lead=re.compile(rf"^\s*{DASH}\s*(?:{w['interview_lead']})(?={CJK})"),
        # ("我代表主任会议问一个问题。": a short lead-in clause, and on whose behalf the chair asks)
        self_ask=re.compile(rf"^\s*(?:[^，。？！：\n]{{1,4}}[，,])?(?:{w['self_ask']}|我代表[^，。？！：\n]{{2,10}}?[问提]一个)"),
        broadcast=re.compile(w["broadcast"]),
        programme=re.compile(w["programme"]),
        # ("市民张先生来信说：", "网友王女士留言"): the public's word, a surname and a polite
        # form (or a name right before what they did), then what they did
        relayed=re.compile(rf"(?P<role>{w['public']})(?P<who>[\u4e00-\u9fff](?:{w['public_suffix']})"
                           rf"|[\u4e00-\u9fff]{{2,3}}(?=(?:{w['relayed']})))[，,]?(?:[他她]|通过[^，。]{{1,12}})?"
                           rf"(?:{w['relayed']})"),
        # ("一位昵称“某某”的网友问道", "一位李先生来电说"): the word, then what they did within a clause
        passed_on=re.compile(rf"(?P<role>{w['passed_on']})[^，。；！？：\n]{{0,8}}?(?:{w['passed_on_verb']})"),
        for_them=groups["for_them"],
        addresses=re.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:{w['addressed_post']})[，,]"),
    )


def interview_subtitle(paragraph: str) -> bool:
    """"——访某县人大常委会主任X 本报记者…": an interview's subtitle under its headline, naming whom
    the reporter talks to: no speaker's label (parse_label), no line declaring who asks
    (passes.declaration_lines), no signature of the quotation above it (signed.dash_signed_spans)."""
    return paragraph[:1] in "—－-" and turn_words().interview_lead.match(paragraph) is not None


@functools.lru_cache(maxsize=1)
def vocab() -> dict[str, object]:
    titles = sorted({r.cells[0] for r in read_tsv("titles.tsv", ["title"])}, key=len, reverse=True)
    roles = sorted({r.cells[0] for r in read_tsv("roles.tsv", ["role_word"])}, key=len, reverse=True)
    verbs: dict[str, str] = {}
    for r in read_tsv("speech_verbs.tsv", ["verb", "kind"]):
        if r.cells[1] not in ("question", "follow_up", "answer"):
            raise r.error(f"kind must be question, follow_up or answer, got {r.cells[1]!r}")
        verbs[r.cells[0]] = r.cells[1]
    surnames = set()
    for r in [*read_words("surnames.txt"), *read_words("clan_surnames.txt")]:
        if not re.fullmatch(rf"{CJK}{{1,2}}", r.cells[0]):
            raise r.error(f"not a surname: {r.cells[0]!r}")
        surnames.add(r.cells[0])
    # Tibetan and Mongolian given-name parts: such a name has no surname (minority_name)
    minority_parts = frozenset(r.cells[0] for r in read_words("minority_name_parts.txt"))
    # Yi clan names, and the function characters that may close a name they open (沙马拉则)
    clans = frozenset(r.cells[0] for r in read_words("clan_surnames.txt"))
    clan_ends = frozenset(r.cells[0] for r in read_words("clan_name_ends.txt"))
    return {"titles": titles, "roles": roles, "verbs": verbs, "surnames": surnames, "minority_parts": minority_parts,
            "clans": clans, "clan_ends": clan_ends}


@functools.lru_cache(maxsize=1)
def label_words() -> dict[str, str]:
    """Words naming a side in a label (data/label_words.tsv): 问政 → question."""
    groups = _label_groups()
    return {w: k for k in ("question", "follow_up", "answer") for w in groups[k]}


_LABEL_KINDS = ("question", "follow_up", "answer", "chair_post", "asking", "explain", "no_side", "signed", "column",
                "pair_asker", "pair_answerer", "pair_verb", "supplement")


@functools.lru_cache(maxsize=1)
def _label_groups() -> dict[str, tuple[str, ...]]:
    """The words of data/label_words.tsv by kind."""
    return read_groups("label_words.tsv", _LABEL_KINDS, column="kind", optional=("follow_up",))


class _LabelPatterns(NamedTuple):
    """The label grammar's patterns around the words of data/label_words.tsv."""

    no_side: frozenset[str]
    signed_by: re.Pattern[str]  # "（答复人：市住建局局长 孙立峰）" ending a bare 问/答
    column_prefix: re.Pattern[str]  # "询问人：" before a signature's speaker
    pair_labels: re.Pattern[str]  # "询问人：X 应询人：Y"
    pair_verb: re.Pattern[str]  # "X向Y提问"
    supplement: re.Pattern[str]  # "补充回答 市发改委副主任X：…"


@functools.lru_cache(maxsize=1)
def label_patterns() -> _LabelPatterns:
    words = _label_groups()
    alt = {k: alternation(ws) for k, ws in words.items()}
    return _LabelPatterns(
        no_side=frozenset(words["no_side"]),
        signed_by=re.compile(rf"[（(](?:{alt['signed']})[：:] ?(?P<who>[^（）()\n]{{2,40}})[）)] *$"),
        column_prefix=re.compile(rf"^(?:{alt['column']})[：:]\s*"),
        pair_labels=re.compile(rf"^(?:{alt['pair_asker']})[：:]\s*(?P<a>.{{2,30}}?)\s*(?:{alt['pair_answerer']})[：:]"
                               r"\s*(?P<r>.{2,30})$"),
        pair_verb=re.compile(rf"\s*(?:向(?P<r1>.{{2,30}}?))?(?:{alt['pair_verb']})\s*"),
        supplement=re.compile(rf"^(?:{alt['supplement']})[ ：:]*"),
    )


@functools.lru_cache(maxsize=1)
def chair_words() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """Chair posts (longest first), the asking words and a request to explain after a problem
    stated ("…，群众意见较大，请区住建局说明原因": data/label_words.tsv explain, in one
    sentence), from data/label_words.tsv."""
    groups = _label_groups()
    posts = tuple(sorted(groups["chair_post"], key=len, reverse=True))
    explain = re.compile(rf"[^。？！；\n]{{{_PROBLEM_MIN},}}?[，,]{explain_request().pattern}")
    return posts, re.compile(alternation(groups["asking"])), explain


_PROBLEM_MIN = 10  # a clause stating a problem before the request is this long at least


@functools.lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Title words of officials (data/titles.tsv), longest first."""
    return tuple(vocab()["titles"])


@functools.lru_cache(maxsize=1)  # built once: attribution asks for it per name it checks
def surnames() -> frozenset[str]:
    """Surnames (data/surnames.txt) that make a bare two-to-four-character word a name."""
    return frozenset(vocab()["surnames"])


@functools.lru_cache(maxsize=1)
def long_verbs() -> tuple[str, ...]:
    """Speech verbs of two characters or more (回应, 表示): a name never begins with one."""
    return tuple(v for v in vocab()["verbs"] if len(v) >= 2)


def kind_of_verb(verb: str | None) -> str | None:
    return vocab()["verbs"].get(verb) if verb else None
