"""Which name a speaker phrase opens with (``member_opening``): the length of a name after a seat or post,
dotted and transliterated names, minority names, a given name read alone."""

from __future__ import annotations

import re

from loaders.name_span import swallowed_next_word
from loaders.occurrences import every_start
from loaders.turns import Speaker, is_congress_role, may_be_bare, minority_name, seatless, surnames
from loaders.turns.names import not_name_chars
from loaders.attribution.words import BOUNDARY, cue_word_at, speaker_words
from loaders.attribution.spans import CJK_CHAR
from loaders.attribution.people import member_with_post, People
from loaders.attribution.readings import label_speaker, named_speaker

__all__ = ["dotted_whole", "minority_whole", "dotted_ends_at", "shorter_name", "dotted_name_end", "member_opening",
           "NAME_LENGTH_RANK"]


def dotted_whole(found: list[Speaker], head: str) -> Speaker | None:
    """The reading of ``found`` (names read from ``head``, a phrase going on after the name)
    that is a name of two parts joined by · read to where its second part ends ("委员阿依努尔·
    买买提江在乡里管了十年农技"): not cut to the first part's start that the report repeats
    (阿依, counted more often than the whole name)."""
    for sp in found:
        if sp.name and "·" in sp.name and (k := head.rfind(sp.name)) >= 0 \
                and dotted_name_end(head, k, len(head)) == k + len(sp.name):
            return sp
    for sp in found:
        # "阿依努尔紧跟着问": the first part alone, the person named in full before (not 阿依)
        if sp.name and "·" in sp.name and "·" not in head and len(first := sp.name.split("·")[0]) >= 2 \
                and first in head:
            return sp
    return None


def minority_whole(found: list[Speaker]) -> Speaker | None:
    """The longest of ``found`` (names read from a phrase going on after the name) when it is a
    Mongolian or Tibetan name of several parts and every other reading is a start of it
    ("委员宝音德力格尔把目光投向…": the whole name, not its first part 宝音, read after a seat too)."""
    named = [sp for sp in found if sp.name]
    if len(named) < 2:
        return None
    best = max(named, key=lambda sp: len(sp.name))
    if len(best.name) < 4 or not minority_name(best.name) or not all(best.name.startswith(sp.name) for sp in named):
        return None
    return best


def _given_name_read(found: list[Speaker]) -> list[Speaker]:
    """``found`` (names read from a phrase going on after the name) without a two-character
    surname alone and without a name ending in 一 whose start is read too, when a longer reading
    is left ("委员司马骏一开口": 司马骏, not 司马, which "司马委员" repeats later, nor 司马骏一, 一
    opening 一开口)."""
    names = {sp.name for sp in found if sp.name}
    kept = [sp for sp in found if sp.name and not (len(sp.name) == 2 and sp.name in surnames())
            and not (len(sp.name) >= 3 and sp.name.endswith("一") and sp.name[:-1] in names)]
    return kept or found


def _name_before_de(found: list[Speaker], head: str) -> Speaker | None:
    """The longest of ``found`` (names read from ``head``) that ``head`` writes right before 的,
    when every other is a start of it ("委员乌云其木格的第一个问题": the whole name, not 乌云, which
    the report repeats as often inside it)."""
    named = [sp for sp in found if sp.name]
    if not named:
        return None
    best = max(named, key=lambda sp: len(sp.name))
    k = head.rfind(best.name)
    if k < 0 or head[k + len(best.name):k + len(best.name) + 1] != "的" \
            or not all(best.name.startswith(sp.name) for sp in named):
        return None
    return best


def dotted_ends_at(text: str, name: str, e: int) -> bool:
    """Whether ``name``, a name of two parts joined by · ending at ``e``, ends where such a name
    does ("委员努尔兰·托合提在牧区…": no word of jieba's cuts it short)."""
    return "·" in name and text.endswith(name, 0, e) and dotted_name_end(text, e - len(name), len(text)) == e


def shorter_name(head: str, name: str, people: People) -> bool:
    """Whether ``head`` (the phrase of ``name`` without its last character) names that
    shorter name: the reading kept when the last character opens the next word."""
    sp = named_speaker(head, people)
    return sp is not None and sp.name == name[:-1]


_DOTTED_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}·")
_TRANSLITERATED = frozenset("不都其则")


def dotted_name_end(text: str, at: int, hi: int) -> int | None:
    """Where a name of two parts joined by · that opens at ``at`` ends ("阿依努尔·买买提江在…"):
    its second part runs to a character no Chinese name holds (在, 的, 是; not those that spell
    sounds in transliterations), a cue word's start or 8
    characters; where the report writes the first part and · again, only as far as every
    writing agrees ("X·吾斯曼回答", "X·吾斯曼表示": 吾斯曼)."""
    m = _DOTTED_HEAD.match(text, at)
    if m is None:
        return None

    def tail(k: int) -> str:
        # (不, 都, 其 and 则 spell sounds there: 阿不都热依木, 其木格)
        stop, nn = min(len(text), k + 8), not_name_chars() - _TRANSLITERATED
        e = k
        while e < stop and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in nn and not cue_word_at(text, e):
            e += 1
        return text[k:e]

    part = tail(m.end())
    head = m.group()
    for k in every_start(text, head) if part else ():
        if k != at:
            other = tail(k + len(head))
            n = 0
            while n < min(len(part), len(other)) and part[n] == other[n]:
                n += 1
            if n >= 2:
                part = part[:n]
    if not part or m.end() + len(part) > hi:
        return None
    return m.end() + len(part)


def member_opening(text: str, b: int, people: People, chair_asks: bool = False) -> Speaker | None:
    """The member (named, not the presiding chair) whose phrase opens the clause at ``b``,
    whatever verb follows ("代表朱穗生一开口", "委员X话音刚落"), after a short modifier
    ending in 的 ("坐在前排的委员X抢先举手"). ``people`` is built on ``text``: its counts
    of names are the text's. ``chair_asks``: a chair's post too, where an asking cue follows
    ("常委会副主任X接过话题，询问…": a vice-chair may ask as a member does)."""
    clause = text[b:b + 48]
    if 2 <= (gap := clause.find(" ", 0, 24)) and CJK_CHAR.match(clause[gap - 1]) and CJK_CHAR.match(clause[gap + 1:gap + 2] or "."):
        clause = clause[:gap] + clause[gap + 1:]  # "委员 蔡丽芬接过话筒": a space between the seat and the name
    cut = next((i for i, c in enumerate(clause) if c in BOUNDARY), len(clause))
    starts = [0] + [i + 1 for i in range(min(cut, 12)) if clause[i] == "的"][:1]
    # "区人大代表、某公司技术中心副主任X一开口": a seat, then an outside post, then the name
    with_post = "、" in clause[:cut]
    for s0 in starts:
        found = []
        top = min(cut, s0 + (40 if with_post else 24))
        # (a phrase with no seat word, as a sitting's lede "市十届人大常委会第九次会议…": only a start
        # that reads as a bare name may name a member, one the report names with a seat; the other
        # starts, each a label parse of its own, are not tried)
        bare_only = s0 + seatless(clause[s0:top]) if not with_post else -1
        for e in range(top, s0 + 2, -1):
            if cue_word_at(clause, e - 1):
                continue  # "赵二很想知道": the name's last character would open the cue
            if e <= bare_only and not may_be_bare(clause[s0:e]):
                continue
            sp = label_speaker(clause[s0:e], people) or (member_with_post(clause[s0:e]) if with_post else None)
            if sp is not None and sp.name and sp.role and is_congress_role(sp.role) \
                    and (chair_asks or not speaker_words().chair.search(sp.role)):
                if swallowed_next_word(sp.name, clause[e:], text) and shorter_name(clause[s0:e - 1], sp.name, people) \
                        and not dotted_ends_at(clause, sp.name, e):
                    continue  # "代表刘伟再次追问": 再 opens 再次 (loaders/name_span.py)
                found.append(sp)  # (the presiding chair quotes questions, members ask them)
        if found and (whole := dotted_whole(found, clause[s0:cut]) or minority_whole(found)) is not None:
            return whole
        if found and (before_de := _name_before_de(found, clause[s0:cut])) is not None:
            return before_de
        found = _given_name_read(found)
        if found:
            # The verb runs on after the name ("朱穗生一开口"): the name the report uses
            # again wins, else three characters, four only with a two-character surname.
            return min(found, key=lambda x: (-people.count(x.name), NAME_LENGTH_RANK.get(
                len(x.name) if len(x.name) < 4 or x.name[:2] in surnames() else 5, 9)))
    return None


NAME_LENGTH_RANK = {4: 0, 3: 1, 2: 2}
