"""The label grammar (``grammar``: asker, respondent and bare heads, built from the data files) and
the screens that prove a head cannot match a pattern before it is tried (``may_match``, the verb endings)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from loaders.datafiles import alternation, read_words
from loaders.departments import office_endings
from loaders.rxguard import final_chars, required_sets
from loaders.turns.words import CJK, LNAME, PLACE, turn_groups, vocab

__all__ = ["head_screens", "may_match", "may_end_in_verb", "adverb_before_verb", "grammar"]


@functools.lru_cache(maxsize=1)
def _grammar_needs() -> dict[str, tuple[frozenset[str], ...]]:
    """Per pattern of grammar, sets of characters every match holds one of each of
    (rxguard.required_sets: the last characters of its titles, roles, office suffixes): a
    head lacking one is no match, found without trying the pattern's branches at each cut."""
    return {key: required_sets(rx) for key, rx in grammar().items()}


@functools.lru_cache(maxsize=1)
def _grammar_finals() -> dict[str, frozenset[str] | None]:
    """Per pattern of grammar, the characters a match may end with (rxguard.final_chars: the
    last characters of its verbs, titles, roles, office suffixes; None where a name may end it):
    a head ending in another is no match. Most heads the speech reading tries (a phrase's
    starts, a name and the manner after it) end in none, and a failing fullmatch tries every cut."""
    return {key: final_chars(rx) for key, rx in grammar().items()}


@functools.lru_cache(maxsize=1)
def head_screens() -> dict[str, tuple[frozenset[str] | None, tuple[Callable[[str], object], ...]]]:
    """Per pattern of grammar, its final characters and the searches a head must pass: one
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
    v, groups = vocab(), turn_groups()

    def back(words) -> str:
        return alternation(w[::-1] for w in words)

    verb, title, role = back(v["verbs"]), back(v["titles"]), back(v["roles"])
    name = rf"(?:{CJK}{{1,8}}·{CJK}{{1,6}}|{CJK}{{2,6}})"  # LNAME reversed
    # _label_office_suffix reversed (its lookaheads after 部 and 司 dropped: a looser screen)
    office = (rf"{back((*office_endings()['office'], *groups['label_office_suffix']))}"
              rf"|(?:{back(groups['branch_suffix'])}){CJK}{{1,8}}(?:局|委|办)|部|司")
    return {
        "resp_dn": re.compile(rf"(?:{verb})?(?:{title})?{name}(?:{office})"),
        "resp_dt": re.compile(rf"(?:{verb})?{name}?(?:{title})(?:{office})"),
        # (asker's role ends in a seat; each post of "、市工商联副主席" after it in a post or a seat)
        "asker": re.compile(rf"(?:{verb})?{name}?(?:{role}|{title})"),
    }


def may_match(head: str, key: str) -> bool:
    """Whether ``grammar()[key]`` may fullmatch ``head``: it ends in a character a match may end
    with and passes the pattern's screens (a character of each needed set)."""
    finals, searches = head_screens()[key]
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


def may_end_in_verb(head: str) -> bool:
    """Whether ``head`` ends in a speech verb's last character: adverb_before_verb matches
    only such a head (its search tried the adverbs at every character of every head)."""
    endings = _verb_endings()
    return endings is None or head[-1:] in endings


@functools.lru_cache(maxsize=1)
def _verb_endings() -> frozenset[str] | None:
    """The last characters of the speech verbs (None: an empty verb, which ends anywhere)."""
    verbs = list(vocab()["verbs"])
    return frozenset(v[-1] for v in verbs) if all(verbs) else None


@functools.lru_cache(maxsize=1)
def adverb_before_verb() -> re.Pattern[str]:
    """"乌兰委员进一步询问", "X委员接着追问": adverbs of data/speech_fillers.txt (two characters
    or more: one-character ones end names) between the speaker and the verb closing a head."""
    fillers = [r.cells[0] for r in read_words("speech_fillers.txt") if len(r.cells[0]) >= 2]
    return re.compile(rf"(?:{alternation(fillers)})+(?P<verb>{alternation(vocab()['verbs'])})$")


@functools.lru_cache(maxsize=1)
def _label_office_suffix() -> str:
    """The endings of an office in a label (an alternation)."""
    groups = turn_groups()
    # Township offices and divisions end in 站/所/处/科 too (镇水利站站长, 市财政局经建处处长);
    # only in labels, where a title follows.
    suffix = alternation((*office_endings()["office"], *groups["label_office_suffix"])) \
        + rf"|(?:局|委|办){CJK}{{1,8}}?(?:{alternation(groups['branch_suffix'])})"
    # a ministry's 司 before its head's post (财政部预算司司长X): the ministry answers (departments.py)
    return suffix + r"|部(?=副?部长)" + rf"|部{CJK}{{1,12}}?司(?=副?司长)"  # a zone's 部 (高新区人力资源部部长X) only before its head's post: 部门 is no office


def _bare_zone_committee() -> str:
    """A zone's managing committee by its word alone ("管委会副主任X" in a zone's report): an
    office of the zone, though no word stands before its ending."""
    from loaders.places import place_words

    return alternation(w for w in place_words()["zone_committee"] if w.endswith("委会") or w.endswith("委员会"))


@functools.lru_cache(maxsize=1)
def grammar() -> dict[str, re.Pattern[str]]:
    v = vocab()
    title, role, verb = alternation(v["titles"]), alternation(v["roles"]), alternation(v["verbs"])
    groups = turn_groups()
    w = {u: alternation(words) for u, words in groups.items()}
    suffix = _label_office_suffix()
    asker_role = (rf"(?:{PLACE})?(?:人大)?(?:常委会)?(?:{CJK}{{2,8}}?(?:{w['committee_word']}))?(?:{role})")
    # More posts before the name: 市人大常委会委员、市工商联副主席王静
    extra = rf"(?:、{CJK}{{1,20}}?(?:{title}|{role}))*"
    dept = rf"(?:(?:{PLACE})?{CJK}{{1,14}}?(?:{suffix})|{_bare_zone_committee()})"
    posts = rf"(?:{CJK}{{1,20}}?(?:{title})、)*"  # 市委副秘书长、市发改委主任李强
    leader = rf"(?:{PLACE})?(?:常务)?副?(?:{alternation(groups['placed_leader'] + groups['leader_post_other'])})"
    # "镇党委委员、副镇长 X", "区委常委、副区长X": the leader's party post before the government's
    party = rf"(?:{CJK}{{1,10}}?(?:委|党组)(?:{w['party_post']})、?)?"
    return {
        "verb": re.compile(rf"(?P<verb>{verb})"),
        "asker": re.compile(rf"(?P<role>{asker_role}){extra}(?P<name>{LNAME})?(?P<verb>{verb})?"),
        "asker_nf": re.compile(rf"(?P<name>{LNAME})(?P<role>{asker_role})(?P<verb>{verb})?"),
        # the seat and more posts, no name: "市人大常委会委员、市人大城乡建设环境保护委员会副主任委员" in
        # the brackets after a name (asker's lazy posts would stop at the 委员 inside 委员会 and
        # leave "会副主任委员" for a name)
        "asker_posts": re.compile(rf"(?P<role>{asker_role}){extra}(?P<verb>{verb})?"),
        "resp_dt": re.compile(rf"{posts}(?P<dept>{dept})(?P<title>{title})(?P<name>{LNAME})?(?P<verb>{verb})?"),
        "resp_dn": re.compile(rf"(?P<dept>{dept})(?P<name>{LNAME})(?P<title>{title})?(?P<verb>{verb})?"),
        "resp_nt": re.compile(rf"(?P<name>{LNAME})(?P<title>{title})(?P<verb>{verb})?"),
        "resp_d": re.compile(rf"(?P<dept>{dept})(?P<verb>{verb})?"),
        # 副市长郑启明: a government leader named without a department.
        "resp_tn": re.compile(rf"(?P<title>{party}{leader})(?P<name>{LNAME})(?P<verb>{verb})?"),
        # 局长 X / 副局长 X（市教育局）: an office head's post before the name alone, as 委员 X.
        "resp_pn": re.compile(rf"(?P<title>{w['head_post']})(?P<name>{LNAME})(?P<verb>{verb})?"),
        "leader": re.compile(leader),
        "bare": re.compile(rf"(?P<name>{LNAME})(?P<verb>{verb})?"),
        # 袁局长, 何副市长: a surname and a post (the name comes from the attendee list).
        "resp_st": re.compile(rf"(?P<surname>{CJK}{{1,2}}?)(?P<title>{title}|{leader})(?P<verb>{verb})?"),
        "title_name": re.compile(rf"(?P<title>{title})(?P<name>{LNAME})"),
        "title_verb": re.compile(rf"(?P<title>{title})(?P<verb>{verb})"),
        "role_verb": re.compile(rf"(?P<role>{asker_role})(?P<verb>{verb})"),
        # "委员张志远问市住建局局长王卫东：": asker, 问, respondent, colon.
        "narr_ask": re.compile(rf"^(?P<a>{CJK}{{3,30}}?)(?:{w['ask_adverb']})?(?P<v>{w['ask_short_verb']})(?P<r>{CJK}{{3,30}}?)[：:]"),
        "paren": re.compile(rf"(?P<outer>[^（）]+)（(?P<inner>[^（）]+)）(?P<verb>{verb})?"),
        "ask_clue": re.compile(
            rf"(?:(?:{w['clue_opener_comma']})[，,]?|{w['clue_opener']}|请(?={LNAME}同志)|请(?=[^，。？！]{{2,24}}?(?:{w['request_verb']})))"
            rf"(?P<dept>{dept})?(?P<title1>{title})?(?P<name>{LNAME})?"
            rf"(?P<title>{title})?(?P<tz>同志)?"
            rf"(?=[：，。？、]|{w['clue_follow']}|$)"),
        "narr_q": re.compile(
            r"^(?:[^，。：；！？]{0,24}[，])?(?P<a>[\u4e00-\u9fff、·]{2,30}?)(?:向|对)(?P<r>[\u4e00-\u9fff、·]{2,30}?)(?:同志)?"
            rf"(?:{w['narr_ask_verb']})(?:说|道)?[：，]?"),
        "narr_a": re.compile(
            rf"^(?:(?:{w['narr_answer_lead']})[，]?)?(?P<r>[\u4e00-\u9fff、·]{{2,30}}?)"
            rf"(?:{alternation(groups['narrative_answer'] + groups['narrative_say'])})(?:{w['cue_ending']})?[：，]"),
    }
