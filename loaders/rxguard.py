"""A first-character guard for regexes scanned over whole texts, same matches, fewer tries.

Python's ``re`` skips ahead quickly only when a pattern starts with a literal or
a plain character set. Our scanning patterns start with a lookbehind
(``(?<![\\d年])(?P<m>…)月``) or an alternation of groups (the speech cues: a
hundred words, each in its own branch), so the engine tries every branch at
every position of the text. :func:`guarded` reads the pattern's parse tree for
the characters a match can begin with and puts them in front as a lookahead:
most positions then fail on one set test. The guard admits every character a
match can start with, so the guarded pattern finds exactly the same matches
(spans and groups) at the same positions; a pattern whose first character
cannot be bounded (one that can match the empty string, ``.``, a
back-reference, case folding) is returned unchanged, and so is one that starts
with a literal or a set (``re`` skips ahead on those itself, faster).

>>> import re
>>> guarded(re.compile(r"(?<!\\d)(?:\\d{1,2}|[一二三])月")).pattern
'(?=[\\\\d一二三])(?:(?<!\\\\d)(?:\\\\d{1,2}|[一二三])月)'
>>> guarded(re.compile(r"(?:a|b)?")).pattern  # can match nothing: no guard
'(?:a|b)?'
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator

try:  # CPython's own parser of patterns (3.11+): private, so a Python without it gets no guard
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    _c = _p = None

__all__ = ["guarded", "anchored", "Anchored", "AtStarts", "StartScan", "start_scanned", "required_chars", "required_sets", "may_consume", "final_chars"]

_CATEGORY = {} if _c is None else {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


@functools.lru_cache(maxsize=2)
def _parsed(pattern: str, flags: int):
    """The parse tree of a pattern (read, never changed): :func:`guarded` and
    :func:`start_scanned` of one pattern parse it once (the speech cues: ~30 ms)."""
    return _p.parse(pattern, flags)


class _Unbounded(Exception):
    """The pattern's first character cannot be stated as character sets."""


def _char(code: int) -> str:
    c = chr(code)
    return "\\" + c if c in "-]\\^[" else re.escape(c)


def _set(items) -> tuple[bool, str]:
    """(negated, class body) of one parsed character set."""
    negated, body = False, []
    for op, av in items:
        if op is _c.NEGATE:
            negated = True
        elif op is _c.LITERAL:
            body.append(_char(av))
        elif op is _c.RANGE:
            body.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORY:
            body.append(_CATEGORY[av])
        else:
            raise _Unbounded
    return negated, "".join(body)


def _first(seq) -> tuple[list[tuple[bool, str]], bool]:
    """Sets the first character of a match of the parsed ``seq`` falls in, and whether
    ``seq`` can match the empty string (then what follows it may supply that character)."""
    sets: list[tuple[bool, str]] = []
    for op, av in seq:
        if op is _c.LITERAL:
            return sets + [(False, _char(av))], False
        if op is _c.NOT_LITERAL:
            return sets + [(True, _char(av))], False
        if op is _c.IN:
            return sets + [_set(av)], False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags inside: (?i:…)
                raise _Unbounded
            more, empty = _first(av[3])
        elif op is _c.ATOMIC_GROUP:
            more, empty = _first(av)
        elif op is _c.BRANCH:
            more, empty = [], False
            for alternative in av[1]:
                alt_sets, alt_empty = _first(alternative)
                more += alt_sets
                empty = empty or alt_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            more, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is _c.ASSERT and av[0] == 1:
            # A lookahead that must consume a character: the match starts with that character.
            ahead, ahead_empty = _first(av[1])
            if not ahead_empty:
                return sets + ahead, False
            continue
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: says nothing certain about the next character
        else:
            raise _Unbounded
        sets += more
        if not empty:
            return sets, False
    return sets, True


def _skips_already(seq) -> bool:
    """Whether ``re`` finds a literal prefix or first-character set itself (a guard would
    only add a test at each position it already skips to)."""
    while seq and seq[0][0] is _c.SUBPATTERN and not (seq[0][1][1] or seq[0][1][2]):
        seq = seq[0][1][3]
    if not seq:
        return False
    op, av = seq[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    return op is _c.BRANCH and all(alt and alt[0][0] is _c.LITERAL for alt in av[1])


def guarded(rx: re.Pattern[str], *, pairs: bool = False) -> re.Pattern[str]:
    """``rx`` behind a lookahead of the characters its matches can start with (see the module).

    A pattern that is an alternation at its top gets a lookahead of its own before each
    branch too: where a character admits the whole pattern, ``re`` still enters every branch
    in turn, and one whose words start otherwise then fails on one set test (the speech cues'
    fourteen branches: their scan of a 1 MB file 0.042 s -> 0.030 s).

    ``pairs``: a second lookahead after the first tests the first two characters (see
    :func:`_pair_guard`): worth it for a pattern whose first characters are common ones (the
    speech cues start on 的, 一, 发, 作 and every comma, one position in seven of a report,
    and each such position entered all fifteen branches)."""
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return rx
    try:
        parsed = _parsed(rx.pattern, rx.flags)
        if parsed.state.flags & re.IGNORECASE or _skips_already(parsed.data):
            return rx
        guard = _guard(parsed.data)
    except (_Unbounded, re.error):
        return rx
    if guard is None:
        return rx
    if pairs:
        try:
            guard += _pair_guard(parsed.data) or ""
        except _Unbounded:
            pass
    try:
        return re.compile(f"{guard}(?:{_branches_guarded(rx, parsed)})", rx.flags)
    except re.error:  # a global inline flag ("(?x)…") must stay first: leave the pattern alone
        return rx


def _guard(seq) -> str | None:
    """The lookahead of the characters a match of the parsed ``seq`` can start with, or None
    when they cannot be bounded (raises _Unbounded for constructs the walk does not know)."""
    sets, empty = _first(seq)
    if empty or not sets:
        return None
    plain = "".join(dict.fromkeys(body for negated, body in sets if not negated))
    classes = ([f"[{plain}]"] if plain else []) + list(dict.fromkeys(f"[^{b}]" for n, b in sets if n))
    return f"(?={'|'.join(classes)})"


#: Past this many steps of the walk of :func:`_prefixes` (a pattern of many long branches) the
#: pairs are not worth their reading: no pair guard.
_PAIR_BUDGET = 50_000
_END = (False, "$")  # a path that holds only where the text ends ($ after the first character)


def _prefixes(seq, k: int = 2) -> set[tuple[tuple[bool, str], ...]]:
    """The sets the first ``k`` characters of a match of the parsed ``seq`` fall in, one tuple
    per path through the parse tree. A tuple shorter than ``k`` leaves what follows open (the
    match may end there, or the walk does not bound the next character), so every match's
    first characters fall in the sets of some tuple: the guard built from them admits every
    position a match starts at. A path whose first character is not bounded raises
    _Unbounded.

    Zero-width items (lookbehinds, negative lookaheads, anchors) are passed over: they only
    narrow which paths succeed. A lookahead is read where it bounds more than what follows it
    (its text must be there), and ``$`` is kept as the end marker ``_END``."""
    out: set[tuple[tuple[bool, str], ...]] = set()
    steps = [_PAIR_BUDGET]

    def walk(items: tuple, got: tuple, depth: int) -> None:
        steps[0] -= 1
        if steps[0] < 0:
            raise _Unbounded
        if len(got) >= k or not items:
            out.add(got[:k])
            return
        if depth > 100:  # a repeat of something that may match nothing: stop bounding here
            if not got:
                raise _Unbounded
            out.add(got)
            return
        (op, av), rest = items[0], items[1:]
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN):
            try:
                one = (op is _c.NOT_LITERAL, _char(av)) if op is not _c.IN else _set(av)
            except _Unbounded:
                if not got:
                    raise
                out.add(got)
                return
            walk(rest, got + (one,), depth + 1)
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            walk(tuple(av[3]) + rest, got, depth + 1)
        elif op is _c.ATOMIC_GROUP:
            walk(tuple(av) + rest, got, depth + 1)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                walk(tuple(alternative) + rest, got, depth + 1)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if lo == 0:
                walk(rest, got, depth + 1)
            if hi != 0:
                again = (op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, sub))
                walk(tuple(sub) + (again,) + rest, got, depth + 1)
        elif op is _c.ASSERT and av[0] == 1:
            try:
                ahead = _prefixes(av[1], k - len(got))
            except _Unbounded:
                ahead = {()}
            if () in ahead:  # the lookahead may hold with nothing read: what follows it bounds more
                walk(rest, got, depth + 1)
            else:
                out.update(got + p for p in ahead)
        elif op is _c.AT and av is _c.AT_END:
            out.add(got + (_END,))
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            walk(rest, got, depth + 1)
        else:  # a back-reference, a conditional, any character …
            if not got:
                raise _Unbounded
            out.add(got)

    walk(tuple(seq), (), 0)
    return out


def _pair_guard(seq) -> str | None:
    """A lookahead of the first two characters of a match of the parsed ``seq``: one of the
    sets a first character alone admits, or a first character of a two-character start followed
    by a second one of any of them (the union of the pairs: looser than the pairs themselves,
    but one test of two sets, not a branch per pair). None when no start is bounded past its
    first character."""
    singles: list[tuple[bool, str]] = []
    firsts: list[str] = []
    seconds: list[str] = []
    end = False
    for p in sorted(_prefixes(seq)):  # (sorted: the same pattern text in every process)
        if not p or p[0] is _END:
            return None  # a match may be empty at the end of the text
        if len(p) == 1 or p[0][0] or (p[1][0] and p[1] is not _END):
            singles.append(p[0])  # the first character alone (a negated set is no union member)
        elif p[1] is _END:
            firsts.append(p[0][1])
            end = True
        else:
            firsts.append(p[0][1])
            seconds.append(p[1][1])
    if not firsts:
        return None
    alternatives = []
    plain = "".join(dict.fromkeys(body for negated, body in singles if not negated))
    if plain:
        alternatives.append(f"[{plain}]")
    alternatives += list(dict.fromkeys(f"[^{body}]" for negated, body in singles if negated))
    second = f"[{''.join(dict.fromkeys(seconds))}]" if seconds else ""
    second = f"(?:{second}|$)" if end and second else "$" if end else second
    alternatives.append(f"[{''.join(dict.fromkeys(firsts))}]{second}")
    return f"(?={'|'.join(alternatives)})"


def _branches_guarded(rx: re.Pattern[str], parsed) -> str:
    """``rx``'s pattern with a guard before each branch of its top alternation that does not
    open with a character or a set (re tests those itself); the pattern as it is when it has
    no top alternation or its text does not split into exactly the branches re parsed."""
    if len(parsed.data) != 1 or parsed.data[0][0] is not _c.BRANCH or rx.flags & re.VERBOSE \
            or parsed.state.flags & re.VERBOSE:
        return rx.pattern
    pieces = _top_branches(rx.pattern)
    if len(pieces) != len(parsed.data[0][1][1]):
        return rx.pattern
    out = []
    for piece in pieces:
        try:
            seq = _p.parse(piece, rx.flags | parsed.state.flags).data
            guard = None if seq and seq[0][0] in (_c.LITERAL, _c.IN) else _guard(seq)
        except (_Unbounded, re.error):
            guard = None
        out.append(f"{guard}(?:{piece})" if guard else piece)
    return "|".join(out)


def _top_branches(pattern: str) -> list[str]:
    """The text of ``pattern`` split at each ``|`` outside groups, sets and escapes."""
    pieces, start, depth, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a set: "]" right after "[" or "[^" is a member, not its end
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


def _required(seq) -> set[str]:
    """Characters every match of the parsed ``seq`` contains (literals outside optional parts)."""
    need: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            need.add(chr(av))
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            need |= _required(av[3])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            need |= _required(av[2])
        elif op is _c.BRANCH:
            need |= set.intersection(*(_required(alt) for alt in av[1]))
    return need


def may_consume(rx: re.Pattern[str], ch: str) -> bool:
    """Whether some match of ``rx`` may consume the character ``ch``. False is a proof (no
    path of the parse tree reads ``ch``), so a caller may skip the pattern on any string
    holding ``ch`` where it must match all of it; anything the walk cannot bound (a class
    category, a back-reference, case folding, a Python without the parser) answers True."""
    if _p is None or rx.flags & re.IGNORECASE:
        return True
    code = ord(ch)

    def in_set(items) -> bool:
        negated, hit = False, False
        for op, av in items:
            if op is _c.NEGATE:
                negated = True
            elif op is _c.LITERAL:
                hit = hit or av == code
            elif op is _c.RANGE:
                hit = hit or av[0] <= code <= av[1]
            else:
                return True  # a category (\w, \s …): not bounded here
        return hit != negated

    def reads(seq) -> bool:
        for op, av in seq:
            if op is _c.LITERAL:
                found = av == code
            elif op is _c.NOT_LITERAL:
                found = av != code
            elif op is _c.IN:
                found = in_set(av)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                found = reads(av[2])
            elif op is _c.SUBPATTERN:
                found = reads(av[3])
            elif op is _c.ATOMIC_GROUP:
                found = reads(av)
            elif op is _c.BRANCH:
                found = any(reads(alt) for alt in av[1])
            elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
                found = False  # lookarounds and anchors consume nothing
            else:
                found = True  # ANY, a back-reference, a conditional …: not bounded
            if found:
                return True
        return False

    return reads(_p.parse(rx.pattern, rx.flags))


def required_chars(rx: re.Pattern[str]) -> str:
    """Characters every match of ``rx`` contains, so a text lacking one of them needs no try
    (the noise rules, tried on every paragraph, mostly end in a word few paragraphs hold).

    >>> required_chars(re.compile(r".{0,9}?(?:记者|通讯员)?[一-龥]{2,4}\\s*摄[。.]?"))
    '摄'
    >>> required_chars(re.compile(r"(?i)photo"))  # case folding: no letter is certain
    ''
    >>> required_chars(re.compile(r"(?i)[a-z]{2,40}\\.(?:jpe?g|png)"))  # but a character with no case is
    '.'
    """
    if _p is None or not isinstance(rx.pattern, str):
        return ""
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except re.error:
        return ""
    need = _required(parsed.data)
    if (rx.flags | parsed.state.flags) & re.IGNORECASE:
        # Case folding matches a letter by its other cases; a character that has none
        # (punctuation, digits, Chinese) matches only itself.
        need = {c for c in need if c.lower() == c == c.upper()}
    return "".join(sorted(need))


class Anchored:
    """``finditer`` of a pattern tried only where a match can start: a few characters
    before each occurrence of a character every match holds at a bounded offset (月 two or
    three characters in, for ``(?<!\\d)(?P<m>\\d{1,2})月…``). A guard still stops the engine
    at every digit and numeral of a report; the anchor character is found by one C scan."""

    def __init__(self, rx: re.Pattern[str], anchor: re.Pattern[str], lo: int, hi: int) -> None:
        self.rx, self.anchor, self.lo, self.hi = rx, anchor, lo, hi
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``self.rx.finditer(text)`` yields, in the same order.

        A match starting at ``s`` holds the anchor at ``s + w`` with ``lo <= w <= hi``, so
        the starts tried, in increasing order and past the last match, cover every start
        the engine would find a match at; ``match`` at ``s`` reads the text before ``s``
        for lookbehinds as ``finditer`` does."""
        match, lo, hi = self.rx.match, self.lo, self.hi
        nxt = 0  # the first start not yet tried (and not inside the last match)
        for a in self.anchor.finditer(text):
            k = a.start()
            s = max(k - hi, nxt)
            while s <= k - lo:
                m = match(text, s)
                if m is not None:
                    yield m
                    s = max(m.end(), s + 1)
                    nxt = s
                    continue
                s += 1
                nxt = s


class AtStarts:
    """``rx.finditer`` tried only at the starts ``starts(text)`` lists, increasing, among which
    stands every start a match of ``rx`` can have: the same matches, in the same order (a match
    found at ``s``, the next is looked for from its end). ``starts`` finds them by ``str.find``
    of a word every match holds at a known place, one C scan per word, where re scanned the
    text for a set of characters and tried the pattern there (dates' full dates before each 年,
    session's named committees before each 人大常委会)."""

    def __init__(self, rx: re.Pattern[str], starts: Callable[[str], Iterable[int]]) -> None:
        self.rx, self.starts = rx, starts
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, pos = self.rx.match, 0
        for s in self.starts(text):
            if s >= pos and (m := match(text, s)) is not None:
                yield m
                pos = m.end()


class StartScan:
    """``rx.finditer(text, pos, endpos)`` tried only where ``scan`` finds a place a match can
    start: the same matches, in the same order. ``scan`` matches one character, where a
    match's first two characters can stand (:func:`start_scanned` builds it); ``re`` skips to
    those places in C on a leading set, where ``rx`` (which opens with a lookahead guard)
    was entered at every character that opens any branch (the speech cues: every comma,
    的, 一, 作 …, each trying the pattern's branches).

    After a match ending at ``e`` the next is looked for from ``e``; after an empty one at
    ``p``, from ``p + 1``: :func:`start_scanned` builds one only when no match that reads a
    character can start where an empty one can (``finditer`` would try one there first)."""

    def __init__(self, rx: re.Pattern[str], scan: re.Pattern[str]) -> None:
        self.rx, self.scan = rx, scan
        self.pattern, self.flags, self.groups = rx.pattern, rx.flags, rx.groups

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        match, search = self.rx.match, self.scan.search
        while (s := search(text, pos, endpos)) is not None:
            p = s.start()
            if (m := match(text, p, endpos)) is None:
                pos = p + 1
                continue
            yield m
            pos = e if (e := m.end()) > p else p + 1


_READS = () if _c is None else (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_REPEATS = () if _c is None else (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def _must_read(seq) -> bool:
    """Whether every match of the parsed ``seq`` reads a character (unsure: False)."""
    for op, av in seq:
        if op in _READS:
            return True
        if op is _c.SUBPATTERN and _must_read(av[3]) or op is _c.ATOMIC_GROUP and _must_read(av):
            return True
        if op is _c.BRANCH and all(_must_read(alt) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _must_read(av[2]):
            return True
    return False


def _may_read(seq) -> bool:
    """Whether a match of the parsed ``seq`` may read a character (unsure: True)."""
    for op, av in seq:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        if op is _c.SUBPATTERN:
            if _may_read(av[3]):
                return True
        elif op is _c.BRANCH:
            if any(_may_read(alt) for alt in av[1]):
                return True
        elif op in _REPEATS:
            if av[1] != 0 and _may_read(av[2]):
                return True
        else:
            return True
    return False


def _class(s: tuple[bool, str]) -> str:
    return "$" if s is _END else f"[{'^' if s[0] else ''}{s[1]}]"


def _union(classes: set[str]) -> str:
    """The classes (``[…]``, ``[^…]``, ``$``) as one alternation, the plain ones as one class."""
    plain = sorted(c for c in classes if c.startswith("[") and not c.startswith("[^"))
    rest = sorted(c for c in classes if c not in plain)
    return "|".join(([f"[{''.join(c[1:-1] for c in plain)}]"] if plain else []) + rest)


def start_scanned(raw: re.Pattern[str], rx: re.Pattern[str] | None = None) -> StartScan | None:
    """A :class:`StartScan` of ``rx`` (by default ``raw``; ``rx`` may be ``raw`` guarded, the
    same matches), its places read from the parse tree of ``raw``: each first character of a
    match, with the characters that can follow it (see :func:`_prefixes`). None when they
    cannot be bounded, or when a branch that may match nothing can start where a branch that
    reads can (then ``finditer`` and the scan might differ after an empty match)."""
    if _p is None or not isinstance(raw.pattern, str) or raw.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _parsed(raw.pattern, raw.flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        seq = parsed.data
        branches = seq[0][1][1] if len(seq) == 1 and seq[0][0] is _c.BRANCH else [seq]
        empty_firsts, reading_firsts = [], []
        for branch in branches:
            firsts = {p[:1] for p in _prefixes(branch, 1)}
            if not _must_read(branch):
                if any(not p or p[0] is _END or p[0][0] for p in firsts):
                    return None  # an empty match not bounded to a set of characters
                empty_firsts += [p[0] for p in firsts]
            if _may_read(branch):
                if any(not p or p[0] is _END for p in firsts):
                    return None
                reading_firsts += [p[0] for p in firsts]
        if empty_firsts:
            chars = set()
            for _, body in empty_firsts:
                op, av = _p.parse(f"[{body}]").data[0]
                one = {chr(av)} if op is _c.LITERAL else _set_chars(av) if op is _c.IN else None
                if one is None:
                    return None
                chars |= one
            reads = re.compile("|".join(_class(s) for s in reading_firsts))
            if any(reads.match(c) for c in chars):
                return None
        after: dict[tuple[bool, str], set[str]] = {}
        for p in _prefixes(seq, 2):
            if not p or p[0] is _END:
                return None
            follow = after.setdefault(p[0], set())
            follow.add("" if len(p) == 1 else _class(p[1]))
        if any(negated for negated, _ in after):
            return None
        # One branch per first character, each opening with it: re skips to the places one of
        # them stands at in C, and tries there only the branch whose character it is.
        follows: dict[str, set[str]] = {}
        for (_, body), follow in after.items():
            op, av = _p.parse(f"[{body}]").data[0]
            chars = {chr(av)} if op is _c.LITERAL else _set_chars(av) if op is _c.IN else None
            if chars is None:
                return None
            for ch in chars:
                follows.setdefault(ch, set()).update(follow)
        alternatives = [re.escape(ch) + ("" if "" in follow else f"(?={_union(follow)})")
                        for ch, follow in sorted(follows.items())]
        scan = re.compile("|".join(alternatives), raw.flags)
    except (_Unbounded, re.error):
        return None
    return StartScan(rx if rx is not None else raw, scan)


def _flat(seq):
    """The items of ``seq`` with the groups that always match once opened in place."""
    for op, av in seq:
        if op is _c.SUBPATTERN and not (av[1] or av[2]):
            yield from _flat(av[3])
        else:
            yield op, av


def anchored(rx: re.Pattern[str]) -> Anchored | re.Pattern[str]:
    """``rx`` as an :class:`Anchored` where a literal or a set of the pattern's top level
    stands at a bounded offset from the start of every match; else ``rx`` itself."""
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return rx
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
        if parsed.state.flags & re.IGNORECASE:
            return rx
        lo = hi = 0
        for op, av in _flat(parsed.data):
            if op is _c.LITERAL:
                return Anchored(rx, re.compile(re.escape(chr(av))), lo, hi)
            if op is _c.IN:
                negated, body = _set(av)
                return Anchored(rx, re.compile(f"[{'^' if negated else ''}{body}]"), lo, hi)
            w_lo, w_hi = _p.SubPattern(parsed.state, [(op, av)]).getwidth()
            if w_hi >= _c.MAXREPEAT:
                return rx  # the offset of what follows is unbounded
            lo, hi = lo + w_lo, hi + w_hi
    except (_Unbounded, re.error):
        return rx
    return rx


#: A set of more characters than this says little (a range of all Han characters) and costs
#: a test per character of each string checked: not kept as a requirement.
_MAX_SET = 300


def _set_chars(items) -> frozenset[str] | None:
    """The characters of a parsed set of literals and ranges (None: negated, a category, too large)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_SET:
            out.update(chr(k) for k in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(out) if len(out) <= _MAX_SET else None


def _need_sets(seq) -> list[frozenset[str]]:
    """Sets of characters such that every match of the parsed ``seq`` holds one of each."""
    need: list[frozenset[str]] = []
    for op, av in seq:
        if op is _c.LITERAL:
            need.append(frozenset(chr(av)))
        elif op is _c.IN:
            chars = _set_chars(av)
            if chars is not None:
                need.append(chars)
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            need += _need_sets(av[3])
        elif op is _c.ATOMIC_GROUP:
            need += _need_sets(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            need += _need_sets(av[2])
        elif op is _c.BRANCH:
            # Each alternative holds one of its own sets; the last of every alternative
            # (a word's last character), joined, is a set every match of the branch holds one of.
            alts = [_need_sets(alt) for alt in av[1]]
            if all(alts):
                joined = frozenset().union(*(alt[-1] for alt in alts))
                if len(joined) <= _MAX_SET:
                    need.append(joined)
        # anything else (lookarounds, anchors, any character, back-references, optional
        # parts) requires nothing
    return need


def required_sets(rx: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of characters such that every match of ``rx`` holds a character of each: a string
    disjoint from one of them holds no match (``fullmatch``, ``match`` and ``search`` on it
    find nothing). Empty when nothing is certain (case folding, a Python without the parser).

    >>> [sorted(s) for s in required_sets(re.compile(r"(?:局|处)长(?:王|李)?[说讲道]"))]
    [['长'], ['处', '局'], ['讲', '说', '道']]
    >>> required_sets(re.compile(r"(?i)abc"))
    ()
    """
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return ()
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except re.error:
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    # one set per distinct requirement, the smallest (most telling) first
    return tuple(sorted(set(_need_sets(parsed.data)), key=lambda s: (len(s), sorted(s))))


def final_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``rx`` may end with: a string whose last character is none of
    them holds no ``fullmatch``. None when that cannot be bounded (a match may end in a large
    class, any character, a back-reference; a match may be empty; case folding; a Python
    without the parser).

    >>> sorted(final_chars(re.compile(r"(?:局|处)长(?:王|李)?(?:说|道)?")))
    ['李', '王', '说', '道', '长']
    >>> final_chars(re.compile(r"委员[\u4e00-\u9fff]{2,4}")) is None
    True
    """
    if _p is None or rx.flags & re.IGNORECASE:
        return None
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except re.error:
        return None
    try:
        chars, empty = _last(parsed)
    except _Unbounded:
        return None
    return None if empty else frozenset(chars)


def _last(seq) -> tuple[set[str], bool]:
    """The characters the parsed ``seq`` may end with, and whether it may match nothing (then
    what comes before it may end the match too)."""
    out: set[str] = set()
    for op, av in reversed(list(seq)):
        chars, empty = _last_of(op, av)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _last_of(op, av) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars = _set_chars(av)
        if chars is None:
            raise _Unbounded
        return set(chars), False
    if op is _c.SUBPATTERN:
        return _last(av[3])
    if op is _c.ATOMIC_GROUP:
        return _last(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        if av[1] == 0:
            return set(), True
        chars, empty = _last(av[2])
        return chars, av[0] == 0 or empty
    if op is _c.BRANCH:
        out, any_empty = set(), False
        for alt in av[1]:
            chars, empty = _last(alt)
            out |= chars
            any_empty = any_empty or empty
        return out, any_empty
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # (anchors and lookarounds consume nothing)
    raise _Unbounded  # any character, a back-reference, a conditional …
