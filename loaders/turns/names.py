"""Whether a word is a person's name (:func:`good_name`, :func:`not_a_name`, Tibetan and Mongolian
names), a congress seat (:func:`is_congress_role`), an office (``good_dept``) or a member of the public, and
what a speaker naming only a seat or post is."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation, read_words
from loaders.gazetteer import get_gazetteer
from loaders.places import place_words
from loaders.turns.model import Label, Speaker
from loaders.turns.words import long_verbs, turn_words, vocab, surnames

__all__ = ["not_name_chars", "minority_named", "minority_name", "minority_part", "public_speaks", "not_a_name",
           "splits_not_name_word", "may_name_speaker", "good_name", "is_congress_role", "good_dept", "seat_only",
           "fits_seat", "named_apart_from_seat"]


@functools.lru_cache(maxsize=1)
def _name_middle_chars() -> frozenset[str]:
    """Characters of not_name_chars.txt a given name may hold in its middle (data/name_middle_chars.txt)."""
    return frozenset(r.cells[0] for r in read_words("name_middle_chars.txt"))


@functools.lru_cache(maxsize=1)
def _name_end_chars() -> frozenset[str]:
    """Characters of not_name_chars.txt a three-character name may end with after a seat or post (data/name_end_chars.txt)."""
    return frozenset(r.cells[0] for r in read_words("name_end_chars.txt"))


@functools.lru_cache(maxsize=1)
def not_name_chars() -> frozenset[str]:
    """Characters a name never contains (data/not_name_chars.txt)."""
    out = set()
    for r in read_words("not_name_chars.txt"):
        if len(r.cells[0]) != 1:
            raise r.error(f"one character per line, got {r.cells[0]!r}")
        out.add(r.cells[0])
    return frozenset(out)


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


def minority_named(name: str) -> Label | None:
    """"扎西（副镇长）", "才让东智（镇人大代表）": before a post in brackets, a Tibetan or Mongolian
    given name with no surname (a part of minority_name_parts.txt first, two more characters at
    most) is the speaker's name; elsewhere such short names are too like words to be read alone."""
    if not 2 <= len(name) <= 5 or not _HAN_NAME.fullmatch(name):
        return None
    parts = vocab()["minority_parts"]
    if not any(name[:k] in parts and len(name) - k <= 2 for k in (2, 3)):
        return None
    return Label("speaker", Speaker(name=name), 0, bare=True)


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=4096)
def minority_name(name: str) -> bool:
    """Whether ``name`` is a Tibetan or Mongolian name written without a dot (才让多杰,
    桑吉卓玛): four characters or more, made wholly of given-name parts (it has no surname),
    four of which one half is such a part and the other half two characters no word holds,
    or three that are one such part (其其格, 其木格: their 其 is no pronoun there)."""
    parts = vocab()["minority_parts"]
    if len(name) == 3:
        return name in parts
    ends = {0}
    for i in range(len(name)):
        if i in ends:
            ends |= {i + k for k in (2, 3, 4) if name[i:i + k] in parts}
    if len(name) >= 4 and len(name) in ends:
        return True
    if len(name) != 4 or (name[:2] in parts) == (name[2:] in parts):
        return False
    # Four characters, one half a known part, the other two characters no word of the language
    # (the dictionary's segmenter knows none), holding none a name never holds and opening with no
    # adverb (再问, 还说): a part the list lacks (the parts are many more than any list holds), not
    # a known part run into the words after or before it (扎西表示, 委员卓玛, 扎西再问).
    other = name[2:] if name[:2] in parts else name[:2]
    tags = get_gazetteer().tags()
    return not set(other) & not_name_chars() and other not in tags and tags.get(other[0]) != "d"


def minority_part(name: str) -> bool:
    """Whether ``name`` is one part of a Mongolian or Tibetan given name of two characters
    (孟和, 那仁, 图门): a whole name after a seat or post, though no surname opens it."""
    return len(name) == 2 and name in vocab()["minority_parts"]


def public_speaks(phrase: str) -> bool:
    """Whether ``phrase`` (what introduces a speech) names a member of the public speaking
    ("旁听的村民代表王阿福也站起来发言", "有市民问"): no congress member, whatever is asked."""
    return turn_words().public.search(phrase) is not None


def not_a_name(name: str) -> bool:
    """Whether ``name`` holds a word no name contains (相关部门, 来源), or is four characters
    or more after a one-character surname: such a name has a compound surname (欧阳丽华) or a
    middle dot, else it is a clause (时还收到, cut out of 同时还收到代表建议)."""
    if _holds_not_name_word(name):
        return True
    return len(name) >= 4 and "·" not in name and name[:2] not in vocab()["surnames"] and not minority_name(name)


def splits_not_name_word(text: str, k: int) -> bool:
    """Whether ``text[k]`` is inside a word no name contains: "关组织组成人员", the tail of
    "相关组织组成人员", starts in the middle of 相关, and no speaker does."""
    return any(m.start() < k < m.end() for m in _not_name_words().finditer(text, max(0, k - 3), k + 3))


def may_name_speaker(name: str) -> bool:
    """Whether :func:`parse_head` may give ``name`` as its speaker's name: each of its readings
    checks a name with :func:`good_name`, the most leniently after a seat or post (``titled``),
    so a word failing that check is named by no label (attribution then parses none)."""
    return good_name(name, titled=True)


def named_apart_from_seat(name: str) -> bool:
    """Whether ``name`` reads as a name after an office's post but not right after a congress seat,
    its surname being a function word (和丽萍: "委员和丽萍" might be 委员 and more): after a seat it is a
    name when a space sets it apart ("委员 和丽萍：") or the report uses it bare elsewhere."""
    return good_name(name, titled=True, posted=True) and not good_name(name, titled=True, seated=True)


# (remembered: the labels and the speech reading ask of the same names again and again, ~2,100
# asks of ~1,000 names reading 50 reports; the answer depends on the name and the flags alone)
@functools.lru_cache(maxsize=16384)
def good_name(name: str | None, *, bare: bool = False, titled: bool = False, posted: bool = False,
               seated: bool = False, before_seat: bool = False) -> bool:
    """Whether ``name`` may be a person's name; ``titled``: a seat or post stands right before
    it, so a surname spelled as a level of place opens it ("委员区志明": 区 the surname);
    ``posted``: an office and its post ("厅长和建国"), ``seated``: a congress seat ("委员者文斌"),
    each the words a function-word surname may follow; ``before_seat``: a congress seat right after
    it ("苏和委员")."""
    if not name:
        return True
    if "·" in name:
        return True
    if len(name) >= 3 and minority_name(name):
        return not _holds_not_name_word(name)  # (乌云其木格: 其 is a name's part here, no pronoun)
    if (titled or before_seat) and minority_part(name):
        # (after a seat or post, a Mongolian or Tibetan name of one part: 委员那仁, 副主任孟和; or
        # before a seat, 苏和委员)
        return True
    if len(name) >= 5:
        return False  # (five characters and more only for those names: 陆长青接着 is a name and a word)
    # (all four built on the first name)
    not_name, middle, end, level = not_name_chars(), _name_middle_chars(), _name_end_chars(), _level_surnames()
    odd = [k for k, c in enumerate(name) if c in not_name]
    if titled and odd == [0] and len(name) == 3 and (name[0] in level or (posted and name[0] in _word_surnames())
                                                     or (seated and name[0] in _seat_word_surnames())):
        odd = []  # (after a seat the place word would have to open an office: 区志明 is no office)
    if before_seat and odd == [0] and len(name) == 3 and name[0] in level:
        odd = []  # (before a seat too, "区志明委员": a place before a seat is the member's congress, 区人大代表)
    if titled and odd == [2] and len(name) == 3 and name[2] in end and name[0] in vocab()["surnames"]:
        odd = []  # (after a seat or post, 和 may close a given name: 委员孟庆和问)
    if not bare and odd == [3] and len(name) == 4 and name[:2] in vocab()["clans"] and name[3] in vocab()["clan_ends"]:
        # (after a seat or post, or before one, 则 may close a Yi name: 局长沙马拉则, 阿苏拉则代表（…）：;
        # a bare name with no post about it stays unread, 则 there may be "then")
        odd = []
    if odd and not (not bare and odd == [1] and len(name) == 3 and name[1] in middle
                    and name[0] in vocab()["surnames"]):
        return False  # (黄为民 after a post: 为 in the middle of a given name)
    if _holds_not_name_word(name) or name[0] in "一二三四五六七八九十":
        return False
    if (len(name) >= 3 and name.endswith("说")) or name.startswith(long_verbs()):
        return False  # "副区长回应说：", "市粮食局局长梁志坚说：": the verb, not the name
    if bare:
        s = vocab()["surnames"]
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


@functools.lru_cache(maxsize=4096)  # (a few dozen roles, asked ~1,000 times reading 50 reports)
def is_congress_role(role: str) -> bool:
    """市人大常委会委员, 人大代表, 委员 — but not 市发改委主任 (a department head)."""
    words = turn_words()
    return any(w in role for w in words.congress_body) or role in words.congress_seats


@functools.lru_cache(maxsize=16384)  # (~200 offices, asked ~1,100 times reading 50 reports)
def good_dept(dept: str | None) -> bool:
    """No congress body, and no sentence glued in front ("请问市科技局")."""
    words = turn_words()
    return not dept or not (any(w in dept for w in words.not_office) or words.not_office_start.match(dept))


def seat_only(sp: Speaker) -> bool:
    """A label's speaker naming at most a seat or post ("代表问：", "局长答："), nobody."""
    return not sp.name and not sp.department


def fits_seat(seat: Speaker, sp: Speaker) -> bool:
    """``sp`` may be the person of a label giving ``seat``: a member under a member's label,
    an official under a post's."""
    return bool(sp.name) and (not seat.role or bool(sp.role)) and (not seat.title or bool(sp.title or sp.department))
