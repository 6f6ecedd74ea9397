"""The people a report names: ``People``, the running index of members and officials met so far (by
name, post, surname), and :class:`Officials`, the officials a report names with their post."""

from __future__ import annotations

import functools
import itertools
import re

from loaders.occurrences import Occurrences
from loaders.turns import (NAME, Speaker, is_congress_role, may_name_speaker, minority_name, minority_part,
                           named_apart_from_seat, not_a_name, parse_head, sentences_around, surnames, titles)
from loaders.attribution.words import long_fillers, MAX_HEAD, speaker_words, speaker_tail_starts

__all__ = ["People", "title_set", "NAME_RX", "member_with_post", "attendees", "Officials"]


class People:
    """People the document names with a post, so that later bare mentions resolve."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        self._where = Occurrences(text)  # a long report of many people: no scan of it per name
        self.by_name: dict[str, Speaker] = {}
        self.last: Speaker | None = None
        self.since = 0  # where the text after the previous attribution begins (for pronouns)
        self._looked_up: set[str] = set()
        self._posts: dict[str, list[Speaker]] | None = None  # title / department+title → people
        self.worker: Speaker | None = None  # the last one asked by post alone, unnamed
        self.office: str | None = None  # the office asked last ("该局局长" is its head)
        self._counts: dict[str, int] = {}
        self._initials: dict[str, list[str]] = {}  # first character → names of by_name with it
        self._seated: dict[str, list[Speaker]] = {}  # seat + surname → members named so in narration
        self.official: Speaker | None = None  # the official who spoke last ("局长回答" is them again)
        # members named right after a quoted question with no cue (where the quotation closed)
        self.quoted_askers: list[tuple[int, Speaker]] = []
        # What a phrase reads as depends on whom the report has named so far: the readings are
        # remembered with the count of changes to ``by_name`` they were made at (the speaker
        # phrases try the same prefixes of one phrase again and again, one parse each).
        self.version = 0
        self._readings: dict[tuple[object, str], tuple[int, Speaker | None]] = {}

    def named(self, name: str) -> Speaker | None:
        """The person called ``name``: known, or named with a post somewhere in the text
        ("交通厅副厅长沈立群几次想离席" makes a later "沈立群坦言" an official)."""
        if name not in self.by_name and len(name) >= 2:
            # "阿依努尔紧跟着问": the first part of a name of two parts joined by ·, named in full before
            whole = [n for n in self._initials.get(name[0], ()) if n.startswith(name + "·")]
            if len(whole) == 1:
                return self.by_name[whole[0]]
        if name in self.by_name or name in self._looked_up or not self.text:
            return self.by_name.get(name)
        self._looked_up.add(name)
        # ("委员和建平在走访中了解到…", later "和建平随即追问": a name with a function word for its surname,
        # looked up because the report uses it bare, is read after the seat as if a space stood there)
        apart = named_apart_from_seat(name)
        if not (NAME_RX.fullmatch(name) or (len(name) <= 8 and minority_name(name))) \
                or not (may_name_speaker(name) or apart):
            # (parse_head gives long minority names too: 萨仁其其格)
            # Every name parse_head returns matches NAME: a longer head (most of those asked,
            # up to 35 characters) is found by no label, and its scan of a 1 MB file took ~0.1 ms.
            # Nor does it return a word that fails its check of names ("率先发", "委员张"): of
            # the words a speaker phrase's tries ask about, most are such pieces.
            return None
        starts = speaker_tail_starts()
        text = self.text
        # The first mentions give the post (later ones say 他 or the bare name); looking at
        # a few keeps a long file of many sessions from scanning every mention of every name.
        # str.find, not re: a pattern per distinct name overflowed re's cache of compiled
        # patterns and recompiled thousands of them per hundred documents.
        for start in itertools.islice(self._where.starts(name), 8):
            end = start + len(name)
            # A post and the name stand in one clause: look back to its start only.
            lo = start
            while lo > 0 and start - lo < 24 and text[lo - 1] not in _HARD_STOPS:
                lo -= 1
            # ("“…？”委员X开口就问", later "X并不满意，又追问一句：": a member named once in
            # narration, by the bare seat opening the clause)
            seat = text.startswith(speaker_words().clause_seats, lo)
            if text.startswith(leads := long_fillers(), lo, start):
                lo += max(len(f) for f in leads if text.startswith(f, lo))  # ("这组数字来自…": a lead-in, no office)
            for k in range(lo, start):
                if text[k] not in starts and not (k == lo and seat) and not (
                        k > lo and text[k - 1] in speaker_words().seat_agents
                        and text.startswith(speaker_words().clause_seats, k)):
                    # ("这句话来自一位老街坊，却被委员X借了过来": the seat after a passive's agent mark)
                    continue
                label = parse_head(text[k:end])
                if label is None and apart and k < start:
                    label = parse_head(text[k:start] + " " + name)
                if label is not None and not label.bare and label.speaker.name == name:
                    self.add(label.speaker)
                    return self.by_name.get(name)
            if (sp := self._post_in_brackets_at(start, end)) is not None:
                return sp
            if (sp := self._member_with_post_at(start, end)) is not None:
                return sp
            if (sp := self._member_in_list_at(start, end)) is not None:
                return sp
        return None

    def _post_in_brackets_at(self, start: int, end: int) -> Speaker | None:
        """The official named at ``start`` with the post (and office) in brackets right after the
        name, wherever the text does so ("X（市某局局长）、Y（副县长）等到会应询", "X（副市长）代表市政府作答"),
        or a post after the name and the office in brackets ("X副局长（市某局）")."""
        text = self.text
        j = end
        while j < len(text) and j - end <= 6 and text[j] not in _HARD_STOPS and text[j] != "（":
            j += 1  # (a post between the name and the bracket: "X副局长（市财政局）")
        if j >= len(text) or text[j] != "（" or (close := text.find("）", j + 1, j + 2 + _BRACKET_MAX)) < 0:
            return None
        label = parse_head(text[start:close + 1])
        if label is None or label.bare or label.speaker.name != text[start:end] or label.speaker.role \
                or not label.speaker.title:
            return None
        self.add(label.speaker)
        return self.by_name.get(label.speaker.name)

    def _member_in_list_at(self, start: int, end: int) -> Speaker | None:
        """The member named at ``start`` in a list of members after the seat that heads it
        ("市人大常委会委员额尔敦、蔺晓军、苏日格勒和市人大代表杭丽萍先后提问": 蔺晓军 and 苏日格勒
        are 委员, 杭丽萍 is 代表), the list opening its clause."""
        text = self.text
        if text.rfind("、", max(0, start - _LIST_MAX), start) < 0 and not (start and text.startswith(_LIST_JOINS, start - 1)):
            return None  # (cheap pre-test: no list mark before the name)
        lo = start
        while lo > 0 and start - lo < _LIST_MAX and text[lo - 1] not in _HARD_STOPS:
            lo -= 1
        parts = _LIST_SPLIT.split(text[lo:end])
        if len(parts) < 2 or parts[-1] != text[start:end] or not text.startswith(speaker_words().list_followers, end):
            return None  # (a name's end: a list mark or the words after a list of askers, "苏日格" is no name)
        role: str | None = None
        for k in range(len(parts)):
            # the first part may carry words before the seat ("会上，" is cut at the comma; "由市人大…" not)
            lab = parse_head(parts[k])
            if lab is not None and lab.speaker.name and lab.speaker.role and not lab.speaker.title \
                    and is_congress_role(lab.speaker.role) and parts[k].endswith(lab.speaker.name):
                role = lab.speaker.role
                continue
            # (the seat carried over reads the bare name as parse_head reads it after a seat: 苏日格勒,
            # no name alone, is one after 委员)
            if role is None or not (NAME_RX.fullmatch(parts[k]) or minority_name(parts[k])):
                return None
            lab = parse_head(role + parts[k])
            if lab is None or lab.speaker.name != parts[k]:
                return None
        sp = Speaker(name=parts[-1], role=role)
        self.add(sp)
        return self.by_name.get(sp.name)

    def _member_with_post_at(self, start: int, end: int) -> Speaker | None:
        """The member named at ``start`` after a seat and an outside post ("提问的是某县人大
        常委会委员、某镇果农出身的X"), the seat opening a clause or following 的是."""
        text = self.text
        if text.rfind("、", max(0, start - 30), start) < 0:
            return None  # (cheap pre-test: the seat and the post stand apart by 、)
        lo = start
        while lo > 0 and start - lo < 40 and text[lo - 1] not in _HARD_STOPS:
            lo -= 1
        if "人大" not in text[lo:start]:
            return None
        for k in [lo] + [i + 2 for i in range(lo, start - 2) if text[i:i + 2] in ("的是", "的，")]:
            sp = member_with_post(text[k:end])
            if sp is not None and sp.name == text[start:end]:
                self.add(sp)
                return self.by_name.get(sp.name)
        return None

    def count(self, name: str) -> int:
        """``self.text.count(name)``, remembered: the speaker phrases ask it of the same few
        names again and again, each a scan of the whole text (quadratic in a long file)."""
        n = self._counts.get(name)
        if n is None:
            n = self._counts[name] = self._where.count(name)
        return n

    def asked_unnamed(self, head: str) -> Speaker | None:
        """The unnamed worker a member asked, called by a short form of the post afterwards
        ("问起常驻公司的检疫监督员：…" then "检疫员说，…")."""
        sp = self.worker
        head = speaker_words().person_pointer.sub("", head)  # "这位负责人回答"
        if sp is None or not sp.title or len(head) < 2:
            return None
        t = sp.title
        return sp if t.endswith(head) or (head[:2] == t[:2] and head[-1] == t[-1] and len(head) < len(t)) else None

    def add(self, sp: Speaker) -> None:
        if sp.title and not (sp.name or sp.department or sp.role):
            self.worker = sp
        if sp.department and not sp.role:
            self.office = sp.department
        if sp.name and (sp.role or sp.title or sp.department):
            old = self.by_name.get(sp.name)
            if old is None or (not (old.role or old.department) and (sp.role or sp.department)):
                if old is None:
                    self._initials.setdefault(sp.name[0], []).append(sp.name)
                self.by_name[sp.name] = sp
                self.version += 1
                if self._posts is not None:
                    # kept up to date, not built again from everyone at the next lookup: a long
                    # report adds a person between lookups, and the rebuilds made it quadratic
                    if old is not None:
                        for key in _post_keys(old):
                            self._posts[key].remove(old)
                    for key in _post_keys(sp):
                        self._posts.setdefault(key, []).append(sp)

    def reading(self, read, head: str) -> Speaker | None:
        """``read(head, self)``, remembered while ``by_name`` stays as it was: ``read`` looks at
        nothing of the state but ``by_name`` (and what it derives from it). A reading that itself
        named someone new is not kept (a second call would find them known from the start)."""
        key = (read, head)
        hit = self._readings.get(key)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        version = self.version
        sp = read(head, self)
        if self.version == version:
            self._readings[key] = (version, sp)
        return sp

    def by_title(self, head: str) -> Speaker | None:
        """"副市长" alone, when the document names exactly one 副市长."""
        if self._posts is None:
            self._posts = {}
            for sp in self.by_name.values():
                for key in _post_keys(sp):
                    self._posts.setdefault(key, []).append(sp)
        hits = self._posts.get(head, ())
        return hits[0] if len(hits) == 1 else None

    def _with_initial(self, surname: str) -> list[Speaker]:
        """The people whose name opens with ``surname``'s first character, in the order they were
        first named (as ``by_name``): a lookup by surname looks at those, not at everyone named
        so far, which made a long report of many people quadratic."""
        return [self.by_name[n] for n in self._initials.get(surname[:1], ())]

    def by_surname_title(self, head: str) -> Speaker | None:
        if len(head) > 10:
            return None
        known = title_set()
        # Titles that end the head after a surname of one or two characters, longest first
        # (a set lookup per length, not a scan).
        for n in (len(head) - 1, len(head) - 2):
            if n >= 1 and (t := head[-n:]) in known:
                surname = head[: -len(t)]
                hits = [sp for sp in self._with_initial(surname) if sp.name.startswith(surname)
                        and (sp.title or "").endswith(t)]
                if len(hits) > 1:
                    # ("段云鹏没有直接作答" made a 段云 of the same office: the name cut short, no second official)
                    hits = [h for h in hits if not any(o.name != h.name and o.name.startswith(h.name)
                                                       and o.department == h.department for o in hits)]
                if not hits and (found := self._posted_in_narration(surname, t)) is not None:
                    hits = [found]
                if len(hits) == 1:
                    return hits[0]
        # "熊委员接着追问": a member named once in full, called by surname and seat after.
        if 2 <= len(head) <= 4 and (seat := next((w for w in speaker_words().member_seats if head.endswith(w)), None)) \
                and 1 <= len(head) - len(seat) <= 2:
            surname = head[:-len(seat)]
            # (a member of the standing committee named 常委会组成人员 is called 委员: "欧阳委员")
            hits = [sp for sp in self._with_initial(surname) if sp.name.startswith(surname)
                    and sp.role and is_congress_role(sp.role)
                    and (sp.role.endswith(seat) or seat == "委员" and sp.role.endswith("组成人员"))]
            if not hits:
                hits = self._seated_in_narration(surname, seat)
            if len(hits) == 1:
                return hits[0]
        return None

    def _posted_in_narration(self, surname: str, title: str) -> Speaker | None:
        """"市某局局长聂某某站起身来。" then "聂局长表示，…": the one official the report names in
        full with that post and surname where no cue read the sentence (so not known yet), found
        where the post stands right before the surname (its first mentions: a long report looks at
        a few only); None when none or several."""
        key = title + surname
        found: dict[str, Speaker] = {}
        text = self.text
        for at in itertools.islice(self._where.starts(key), 4):
            given = at + len(key)
            for n in (2, 1):  # (the longer name first: "局长聂文翰站起" before "聂文")
                sp = self.named(surname + text[given:given + n])
                if sp is not None and sp.name and (sp.title or "").endswith(title) and not sp.role:
                    found[sp.name] = sp
                    break
        return next(iter(found.values())) if len(found) == 1 else None

    def _seated_in_narration(self, surname: str, seat: str) -> list[Speaker]:
        """"…委员罗某某第一个把问题摆上了桌面" then "罗委员紧接着追问": the member named in
        full where no cue read the sentence, so not known yet; found where the seat stands
        right before the surname (a few mentions: a long report looks at its first ones only)."""
        key = seat + surname
        hits = self._seated.get(key)
        if hits is not None:
            return hits
        found: dict[str, Speaker] = {}
        text = self.text
        for at in itertools.islice(self._where.starts(key), 4):
            given = at + len(key)
            for n in (2, 1):  # (the longer name first: "委员罗文斌就" before "罗文")
                if n == 2 and len(surname) == 2 and text[given + 1:given + 2] == "一":
                    continue  # ("委员司马骏一开口": 一 opens 一开口, as _given_name_read)
                sp = self.named(surname + text[given:given + n])
                if sp is not None and sp.role and is_congress_role(sp.role) and sp.role.endswith(seat):
                    found[sp.name] = sp
                    break
        # "市人大常委会委员、某企业总工程师X的问题": the seat, an outside post, then the name
        for at in itertools.islice(self._where.starts(seat + "、"), 4) if not found else ():
            j = text.find(surname, at + 2, at + 32)
            lo = at
            while lo > 0 and at - lo < 24 and text[lo - 1] not in _HARD_STOPS:
                lo -= 1
            for n in (2, 1) if j > 0 else ():
                sp = member_with_post(text[lo:j + 1 + n])
                if sp is not None and sp.name and sp.name.startswith(surname) and sp.role and sp.role.endswith(seat):
                    found[sp.name] = sp
                    self.add(sp)
                    break
        hits = self._seated[key] = list(found.values())
        return hits


def _post_keys(sp: Speaker) -> set[str]:
    """The keys :meth:`People.by_title` finds ``sp`` by: the post, and the office with it."""
    return {sp.title, (sp.department or "") + sp.title} if sp.title else set()


@functools.lru_cache(maxsize=1)
def title_set() -> frozenset[str]:
    return frozenset(titles())


# No speaker phrase runs across these (parse_head refuses them).
_HARD_STOPS = frozenset("，。；？！“”\n")
# How far back a list of members may open before a name in it; how its names are joined.
_LIST_MAX = 40
# The longest post in brackets after a name read as the official's ("X（某某经济区管理委员会副主任）")
_BRACKET_MAX = 32
_LIST_JOINS = ("和", "及", "与")
_LIST_SPLIT = re.compile(r"、|(?<=[\u4e00-\u9fff]{2})(?:和|及|与)(?=[\u4e00-\u9fff]{2})")
NAME_RX = re.compile(NAME)  # what parse_head accepts as a name (its name groups are NAME)


def member_with_post(head: str) -> Speaker | None:
    """The member named after a seat and an outside post ("市人大代表、某公司董事长X"):
    the longest name after a post that parses with the seat as its role."""
    m = speaker_words().member_then_post.fullmatch(head)
    if m is None:
        return None
    rest = m["rest"]
    # the name follows the last title word (data/titles.tsv) of the post, or the last word of
    # an occupation or a firm's post that no official holds ("烧锅镇农民X", "某公司财务总监X")
    ends = [i + len(t) for t in titles() for i in [rest.rfind(t)] if i >= 1]
    ends += [i + len(t) for t in speaker_words().member_occupations for i in [rest.rfind(t)] if i >= 0]
    # or where the member comes from, ending in 的 ("区人大代表、洋北街道的X")
    ends += [i + 1 for i in [rest.rfind("的")] if i >= 2]
    if not ends:
        return None
    name = rest[max(ends):]
    if not (2 <= len(name) <= 4 or "·" in name) or not_a_name(name):
        return None
    lab = parse_head(m["role"] + name)
    return lab.speaker if lab is not None and lab.speaker.name == name else None


# An attendee listed name first, the post in brackets after it ("X（副县长）、Y（县某局局长）等到会应询").
_NAME_THEN_POST = re.compile(r"(?<![^，、；：。\s])[^，、；：。\s（）“”]{2,5}（[^（），、；：。\s]{2,30}）")


def attendees(text: str, people: People) -> None:
    """Officials listed as attending ("副市长郑启明，市发改委主任韩立新…等到会应询")."""
    cut = speaker_words().attendee_cut  # "…等到会应询": what they did, after the name
    for a, done in sentences_around(text, speaker_words().attending):
        done = _listed_lines_end(text, a, done)
        for m in _NAME_THEN_POST.finditer(text, a, done):
            label = parse_head(m.group())  # "X（县某局局长）": the name first, its post in brackets
            if label is not None and not label.bare and label.speaker.name and label.speaker.title \
                    and not label.speaker.role:
                people.add(label.speaker)
        dept = None  # "市市场监督管理局局长X、副局长Y": a post after 、 is in the office named before
        prev = led = ""
        last_sep = ""  # the separator before the chunk before this one: "、" in "…党组书记、局长 X"
        for chunk, sep in _chunks_with_separator(_joined_spaced_names(text[a:done])):
            sep_before_prev, last_sep = last_sep, sep
            raw, chunk = chunk, cut.sub("", chunk)
            if not sep and len(chunk) < 3 and (label := _official_after_lead(raw)) is not None:
                # "出席会议的有市某局局长X和…": the attending words lead into the list, the official after them
                people.add(label.speaker)
                dept, prev = label.speaker.department, raw
                continue
            if not sep and len(chunk) < 3:
                led = raw  # (the lead's words, the office's start after them: "出席会议的有市人力资源")
            elif sep in ("和", "及") and led and (label := _official_after_lead(led + sep + raw)) is not None \
                    and sep in (label.speaker.department or ""):
                # "出席会议的有市人力资源和社会保障局局长X": the 和 is the office's own, after the lead
                people.add(label.speaker)
                dept, prev, led = label.speaker.department, raw, ""
                continue
            else:
                led = ""
            whole, prev = prev + sep + chunk, chunk
            if sep in ("和", "及") and 3 <= len(whole) <= MAX_HEAD and (label := parse_head(whole)) is not None \
                    and label.speaker.name and sep in (label.speaker.department or ""):
                people.add(label.speaker)  # "县发展和改革局局长X": the 和 is the office's own
                dept = label.speaker.department
                continue
            if sep in (" ", "\u3000") and (label := _spaced_post_name(whole)) is not None:
                if not label.department and dept and sep_before_prev == "、":
                    # "市某局党组书记、局长 X": the post after 、 is held in the office named before it
                    label = _spaced_post_name(dept + whole) or label
                people.add(label)  # "副市长 X" on a line of the list
                dept = label.department
                continue
            if 3 <= len(chunk) <= MAX_HEAD:
                label = parse_head(chunk)
                if dept and sep == "、" and chunk.startswith(titles()) \
                        and (label is None or (not label.bare and not label.speaker.department)):
                    # "市某局党组书记、局长X": the post after 、 is held in the office named before it
                    label = parse_head(dept + chunk) or label
                if label is None and not sep:
                    label = _official_after_lead(chunk)  # "出席会议的有市某局局长X": the words before
                if label is not None and not label.bare and label.speaker.name:
                    people.add(label.speaker)
                dept = label.speaker.department if label is not None else None


def _official_after_lead(chunk: str):
    """The label of the named official ending the first chunk of an attendee sentence after words
    that lead into the list ("出席会议的有市某局局长X", "会议邀请了副市长Y"): the longest tail
    opening with an office or a post read as an official with a name and a post (None when none is)."""
    from loaders.departments import find_departments

    # (where an office or a post may open the official's phrase: not any character, as "席会议的有某局"
    # reads as an office too)
    starts = sorted({a for a, _, _ in find_departments(chunk)} | {i for t in titles() for i in [chunk.find(t)] if i > 0})
    for k in starts:
        if k and (label := parse_head(chunk[k:])) is not None and not label.bare \
                and label.speaker.name and label.speaker.title and not label.speaker.role:
            return label
    return None


# A line of a list under its heading ("  市财政局局长 X"): short, no sentence or label mark.
_LIST_LINE = re.compile(r"\n[^\n：:。；！？“”]{2,30}(?=\n|$)")


def _listed_lines_end(text: str, a: int, done: int) -> int:
    """Where an attendee heading that ends in a colon on its line ("到会应询人员：") ends with the
    lines listed under it, one official a line; else ``done``."""
    if not text[a:done].rstrip().endswith(("：", ":")) or "\n" in text[a:done].strip():
        return done
    end = done if text[done - 1:done] != "\n" else done - 1
    while (m := _LIST_LINE.match(text, end)) is not None:
        end = m.end()
    return end


def _chunks_with_separator(sentence: str):
    """The chunks of an attendee sentence, each with the separator before it ("" first); a 和 that
    ends a part of a Mongolian given name (苏和, 孟和) is the name's, no separator ("院长苏和毕力格").

    >>> [c for c, _ in _chunks_with_separator("副旗长王平和院长苏和毕力格")]
    ['副旗长王平', '院长苏和毕力格']
    """
    parts = re.split(r"([，、；：（）\s]|和|及)", sentence)
    k = 1
    while k < len(parts) - 1:
        if parts[k] == "和" and minority_part(parts[k - 1][-1:] + "和") and parts[k + 1]:
            parts[k - 1:k + 2] = [parts[k - 1] + "和" + parts[k + 1]]
        else:
            k += 2
    yield parts[0], ""
    for k in range(1, len(parts) - 1, 2):
        yield parts[k + 1], parts[k]


# A two-character name written with a space inside at a list line's end, after the post and a space
# ("区某局局长 雍 杰", padded to the width of the three-character names above and below it).
# (a page flattened to one line runs the list's lines together: a space, not the line's end, after it)
_SPACED_NAME = re.compile(r"(?<=[ \u3000])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \t\u3000]|\n|$)")


# How far back from such a name its post is looked for (the longest title word and the spaces before
# the name; a window, not the whole text before: a letter-spaced page holds many such pairs)
_POST_REACH = 16


def _joined_spaced_names(lines: str) -> str:
    """``lines`` with each such name written whole, when its first character is a surname and a
    post ends the words before its space."""
    if _SPACED_NAME.search(lines) is None:
        return lines  # (cheap pre-test)
    return _SPACED_NAME.sub(lambda m: m[1] + m[2] if m[1] in surnames()
                            and m.string[max(0, m.start() - _POST_REACH):m.start()].rstrip(" \u3000").endswith(titles())
                            else m[0], lines)


def _spaced_post_name(phrase: str) -> Speaker | None:
    """"区发展和改革委员会主任 X" (an attendee list's line: a post, a space, the name): the official,
    when the words before the space end with a post and the name after it is the whole rest."""
    head, _, name = phrase.rpartition(" ") if " " in phrase else phrase.rpartition("\u3000")
    head = head.strip()
    if not head.endswith(titles()) or not 2 <= len(name) <= 4 or len(head) + len(name) > MAX_HEAD:
        return None
    label = parse_head(head + name)
    if label is None or label.bare or label.speaker.name != name or not label.speaker.title or label.speaker.role:
        return None
    return label.speaker


# A phrase that may name a person with their office and post ("县发展和改革局局长钟振国").
_PERSON_CHUNK = re.compile(r"[^，、；：。\s（）()“”]{3,30}")
# The same written with a space between the post and the name, as a list's line ("市财政局局长 X").
_SPACED_CHUNK = re.compile(r"(?m)^[ \t\u3000]*([^，、；：。\s（）()“”]{3,26}[ \u3000]+[^，、；：。\s（）()“”]{2,4})[ \t\u3000]*$")


class Officials:
    """The officials a report names with their post (attendee list, narration), looked up the
    ways transcripts write them: short (``officials("袁局长")``), by post alone (:meth:`by_title`)
    or by office and post with no name (:meth:`by_post`). Each index is built on first use, so a
    caller pays only for what it asks; one per text serves the label grammar and the exchanges."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._people: People | None = None  # grows as lookups by name find people in the text
        self._listed: People | None = None  # the attendee list only
        self._posts: dict[tuple[str | None, str], set[str]] | None = None

    def __call__(self, head: str) -> Speaker | None:
        """"王卫东", "袁局长", "副市长": the one official the attendee list or the narration names so."""
        if self._people is None:
            self._people = People(self.text)
            attendees(self.text, self._people)
        people = self._people
        return people.named(head) or people.by_surname_title(head) or people.by_title(head)

    def _listed_people(self) -> People:
        """The people the attendee list alone names (built on first use)."""
        if self._listed is None:
            self._listed = People(self.text)
            attendees(self.text, self._listed)
        return self._listed

    def by_title(self, title: str, department: str | None = None) -> Speaker | None:
        """"副区长": the one official the attendee list names with that post (副区长孔令涛).
        Its own index: the one behind a lookup by name grows with it, and a post unique in the
        list may not be unique among everyone the text names. With ``department`` ("区住建局"
        + "局长"), the one listed with that post in an office of the same type, however the
        list writes the office (区住房和城乡建设局局长魏长青)."""
        listed = self._listed_people()
        if department and (kind := _office_type(department)):
            hits = {sp.name: sp for sp in listed.by_name.values()
                    if sp.title == title and sp.department and _office_type(sp.department) == kind}
            return next(iter(hits.values())) if len(hits) == 1 else None
        return listed.by_title(title)

    def head_of(self, department: str, *, same_office: bool = False) -> Speaker | None:
        """"区商务局" (its 主要负责人 answering): the one official the attendee list names in an
        office of the same type, whatever their post; None when it names none or several.
        same_office ("省水利厅负责同志"): only officials of that very office count, the office
        written the same in full or short ("临江县水利局" for "县水利局"), each named with a post."""
        kind = _office_type(department)
        if not kind:
            return None
        hits = {sp.name: sp for sp in self._listed_people().by_name.values()
                if sp.department and _office_type(sp.department) == kind}
        if same_office and any(not sp.title or not (sp.department.endswith(department)
                                                    or department.endswith(sp.department))
                               for sp in hits.values()):
            return None
        return next(iter(hits.values())) if len(hits) == 1 else None

    def by_post(self, department: str, title: str) -> str | None:
        """"县发改局" + "局长": the name of the one person the report names with that post in an
        office of the same type ("到会应询人员：县发展和改革局局长钟振国，…"), the office written in
        full or short."""
        kind = _office_type(department)
        if not kind:
            return None
        if self._posts is None:
            self._posts = {}
            for m in _PERSON_CHUNK.finditer(self.text):
                lab = parse_head(m.group())
                sp = lab.speaker if lab is not None and not lab.bare else None
                if sp is not None and sp.name and sp.department and sp.title and not sp.role:
                    self._posts.setdefault((_office_type(sp.department), sp.title), set()).add(sp.name)
            for m in _SPACED_CHUNK.finditer(_joined_spaced_names(self.text)):
                sp = _spaced_post_name(m.group(1))
                if sp is not None and sp.department:
                    self._posts.setdefault((_office_type(sp.department), sp.title), set()).add(sp.name)
        names = self._posts.get((kind, title), set())
        return next(iter(names)) if len(names) == 1 else None


def _office_type(department: str) -> str | None:
    from loaders.departments import resolve_department

    found = resolve_department(department, None)
    return found.type if found is not None else None
