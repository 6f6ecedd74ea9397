"""Readings of one speaker phrase against the people known: whole (post and name), named (a name alone)
and by the label grammar of :mod:`loaders.turns`, each remembered per phrase."""

from __future__ import annotations

import functools
import re

# (imported here for the readings that ask them per phrase: an import statement run per call was ~1 µs)
from loaders.departments import leader_office
from loaders.places import is_place
from loaders.turns import (Speaker, is_congress_role, may_name_speaker, minority_name, minority_part, not_a_name,
                           parse_head, surnames)
from loaders.attribution.words import speaker_words
from loaders.attribution.people import NAME_RX, People, title_set

__all__ = ["whole_speaker", "named_speaker", "anonymous_speaker", "is_department", "label_speaker", "label_reading",
           "surname_first"]


def _is_person(sp: Speaker) -> bool:
    return bool(sp.name or sp.department or (sp.title and sp.title not in speaker_words().chair_titles))


def whole_speaker(head: str, people: People) -> Speaker | None:
    if not head:
        return None
    if head in speaker_words().pronouns:
        return _read_whole_speaker(head, people)  # (people.last: no reading to remember)
    return people.reading(_read_whole_speaker, head)


def named_speaker(head: str, people: People) -> Speaker | None:
    """``whole_speaker(head)`` when that names someone, else None. A try that needs a name (a
    prefix of a speaker phrase, the manner after it) skips the readings that never give one
    (an office, a post alone, a place's leader): those were half the cost of each try."""
    if not head:
        return None
    if head in speaker_words().pronouns:
        sp = _read_whole_speaker(head, people)
        return sp if sp is not None and sp.name else None
    return people.reading(_read_named_speaker, head)


def _read_named_speaker(head: str, people: People) -> Speaker | None:
    """:func:`_read_whole_speaker`'s named readings, in its order (a pronoun excepted)."""
    if not _may_read_named(head) and head not in people.by_name and people.by_title(head) is None:
        return None  # (no reading of the phrase itself can give anyone, nor a lookup of it)
    return _named_reading(head, people)


def _named_reading(head: str, people: People) -> Speaker | None:
    """The named readings of ``head`` without _read_named_speaker's screen."""
    if speaker_words().anonymous.fullmatch(head):
        return None  # (the role only)
    sp = people.named(head) or people.by_surname_title(head) or people.by_title(head) or _name_then_seat_post(head, people) \
        or label_speaker(head, people)
    if sp is not None:
        return sp if sp.name else None
    firm = _firm_head(head)
    # the firm's head only when no office, post alone or place's leader reads the phrase first
    if firm is None or is_department(head) or _post_alone(head) or _place_leader(head):
        return None
    return firm


def _read_whole_speaker(head: str, people: People) -> Speaker | None:
    if not _may_read_whole(head) and head not in people.by_name and people.by_title(head) is None:
        return None  # (no reading of the phrase itself can give anyone, nor a lookup of it)
    return _whole_reading(head, people)


def _whole_reading(head: str, people: People) -> Speaker | None:
    """The readings of ``head`` as a whole without _read_whole_speaker's screen."""
    if m := speaker_words().anonymous.fullmatch(head):  # an asker the report does not name
        return anonymous_speaker(m)
    if head in speaker_words().pronouns:
        return people.last
    known = people.named(head) or people.by_surname_title(head) or people.by_title(head) \
        or _name_then_seat_post(head, people)
    if known is not None:
        return known
    sp = label_speaker(head, people)
    if sp is None and is_department(head):
        sp = Speaker(department=head)  # "林业局也一一作了回答"
    if sp is None and _post_alone(head):
        sp = Speaker(title=head)  # "（分管）副县长回答，…": an official by post alone
    if sp is None:
        sp = _place_leader(head)
    if sp is None:
        sp = _firm_head(head)  # "天津港集团副总经理王海说": a firm's head answers too
    return sp


# What the readings of a speaker phrase give whoever the report names (remembered: the speaker
# phrases of a report, and their prefixes, are asked again after each person it names, and
# reports repeat their phrases). A phrase for which none gives anything, that is no name the
# report knows and no post of one, reads as nobody: most phrases before a cue word so.
@functools.lru_cache(maxsize=16384)
def _may_read_named(head: str) -> bool:
    """Whether :func:`_read_named_speaker` may read ``head`` as someone, ``head`` being no key of
    the people's names or posts: a name the report may name with a post (People.named looks it
    up), a surname with a post or seat (by_surname_title), a label the grammar reads as a person
    or a bare name, a firm's head."""
    if speaker_words().anonymous.fullmatch(head):
        return False
    return bool(NAME_RX.fullmatch(head) and may_name_speaker(head)) or _may_be_surname_title(head) \
        or label_reading(head)[0] is not None or _firm_head(head) is not None


@functools.lru_cache(maxsize=16384)
def _may_read_whole(head: str) -> bool:
    """Whether :func:`_read_whole_speaker` may read ``head`` as someone, ``head`` being no key of
    the people's names or posts (as :func:`_may_read_named`, and the readings of no name)."""
    if speaker_words().anonymous.fullmatch(head) or head in speaker_words().pronouns:
        return True
    return bool(NAME_RX.fullmatch(head) and may_name_speaker(head)) or _may_be_surname_title(head) \
        or label_reading(head)[0] is not None or is_department(head) or _post_alone(head) \
        or _place_leader(head) is not None or _firm_head(head) is not None


def _may_be_surname_title(head: str) -> bool:
    """Whether :meth:`People.by_surname_title` looks anyone up for ``head``: it ends in a title
    after one or two characters, or (two to four characters) in a member's seat."""
    if len(head) > 10:
        return False
    known = title_set()
    if any(n >= 1 and head[-n:] in known for n in (len(head) - 1, len(head) - 2)):
        return True
    return 2 <= len(head) <= 4 and any(head.endswith(w) for w in speaker_words().member_seats)


def _name_then_seat_post(head: str, people: People) -> Speaker | None:
    """"于某某主任" (a name, then the end of the congress post the report gives that person,
    "县人大常委会主任于某某主持"): that member, not an official of the post 主任."""
    for k in (2, 3, 4):
        post = head[k:]
        if not post or post not in title_set():
            continue
        sp = people.named(head[:k])
        if sp is not None and sp.name == head[:k] and sp.role and is_congress_role(sp.role) and sp.role.endswith(post):
            return sp
    return None


def _post_alone(head: str) -> bool:
    """A post that names an official alone (副县长), not a congress seat nor a chair's title."""
    return head in title_set() and not is_congress_role(head) and head not in speaker_words().chair_title_posts


def _firm_head(head: str) -> Speaker | None:
    """"天津港集团副总经理王海": a firm's head named with the firm, the post and the name (the
    firm is no office: it has no type)."""
    m = speaker_words().firm_head.fullmatch(head)
    if m is None or not surname_first(m["name"]) or not_a_name(m["name"]):
        return None
    return Speaker(name=m["name"], title=m["title"], department=m["firm"])


def _place_leader(head: str) -> Speaker | None:
    """"萨尔图区区长", "长沙县副县长": a place's government leader by post alone, no name
    (the government of that place is the office)."""
    # The post is a title that leader_office reads: only the lengths of those are tried, longest
    # first as a split from the left would (a split per character, ~2 µs a phrase, was 3 % of a
    # 1 MB file: every speaker phrase is asked).
    posts, lengths = _leader_titles()
    for n in lengths:
        if 2 <= n <= len(head) - 2 and (post := head[-n:]) in posts:
            place = head[:-n]
            office = leader_office(post)
            if place.endswith(office[0]) and is_place(place):
                return Speaker(title=post, department=place + office[1:])
    return None


@functools.lru_cache(maxsize=1)
def _leader_titles() -> tuple[frozenset[str], tuple[int, ...]]:
    """The titles that name a government's leader (副县长), and their lengths, longest first."""
    from loaders.departments import leader_office

    posts = frozenset(t for t in title_set() if leader_office(t))
    return posts, tuple(sorted({len(t) for t in posts}, reverse=True))


def anonymous_speaker(m: re.Match[str]) -> Speaker:
    """The member an ``anonymous`` match counts ("市人大常委会一位姓赵的委员"): the role only."""
    role = m["role"].strip("“”")
    role = "委员" if role in speaker_words().anonymous_askers else role
    return Speaker(role=(m["org"] + role) if "人大" in m["org"] else role)


@functools.lru_cache(maxsize=8192)  # (a function of the phrase alone; each resolution costs a script conversion)
def is_department(head: str) -> bool:
    from loaders.departments import resolve_department

    d = resolve_department(head, None)
    return d is not None and len(head) <= 20  # (an office of no type, 气象局, is an office too)


def label_speaker(head: str, people: People) -> Speaker | None:
    sp, bare = label_reading(head)
    # (only a bare name depends on whom the report names: the rest is the grammar's reading)
    return people.reading(_read_label_speaker, head) if bare else sp


def _read_label_speaker(head: str, people: People) -> Speaker | None:
    sp, bare = label_reading(head)
    if bare:
        # A bare name speaks only if the report names the person with a post.
        return people.named(sp.name or "")
    return sp


@functools.lru_cache(maxsize=16384)  # (a function of the phrase alone)
def label_reading(head: str) -> tuple[Speaker | None, bool]:
    """:func:`_read_label_speaker` before it looks anyone up: the speaker the label grammar reads
    in ``head``, and whether that is a bare name (which speaks only if the report names it)."""
    label = parse_head(head)
    if label is None or label.kind == "other":
        return None, False
    sp = label.speaker
    if label.bare:
        return sp, True
    if sp.role and not is_congress_role(sp.role):
        return None, False
    # ("旗财政局局长图门": a Mongolian name of one part after a post, no surname: the grammar read it titled)
    if sp.name and "·" not in sp.name and (not (surname_first(sp.name) or minority_part(sp.name))
                                            or len(set(sp.name)) == 1 or not_a_name(sp.name)):
        return None, False  # "区水务局负责人到会接受询问": 到会接受 is no name; nor are 连连 and 相关部门
    return (sp if _is_person(sp) or sp.role else None), False


def surname_first(name: str) -> bool:
    s = surnames()
    return name[0] in s or name[:2] in s or minority_name(name)  # (才让多杰: no surname)
