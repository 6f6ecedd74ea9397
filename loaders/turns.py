"""Speaker turns: who speaks where in the normalised text.

A turn starts at the beginning of a paragraph, either with a speaker label
ending in a colon or with a narrative sentence. Labels are parsed with a
small grammar built from data files, so layouts of other cities work without
code changes:

* asker:      [place][人大][常委会][committee] ROLE [NAME] [VERB]  (市人大常委会委员王静, 委员张三问)
              NAME ROLE [VERB]                                     (王静委员)
* respondent: DEPT TITLE [NAME] [VERB]                             (市发改局副局长刘小杰, 市行政审批服务局局长李四回答)
              DEPT NAME [TITLE] [VERB]  |  NAME TITLE [VERB]       (市科技局赵国强, 刘小杰副局长)
* bare:       VERB (问, 答, 追问)  |  NAME [VERB] (项丽, 王静问)
* narrative:  X向Y提问：…  |  Y回答说：…

ROLE words come from ``data/roles.tsv``, TITLE words from ``data/titles.tsv``,
VERBs (with their kind) from ``data/speech_verbs.tsv`` and surnames (for
bare names) from ``data/surnames.txt``.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol

from loaders.datafiles import alternation, read_groups, read_tsv, read_words
from loaders.departments import office_endings
from loaders.places import place_words
from loaders.follow_ups import (is_follow_up_label, is_marker_line, is_quoted_reask, marked_head, names_follow_up,
                                opens_follow_up)
from loaders.normalize import SPEAKER_BULLETS
from loaders.occurrences import every_start
from loaders.rxguard import final_chars, may_consume, required_sets
from loaders.tables import COLUMN_STRIP, column_of, column_words

__all__ = [
    "Speaker", "Label", "Turn", "parse_label", "parse_head", "is_turn_start", "is_label_only", "is_bare_label",
    "is_inline_turn", "inline_turn_screen", "find_turns", "OfficialsLookup", "addressees", "find_clues", "NAME", "is_congress_role", "request_verbs", "explain_request",
    "titles", "surnames", "not_a_name", "dash_signer", "member_signed_quote", "splits_not_name_word", "may_name_speaker", "paragraph_spans",
    "sentences_around", "sentence_span", "asks_about",
]

log = logging.getLogger(__name__)

_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]"  # names may use rare (Ext-A/B) characters
#: A Chinese person name: 2–4 characters, or a transliterated name with "·".
NAME = rf"(?:{_CJK}{{1,6}}·{_CJK}{{1,8}}|{_CJK}{{2,4}})"
# Lazy inside labels so that a following verb is not swallowed (委员张三问 → 张三 + 问).
# (five or six characters only for a Mongolian or Tibetan name of known parts, 乌云其木格: _good_name)
_LNAME = rf"(?:{_CJK}{{1,6}}?·{_CJK}{{1,8}}?|{_CJK}{{2,6}}?)"
# Place names hold no function words ("经济是区人大常委会委员X": 经济是 is no place).
_PLACE = rf"(?:全国|(?:(?![的了是在我你他她它这那把被]){_CJK}){{0,6}}?(?:[省市州区县旗盟镇乡]|街道)级?)(?:、(?:全国|[省市州区县镇乡]))*"
_BULLET = re.compile(rf"^[{SPEAKER_BULLETS}▲△※·>＞\-—*\s]+")
# One bullet symbol (no dash, no space) right before a label on a flattened page ("…会议 ▍问：…").
_LEAD_BULLET = re.compile(rf"^[{SPEAKER_BULLETS}]\s?")
# The dash a signature follows ("“……？”——委员 X"), as pages write it.
_DASH = r"(?:——|—|－－|--)"
# Markers around a speaker line copied from bold text or a heading (**委员 张三**, 【…】).
_MARKS = " *【】[]"
_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")


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


_TURN_USES = ("congress_body", "congress_seat", "not_office", "not_office_start", "public", "public_suffix",
              "public_speaks", "closing_kind", "closing_this", "closing_meeting", "closing_when", "closing_chair",
              "closing_speaks", "narrative_answer", "narrative_say", "cue_ending", "branch_suffix", "placed_leader",
              "party_post", "leader_post_other", "head_post", "label_office_suffix", "committee_word", "narr_ask_verb", "narr_answer_lead",
              "ask_short_verb", "ask_adverb", "not_topic_start", "request_verb", "clue_follow", "clue_opener", "clue_opener_comma",
              "office_asked_then", "office_asked_end")


@functools.lru_cache(maxsize=1)
def _turn_groups() -> dict[str, tuple[str, ...]]:
    return read_groups("turn_words.tsv", _TURN_USES)


@functools.lru_cache(maxsize=1)
def explain_request() -> re.Pattern[str]:
    """"请州生态环境局说明…": 请, whom, and what a member asks an office to do with no asking
    word (说明, 介绍, 解释: data/label_words.tsv explain), in one clause."""
    return re.compile(rf"请[^。？！；，\n]{{2,30}}?(?:{alternation(_label_groups()['explain'])})")


def request_verbs() -> tuple[str, ...]:
    """What a question or the chair asks an official named after 请 to do (回答, 答复 …)."""
    return _turn_groups()["request_verb"]


@functools.lru_cache(maxsize=1)
def _turn_words() -> _TurnWords:
    groups = _turn_groups()
    w = {u: alternation(words) for u, words in groups.items()}
    return _TurnWords(
        congress_body=groups["congress_body"],
        congress_seats=frozenset(groups["congress_seat"]),
        not_office=groups["not_office"],
        not_office_start=re.compile(rf"^(?:{w['not_office_start']}|经(?!开区|济|发[委局]))"),
        # Members of the public asking at a congress's 问政 or 面对面 event: their questions are no
        # congress inquiry (and must not run into the answer a member got before them).
        # ("市民政局" is the civil affairs bureau: 市民 before an office's 局 or 厅 is no citizen)
        public=re.compile(rf"(?:{w['public']})(?!{_CJK}{{0,3}}[局厅])(?:代表)?(?:[\u4e00-\u9fff](?:{w['public_suffix']})|[\u4e00-\u9fff]{{2,3}})?"
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
    )


@functools.lru_cache(maxsize=1)
def _grammar_needs() -> dict[str, tuple[frozenset[str], ...]]:
    """Per pattern of _grammar, sets of characters every match holds one of each of
    (rxguard.required_sets: the last characters of its titles, roles, office suffixes): a
    head lacking one is no match, found without trying the pattern's branches at each cut."""
    return {key: required_sets(rx) for key, rx in _grammar().items()}


@functools.lru_cache(maxsize=1)
def _grammar_finals() -> dict[str, frozenset[str] | None]:
    """Per pattern of _grammar, the characters a match may end with (rxguard.final_chars: the
    last characters of its verbs, titles, roles, office suffixes; None where a name may end it):
    a head ending in another is no match. Most heads the speech reading tries (a phrase's
    starts, a name and the manner after it) end in none, and a failing fullmatch tries every cut."""
    return {key: final_chars(rx) for key, rx in _grammar().items()}


@functools.lru_cache(maxsize=1)
def _screens() -> dict[str, tuple[frozenset[str] | None, tuple[Callable[[str], object], ...]]]:
    """Per pattern of _grammar, its final characters and the searches a head must pass: one
    character class per needed set (re tests a class in C; frozenset.isdisjoint made a string
    object of each character of the head, ~7 screens per head), and for three patterns how a
    match ends (_reversed_tails)."""
    finals, needs = _grammar_finals(), _grammar_needs()
    screens = {key: (finals[key], tuple(re.compile(f"[{''.join(map(re.escape, sorted(chars)))}]").search
                                        for chars in needs[key]))
               for key in finals}
    for key, rx in _reversed_tails().items():
        screens[key] = (screens[key][0], (*screens[key][1], lambda head, match=rx.match: match(head[::-1])))
    return screens


@functools.lru_cache(maxsize=1)
def _reversed_tails() -> dict[str, re.Pattern[str]]:
    """How a head that resp_dn, resp_dt or asker fullmatches ends, read backwards from its last
    character: [verb] [post] name office (resp_dn), [verb] [name] post office (resp_dt), [verb]
    [name] seat-or-post (asker). One anchored match of the reversed head, where the whole
    pattern tried every cut of the office's place and words before failing: of the ~3,200 heads
    asked reading 50 reports that hold the characters resp_dn needs, ~1,150 end so (915 match);
    resp_dt ~360 of ~2,700 (all match). Only a screen: a head it admits is matched as before."""
    v, groups = _vocab(), _turn_groups()

    def back(words) -> str:
        return alternation(w[::-1] for w in words)

    verb, title, role = back(v["verbs"]), back(v["titles"]), back(v["roles"])
    name = rf"(?:{_CJK}{{1,8}}·{_CJK}{{1,6}}|{_CJK}{{2,6}})"  # _LNAME reversed
    # _label_office_suffix reversed (its lookaheads after 部 and 司 dropped: a looser screen)
    office = (rf"{back((*office_endings()['office'], *groups['label_office_suffix']))}"
              rf"|(?:{back(groups['branch_suffix'])}){_CJK}{{1,8}}(?:局|委|办)|部|司")
    return {
        "resp_dn": re.compile(rf"(?:{verb})?(?:{title})?{name}(?:{office})"),
        "resp_dt": re.compile(rf"(?:{verb})?{name}?(?:{title})(?:{office})"),
        # (asker's role ends in a seat; each post of "、市工商联副主席" after it in a post or a seat)
        "asker": re.compile(rf"(?:{verb})?{name}?(?:{role}|{title})"),
    }


def _may_match(head: str, key: str) -> bool:
    """Whether ``_grammar()[key]`` may fullmatch ``head``: it ends in a character a match may end
    with and passes the pattern's screens (a character of each needed set)."""
    finals, searches = _screens()[key]
    if finals is not None and head[-1:] not in finals:
        return False
    for search in searches:
        if search(head) is None:
            return False
    return True


def _holds(head: str, sets: tuple[frozenset[str], ...]) -> bool:
    """Whether ``head`` holds a character of each of ``sets``."""
    for chars in sets:
        if chars.isdisjoint(head):
            return False
    return True


def _may_end_in_verb(head: str) -> bool:
    """Whether ``head`` ends in a speech verb's last character: _adverb_before_verb matches
    only such a head (its search tried the adverbs at every character of every head)."""
    endings = _verb_endings()
    return endings is None or head[-1:] in endings


@functools.lru_cache(maxsize=1)
def _verb_endings() -> frozenset[str] | None:
    """The last characters of the speech verbs (None: an empty verb, which ends anywhere)."""
    verbs = list(_vocab()["verbs"])
    return frozenset(v[-1] for v in verbs) if all(verbs) else None


@functools.lru_cache(maxsize=1)
def _adverb_before_verb() -> re.Pattern[str]:
    """"乌兰委员进一步询问", "X委员接着追问": adverbs of data/speech_fillers.txt (two characters
    or more: one-character ones end names) between the speaker and the verb closing a head."""
    fillers = [r.cells[0] for r in read_words("speech_fillers.txt") if len(r.cells[0]) >= 2]
    return re.compile(rf"(?:{alternation(fillers)})+(?P<verb>{alternation(_vocab()['verbs'])})$")


@functools.lru_cache(maxsize=1)
def _vocab() -> dict[str, object]:
    titles = sorted({r.cells[0] for r in read_tsv("titles.tsv", ["title"])}, key=len, reverse=True)
    roles = sorted({r.cells[0] for r in read_tsv("roles.tsv", ["role_word"])}, key=len, reverse=True)
    verbs: dict[str, str] = {}
    for r in read_tsv("speech_verbs.tsv", ["verb", "kind"]):
        if r.cells[1] not in ("question", "follow_up", "answer"):
            raise r.error(f"kind must be question, follow_up or answer, got {r.cells[1]!r}")
        verbs[r.cells[0]] = r.cells[1]
    surnames = set()
    for r in [*read_words("surnames.txt"), *read_words("clan_surnames.txt")]:
        if not re.fullmatch(rf"{_CJK}{{1,2}}", r.cells[0]):
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
def _label_words() -> dict[str, str]:
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
def _label_patterns() -> _LabelPatterns:
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
def _name_middle_chars() -> frozenset[str]:
    """Characters of not_name_chars.txt a given name may hold in its middle (data/name_middle_chars.txt)."""
    return frozenset(r.cells[0] for r in read_words("name_middle_chars.txt"))


@functools.lru_cache(maxsize=1)
def _name_end_chars() -> frozenset[str]:
    """Characters of not_name_chars.txt a three-character name may end with after a seat or post (data/name_end_chars.txt)."""
    return frozenset(r.cells[0] for r in read_words("name_end_chars.txt"))


@functools.lru_cache(maxsize=1)
def _not_name_chars() -> frozenset[str]:
    """Characters a name never contains (data/not_name_chars.txt)."""
    out = set()
    for r in read_words("not_name_chars.txt"):
        if len(r.cells[0]) != 1:
            raise r.error(f"one character per line, got {r.cells[0]!r}")
        out.add(r.cells[0])
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _chair_words() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """Chair posts (longest first), the asking words and a request to explain after a problem
    stated ("…，群众意见较大，请区住建局说明原因": data/label_words.tsv explain, in one
    sentence), from data/label_words.tsv."""
    groups = _label_groups()
    posts = tuple(sorted(groups["chair_post"], key=len, reverse=True))
    explain = re.compile(rf"[^。？！；\n]{{{_PROBLEM_MIN},}}?[，,]{explain_request().pattern}")
    return posts, re.compile(alternation(groups["asking"])), explain


_PROBLEM_MIN = 10  # a clause stating a problem before the request is this long at least


@functools.lru_cache(maxsize=1)
def _not_name_words() -> re.Pattern[str]:
    """Words a name never contains (data/not_name_words.txt)."""
    words = [r.cells[0] for r in read_words("not_name_words.txt")]
    # (a prefix tree, longest first: the matches of the flat longest-first list, which re tried
    # branch by branch at every character of every name checked)
    return re.compile(alternation(words))


@functools.lru_cache(maxsize=1)
def _given_name_words() -> frozenset[str]:
    """Words of not_name_words.txt that are whole given names too (data/given_name_words.txt)."""
    return frozenset(r.cells[0] for r in read_words("given_name_words.txt"))


@functools.lru_cache(maxsize=16384)  # (a function of the name alone: the readings ask it of the same names again)
def _holds_not_name_word(name: str) -> bool:
    """Whether ``name`` holds a word no name contains, but for such a word that is the whole
    given name after a surname (王建设: 建设 is a given name; 项目建设 is no name)."""
    if _not_name_words().search(name) is None:
        return False  # (most names hold none: no generator over no matches)
    given, s = _given_name_words(), surnames()
    return any(not (m.group(0) in given and m.end() == len(name) and name[:m.start()] in s)
               for m in _not_name_words().finditer(name))


@functools.lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Title words of officials (data/titles.tsv), longest first."""
    return tuple(_vocab()["titles"])


@functools.lru_cache(maxsize=1)  # built once: attribution asks for it per name it checks
def surnames() -> frozenset[str]:
    """Surnames (data/surnames.txt) that make a bare two-to-four-character word a name."""
    return frozenset(_vocab()["surnames"])


@functools.lru_cache(maxsize=1)
def _label_office_suffix() -> str:
    """The endings of an office in a label (an alternation)."""
    groups = _turn_groups()
    # Township offices and divisions end in 站/所/处/科 too (镇水利站站长, 市财政局经建处处长);
    # only in labels, where a title follows.
    suffix = alternation((*office_endings()["office"], *groups["label_office_suffix"])) \
        + rf"|(?:局|委|办){_CJK}{{1,8}}?(?:{alternation(groups['branch_suffix'])})"
    # a ministry's 司 before its head's post (财政部预算司司长X): the ministry answers (departments.py)
    return suffix + r"|部(?=副?部长)" + rf"|部{_CJK}{{1,12}}?司(?=副?司长)"  # a zone's 部 (高新区人力资源部部长X) only before its head's post: 部门 is no office


def _bare_zone_committee() -> str:
    """A zone's managing committee by its word alone ("管委会副主任X" in a zone's report): an
    office of the zone, though no word stands before its ending."""
    from loaders.places import place_words

    return alternation(w for w in place_words()["zone_committee"] if w.endswith("委会") or w.endswith("委员会"))


@functools.lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern[str]]:
    v = _vocab()
    title, role, verb = alternation(v["titles"]), alternation(v["roles"]), alternation(v["verbs"])
    groups = _turn_groups()
    w = {u: alternation(words) for u, words in groups.items()}
    suffix = _label_office_suffix()
    asker_role = (rf"(?:{_PLACE})?(?:人大)?(?:常委会)?(?:{_CJK}{{2,8}}?(?:{w['committee_word']}))?(?:{role})")
    # More posts before the name: 市人大常委会委员、市工商联副主席王静
    extra = rf"(?:、{_CJK}{{1,20}}?(?:{title}|{role}))*"
    dept = rf"(?:(?:{_PLACE})?{_CJK}{{1,14}}?(?:{suffix})|{_bare_zone_committee()})"
    posts = rf"(?:{_CJK}{{1,20}}?(?:{title})、)*"  # 市委副秘书长、市发改委主任李强
    leader = rf"(?:{_PLACE})?(?:常务)?副?(?:{alternation(groups['placed_leader'] + groups['leader_post_other'])})"
    # "镇党委委员、副镇长 X", "区委常委、副区长X": the leader's party post before the government's
    party = rf"(?:{_CJK}{{1,10}}?(?:委|党组)(?:{w['party_post']})、?)?"
    return {
        "verb": re.compile(rf"(?P<verb>{verb})"),
        "asker": re.compile(rf"(?P<role>{asker_role}){extra}(?P<name>{_LNAME})?(?P<verb>{verb})?"),
        "asker_nf": re.compile(rf"(?P<name>{_LNAME})(?P<role>{asker_role})(?P<verb>{verb})?"),
        "resp_dt": re.compile(rf"{posts}(?P<dept>{dept})(?P<title>{title})(?P<name>{_LNAME})?(?P<verb>{verb})?"),
        "resp_dn": re.compile(rf"(?P<dept>{dept})(?P<name>{_LNAME})(?P<title>{title})?(?P<verb>{verb})?"),
        "resp_nt": re.compile(rf"(?P<name>{_LNAME})(?P<title>{title})(?P<verb>{verb})?"),
        "resp_d": re.compile(rf"(?P<dept>{dept})(?P<verb>{verb})?"),
        # 副市长郑启明: a government leader named without a department.
        "resp_tn": re.compile(rf"(?P<title>{party}{leader})(?P<name>{_LNAME})(?P<verb>{verb})?"),
        # 局长 X / 副局长 X（市教育局）: an office head's post before the name alone, as 委员 X.
        "resp_pn": re.compile(rf"(?P<title>{w['head_post']})(?P<name>{_LNAME})(?P<verb>{verb})?"),
        "leader": re.compile(leader),
        "bare": re.compile(rf"(?P<name>{_LNAME})(?P<verb>{verb})?"),
        # 袁局长, 何副市长: a surname and a post (the name comes from the attendee list).
        "resp_st": re.compile(rf"(?P<surname>{_CJK}{{1,2}}?)(?P<title>{title}|{leader})(?P<verb>{verb})?"),
        "title_name": re.compile(rf"(?P<title>{title})(?P<name>{_LNAME})"),
        "title_verb": re.compile(rf"(?P<title>{title})(?P<verb>{verb})"),
        "role_verb": re.compile(rf"(?P<role>{asker_role})(?P<verb>{verb})"),
        # "委员张志远问市住建局局长王卫东：": asker, 问, respondent, colon.
        "narr_ask": re.compile(rf"^(?P<a>{_CJK}{{3,30}}?)(?:{w['ask_adverb']})?(?P<v>{w['ask_short_verb']})(?P<r>{_CJK}{{3,30}}?)[：:]"),
        "paren": re.compile(rf"(?P<outer>[^（）]+)（(?P<inner>[^（）]+)）(?P<verb>{verb})?"),
        "ask_clue": re.compile(
            rf"(?:(?:{w['clue_opener_comma']})[，,]?|{w['clue_opener']}|请(?={_LNAME}同志)|请(?=[^，。？！]{{2,24}}?(?:{w['request_verb']})))"
            rf"(?P<dept>{dept})?(?P<title1>{title})?(?P<name>{_LNAME})?"
            rf"(?P<title>{title})?(?P<tz>同志)?"
            rf"(?=[：，。？、]|{w['clue_follow']}|$)"),
        "narr_q": re.compile(
            r"^(?:[^，。：；！？]{0,24}[，])?(?P<a>[\u4e00-\u9fff、·]{2,30}?)(?:向|对)(?P<r>[\u4e00-\u9fff、·]{2,30}?)(?:同志)?"
            rf"(?:{w['narr_ask_verb']})(?:说|道)?[：，]?"),
        "narr_a": re.compile(
            rf"^(?:(?:{w['narr_answer_lead']})[，]?)?(?P<r>[\u4e00-\u9fff、·]{{2,30}}?)"
            rf"(?:{alternation(groups['narrative_answer'] + groups['narrative_say'])})(?:{w['cue_ending']})?[：，]"),
    }


@dataclass(frozen=True)
class Speaker:
    name: str | None = None
    role: str | None = None  # asker role: 市人大常委会委员
    title: str | None = None  # respondent title: 副局长
    department: str | None = None  # department surface: 市发改局


# The speaker naming nobody, compared against (``label.speaker == _NOBODY``): one instance, where
# ``== Speaker()`` built a frozen dataclass per test (~4,900 of them reading 50 reports, ~1 % of it).
_NOBODY = Speaker()


class OfficialsLookup(Protocol):
    """The officials a report names with their post, as the label passes ask for them
    (:class:`loaders.attribution.Officials`, which imports this module: the caller passes it)."""

    def __call__(self, head: str) -> Speaker | None:
        """"袁局长", "副市长": the one official the report names so."""

    def by_post(self, department: str, title: str) -> str | None:
        """The name of the one person the report names with ``title`` in an office like ``department``."""


@dataclass(frozen=True)
class Label:
    kind: str  # question | follow_up | answer | speaker (side unknown) | other
    speaker: Speaker
    end: int  # offset in the paragraph where the speech begins
    narrative: bool = False
    addressee: Speaker | None = None  # narrative "X向Y提问": Y
    bare: bool = False  # a bare "姓名：" (trusted only for people the document names elsewhere)
    declaration: bool = False  # a line that only names the speaker of the next bare 问/答
    also: tuple[Speaker, ...] = ()  # "市水利局局长X、市财政局局长Y：": more officials answering together
    short: str | None = None  # "袁局长：": a surname and a post, resolved from the people the report names


@dataclass(frozen=True)
class Turn:
    """A speaker turn: label at ``start``, speech from ``body_start`` to ``end``.

    ``paragraphs`` are the (start, end) spans of the turn's paragraphs; the
    first starts at ``start``. Offsets index the normalised text.
    """

    kind: str
    speaker: Speaker
    start: int
    body_start: int
    end: int
    paragraphs: tuple[tuple[int, int], ...]
    narrative: bool = False
    addressee: Speaker | None = None


def _minority_named(name: str) -> Label | None:
    """"扎西（副镇长）", "才让东智（镇人大代表）": before a post in brackets, a Tibetan or Mongolian
    given name with no surname (a part of minority_name_parts.txt first, two more characters at
    most) is the speaker's name; elsewhere such short names are too like words to be read alone."""
    if not 2 <= len(name) <= 5 or not _HAN_NAME.fullmatch(name):
        return None
    parts = _vocab()["minority_parts"]
    if not any(name[:k] in parts and len(name) - k <= 2 for k in (2, 3)):
        return None
    return Label("speaker", Speaker(name=name), 0, bare=True)


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=4096)
def minority_name(name: str) -> bool:
    """Whether ``name`` is a Tibetan or Mongolian name written without a dot (才让多杰,
    桑吉卓玛): four characters or more, made wholly of given-name parts (it has no surname),
    or three that are one such part (其其格, 其木格: their 其 is no pronoun there)."""
    parts = _vocab()["minority_parts"]
    if len(name) == 3:
        return name in parts
    ends = {0}
    for i in range(len(name)):
        if i in ends:
            ends |= {i + k for k in (2, 3, 4) if name[i:i + k] in parts}
    return len(name) >= 4 and len(name) in ends


def minority_part(name: str) -> bool:
    """Whether ``name`` is one part of a Mongolian or Tibetan given name of two characters
    (孟和, 那仁, 图门): a whole name after a seat or post, though no surname opens it."""
    return len(name) == 2 and name in _vocab()["minority_parts"]


def public_speaks(phrase: str) -> bool:
    """Whether ``phrase`` (what introduces a speech) names a member of the public speaking
    ("旁听的村民代表王阿福也站起来发言", "有市民问"): no congress member, whatever is asked."""
    return _turn_words().public.search(phrase) is not None


def not_a_name(name: str) -> bool:
    """Whether ``name`` holds a word no name contains (相关部门, 来源), or is four characters
    or more after a one-character surname: such a name has a compound surname (欧阳丽华) or a
    middle dot, else it is a clause (时还收到, cut out of 同时还收到代表建议)."""
    if _holds_not_name_word(name):
        return True
    return len(name) >= 4 and "·" not in name and name[:2] not in _vocab()["surnames"] and not minority_name(name)


def splits_not_name_word(text: str, k: int) -> bool:
    """Whether ``text[k]`` is inside a word no name contains: "关组织组成人员", the tail of
    "相关组织组成人员", starts in the middle of 相关, and no speaker does."""
    return any(m.start() < k < m.end() for m in _not_name_words().finditer(text, max(0, k - 3), k + 3))


def may_name_speaker(name: str) -> bool:
    """Whether :func:`parse_head` may give ``name`` as its speaker's name: each of its readings
    checks a name with :func:`_good_name`, the most leniently after a seat or post (``titled``),
    so a word failing that check is named by no label (attribution then parses none)."""
    return _good_name(name, titled=True)


# (remembered: the labels and the speech reading ask of the same names again and again, ~2,100
# asks of ~1,000 names reading 50 reports; the answer depends on the name and the flags alone)
@functools.lru_cache(maxsize=16384)
def _good_name(name: str | None, *, bare: bool = False, titled: bool = False, posted: bool = False,
               seated: bool = False) -> bool:
    """Whether ``name`` may be a person's name; ``titled``: a seat or post stands right before
    it, so a surname spelled as a level of place opens it ("委员区志明": 区 the surname);
    ``posted``: an office and its post ("厅长和建国"), ``seated``: a congress seat ("委员者文斌"),
    each the words a function-word surname may follow."""
    if not name:
        return True
    if "·" in name:
        return True
    if len(name) >= 3 and minority_name(name):
        return not _holds_not_name_word(name)  # (乌云其木格: 其 is a name's part here, no pronoun)
    if titled and minority_part(name):
        return True  # (after a seat or post, a Mongolian or Tibetan name of one part: 委员那仁, 副主任孟和)
    if len(name) >= 5:
        return False  # (five characters and more only for those names: 陆长青接着 is a name and a word)
    # (all four built on the first name)
    not_name, middle, end, level = _not_name_chars(), _name_middle_chars(), _name_end_chars(), _level_surnames()
    odd = [k for k, c in enumerate(name) if c in not_name]
    if titled and odd == [0] and len(name) == 3 and (name[0] in level or (posted and name[0] in _word_surnames())
                                                     or (seated and name[0] in _seat_word_surnames())):
        odd = []  # (after a seat the place word would have to open an office: 区志明 is no office)
    if titled and odd == [2] and len(name) == 3 and name[2] in end and name[0] in _vocab()["surnames"]:
        odd = []  # (after a seat or post, 和 may close a given name: 委员孟庆和问)
    if not bare and odd == [3] and len(name) == 4 and name[:2] in _vocab()["clans"] and name[3] in _vocab()["clan_ends"]:
        # (after a seat or post, or before one, 则 may close a Yi name: 局长沙马拉则, 阿苏拉则代表（…）：;
        # a bare name with no post about it stays unread, 则 there may be "then")
        odd = []
    if odd and not (not bare and odd == [1] and len(name) == 3 and name[1] in middle
                    and name[0] in _vocab()["surnames"]):
        return False  # (黄为民 after a post: 为 in the middle of a given name)
    if _holds_not_name_word(name) or name[0] in "一二三四五六七八九十":
        return False
    if (len(name) >= 3 and name.endswith("说")) or name.startswith(_long_verbs()):
        return False  # "副区长回应说：", "市粮食局局长梁志坚说：": the verb, not the name
    if bare:
        s = _vocab()["surnames"]
        return name[0] in s or name[:2] in s or minority_name(name)
    return True


@functools.lru_cache(maxsize=1)
def _level_surnames() -> frozenset[str]:
    """Surnames written as a level of place (区: 区志明): read as the place before an office,
    as a surname only after a seat or post."""
    return surnames() & frozenset(place_words()["level_prefix"])


@functools.lru_cache(maxsize=1)
def _word_surnames() -> frozenset[str]:
    """Surnames that are function words (和: 和建国, data/word_surnames.txt): read as a surname
    only after an office and its post ("省农业农村厅厅长和建国"), not after a seat ("委员和专家")."""
    return surnames() & frozenset(r.cells[0] for r in read_words("word_surnames.txt"))


@functools.lru_cache(maxsize=1)
def _seat_word_surnames() -> frozenset[str]:
    """Function-word surnames read after a congress seat too (者: 者文斌, data/seat_word_surnames.txt)."""
    return _word_surnames() & frozenset(r.cells[0] for r in read_words("seat_word_surnames.txt"))


@functools.lru_cache(maxsize=1)
def _long_verbs() -> tuple[str, ...]:
    """Speech verbs of two characters or more (回应, 表示): a name never begins with one."""
    return tuple(v for v in _vocab()["verbs"] if len(v) >= 2)


def _kind_of_verb(verb: str | None) -> str | None:
    return _vocab()["verbs"].get(verb) if verb else None


@functools.lru_cache(maxsize=4096)  # (a few dozen roles, asked ~1,000 times reading 50 reports)
def is_congress_role(role: str) -> bool:
    """市人大常委会委员, 人大代表, 委员 — but not 市发改委主任 (a department head)."""
    words = _turn_words()
    return any(w in role for w in words.congress_body) or role in words.congress_seats


@functools.lru_cache(maxsize=16384)  # (~200 offices, asked ~1,100 times reading 50 reports)
def _good_dept(dept: str | None) -> bool:
    """No congress body, and no sentence glued in front ("请问市科技局")."""
    words = _turn_words()
    return not dept or not (any(w in dept for w in words.not_office) or words.not_office_start.match(dept))


# Precompiled: parse_head and parse_label run on every paragraph, and re's cache lookup
# for a pattern given as a string costs as much as these short matches.
_SPACES = re.compile(r"\s+")
_SENTENCE_MARK = re.compile(r"[，。；？！“”]")
_TONGZHI = re.compile(r"(?<!负责)同志$")
_COLON_HEAD = re.compile(r"^(.{1,45}?)[：:]")
_BRACKET_HEAD = re.compile(r"^[【\[]([^】\]]{1,40})[】\]]")
_DASH_HEAD = re.compile(r"^(.{2,45}?)——")  # "委员X——…": a dash for the colon
_BRACKET_VERB = re.compile(r"^[【\[]([^】\]]{1,4})[】\]]")
_BRACKET_SIDE = re.compile(r"^[【\[]([^】\]]{3,12})[】\]]")  # 【代表提问】, 【局长回应】
# "问 | 委员 X": a bar for the bracket; "第1问｜" numbers the question before the side word.
_BAR_SIDE = re.compile(r"^(?:第[0-9０-９一二三四五六七八九十]{1,3})?([^|｜\s]{1,6})[ \u3000]*[|｜][ \u3000]*(?=\S)")


@functools.lru_cache(maxsize=1)
def _colon_is_no_label() -> bool:
    """Whether parse_head reads no label in a head with a colon inside and no bracket: true
    when none of the patterns it matches whole heads with can consume "：" and no word it
    looks up holds one (checked on the patterns as built, so a rule that admits colons
    turns the shortcut off). Attribution tries every clause start before a name, and a
    third of those heads run over a colon; each cost a dozen failed whole matches."""
    g = _grammar()
    patterns = [g[k] for k in ("verb", "title_verb", "role_verb", "asker", "asker_nf", "resp_dt", "resp_dn",
                               "resp_nt", "resp_d", "resp_tn", "bare")] + [_turn_words().public]
    words = [*_label_patterns().no_side, *_label_words(), *column_words()]
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
        if " " in head and (spaced := _name_space_post(head.strip())) is not None:
            return spaced
        # "市人大常委会委员 王静" (a space between role and name) is the same label.
        # ("●委员X：" read by the speech reading, which takes the phrase from the paragraph's start)
        head = _LEAD_BULLET.sub("", _SPACES.sub("", head), count=1)
        if not head or len(head) > 40 or _SENTENCE_MARK.search(head):
            return None
    if "：" in head and "（" not in head and "：" in head.strip(COLUMN_STRIP) and _colon_is_no_label():
        return None  # "委员X：社会各界…" (attribution tries every clause before a name): see below
    if head in _label_patterns().no_side:
        return Label("other", Speaker(), 0)
    if _turn_words().public.fullmatch(head):
        return Label("other", Speaker(), 0)  # "市民代表刘先生：" at a 问政 event: no member asks, no exchange
    chair_word = "主持人" if head.startswith("主持人") else "主持" if head.startswith("主持") else ""
    if chair_word and (chair := parse_head(head[len(chair_word):])) is not None and chair.kind != "other" \
            and (chair.bare or chair.speaker.role or chair.speaker.title):
        return Label("other", Speaker(), 0)  # "主持人赵德明", "主持人 市人大常委会副主任X"
    if head.endswith("同志"):
        head = _TONGZHI.sub("", head)  # 负责同志 is a title (titles.tsv)
    if _may_end_in_verb(head) and (adv := _adverb_before_verb().search(head)) is not None and adv.start() >= 2 \
            and (plain := parse_head(head[:adv.start()] + adv["verb"])) is not None and not plain.bare \
            and plain.speaker.name and (plain.speaker.role or plain.speaker.title):
        return plain  # the adverb would be read as a name ("员进一步" after a department "乌兰委")
    if "（" in head and (plain := office_named_twice(head)) is not None:
        return plain
    g = _grammar()
    if _may_match(head, "paren") and (m := g["paren"].fullmatch(head)):
        # 问（市人大常委会委员张三） / 张三（市发改委主任）
        outer, inner = parse_head(m["outer"]) or _minority_named(m["outer"]), parse_head(m["inner"])
        if outer and inner:
            a, b = outer.speaker, inner.speaker
            # The side that is only a verb names the kind: 问（委员张三）, 委员张三（补充询问）.
            verb_side = next((x for x in (outer, inner) if x.speaker == _NOBODY and x.kind != "speaker"), None)
            kind = verb_side.kind if verb_side else outer.kind if outer.kind != "speaker" else inner.kind
            kind = _kind_of_verb(m["verb"]) or kind
            merged = Speaker(a.name or b.name, a.role or b.role, a.title or b.title, a.department or b.department)
            return Label(kind, merged, 0)
        if outer and not inner and outer.speaker.department and not outer.speaker.name \
                and (tn := g["title_name"].fullmatch(m["inner"])) and _good_name(tn["name"]):
            # 市住建局（局长王卫东）: the department outside, the post and the name inside.
            return Label(_kind_of_verb(m["verb"]) or outer.kind,
                         replace(outer.speaker, name=tn["name"], title=tn["title"]), 0)
        if outer and outer.bare and not inner and (lead := g["leader"].fullmatch(m["inner"])):
            # 王勇（副区长）: a government leader after the name; the government speaks (exchanges)
            return Label(_kind_of_verb(m["verb"]) or "answer", replace(outer.speaker, title=lead.group()), 0)
        if outer and not inner:
            return outer
    if _may_match(head, "verb") and (m := g["verb"].fullmatch(head)):
        return Label(_kind_of_verb(m["verb"]) or "speaker", Speaker(), 0)
    if (word := _label_words().get(head)) is not None:
        return Label(word, Speaker(), 0)  # 【问政】, 【回应】: a side named by an event's own word
    if _may_match(head, "title_verb") and (m := g["title_verb"].fullmatch(head)) and _kind_of_verb(m["verb"]) == "answer":
        # "局长回应（市交通运输局 Y）": the post and the verb; the paren names the official.
        return Label("answer", Speaker(title=m["title"]), 0)
    if _may_match(head, "role_verb") and (m := g["role_verb"].fullmatch(head)) and is_congress_role(m["role"]) \
            and _kind_of_verb(m["verb"]) in ("question", "follow_up"):
        # "代表提问（X）": the seat and the verb (the greedy name would take the verb).
        return Label(_kind_of_verb(m["verb"]), Speaker(role=m["role"]), 0)
    if len(head) >= 4 and (column := column_of(head)) in ("question", "answer"):
        return Label(column, Speaker(), 0)  # "询问内容：" / "答复情况：": a table's columns as labels
    for key in ("asker", "asker_nf"):
        m = g[key].fullmatch(head) if _may_match(head, key) else None
        if m and m["name"] in _label_words():
            continue  # "市人大代表问政" (a headline): 问政 names the event, not a person
        if m and is_congress_role(m["role"]) and _good_name(m["name"], titled=key == "asker", seated=key == "asker"):
            kind = _kind_of_verb(m["verb"]) or "question"
            if kind == "answer":
                kind = "speaker"
            return Label(kind, Speaker(name=m["name"], role=m["role"]), 0)
    for key in ("resp_dt", "resp_dn", "resp_nt", "resp_d", "resp_tn", "resp_pn"):
        m = g[key].fullmatch(head) if _may_match(head, key) else None
        if not m:
            continue
        d = m.groupdict()
        verbs = _vocab()["verbs"]
        if d.get("name") and not d.get("verb") and (d["name"] in verbs or d["name"].removesuffix("说") in verbs):
            d["name"], d["verb"] = None, d["name"].removesuffix("说")  # "副区长回应说": a post and a verb
        if not _good_dept(d.get("dept")) or not _good_name(d.get("name"), titled=key in ("resp_dt", "resp_tn", "resp_pn"),
                                                             posted=key == "resp_dt"):
            continue
        if key == "resp_dn" and d.get("name") and (d["dept"][-1] + d["name"]).startswith(titles()):
            continue  # "王卫东局长答" is a name and a post, not the office 王卫东局 and 长答
        if key == "resp_d" and not re.match(r"[省市区县]|" + _PLACE, head):
            continue
        kind = _kind_of_verb(d.get("verb")) or "answer"
        if key == "resp_dt" and m.start("dept") > 0 and (first := _first_office(head[:m.start("dept")])):
            # "市发改委副主任、市粮食和物资储备局局长 X": an official of two offices answers for the first
            d["title"], d["dept"] = head[len(first):m.end("title")], first
        if key == "resp_tn" and (lead := _turn_words().placed_leader.fullmatch(d["title"])):
            # 武夷山市副市长X speaks for 武夷山市's government, not the session city's.
            d["title"], d["dept"] = lead["core"], lead["place"] + "人民政府"
        return Label(kind, Speaker(name=d.get("name"), title=d.get("title"), department=d.get("dept")), 0)
    m = g["bare"].fullmatch(head)
    if m and _good_name(m["name"], bare=True):
        return Label(_kind_of_verb(m["verb"]) or "speaker", Speaker(name=m["name"]), 0, bare=not m["verb"])
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

    m = _grammar()["resp_dt"].fullmatch(posts.split("、", 1)[0])
    if m is None or m["name"] or not (d := resolve_department(m["dept"], None)) \
            or d.type in (None, "人民政府", "政府办公室"):
        return None
    return m["dept"]


# "会上，": a short lead-in clause before a label (precompiled: re.match looked it up in re's cache
# on every colon label)
_LEAD_CLAUSE = re.compile(r"[^，,：:“”]{1,8}[，,]")


def _label_head(paragraph: str) -> re.Match[str] | None:
    """The head of a colon, bracket or dash label opening ``paragraph`` (_COLON_HEAD, else
    _BRACKET_HEAD, else _DASH_HEAD). Each pattern is tried only where the mark it ends in stands
    within its reach: half the paragraphs hold none, and the lazy heads tried every length."""
    if "：" in paragraph[1:46] or ":" in paragraph[1:46]:
        if (m := _COLON_HEAD.match(paragraph)) is not None:
            return m
    if paragraph[:1] in ("【", "[") and (m := _BRACKET_HEAD.match(paragraph)) is not None:
        return m
    return _DASH_HEAD.match(paragraph) if paragraph.find("——", 2, 47) >= 0 else None


def _seat_and_word(sp: Speaker) -> bool:
    """A seat and two characters that open with no surname (代表 + 心声, 访谈, 风采): in a bracket
    alone they head a column about members, no member speaking ("【代表心声】…")."""
    return bool(sp.role) and sp.name is not None and len(sp.name) == 2 and sp.name[0] not in surnames() \
        and not sp.title and not sp.department


def _ending_at(label: Label, end: int) -> Label:
    """``replace(label, end=end)``, built directly: parse_label returns one per colon label, and
    dataclasses.replace reads the class's fields anew on every call (~3 µs; this ~1 µs)."""
    return Label(label.kind, label.speaker, end, label.narrative, label.addressee, label.bare,
                 label.declaration, label.also, label.short)


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


# (remembered: normalisation asks of a sentence's rest whether a label opens it, and the
# paragraph it is cut into is asked again by find_turns; the answer depends on the string alone)
@functools.lru_cache(maxsize=4096)
def parse_label(paragraph: str) -> Label | None:
    """Label at the start of ``paragraph`` (colon label or narrative), else None."""
    if _turn_words().closing.match(paragraph):
        return Label("other", Speaker(), 0)
    # "委员X向市工信局局长Y提问：" also fits the colon grammar (with a department
    # "委员X向市工信局"); the narrative reading names both people, so it wins.
    narrative = _parse_narrative(paragraph)
    if narrative is not None and narrative.kind in ("question", "follow_up"):
        return narrative
    if (enum := _ENUM.match(paragraph)) and paragraph[enum.end():enum.end() + 1] in ("【", "[") \
            and (inner := parse_label(paragraph[enum.end():])) is not None \
            and inner.kind in ("question", "follow_up") and inner.speaker != _NOBODY:
        return replace(inner, end=inner.end + enum.end())  # "3.【委员 X】（追问）": a numbered bracket label
    if (stamp := _TIME_STAMP.match(paragraph)) and (timed := parse_label(paragraph[stamp.end():])) is not None:
        return replace(timed, end=timed.end + stamp.end())  # "（10:05）委员X：…": a clock time first
    if (more := _label_patterns().supplement.match(paragraph)) and more.end() < len(paragraph) \
            and (inner := parse_label(paragraph[more.end():])) is not None and inner.kind in ("answer", "speaker") \
            and inner.speaker != _NOBODY:
        # "补充回答 市发改委副主任X：…" (the word on a line of its own, joined by a page copy).
        return replace(inner, kind="answer", end=inner.end + more.end())
    if (kind := _bracketed_kind(paragraph)) is not None:
        # "【问】市人大常委会委员 X：…": the bracket gives the side, the label after it the speaker;
        # "【代表提问】X：" / "【局长回应】市交通局 Y：" give a seat or a post too.
        inner = parse_label(paragraph[kind[1]:].lstrip())
        if inner is not None and inner.kind != "other" and inner.speaker != _NOBODY:
            offset = len(paragraph) - len(paragraph[kind[1]:].lstrip())
            sp, post = inner.speaker, kind[2]
            if post.role or post.title:
                sp = replace(sp, role=sp.role or post.role, title=sp.title or post.title)
            # "【问】委员 X（追问）": the mark after the speaker makes the question a 追问.
            side = "follow_up" if kind[0] == "question" and inner.kind == "follow_up" else kind[0]
            return replace(inner, kind=side, end=inner.end + offset, speaker=sp,
                           bare=inner.bare and sp == inner.speaker)
        if inner is None and (named := _name_line(paragraph[kind[1]:], kind[2])) is not None:
            # "【代表提问】X（某卫生服务中心医生）" / "【局长回应】Y（市教育局局长）" / "【代表追问】X"
            # alone on the line (or before a space, on a page flattened to one line): the name
            # (and the post after it) speaks, the speech follows.
            return Label(kind[0], named[0], kind[1] + named[1])
        if inner is None and (decl := _full_designation(_SPACES.sub("", paragraph[kind[1]:]), titled=True)) is not None:
            # "【代表提问】市人大代表 X" alone on its line: a seat or post, then the name
            return Label(kind[0], decl.speaker, len(paragraph))
    if (qa := _QA_NUMBERED.match(paragraph)) and (inner := parse_label(paragraph[qa.end():])) is not None \
            and inner.kind != "other" and inner.speaker != _NOBODY:
        # The letter gives the side; a 追问 mark after the asker keeps the question a follow-up.
        side = "answer" if qa.group(1).upper() in "AＡ" else "follow_up" if inner.kind == "follow_up" else "question"
        return replace(inner, kind=side, end=inner.end + qa.end())
    if (side := _bar_side(paragraph)) is not None:
        # "应询｜省发改委副主任 X：…": the bar gives the side, the label after it the speaker (as a bracket);
        # a 追问 mark after the asker keeps the question a follow-up.
        inner = parse_label(paragraph[side.end:])
        if inner is not None and inner.kind != "other" and inner.speaker != _NOBODY and not inner.narrative:
            kind = "follow_up" if side.kind == "question" and inner.kind == "follow_up" else side.kind
            return replace(inner, kind=kind, end=inner.end + side.end)
        # "问 | 省人大常委会委员 X" (the speech on the next line, or after a space on a flattened page)
        return _speaker_after_verb(paragraph, side.end, side.kind) or side
    if (spaced := _side_then_name(paragraph)) is not None:
        return spaced  # "问 X（市人大常委会委员）" / "答 Y" alone on the line, the speech below
    m = _label_head(paragraph)
    if m:
        head = _BULLET.sub("", m.group(1)).rstrip(_MARKS)
        head = _QA_LETTER.sub(lambda x: "问" if x.group().upper() in "QＱ" else "答", head)
        enum = _ENUM.match(head)
        head = head[enum.end():] if enum else head
        # "4.（追问）市人大常委会委员 X：": a bracketed mark makes the question a 追问.
        unmarked = marked_head(head)
        head = unmarked if unmarked else head
        # "会上，市人大代表X问：" / "随后，Y：": a short lead-in clause before the label.
        lead = _LEAD_CLAUSE.match(head)
        if lead and parse_head(head[:lead.end() - 1]) is None and parse_head(head[lead.end():]) is not None:
            head = head[lead.end():]
        # "委员 张志远追问市住建局局长：" (spaces between the words of a label are no break).
        if m.re is _COLON_HEAD and (asked := _asker_and_asked(m.group(1))) is not None:
            return replace(asked, end=m.end())  # "委员张志远问市住建局局长王卫东：…"
        label = _several_respondents(head) or parse_head(head) or _short_label(head) or _seat_occupation_name(head) \
            or (_asker_asks_about(head) if m.re is _COLON_HEAD else None)
        if label is not None and m.re is _BRACKET_HEAD and _seat_and_word(label.speaker):
            label = None  # "【代表心声】", "【代表访谈】…": a column's heading, no speaker
        if label is None and _NUMBERED_QUESTION.fullmatch(head):
            # "问题一：市人大常委会委员 X" (the speech on the next line): a numbered 问.
            rest = _full_designation(paragraph[m.end():])
            if rest is not None and rest.speaker.role:
                return Label("question", rest.speaker, len(paragraph))
        if label and enum and label.speaker == _NOBODY and label.kind != "question":
            label = None  # "1．问：" numbers the questions; "一、答：" is not a layout we know
        if label and label.speaker == _NOBODY and label.kind in ("question", "follow_up", "answer") \
                and (named := _speaker_after_verb(paragraph, m.end(), label.kind)) is not None:
            return named  # "问：（张志远委员）…", "询问：市人大代表X  …"
        if label is None and _NUMBERED_QUESTION.fullmatch(head) and (sign := _SIGNATURE.search(paragraph)) \
                and (signed := _full_designation(_label_patterns().column_prefix.sub("", sign.group(1)))) is not None \
                and signed.speaker.role:
            # "问题1：…？（询问人：市人大常委会委员X）": a numbered question signed by its asker.
            return Label("question", signed.speaker, m.end())
        if label:
            rest = paragraph[m.end():].lstrip()
            if label.kind == "question" and rest[:1] in "（(【[" and (after := marked_head(rest)) is not None:
                # "【委员X】（追问）…": the mark opens the speech
                return replace(label, kind="follow_up", end=len(paragraph) - len(rest) + rest.index(after))
            if label.kind == "question" and rest[:1] in "（(【[" and is_marker_line(rest):
                # "【委员X】（追问）" on a line of its own: the speech follows on the next line.
                return replace(label, kind="follow_up", end=len(paragraph))
            if unmarked and (label.kind == "question" or (label.bare and label.kind == "speaker")):
                # (a bare name marked 追问 is a member's: only members follow up)
                label = replace(label, kind="follow_up")
            return _ending_at(label, m.end())
        if is_follow_up_label(head):
            return Label("follow_up", Speaker(), m.end())  # "追问一下：…": the member who asked last
        if (pair := _pair_before_verb(m.group(1))) is not None:
            return replace(pair, end=m.end())
    # (the narrative reading of the top, not read again: two pattern matches per paragraph)
    return narrative or _spaced_label(paragraph) or _bracketed_speaker(paragraph) \
        or _dash_signed(paragraph) or numbered_asking_heading(paragraph)


# "“……？”——市人大常委会委员 王五": the speaker signs the speech after a dash.
_DASH_SIGN = re.compile(rf"(?<=[”」。？！?!…])\s*{_DASH}\s*(?P<who>[^“”「」—\n]{{2,40}}?)\s*$")


def _dash_signed(paragraph: str) -> Label | None:
    """A speech signed after a dash by a member (a question) or an official (an answer)."""
    # (every match holds a dash: most paragraphs hold none, and the search entered its
    # lookbehind at each of their characters)
    m = _DASH_SIGN.search(paragraph) if "—" in paragraph or "－－" in paragraph or "--" in paragraph else None
    label = _full_designation(m["who"], titled=True) if m is not None and m.start() > 0 else None
    if label is None and m is not None and m.start() > 0 and _bare_signature(m["who"]):
        # "“…”——杨宁": a bare name, trusted only for a person the report names with a post
        # (_trusted_bare_labels), whose side it then is
        return Label("speaker", Speaker(name=m["who"]), 0, bare=True)
    if label is None:
        return None
    kind = label.kind if label.speaker.role and label.kind == "follow_up" else "question" if label.speaker.role else "answer"
    return Label(kind, label.speaker, 0)  # ("——X委员追问": a signed 追问)


_DASH_AFTER = re.compile(rf"\s*{_DASH}\s*(?P<who>[^\s“”「」—]{{2,30}}(?: [^\s“”「」—，。]{{2,4}})?)(?=\s|$)")


def dash_signer(text: str, pos: int) -> Speaker | None:
    """The congress member who signs the speech ending at ``pos`` after a dash ("“……？”——市人大
    代表 X", on the next line or, on a page flattened to one line, before the narration that follows)."""
    m = _DASH_AFTER.match(text, pos)
    if m is None:
        return None
    label = _full_designation(m["who"], titled=True)
    if label is None and " " in m["who"]:
        label = _full_designation(m["who"].split(" ")[0], titled=True)  # the name ran into the next sentence
    return label.speaker if label is not None and label.speaker.role and is_congress_role(label.speaker.role) else None


# "“……？”" alone on its line, "——市人大常委会委员 X" on the next.
_SIGNED_QUOTE = re.compile(rf"“[^“”\n]{{4,}}[？?]”\n{_DASH}\s*[^“”—\n]{{2,40}}")


def member_signed_quote(text: str, t: Turn) -> bool:
    """A member's question that is a whole quotation alone on its line, signed on the next line
    ("“……？”" / "——市人大常委会委员 X")."""
    a, b = t.paragraphs[0]
    return t.kind in ("question", "follow_up") and t.body_start == t.start == a and bool(t.speaker.role) \
        and _SIGNED_QUOTE.fullmatch(text, a, b) is not None


def _bare_signature(who: str) -> bool:
    """A signature that is a bare name ("——杨宁")."""
    label = parse_head(who)
    return label is not None and label.bare and label.speaker.name == who


_DASH_SIGN_BEFORE_QUOTE = re.compile(rf"(?<=[”」])\s*{_DASH}\s*(?P<who>[^“”「」—\n]{{3,40}}?)\s*(?=“)")


_SIGN_LINE = re.compile(rf"\s*{_DASH}\s*[^“”「」—\n]{{2,40}}$")


def _dash_signed_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs cut after each dash signature that a next quoted speech follows: a page
    flattened to one line runs "“……？”——委员 X“……。”——局长 Y" together (folding drops the
    space between them)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _SIGN_LINE.match(text, a, b) and text[out[-1][1] - 1] in "”」" \
                and _DASH_SIGN.search(text, out[-1][0], b) is not None:
            # "“……？”" / "——市人大常委会委员 王五" on the next line: the line signs the speech above
            out[-1] = (out[-1][0], b)
            continue
        if "“" not in text[a:b] or not any(d in text[a:b] for d in ("—", "－－", "--")):
            out.append((a, b))
            continue
        for m in _DASH_SIGN_BEFORE_QUOTE.finditer(text, a, b):
            if _full_designation(m["who"], titled=True) is not None or _bare_signature(m["who"]):
                out.append((a, m.end()))
                a = m.end()
        out.append((a, b))
    return out


def _dash_signed_ends(text: str, turns: list[Turn]) -> list[Turn]:
    """Turns signed after a dash end before the signature."""
    out = []
    for t in turns:
        m = _DASH_SIGN.search(text, t.paragraphs[-1][0], t.end) if t.body_start == t.start else None
        if m is not None and (lab := _full_designation(m["who"], titled=True)) is not None \
                and lab.speaker.name == t.speaker.name:
            t = dataclasses.replace(t, end=m.start())
        out.append(t)
    return out


_MARKED_SPEAKER = re.compile(r"[^（()\n]{2,40}?[（(][^（）()\n]{1,6}[）)]")


def _speaker_after_verb(paragraph: str, at: int, kind: str) -> Label | None:
    """The speaker a bare 问/答 label names right after its colon, in brackets or before a
    space ("答：（市住建局局长王卫东）今年…", "应询：市交通运输局局长邵国平 我们将…")."""
    rest = paragraph[at:]
    lead = len(rest) - len(rest.lstrip())
    found = _bracketed_speaker(rest[lead:])
    if found is None:
        found = _spaced_label(rest[lead:])
    if found is None and (marked := _MARKED_SPEAKER.match(rest, lead)) is not None \
            and (unmarked := marked_head(marked.group())) is not None \
            and (found := _full_designation(unmarked, titled=True)) is not None:
        # "问 | 委员 X（追问）补贴…": on a flattened page the mark's bracket ends the speaker.
        found = replace(found, kind="follow_up", end=marked.end() - lead)
    if found is None:
        return None
    if kind == "question" and found.kind == "follow_up":
        kind = "follow_up"  # "问：委员 X（追问） …": the mark after the speaker
    return replace(found, kind=kind, end=at + lead + found.end, declaration=False)


_BRACKET_SPEAKER = re.compile(r"^[（(]([^（）()]{3,40})[）)]\s*(?=\S)")


def _bracketed_speaker(paragraph: str) -> Label | None:
    """"（市人大代表 王丽萍）农村公路…": the speaker in brackets, the speech right after."""
    m = _BRACKET_SPEAKER.match(paragraph)
    label = _full_designation(m.group(1), titled=True) if m else None
    return replace(label, end=m.end()) if label is not None else None


def _short_label(head: str) -> Label | None:
    """"袁局长" / "何副市长" before a colon: a surname and a post (the name comes from the
    people the report names in full, :func:`_short_labels_resolved`)."""
    head = _SPACES.sub("", head)
    m = _grammar()["resp_st"].fullmatch(head)
    if m is None or m["surname"] not in _vocab()["surnames"] or head.startswith(titles()):
        return None
    return Label(_kind_of_verb(m["verb"]) or "answer", Speaker(title=m["title"]), 0, short=m["surname"] + m["title"])


def _spaced_label(paragraph: str) -> Label | None:
    """"市人大代表 詹丽萍 老城区…": a full designation, a space, then the speech (a table's
    columns flattened to text, or a label whose colon was lost)."""
    tokens = paragraph.split(" ", 3)
    for k in (2, 1):
        # The speech opens with a word or a quotation ("肖开提 · 依明" is one name).
        if len(tokens) <= k or not re.match(rf"[“{_CJK[1:-1]}]", tokens[k]):
            continue
        label = _full_designation(" ".join(tokens[:k]), titled=True)
        if label is not None:
            return replace(label, end=len(" ".join(tokens[:k])) + 1)
    if "；" in paragraph[:60] and len(tokens := paragraph.split(" ", 3)) == 4 and "；" in tokens[1] \
            and re.match(rf"[“{_CJK[1:-1]}]", tokens[3]) \
            and (several := _several_respondents(_BULLET.sub("", " ".join(tokens[:3])).strip(_MARKS))) is not None:
        # "省水利厅厅长 X；省财政厅副厅长 Y 水利厅：…" (two officials' line run into the speech)
        return replace(several, end=len(" ".join(tokens[:3])) + 1)
    return None


def _full_designation(head: str, *, titled: bool = False) -> Label | None:
    """A label naming a person with a role, or with a department or title ("市商务局局长 徐晓峰");
    ``titled``: with a role or title (a department and a word, "食安办报告", is no speaker)."""
    head = _BULLET.sub("", head).strip(_MARKS)
    if not head or len(head) > 40:
        return None
    label = parse_head(head) or _seat_occupation_name(head)
    if label is None or label.bare or not label.speaker.name or label.kind == "other":
        return None
    sp = label.speaker
    return label if sp.role or sp.title or (sp.department and not titled) else None


_TIME_STAMP = re.compile(r"^[（(\[【]?\d{1,2}(?:[：:∶]\d{2}(?:[：:∶]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)[）)\]】]?\s*")
# "Q（委员 X）：" / "A：": the letters of a question-and-answer layout ("Q马静：" names a person).
_QA_LETTER = re.compile(r"^[QqＱAaＡ](?=[（(]|$)")
# "Q1 【区人大代表 X】" / "A1 【局长 Y】": a numbered Q/A letter before a bracketed speaker line.
_QA_NUMBERED = re.compile(r"^([QqＱAaＡ])[\d０-９]{1,3}[ \u3000]*(?=[【\[])")
_SIGNATURE = re.compile(r"[（(]([^（）()]{3,40})[）)]\s*$")
_NUMBERED_QUESTION = re.compile(r"问题\s*[一二三四五六七八九十\d]+")


def _several_respondents(head: str) -> Label | None:
    """"市水利局局长 X、市财政局局长 Y": two or more officials, each with a department or title,
    answering in one turn (each becomes a respondent of the exchange)."""
    if "、" not in head and "；" not in head and ";" not in head:
        return None
    people = []
    # ("省水利厅厅长 X；省财政厅副厅长 Y" alone on its line: the officials of a designation line)
    for part in re.split(r"[、；;]", head):
        label = _full_designation(part, titled=True)
        if label is None or label.speaker.role or label.kind not in ("answer", "speaker"):
            return None
        people.append(label.speaker)
    return Label("answer", people[0], 0, also=tuple(people[1:])) if len(people) > 1 else None


@functools.lru_cache(maxsize=1)
def _member_occupations() -> tuple[str, ...]:
    """A member's outside work no title word ends (农民, 个体工商户, 种粮大户: data/speaker_words.tsv)."""
    return tuple(r.cells[0] for r in read_tsv("speaker_words.tsv", ("word", "use")) if r.cells[1] == "member_occupation")


def _occupation_then_name(rest: str) -> str | None:
    """The name right after the last occupation word of ``rest`` ("柑子镇养殖大户蒋德明": 蒋德明)."""
    ends = [i + len(w) for w in _member_occupations() for i in [rest.rfind(w)] if i >= 0]
    name = rest[max(ends):] if ends else ""
    return name if 2 <= len(name) <= 4 and not not_a_name(name) else None


def _seat_occupation_name(head: str) -> Label | None:
    """"市人大代表、个体工商户 叶小梅": a member's seat, an occupation no title word ends, and the
    name after a space: the seat and the name (as a signature reads them, _signature_speaker).
    Without the space ("县人大代表、某镇养殖大户蒋德明") the name follows the occupation's last word."""
    if "、" not in head:
        return None
    seat = head[:head.index("、")].strip()
    if " " in head.strip():
        name = head.strip().rsplit(" ", 1)[1]
    elif (run := _occupation_then_name(head[head.index("、") + 1:].strip())) is not None:
        name = run
    else:
        return None
    label = _full_designation(seat + " " + name)
    if label is None or not label.speaker.role or not is_congress_role(label.speaker.role) \
            or label.speaker.name != name:
        return None
    return Label(label.kind if label.kind in ("question", "follow_up") else "question", label.speaker, 0)


def _bar_side(paragraph: str) -> Label | None:
    """"问 | …" / "答｜…": a side word and a bar opening the paragraph (the bar for a bracket)."""
    # (every match holds a bar: most paragraphs hold none, and a scan for one is cheaper than
    # the match, which tried a side word of every length before failing)
    bar = _BAR_SIDE.match(paragraph) if "|" in paragraph or "｜" in paragraph else None
    side = parse_head(bar.group(1)) if bar else None
    if side is None or side.speaker != _NOBODY or side.kind not in ("question", "follow_up", "answer"):
        return None
    return replace(side, end=bar.end())


# (or the quoted speech right after the name: "追问 X“…”" on a page flattened to one line, folded)
_NAME_THEN_POST = re.compile(rf"\s*(?P<name>{NAME})\s*(?:[（(](?P<post>[^（）()]{{2,40}})[）)]\s*|\s+|$|(?=“))")


def _name_line(rest: str, seat: Speaker) -> tuple[Speaker, int] | None:
    """The speaker of a line that holds only a name, perhaps with a post in brackets, after a
    bracketed side that gives the seat (代表) or post (局长), and where the name ends: the post
    when it names the person's office ("邓先斌（市教育和体育局局长）"), else the seat (a
    member's outside work is no seat)."""
    m = _NAME_THEN_POST.match(rest)
    if m is None or not (seat.role or seat.title):
        return None
    name = m["name"]
    if name[-1] in "省市区县镇乡村局委办" or not (name[:1] in surnames() or name[:2] in surnames() or "·" in name or minority_name(name)) or not_a_name(name):
        return None
    if m["post"] and (lab := parse_head(m["post"] + name)) is not None and not lab.bare \
            and lab.speaker.name == name and (lab.speaker.role or lab.speaker.title):
        post = lab.speaker
        if bool(post.role) == bool(seat.role):  # (a member's seat, an official's post: the side's)
            return post, m.end()
    return Speaker(name=name, role=seat.role, title=seat.title), m.end()


# "问 X（…）": a side word of up to four characters, then spaces (not a colon, a bar or a bracket).
_SPACE_SIDE = re.compile(r"([\u4e00-\u9fff]{1,4})[ \u3000]+(?=\S)")


def _numbered_bracket(rest: str) -> bool:
    """A numbered bracketed asker's label at the start of ``rest`` ("2.【县人大常委会委员 X】")."""
    enum = _ENUM.match(rest)
    if enum is None or rest[enum.end():enum.end() + 1] not in ("【", "["):
        return False
    label = parse_label(rest)
    return label is not None and label.kind in ("question", "follow_up") and label.speaker != _NOBODY


def _side_then_name(paragraph: str) -> Label | None:
    """"问 秦海燕（市人大常委会委员）", "答 周建林（市文旅局局长）", "答 周建林": a side word, a
    space and a name (its seat or post in brackets), the whole line; the speech follows on the
    next line (or after a space, on a page flattened to one line). A name whose bracket names
    no seat or post speaks as a bare name. A bullet may open the line ("●追问 X"), and the name
    may come after its seat or post instead ("●询问 市人大常委会委员 X", :func:`_side_then_designation`)."""
    bullet = _LEAD_BULLET.match(paragraph)
    m = _SPACE_SIDE.match(paragraph, bullet.end() if bullet else 0)
    if m is None:
        return None
    side = parse_head(m.group(1))
    if side is None or side.speaker != _NOBODY or side.kind not in ("question", "follow_up", "answer"):
        return None
    n = _NAME_THEN_POST.match(paragraph, m.end())
    if n is None or (paragraph[n.end():].strip() and not n["post"] and not paragraph[n.end() - 1].isspace()
                     and paragraph[n.end()] != "“"):
        # (a name running on into words: a sentence, not a label, unless the whole line designates)
        return _side_then_designation(paragraph, m.end(), side.kind)
    name = n["name"]
    if name[-1] in "省市区县镇乡村局委办" or not (name[:1] in surnames() or name[:2] in surnames() or "·" in name
                                              or minority_name(name)) or not_a_name(name):
        return _side_then_designation(paragraph, m.end(), side.kind)  # "应询 副市长 Y": a post, no name
    sp = Speaker(name=name)
    if n["post"] and (lab := parse_head(n["post"] + name)) is not None and not lab.bare \
            and lab.speaker.name == name and (lab.speaker.role or lab.speaker.title):
        sp = lab.speaker
    # (the speech on the next line, or after a space on a page flattened to one line)
    return Label(side.kind, sp, n.end() if paragraph[n.end():].strip() else len(paragraph))


def _side_then_designation(paragraph: str, at: int, kind: str) -> Label | None:
    """"●询问 市人大常委会委员、某学院教授 X" / "●应询 市水利局局长 Y": after the side word and
    its space, the rest of the line is a full designation (the seat or post before the name), the
    speech on the next line. A member asks and an official answers: a side the designation
    contradicts is no label. On a page flattened to one line the quoted speech follows on the
    same line ("●应询 副市长 Y“…”": folding took the space before the quotation mark)."""
    quote = paragraph.find("“", at, at + 42)
    end = quote if quote > at else len(paragraph)
    rest = paragraph[at:end].strip()
    if not rest or len(rest) > 40 or _SENTENCE_MARK.search(rest):
        return None
    label = _full_designation(rest, titled=True)
    if label is None or bool(label.speaker.role) != (kind in ("question", "follow_up")):
        return None
    return Label(kind, label.speaker, end)


def _bracketed_kind(paragraph: str) -> tuple[str, int, Speaker] | None:
    """The side a bracketed verb opening the paragraph names ("【问】", "[答]", "【代表提问】"),
    where it ends, and the seat or post it gives (代表, 局长)."""
    m = _BRACKET_VERB.match(paragraph) or _BRACKET_SIDE.match(paragraph)
    label = parse_head(m.group(1)) if m else None
    if label is None or label.kind not in ("question", "follow_up", "answer"):
        return None
    sp = label.speaker
    if sp.name or sp.department:
        return None
    return label.kind, m.end(), sp


def _parse_narrative(paragraph: str) -> Label | None:
    g = _grammar()
    if m := g["narr_q"].match(paragraph):
        a = parse_head(m["a"])
        r = parse_head(m["r"])
        if a and a.kind in ("question", "speaker") and (a.speaker.name or a.speaker.role) and r:
            kind = "follow_up" if m.group(0).rstrip("：，").endswith("追问") else "question"
            return Label(kind, a.speaker, m.end(), narrative=True, addressee=r.speaker)
    if m := g["narr_a"].match(paragraph):
        r = parse_head(m["r"])
        # "县住建局局长回答说，…": an office's head named by post alone answers too.
        if r and r.kind in ("answer", "speaker") and (r.speaker.name or (r.speaker.department and r.speaker.title)):
            verb = _turn_words().narrative_verb.search(m.group(0))
            weak = verb is not None and verb.group(1) in _turn_words().narrative_say
            return Label("speaker" if weak else "answer", r.speaker, m.end(), narrative=True)
    return None


def _declaration(paragraph: str, *, titled: bool = False) -> Label | None:
    """A line that is nothing but a full speaker designation ("市商务局局长 徐晓峰")."""
    label = _full_designation(paragraph, titled=titled)
    if label is None and ("；" in paragraph or ";" in paragraph) \
            and (several := _several_respondents(_BULLET.sub("", paragraph).strip(_MARKS))) is not None:
        # "省水利厅厅长 X；省财政厅副厅长 Y" alone on its line: both answer, the first named first
        return replace(several, end=len(paragraph), declaration=True)
    marked = marked_head(paragraph.strip().strip("*").strip())
    if label is None and marked is not None:
        # "（追问）区人大常委会委员 X": the mark before the designation (after it the designation reads whole)
        label = _full_designation(marked, titled=titled)
    if label is None and (enum := _ENUM.match(line := paragraph.strip())) is not None:
        # "一、山区吃水难何时解决 市人大常委会委员 X": a page copied to one line left the numbered
        # heading before the designation under it, a space between them
        label = next((lab for k in every_start(line, " ") if k > enum.end()
                      and (lab := _full_designation(line[k + 1:], titled=titled)) is not None), None)
    if label is None:
        return None
    sp = label.speaker
    kind = "question" if sp.role else "answer"
    if sp.role and marked is not None:
        kind = "follow_up"  # "**省人大常委会委员 X（追问）**" alone on its line: X presses on
    return Label(kind, sp, len(paragraph), declaration=True)


def _heading_words(paragraph: str) -> tuple[str, bool]:
    """A heading line without its bullet, its bold or bracket marks and its number ("（一）"),
    and whether it was numbered."""
    line = _BULLET.sub("", paragraph).strip(_MARKS)
    enum = _ENUM.match(line)
    return (line[enum.end():], True) if enum else (line, False)


def _pair_line(paragraph: str) -> Label | None:
    """A heading that names both sides of the bare 问/答 under it: "（一）市人大常委会委员 X
    询问 市交通运输局局长 Y", "X向Y提问", "询问人：X 应询人：Y". The asker is declared for
    the question and the addressee for the answer."""
    line, _ = _heading_words(paragraph)
    pair = None
    if m := _label_patterns().pair_labels.match(line):
        pair = m["a"], m["r"]
    else:
        for v in _label_patterns().pair_verb.finditer(line):
            rest = line[v.end():]
            if v["r1"] and not rest:
                pair = line[:v.start()], v["r1"]
            elif not v["r1"] and rest:
                pair = line[:v.start()], rest
            if pair:
                break
    if pair is None:
        return None
    asker, resp = _full_designation(pair[0]), parse_head(pair[1])
    if asker is None or not asker.speaker.role or resp is None or resp.bare or resp.kind == "other" \
            or resp.speaker.role or not (resp.speaker.department or resp.speaker.title):
        return None
    return Label("question", asker.speaker, len(paragraph), declaration=True, addressee=resp.speaker)


# The first character of a head that is neither a Chinese character (as _CJK) nor a space.
_NOT_CJK_NOR_SPACE = re.compile(rf"[^\s{_CJK[1:-1]}]")


@functools.lru_cache(maxsize=1)
def _narr_ask_reach() -> int | None:
    """How many characters a match of narr_ask spans at most, when all it consumes before its
    colon is _CJK characters (the asker, the adverb, the verb and the one asked): then the head
    it may match, spaces taken out, opens with Chinese characters up to a colon within that
    reach. None (no screen) when a word of the adverbs or verbs holds another character or the
    span is unbounded."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - depends on the interpreter
        return None
    groups = _turn_groups()
    words = [*groups["ask_adverb"], *groups["ask_short_verb"]]
    if not words or not all(re.fullmatch(rf"{_CJK}+", w) for w in words):
        return None
    rx = _grammar()["narr_ask"]
    if not rx.pattern.endswith("[：:]") or rx.flags & re.IGNORECASE:
        return None
    width = _parser.parse(rx.pattern, rx.flags).getwidth()[1]
    return width if width < 1000 else None


def _may_ask_narrated(head: str, stops: str) -> bool:
    """Whether narr_ask may match ``head`` with its spaces taken out and a colon added (a
    necessary condition): its first character that is neither Chinese nor a space is one of
    ``stops`` (a colon; 、 where the caller also tries the cut before the first 、), within the
    pattern's reach. Every paragraph between two unlabelled ones is asked whether a member asks
    an official in it: most run past a comma first, and a copy of each without its spaces and a
    scan for the verb were ~1 % of reading 50 reports."""
    if (reach := _narr_ask_reach()) is None:
        return True
    m = _NOT_CJK_NOR_SPACE.search(head)
    if m is None:
        return True  # (Chinese characters and spaces only: the added colon ends it)
    if head[m.start()] not in stops:
        return False
    return m.start() < reach or len(_SPACES.sub("", head[:m.start()])) < reach


def _asker_and_asked(head: str) -> Label | None:
    """"委员张志远问市住建局局长王卫东": a member, an asking verb and the official or office
    asked (a department or a post, no seat), as a narrative question naming its addressee."""
    if not _may_ask_narrated(head, "：:、"):
        return None  # (the cut before a first 、 below ends there too: 、 is no Chinese character)
    line = _SPACES.sub("", head) + "："
    # (most heads hold no asking verb: the pattern's needed characters, 问, are tested first, by
    # the screens' character classes: _declaration_lines asks this of every paragraph between
    # two unlabelled ones, and a set's isdisjoint made a string object of each of its characters)
    ask = _grammar()["narr_ask"].match(line) \
        if all(search(line) is not None for search in _screens()["narr_ask"][1]) else None
    if ask is None and "、" in line and "问" in line:
        # "X询问市发展改革委主任Y、市科技局局长Z": two officials asked, the first named stands for both
        cut = line.find("、")
        while ask is None and cut > 0:
            ask = _grammar()["narr_ask"].match(line[:cut] + "：")
            cut = line.find("、", cut + 1)
    if ask is None:
        return None
    a, r = parse_head(ask["a"]), parse_head(ask["r"])
    if a and r and a.speaker.role and is_congress_role(a.speaker.role) and not r.bare \
            and (r.speaker.department or r.speaker.title) and not r.speaker.role:
        kind = "follow_up" if ask["v"] == "追问" else "question"
        return Label(kind, a.speaker, 0, narrative=True, addressee=r.speaker)
    return None


def asks_about(phrase: str) -> bool:
    """Whether ``phrase``, right after an asking verb and before a colon, may be the topic asked
    about ("问招商引资："): short, opening with no word that makes 问 part of another (问的是, 问道,
    问题, 问政)."""
    return 2 <= len(phrase) <= 12 and phrase[:1] not in _turn_groups()["not_topic_start"]


def _asker_asks_about(head: str) -> Label | None:
    """"代表X问招商引资", "X委员追问管护经费": a member, an asking verb and the topic asked about
    (the answer names who replied; an office asked is :func:`_asker_and_asked`'s), before the
    colon of the question. The topic opens with no word that makes 问 part of another (问的是,
    问道, 问题)."""
    if "问" not in head or not _may_ask_narrated(head, "：:"):
        return None
    ask = _grammar()["narr_ask"].match(_SPACES.sub("", head) + "：")
    if ask is None or not asks_about(ask["r"]):
        return None
    a = parse_head(ask["a"])
    if a is None or a.bare or not a.speaker.name or not a.speaker.role or not is_congress_role(a.speaker.role):
        return None
    return Label("follow_up" if ask["v"] == "追问" else "question", a.speaker, 0)


def _asking_heading(paragraph: str) -> Label | None:
    """A numbered heading alone on its line that says who asks, the question in the paragraph
    under it: "（一）区人大常委会委员X问区农业农村局" (asker and office asked), "（二）X委员追问"
    (asker and verb). Without an asking verb a numbered line is a section heading."""
    line, numbered = _heading_words(paragraph)
    line = line.strip() if numbered else line
    if (asked := _asker_and_asked(line)) is not None:
        return replace(asked, end=len(paragraph))
    if (about := _asker_asks_about(line)) is not None:
        return replace(about, end=len(paragraph))  # "一、X委员询问旅游厕所建设": asker, verb and topic
    label = _full_designation(line, titled=True)
    if label is None or not label.speaker.role or label.kind not in ("question", "follow_up"):
        return None
    return Label(label.kind, label.speaker, len(paragraph))


def _qa_numbered_label(rest: str) -> bool:
    """"A1 【科技局局长 Y】…": a numbered Q/A letter and a bracketed speaker open ``rest``."""
    if not _QA_NUMBERED.match(rest):
        return False
    label = parse_label(rest)
    return label is not None and label.kind in ("question", "follow_up", "answer")


# "（一）委员X问区农业农村局" up to a space or the end of the line: a numbered heading's words.
_NUMBERED_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
                               r"[^\s：:，。？！“”（）()]{4,40}(?=\s|$)")


def numbered_asking_heading(paragraph: str) -> Label | None:
    """A numbered asking heading (:func:`_asking_heading`) opening ``paragraph``, the speech after
    it on the next line or, on a page flattened to one line, after a space."""
    m = _NUMBERED_HEADING.match(paragraph)
    label = _asking_heading(m.group()) if m else None
    return replace(label, end=m.end()) if label is not None else None


def _pair_before_verb(head: str) -> Label | None:
    """"（一）委员 X 询问 市交通运输局局长 Y 问：…": a pair heading and its bare 问 run
    into one line (a page flattened to one paragraph)."""
    cut = head.rstrip().rfind(" ")
    verb = parse_head(head[cut + 1:]) if cut > 0 else None
    if verb is None or verb.speaker != _NOBODY or verb.kind not in ("question", "follow_up"):
        return None
    pair = _pair_line(head[:cut])
    return replace(pair, kind=verb.kind, declaration=False) if pair is not None else None


def is_label_only(paragraph: str) -> bool:
    """A label with nothing but a speaker after it ("问：区人大常委会委员周建明")."""
    label = parse_label(paragraph)
    if label is None:
        # "镇人大代表、某村党总支书记 X" alone (the speech on the next line): a designation the
        # comma of its posts makes look like body text, which the next paragraph must not join
        # (so is "省水利厅厅长 X；省财政厅副厅长 Y", two officials split by ；, whose mark looks like a clause's)
        return " " in paragraph and (_full_designation(paragraph, titled=True) is not None or (
            ("；" in paragraph or ";" in paragraph) and _several_respondents(_BULLET.sub("", paragraph).strip(_MARKS)) is not None))
    rest = paragraph[label.end:].strip()
    return not rest or parse_head(rest) is not None or _post_then_name(rest) is not None


_POST_SPACE_NAME = re.compile(r"([^\s，。；：！？“”（）]{2,40}) ([\u4e00-\u9fff]{2,4})")


_NAME_PAREN_LEAD = re.compile(rf"{_LNAME}（[^（）]{{2,40}}）")
_POST_NAME_LEAD = re.compile(r"[^\s，。；：！？“”（）]{2,40} [\u4e00-\u9fff]{2,4}(?= )")


def _designation_lead(body: str) -> tuple[Speaker, int] | None:
    """The speaker a bare label's speech opens with, and where the speech then begins: a name
    and its seat or post in brackets ("陈海燕（市人大常委会委员）每逢…"), or a post, a space, the
    name and a space ("湛江市水务投资集团有限公司总经理 林建华 老城区…")."""
    for m in _NAME_PAREN_LEAD.finditer(body[:60]):
        if m.start() > 0:
            break
        lab = parse_head(m.group())
        sp = lab.speaker if lab is not None and lab.kind != "other" else None
        if sp is not None and sp.name and (sp.role or sp.title or sp.department) and m.end() < len(body):
            return sp, m.end()
    m = _POST_NAME_LEAD.match(body)
    if m is None:
        return None
    lab = parse_head(m.group())
    sp = lab.speaker if lab is not None and lab.kind != "other" and not lab.bare else _post_then_name(m.group())
    if sp is None or not sp.name or not (sp.title or sp.department or sp.role):
        return None
    return sp, m.end() + 1


def _post_then_name(rest: str) -> Speaker | None:
    """"西宁城市投资管理有限公司副总经理 赵建斌": a body the heads do not know (a firm, an
    institute), its post, a space and a name, the whole line: a speaker, nothing said yet
    (joined with the speech below, the name ran into its first words). The body is no
    government office: the speaker has its post and name only."""
    m = _POST_SPACE_NAME.fullmatch(rest.strip())
    if m is None or not m[1].endswith(titles()) or not _good_name(m[2], bare=True):
        return None
    return Speaker(m[2], None, next(t for t in titles() if m[1].endswith(t)), None)


# (remembered: a report's sentences end alike, and normalisation asks of each rest after a
# sentence end: ~3,400 asks of ~2,400 rests reading 50 reports)
@functools.lru_cache(maxsize=4096)
def is_inline_turn(rest: str) -> bool:
    """A strong label right after a sentence end inside a paragraph ("…？市发改委主任李强：…")."""
    if _bar_side(rest) is not None or _side_then_name(rest) is not None or _numbered_bracket(rest):
        return True  # "…。 问 | 委员 X …", "…。 问 X（委员） …", "… 2.【委员 X】": flattened to one line
    if numbered_asking_heading(rest) is not None or _qa_numbered_label(rest):
        return True  # "…。 （二）X委员追问 …", "…。 A1 【局长 Y】 …": flattened into the line
    if _bracketed_seat(rest):
        return True  # "…专题询问【代表问】…": a bracketed side (folding ate the space before it)
    colon = rest.find("：", 0, 46)
    if colon < 1:
        return rest.lstrip().startswith("“") and _opens_dash_signed(rest)
    label = parse_label(rest)
    if label is None or label.bare or label.narrative or label.kind not in ("question", "follow_up", "answer"):
        return False
    sp = label.speaker
    # ("局长答：": a post and the side's verb, no more)
    return sp == _NOBODY or bool(sp.role or sp.department or (sp.name and sp.title)) \
        or (_seat_only(sp) and label.end <= 4)


# What a rest that is_inline_turn accepts opens with, when its paragraph holds no bar and no
# square bracket (the bar side, the bracketed seat and the numbered brackets need one): a colon
# within its reach, an opening quotation after spaces (a dash-signed speech), a numbered
# heading's bracket or numeral, or a side word of up to four characters before a space, perhaps
# after a bullet ("◆询问 市人大代表 X“…”": _side_then_name).
_INLINE_OPENING = re.compile(rf"\s*“|[（(一二三四五六七八九十]|[{SPEAKER_BULLETS}]?\s?[\u4e00-\u9fff]{{1,4}}[ \u3000]")
_BAR_OR_BRACKET = re.compile(r"[|｜【\[]")


def _anywhere(at: int) -> bool:
    return True


def inline_turn_screen(paragraph: str) -> Callable[[int], bool]:
    """A test of the positions of ``paragraph`` where a turn :func:`is_inline_turn` accepts may
    start (False: it refuses ``paragraph[at:]``). Normalisation asks is_inline_turn of the rest
    after every sentence end; of ~3,400 such rests of 50 reports none opens a turn and ~3,100
    fail this screen, which costs no copy of the rest and no call of the label readers."""
    if _BAR_OR_BRACKET.search(paragraph) is not None:
        return _anywhere
    find, opening = paragraph.find, _INLINE_OPENING.match
    return lambda at: find("：", at, at + 46) >= 0 or opening(paragraph, at) is not None


def _bracketed_seat(rest: str) -> bool:
    """A bracketed side naming at most a seat or post at the start of ``rest`` ("【代表问】",
    "【部门答】"): flattened into a line, it opens a turn."""
    return rest[:1] in "【[" and (side := _bracketed_kind(rest)) is not None and _seat_only(side[2])


_DASH_SIGNED_START = re.compile(rf"^\s*“[^“”\n]{{2,300}}”\s*{_DASH}\s*(?P<who>[^\s“”—]{{2,30}}(?: [^\s“”—]{{2,4}})?)(?=\s|$)")


def _opens_dash_signed(rest: str) -> bool:
    """A quoted speech signed after a dash at the start of ``rest`` (a flattened page of
    "“……？”——委员 X" lines): a turn starts there."""
    m = _DASH_SIGNED_START.match(rest)
    return m is not None and _full_designation(m["who"], titled=True) is not None


def is_bare_label(rest: str) -> bool:
    """A label naming nobody at the start of ``rest``: a label word ("问：", "提问人：", "应询人："),
    a seat or post with the side's verb ("代表问：", "局长答：", "【代表问】"), a bullet before
    either: in a page flattened to one line it opens a turn even after a plain space."""
    if (rest.startswith("“") and _opens_dash_signed(rest)) or _bar_side(rest) is not None \
            or numbered_asking_heading(rest) is not None or _qa_numbered_label(rest) \
            or _side_then_name(rest) is not None or _numbered_bracket(rest):
        return True  # ("…。 问 X（委员） …", "… 2.【委员 X】 …": a side or a number, flattened into the line)
    if _bracketed_seat(rest):
        return True  # "【代表问】…", "【部门答】…": a bracketed side, flattened into the line
    m = _BARE_LABEL.match(rest) or _BARE_LABEL.match(_LEAD_BULLET.sub("", rest, count=1))
    label = parse_head(m.group(2)) if m else None
    if m and m.group(1) and label is not None and label.kind != "question":
        return False  # "2.问：" numbers questions; a numbered 答 is no layout we know
    # "问：", and a seat or post with the side's verb ("代表问：", "局长答：")
    return label is not None and (label.speaker == _NOBODY or (_seat_only(label.speaker) and len(m.group(2)) <= 3)) \
        and label.kind in ("question", "follow_up", "answer")


_BARE_LABEL = re.compile(r"(\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[）)])?"
                         r"([\u4e00-\u9fff]{1,5})：")


def is_turn_start(paragraph: str) -> bool:
    """Whether ``paragraph`` opens a speaker turn (used to re-join cut paragraphs)."""
    return parse_label(paragraph) is not None


def addressees(text: str) -> dict[str, Speaker]:
    """People the questions address ("请问项丽同志", "请问市科技局赵国强同志").

    Returns name → Speaker with the department/title given in the clue; a bare
    ``项丽：`` later in the text is then known to be a respondent.
    """
    out: dict[str, Speaker] = {}
    for m in _grammar()["ask_clue"].finditer(text):
        sp = clue_speaker(m)
        if sp and sp.name and _good_name(sp.name) and sp.name not in out:
            out[sp.name] = sp
    return out


_JOINING = "和与及"  # join a second office to the one a question asks


def clue_speaker(m: re.Match[str]) -> Speaker | None:
    d = m.groupdict()
    if not (d.get("dept") or d.get("name") or d.get("title")):
        return None
    dept = d.get("dept") if _good_dept(d.get("dept")) else None
    name = d.get("name")
    title = d.get("title") or d.get("title1")
    post_only = False
    if dept and name and _turn_words().branch.search(name):
        dept, name = dept + name, None  # "请问市生态环境局博罗分局如何": a branch, no person
    # one C-level endswith over all titles first: most names end in none
    if name and not title and name.endswith(titles()) and (t := next(t for t in titles() if name.endswith(t))) \
            and name[:-len(t)] in _vocab()["surnames"]:
        name, title, post_only = None, t, True  # "请问于局长，": a surname and a post, no full name
    if name and not d.get("tz") and not title and not _good_name(name, bare=True):
        if not (dept and name[0] in _JOINING):
            return None  # "请问如何" is no person: without 同志 or a title the name must look like one
        name = None  # "请问市医保局和市民政局，": two offices asked, the first answers first
    if not (dept or name or post_only):
        return None
    return Speaker(name=name, title=title, department=dept)


def find_clues(question: str) -> list[tuple[int, Speaker]]:
    """Addressee clues inside one question, with their offsets."""
    out = []
    for m in _grammar()["ask_clue"].finditer(question):
        sp = clue_speaker(m)
        if sp and _good_name(sp.name):
            out.append((m.start(), sp))
    return out


_KNOWN_NAME_LABEL = re.compile(rf"^({NAME})[：:]")  # (compiled once, not formatted and looked up per paragraph)


def _known_name_label(paragraph: str, known: dict[str, Speaker]) -> Label | None:
    """"X：" where X is a person the questions addressed, whatever the surname list says."""
    m = _KNOWN_NAME_LABEL.match(paragraph)
    if m and m.group(1) in known:
        return Label("answer", Speaker(name=m.group(1)), m.end())
    return None


_Labelled = list[tuple[int, int, "Label | None"]]


def find_turns(text: str, officials: OfficialsLookup) -> list[Turn]:
    """Speaker turns of the normalised text, in order (preamble excluded).

    Named passes, each one job: label every paragraph, let lines that only
    name a speaker declare the bare 问/答 after them, keep bare names only for
    people the document names elsewhere, group paragraphs under their label,
    then decide each turn's side and speaker.

    Args:
        officials: the officials ``text`` names with their post (``attribution.Officials(text)``,
            built only as far as a label needs it), for labels naming a post or a surname only.
    """
    known_resp = addressees(text)
    labels = _label_paragraphs(text, _dash_signed_spans(text, paragraph_spans(text)), known_resp)
    labels = _headline_pairs(text, labels)
    labels = _declaration_lines(text, labels)
    labels = _short_labels_resolved(text, labels, known_resp, officials)
    labels = _trusted_bare_labels(text, labels, known_resp)
    labels = _posts_resolved(labels, officials)
    labels = _chair_posts_resolved(text, labels, officials)
    labels = _chair_remarks(text, labels)
    labels = _follow_up_marks(text, labels)
    turns = _dash_signed_ends(text, _signed_turns(text, _turns(text, _grouped(labels), known_resp)))
    log.debug("found %d turns", len(turns))
    return turns


def _signed_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """Bare 问/答 turns whose speaker signs the end of the speech in brackets
    ("答：…。（答复人：市住建局局长 孙立峰）")."""
    out = []
    for t in turns:
        m = None
        if t.kind in ("question", "follow_up", "answer") and not t.speaker.name:
            m = _label_patterns().signed_by.search(text, t.body_start, t.end)
        lab = parse_head(m["who"]) if m is not None else None
        if lab is not None and lab.speaker.name and (lab.speaker.role or lab.speaker.title or lab.speaker.department):
            sp = lab.speaker
            out.append(dataclasses.replace(t, speaker=Speaker(sp.name, sp.role, sp.title, sp.department
                                                               or t.speaker.department), end=m.start()))
            continue
        out.append(t)
    return out


def sentence_span(text: str, a: int, b: int) -> tuple[int, int]:
    """(start, end) of the sentences holding ``text[a:b]``: from after the last 。！？ or line
    break before ``a`` to the first one at or after ``b`` (the text's end if none)."""
    return last_mark(text, a, "。！？\n") + 1, _first_mark(text, b, "。！？\n")


# The nearest mark is looked for in windows growing outwards: a mark found in a window is
# nearer than any outside it, and a mark a report never uses (！) costs no scan of the whole
# text per call, which made long files' reading quadratic.
def last_mark(text: str, a: int, marks: str) -> int:
    """The last position before ``a`` holding one of ``marks``, else -1."""
    width = 256
    while True:
        lo = max(0, a - width)
        best = max(text.rfind(c, lo, a) for c in marks)
        if best >= 0 or lo == 0:
            return best
        width *= 16


def _first_mark(text: str, b: int, marks: str) -> int:
    """The first position at or after ``b`` holding one of ``marks``, else ``len(text)``."""
    width = 256
    while True:
        hi = min(len(text), b + width)
        found = [k for c in marks if (k := text.find(c, b, hi)) >= 0]
        if found or hi == len(text):
            return min(found, default=len(text))
        width *= 16


def sentences_around(text: str, rx: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence holding a match of ``rx``, once per sentence, in order.

    Found from the keyword outwards: searching for the sentence with a leading
    ``[^。]*`` would retry from every character (quadratic on long paragraphs).
    """
    done = -1
    for k in rx.finditer(text):
        if k.start() < done:
            continue
        a = max(text.rfind("。", 0, k.start()), text.rfind("\n", 0, k.start())) + 1
        ends = [e for e in (text.find("。", k.end()), text.find("\n", k.end())) if e >= 0]
        done = min(ends) if ends else len(text)
        yield a, done


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the normalised text."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _label_paragraphs(text: str, paragraphs: list[tuple[int, int]], known_resp: dict[str, Speaker]) -> _Labelled:
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


def _headline_pairs(text: str, labels: _Labelled) -> _Labelled:
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


def _declaration_lines(text: str, labels: _Labelled) -> _Labelled:
    """"■ 市人大常委会委员 朱建平" alone on a line, then "问：…": the line declares the
    speaker of the bare label that follows it (like "询问人：…" does)."""
    out = list(labels)
    for i, (a, b, lab) in enumerate(out[:-1]):
        nxt = out[i + 1][2]
        if nxt is not None and nxt.speaker == _NOBODY and (lab is None or lab.speaker == _NOBODY):
            pair = _pair_line(text[a:b])
            if pair is not None:
                out[i] = (a, b, pair)
                continue
        if lab is not None and lab.narrative and lab.kind in ("question", "follow_up") and lab.addressee is not None \
                and nxt is not None and nxt.speaker == _NOBODY and nxt.kind == "question" \
                and not text[a + lab.end:b].strip(" ：:，。"):
            # "市人大常委会委员X向市工信局局长Y提问" alone on its line, then "问：…" / "答：…"
            # ("二、X委员追问省财政厅副厅长Y": the 问 under it follows up).
            out[i] = (a, b, replace(lab, declaration=True))
            continue
        if lab is not None and lab.speaker.name and not text[a + lab.end:b].strip(" ：:") and nxt is not None \
                and nxt.speaker == _NOBODY and nxt.kind == lab.kind:
            # "【代表提问】市人大代表 X" alone on its line, then "问：…": the line names who asks.
            out[i] = (a, b, replace(lab, declaration=True))
            continue
        if lab is not None:
            continue
        if nxt is not None and nxt.speaker == _NOBODY and nxt.kind in ("question", "follow_up", "answer"):
            decl = _declaration(text[a:b])
            if decl is not None:
                out[i] = (a, b, decl)
        elif nxt is None or (nxt.bare and (nxt.speaker.name or "")[-1:] in _OFFICE_LAST
                             and ("；" in text[a:b] or ";" in text[a:b])):
            # "**市水利局局长 覃志明**" alone, the speech in the next paragraph: a label on a
            # line of its own (a bold or heading speaker line), not a declaration.
            # ("省水利厅厅长 X；省财政厅副厅长 Y" then "水利厅：…财政厅：…": the officials' line, the
            # answer's parts labelled by each office's short name, no one's name)
            decl = _declaration(text[a:b], titled=True)
            if decl is not None:
                out[i] = (a, b, replace(decl, declaration=False))
            elif (heading := _asking_heading(text[a:b])) is not None:
                out[i] = (a, b, heading)
    return out


_OFFICE_LAST = frozenset("厅局委办")  # how an office's short name ends ("水利厅：" before its part of an answer)


def _short_labels_resolved(text: str, labels: _Labelled, known_resp: dict[str, Speaker],
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
            elif lab.short and lab.speaker.title in _vocab()["roles"]:
                lab = None
        out.append((a, b, lab))
    return out


def _name_then_seat(text: str, name: str) -> Speaker | None:
    """The member a bare "韦国强：" is when the report writes the name before a congress seat
    ("先请韦国强委员", "请陆美华代表提问"): the chair's call, which the lookups of people by a
    post before the name do not read."""
    # the congress seats (turn_words.tsv), longest first; sorted per call: few labels get here
    seats = sorted(_turn_words().congress_seats, key=len, reverse=True)
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
                                 or _kind_of_verb(_asking_verb_at(after)) in ("question", "follow_up")
                                 or after.startswith("发")):
            return Speaker(name=name, role=seat)
        at = text.find(name, end)
    return None


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _asking_verb_at(s: str) -> str | None:
    """The speech verb ``s`` opens with (提问, 问), if any."""
    verbs = _vocab()["verbs"]
    return next((v for v in (s[:2], s[:1]) if v in verbs), None)


def _trusted_bare_labels(text: str, labels: _Labelled, known_resp: dict[str, Speaker]) -> _Labelled:
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


def _posts_resolved(labels: _Labelled, officials: OfficialsLookup) -> _Labelled:
    """"县发改局局长：" / "县住建局局长回答说，…" (an office and a post, no name): the one
    person the report names with that post (:meth:`Officials.by_post`)."""
    out: _Labelled = []
    for a, b, lab in labels:
        if lab is not None and lab.kind in ("answer", "speaker") and lab.speaker.department and lab.speaker.title \
                and not lab.speaker.name and (name := officials.by_post(lab.speaker.department, lab.speaker.title)):
            lab = replace(lab, speaker=replace(lab.speaker, name=name))
        out.append((a, b, lab))
    return out


def _chair_posts_resolved(text: str, labels: _Labelled, officials: OfficialsLookup) -> _Labelled:
    """"郭志明 副主任：" (a name and a chair's post, no office): an official's post as the
    grammar reads it, but the chair when the report names that person with a congress seat
    ("市人大常委会副主任郭志明主持询问"): a member's label, whose remarks that ask nothing are
    then the chair's (_chair_remarks). Also when the chair's line right before calls that person
    by name to ask ("主持人：最后请常委会吴建国副主任提问。"): a vice-chair asking as a member."""
    posts = _chair_words()[0]
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
    words = _turn_words()
    m = words.office_asked.search(speech)
    return m is not None and words.office_asked_end.search(m.group(1)) is not None and "？" in speech[m.end():]


def _called_to_ask(speech: str, name: str) -> bool:
    """Whether the chair's ``speech`` calls ``name`` to ask ("请常委会X副主任提问", "请X副主任发问")."""
    at = speech.find(name)
    if at < 0 or re.search(r"请[^。？！，\n]{0,12}$", speech[:at]) is None:
        return False
    after = re.match(r"[^。？！，\n]{0,10}", speech[at + len(name):]).group()
    return any(len(v) > 1 and k != "answer" and v in after for v, k in _vocab()["verbs"].items())


_CHAIR_INVITE_MAX = 30


def _chair_remarks(text: str, labels: _Labelled) -> _Labelled:
    """"市人大常委会主任 X：下面请委员们提问。" / "……感谢各位委员。": the chair's post in a
    congress label and a speech that asks nothing introduce or thank: no question."""
    posts, asking, explain = _chair_words()
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


def _open_question(labels: _Labelled, i: int) -> bool:
    """Whether the label before the ``i``-th is a question's (one waiting for its answer)."""
    prev = next((lab for _, _, lab in reversed(labels[:i]) if lab is not None), None)
    return prev is not None and prev.kind in ("question", "follow_up")


def _follow_up_marks(text: str, labels: _Labelled) -> _Labelled:
    """Questions that other marks than their label's verb make a 追问: a marker line before
    them ("第二问（追问）"), a speech opening "我再追问一句，", or a short quoted re-ask by
    the member who asked last, right after the answer (with or without the member's name)."""
    out = list(labels)
    pending = False  # a marker line was seen: the next question follows up
    last_asker: str | None = None
    after_answer = False
    invited = False  # the chair's line after the answer speaks of a 追问: the same member follows up
    for i, (a, b, lab) in enumerate(out):
        if lab is None:
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
            invited = False
            continue
        speech = text[a + lab.end:b]
        if not speech.strip() and i + 1 < len(out) and out[i + 1][2] is None:
            speech = text[out[i + 1][0]:out[i + 1][1]]  # a label on a line of its own: the speech below
        if lab.kind != "follow_up" and (pending or opens_follow_up(speech) or (invited and name and name == last_asker)
                                        or (after_answer and name and name == last_asker and is_quoted_reask(speech))):
            out[i] = (a, b, replace(lab, kind="follow_up"))
        pending = pending and lab.declaration and lab.kind == "question" and lab.addressee is None
        last_asker = name or last_asker
        after_answer = invited = False
    return out


def _next_is_answer(labels: _Labelled, i: int) -> bool:
    nxt = next((lab for _, _, lab in labels[i + 1:] if lab is not None), None)
    return nxt is not None and nxt.kind in ("answer", "speaker") and not nxt.declaration


def _grouped(labels: _Labelled) -> list[tuple[Label, list[tuple[int, int]]]]:
    """Each label with the paragraphs up to the next label (the preamble is dropped)."""
    raw: list[tuple[Label, list[tuple[int, int]]]] = []
    for a, b, label in labels:
        if label is not None:
            raw.append((label, [(a, b)]))
        elif raw:
            raw[-1][1].append((a, b))
    return raw


def _turns(text: str, raw: list[tuple[Label, list[tuple[int, int]]]], known_resp: dict[str, Speaker]) -> list[Turn]:
    """Turns with their side and speaker decided, in order."""
    turns: list[Turn] = []
    askers: set[str] = set()
    answerers: set[str] = set()
    open_question = False
    # "询问人：委员刘德明" / "应询人：区住建局局长罗建军" on lines of their own declare
    # who speaks the next bare "问：" / "答：" of that side; they are no turns themselves.
    declared: dict[str, Speaker] = {}
    # "追问代表：X" declares a member pressing on: the bare "问：" under it is a follow-up.
    pressing = False
    carried: str | None = None  # the side a mark on a line of its own gives the speaker line under it
    for i, (label, paras) in enumerate(raw):
        kind, sp = label.kind, label.speaker
        if carried is not None:
            kind = carried if kind == "speaker" or (carried == "follow_up" and kind == "question") else kind
            carried = None
        elif _side_mark_over_speaker(text, label, paras, raw[i + 1][0] if i + 1 < len(raw) else None):
            # "【应询】" / "【追问】" alone on its line, "区工业和信息化局局长 X" on the next, the
            # speech under that: one turn, the speaker line's, of the mark's side
            carried = kind
            continue
        side = "q" if kind in ("question", "follow_up") else "a" if kind == "answer" else None
        if label.declaration:
            declared["q" if kind in ("question", "follow_up") else "a"] = sp
            pressing = kind == "follow_up" or (pressing and kind == "answer")
            if label.addressee is not None:
                declared["a"] = label.addressee
            continue
        if side and _seat_only(sp) and not sp.title and len(paras) == 1 and not label.narrative \
                and (rest := _declared_speaker(text, paras[0], label, sp)) is not None:
            declared[side] = rest
            if side == "q":
                pressing = kind == "follow_up"
            continue
        if side and sp == _NOBODY and side in declared:
            sp = declared[side]  # a pair heading covers every bare 问/答 under it, up to the next speaker
            if side == "q" and kind == "question" and pressing:
                kind = "follow_up"
        elif side:
            declared.pop(side, None)
        if label.addressee and label.addressee.name:
            known_resp.setdefault(label.addressee.name, label.addressee)
        if kind == "speaker":
            kind = _side_of(sp, paras, text, known_resp, askers, answerers, open_question, label.narrative)
        if kind in ("question", "follow_up") and sp.name:
            askers.add(sp.name)
        if kind == "answer" and sp.name:
            answerers.add(sp.name)
            known = known_resp.get(sp.name)
            if known is not None and not (sp.department or sp.title):
                # "覃志明：" after "请市水利局覃志明局长回答": the post the chair or the question gave.
                sp = Speaker(sp.name, sp.role, known.title, known.department)
        if kind in ("question", "follow_up"):
            open_question = True
            if label.addressee is not None and label.addressee != _NOBODY:
                declared["a"] = label.addressee  # "X向Y提问：…" then a bare "答：" is Y's
        elif kind == "answer":
            open_question = False
        start = paras[0][0]
        body = start + label.end
        while body < paras[0][1] and text[body] in " ":
            body += 1
        if body >= paras[0][1] and len(paras) > 1:
            body = paras[1][0]  # the label stands alone on its line
        elif sp == _NOBODY and len(paras) > 1:
            # "问：区人大常委会委员周建明" with the speech on the next line.
            rest = parse_head(text[body:paras[0][1]])
            if rest is None and (post := _post_then_name(text[body:paras[0][1]])) is not None:
                rest = Label(kind, post, 0)
            if rest is not None and rest.speaker != _NOBODY:
                sp = rest.speaker
                body = paras[1][0]
                if kind == "question" and rest.kind == "follow_up":
                    kind = "follow_up"  # "问：委员 X（追问）": the mark after the speaker
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
        elif sp == _NOBODY and kind in ("question", "follow_up", "answer") and not label.narrative \
                and (lead := _designation_lead(text[body:paras[0][1]])) is not None:
            # "提问人：陈海燕（市人大常委会委员）每逢暴雨…？", "回答人：…总经理 林建华 老城区…": a page
            # flattened to one line runs the line that names the speaker into the speech.
            sp, body = lead[0], body + lead[1]
            if kind in ("question", "follow_up") and sp.name:
                askers.add(sp.name)
        elif _seat_only(sp) and kind in ("question", "follow_up", "answer") and not label.narrative \
                and (told := _narrated_lead(text, body, paras[0][1], kind, turns)) is not None:
            # "局长答：区商务局局长 X介绍，…" / "局长答：X表示，…": the side's label, then the
            # speech told in reported speech after its speaker (named in full, or answered before).
            sp, body = told
            (askers if kind in ("question", "follow_up") else answerers).add(sp.name)
        end = paras[-1][1]
        if _seat_only(sp) and kind in ("question", "follow_up", "answer") and not label.narrative:
            # "问：…？（市人大常委会委员 龚春燕）": the speaker signs the speech at its end; also
            # after a label giving only the seat or post ("【代表问】…？（区人大代表 X）"), and on a
            # dash line of its own under the speech ("——提问代表：区人大代表 X").
            sign = _SIGNATURE.search(text, paras[-1][0], end)
            signed = _signature_speaker(sign.group(1)) if sign else None
            if signed is not None and sign.start() > body and _fits_seat(sp, signed):
                sp, end = signed, sign.start()
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
            elif ((dash := _DASH_LINE.fullmatch(text, *paras[-1]) if len(paras) > 1 else None) is not None
                  or ((dash := _DASH_SIGN.search(text, paras[-1][0], end)) is not None and dash.start() > body)) \
                    and (signed := _signature_speaker(dash["who"])) is not None and _fits_seat(sp, signed):
                # (the dash line run into the speech's paragraph on a page flattened to one line)
                sp, end = signed, dash.start()
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
        turns.append(Turn(kind, sp, start, body, end, tuple(paras), label.narrative, label.addressee))
        for other in label.also:  # one speech, several officials: a turn each, the same span
            answerers.update([other.name] if other.name else [])
            turns.append(Turn(kind, other, start, body, end, tuple(paras), label.narrative, label.addressee))
    return turns


def _side_mark_over_speaker(text: str, label: Label, paras: list[tuple[int, int]], nxt: Label | None) -> bool:
    """Whether ``label`` is a side's mark naming nobody alone on its line ("【应询】", "【追问】",
    "【提问】") right above a line naming a speaker of that side ("区人大常委会委员 X",
    "区数据局局长 Y"), which the label grammar reads as a label of its own."""
    if label.speaker != _NOBODY or label.declaration or label.narrative or len(paras) != 1 \
            or label.kind not in ("question", "follow_up", "answer") or text[paras[0][0] + label.end:paras[0][1]].strip():
        return False
    if nxt is None or nxt.speaker == _NOBODY or nxt.declaration or nxt.narrative or _seat_only(nxt.speaker):
        return False
    if nxt.kind == "speaker":
        return True
    return (nxt.kind == "answer") == (label.kind == "answer") and nxt.kind in ("question", "follow_up", "answer")


# "——提问代表：区人大代表 X" on a line of its own under the speech it signs.
_DASH_LINE = re.compile(rf"\s*{_DASH}\s*(?P<who>[^“”「」—\n]{{2,40}}?)\s*")


def _declared_speaker(text: str, para: tuple[int, int], label: Label, seat: Speaker) -> Speaker | None:
    """The person a line of its own declares for the bare 问/答 below it: "询问人：委员 X",
    "应询人：区住建局局长 Y" (a column word naming nobody), also after a seat the label grammar
    reads as the speaker's ("问政代表：X", "代表：X": the seat is the member's when the line names
    none). Nothing when the line says more than a person."""
    rest = parse_head(text[para[0] + label.end:para[1]].strip())
    if rest is None or rest.speaker == _NOBODY or rest.kind == "other":
        return None
    if seat == _NOBODY:
        return rest.speaker
    if not rest.speaker.name or rest.speaker.department or rest.speaker.title:
        return None  # a seat over an official: no declaration of a member
    return rest.speaker if rest.speaker.role else replace(rest.speaker, role=seat.role)


def _seat_only(sp: Speaker) -> bool:
    """A label's speaker naming at most a seat or post ("代表问：", "局长答："), nobody."""
    return not sp.name and not sp.department


def _fits_seat(seat: Speaker, sp: Speaker) -> bool:
    """``sp`` may be the person of a label giving ``seat``: a member under a member's label,
    an official under a post's."""
    return bool(sp.name) and (not seat.role or bool(sp.role)) and (not seat.title or bool(sp.title or sp.department))


def _signature_speaker(who: str) -> Speaker | None:
    """The person a signature names ("区人大代表 X", "询问人：委员 X"); a seat followed by an
    occupation ("区人大代表、某街道居民 X") keeps the seat."""
    who = _label_patterns().column_prefix.sub("", who.strip())
    label = _full_designation(who)
    if label is None and "、" in who and " " in who.strip():
        label = _full_designation(who[:who.index("、")] + " " + who.strip().rsplit(" ", 1)[1])
    return label.speaker if label is not None else None


_TOLD_CLAUSE = re.compile(r"[^，,：:。！？“”\n]{2,40}?[，,：:]")


def _narrated_lead(text: str, body: int, end: int, kind: str, turns: list[Turn]) -> tuple[Speaker, int] | None:
    """The speaker a side's label's speech opens with in narration, and where the speech then
    begins: "区商务局局长 X介绍，…" (a person with a post), "X表示，…" (a person who spoke
    on that side before, with the post given then)."""
    m = _TOLD_CLAUSE.match(text, body, end)
    if m is None:
        return None
    head = m.group()[:-1]
    lab = parse_head(head)
    if (lab is None or not lab.speaker.name) and head.endswith(_turn_groups()["cue_ending"]):
        lab = parse_head(head[:-1])  # "…局长 X说，": 说 ends the narration, no verb of the grammar
    if lab is None or not lab.speaker.name or lab.kind not in ("answer", "question", "follow_up", "speaker") \
            or (lab.kind != "speaker" and (lab.kind == "answer") != (kind == "answer")):
        return None
    sp = lab.speaker
    if not (sp.title or sp.department or sp.role):
        side = ("answer",) if kind == "answer" else ("question", "follow_up")
        before = next((t.speaker for t in reversed(turns) if t.kind in side and t.speaker.name == sp.name
                       and (t.speaker.title or t.speaker.department or t.speaker.role)), None)
        if before is None:
            return None
        sp = before
    return sp, m.end()


def _side_of(sp: Speaker, paras, text: str, known_resp: dict[str, Speaker], askers: set[str],
             answerers: set[str], open_question: bool, narrative: bool = False) -> str:
    """Decide whether a bare speaker asks or answers."""
    if sp.name and (sp.name in known_resp or sp.name in answerers):
        return "answer"
    if sp.name and sp.name in askers:
        return "question"
    body = text[paras[0][0]:paras[-1][1]]
    if "请问" in body or body.rstrip().endswith("？"):
        return "question"
    # "X表示，…" that asks nothing is a statement: an answer, never a question.
    return "answer" if open_question or narrative else "question"
