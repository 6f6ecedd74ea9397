"""The speaker phrase before a cue read as a :class:`~loaders.turns.Speaker` (``parse_speaker``): fillers
dropped, pronouns and surname + title resolved, several officials or askers in one phrase, offices, a
person mentioned in a clause."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from loaders.datafiles import alternation, read_tsv, read_words
# (imported here for the readings that ask them per phrase: an import statement run per call was ~1 µs)
from loaders.departments import find_departments
from loaders.name_span import swallowed_next_word
from loaders.occurrences import every_start
from loaders.turns import (Speaker, is_congress_role, minority_name, named_apart_from_seat, not_a_name,
                           office_named_twice, parse_head, splits_not_name_word, surnames, titles)
from loaders.turns.names import not_name_chars
from loaders.attribution.words import (BOUNDARY, cue_word_at, filler_words, speech_links, long_fillers, MAX_HEAD,
                                       speaker_words, strip_fillers, speaker_tail_starts)
from loaders.attribution.spans import CJK_CHAR, clause_start, find_all
from loaders.attribution.people import member_with_post, People, title_set
from loaders.attribution.readings import (is_department, label_reading, label_speaker, named_speaker,
                                          surname_first, whole_speaker)
from loaders.attribution.names import (dotted_ends_at, dotted_name_end, dotted_whole, member_opening,
                                       minority_whole, NAME_LENGTH_RANK, shorter_name)

__all__ = ["Head", "behalf_office", "noun_cue", "parse_speaker", "clause_speaker", "JOINED", "group_words", "group_asker",
           "speaker_then_manner", "named_then_manner", "asked_whom", "posts", "named_bare", "mentioned_person",
           "counted_member"]


@dataclass(frozen=True)
class Head:
    speaker: Speaker
    addressee: Speaker | None = None
    topic: tuple[int, int] | None = None  # "X围绕Y提出问题": Y, the question in indirect speech
    others: tuple[Speaker, ...] = ()  # several offices answering together


_POST_NAME = re.compile(r"(?P<post>副?[\u4e00-\u9fff]长)(?P<name>[\u4e00-\u9fff]{2,3})")


@functools.lru_cache(maxsize=1)
def _noun_cue_leads() -> dict[str, frozenset[str]]:
    """Cue → the words right before it that make it a noun (data/speech_noun_cues.tsv: 专题询问,
    高度关注). Both two characters: :func:`noun_cue` reads two."""
    leads: dict[str, set[str]] = {}
    for r in read_tsv("speech_noun_cues.tsv", ("cue", "lead")):
        if len(r.cells[0]) != 2 or len(r.cells[1]) != 2:
            raise r.error("cue and lead must be two characters each")
        leads.setdefault(r.cells[0], set()).add(r.cells[1])
    return {cue: frozenset(ws) for cue, ws in leads.items()}


def noun_cue(text: str, lb: int, cue: int) -> bool:
    """Whether the cue word at ``cue`` is a noun by the word right before it (开展专题询问,
    社会各界对…高度关注: data/speech_noun_cues.tsv), the phrase ``text[lb:cue]`` ending in that
    word (and longer than it), and no speech follows it (a colon or a quotation after it is still
    read: "委员X高度关注：“…？”")."""
    # (the phrase before such a cue names the body holding the inquiry or those paying attention,
    # nobody who speaks; reading it cost ~5 % of a generated report's reading: 0.2-0.7 ms a phrase,
    # it runs to the sentence start and is tried split at each 对, 就 … and at each tail)
    return (cue - lb > 2 and (leads := _noun_cue_leads().get(text[cue:cue + 2])) is not None
            and text[cue - 2:cue] in leads and text[cue + 2:cue + 3] not in _SPEECH_OPENS)


_SPEECH_OPENS = frozenset("：:“「")


def parse_speaker(text: str, lb: int, rb: int, people: People) -> Head | None:
    """Who speaks in ``text[lb:rb]``, the phrase right before a cue."""
    if noun_cue(text, lb, rb):
        return None
    if text[rb - 1:rb] == "）" and (q := text.rfind("（", max(lb, rb - 7), rb - 1)) > lb + 2 \
            and not is_department(text[q + 1:rb - 1]) and not _seat_or_post(text[q + 1:rb - 1]):
        # "某海关副关长X（列席）答复称": a note on the speaker's presence, after the name
        # (not the office, "X副局长（市财政局）表示": the speaker's office, read with the post; nor a
        # seat or a post, "X（市人大代表）提出", "X（副县长）表示": who they are)
        rb = q
    a, b = strip_fillers(text[lb:rb])
    if lb + b < rb and (whole := people.named(text[lb + a:rb])) is not None and whole.name == text[lb + a:rb]:
        return Head(whole)  # "沙马拉则回应": a name the report gives in full ends in a filler's character (则)
    head = text[lb + a:lb + b]
    if not head:
        return None
    if head in speaker_words().pronouns:
        # "市人大代表X十分关注…，他马上提问": the person named last before the pronoun
        # (since the previous attribution), else the previous speaker.
        sp = mentioned_person(text, people.since, lb + a) or named_bare(text, people.since, lb + a, people) \
            or official_bare(text, people.since, lb + a, people) or people.last
        if sp is not None and sp.name in surnames() and sp.role and len(sp.role) <= 2 \
                and (full := people.by_surname_title(sp.name + sp.role)) is not None:
            sp = full  # "欧阳委员并不满足。她追问：" after "委员欧阳兰芳…": the member named in full
        return Head(sp) if sp else None
    if (sp := people.official) is not None and sp.title \
            and speaker_words().counted_post.sub("", sp.title) == speaker_words().person_pointer.sub("", head) \
            and (sp.name or sp.department):
        # "区住建局局长表示，…。委员X又问，…？局长回答，…": a post alone, the official who
        # spoke last with it (of several 局长 the attendee list names, the one answering);
        # "这位负责人表示" points at them too, and "该负责人回应" at "某局一位负责人".
        return Head(sp)
    if (m := speaker_words().person_pointer.match(head)) and len(head) > m.end() \
            and (sp := mentioned_person(text, people.since, lb + a)) is not None and sp.name and not sp.role \
            and (sp.title or "").endswith(head[m.end():]):
        # "市某局局长X站起身来。这位局长说，…": a pointer and a post, the official named last with it
        # (since the previous attribution), who has not spoken yet
        return Head(sp)
    if known := people.named(head) or people.by_surname_title(head) or people.by_title(head) \
            or people.asked_unnamed(head):
        return Head(known)
    if (m := speaker_words().that_office_lead.match(head)) and people.office and (
            sp := whole_speaker(people.office + head[m.end():], people)) is not None and sp.department:
        return Head(sp)  # "委员X问市住建局：“…？”该局局长Y回应": the office just asked
    if (tn := _POST_NAME.fullmatch(head)) and tn["post"][-1] == "长" \
            and (office := _office_thrown_before(text, lb + a) or people.office) \
            and (office.endswith(tn["post"][:-1]) and not tn["post"].startswith("副") or
                 tn["post"].startswith("副") and office.endswith(tn["post"][1:-1])) \
            and surname_first(tn["name"]) and not not_a_name(tn["name"]):
        # "代表X问镇市场监管所：…？所长丁向阳答道": the post of the office just asked, and the name;
        # "委员X把问题抛给市金融工作局。局长Y介绍": the office the question was put to
        return Head(Speaker(name=tn["name"], title=tn["post"], department=office))
    if "代表" in head and (behalf := _on_behalf(head, people)) is not None:
        return Head(behalf)
    # "委员X向市工信局局长Y提问", "X针对林业局提出的问题", "X围绕彩礼治理提出问题".
    for m in speech_links().split.finditer(head):
        if m.start() < 2 or len(head) - m.end() < 1:
            continue
        if m.group(0) in surnames() and (whole := whole_speaker(head, people)) is not None \
                and whole.name and head.endswith(whole.name) and len(head) - len(whole.name) == m.start():
            continue  # "市人大常委会委员向红英": 向 starts the name, it is no "toward"
        if m.group(0) in surnames() and (several := _several_officials(head, people)):
            # "A局局长向某和B局局长Y先后作答": 向 opens the first official's name, no "toward"
            return Head(several[0], others=tuple(several[1:]))
        if m.group(0) in surnames() and (named := _seated_surname_split(head, m.start(), people)) is not None:
            # "来自某村的代表向某某就把…摆上了台面": 向 opens a name the report uses again, no "toward"
            return Head(named)
        if m.start() >= 3 and head[m.start() - 1] in surnames() and len(head) - m.end() <= 1 \
                and (head[:m.start() - 1].endswith(titles()) or is_congress_role(head[:m.start() - 1])):
            continue  # "所长丁向阳", "代表叶向东": 向 inside the name after a post or seat, no "toward"
        left = head[:m.start()]
        la, lb_ = strip_fillers(left)
        sp = None
        # "市人大代表X和Y分别就…提出了问题": several members, one question each.
        others: tuple[Speaker, ...] = ()
        if several := _several_askers(left[la:lb_], people):
            sp, others = several[0], tuple(several[1:])
        elif group := group_asker(left[la:lb_]):
            sp = group
        elif member := member_with_post(left[la:lb_]):
            sp = member  # "市人大代表、某镇茶农X就…提出询问" (the seat alone would start the phrase)
        # The longest start of the phrase that is a speaker: "代表徐迎春指着屏幕上的图片向…".
        for e in range(lb_, la + 1, -1) if sp is None else ():
            sp = whole_speaker(left[la:e], people)
            if sp is not None and (sp.role or sp.department or (sp.name and people.named(sp.name))):
                break
            sp = None
        if sp is None:
            continue
        right = head[m.end():]
        ra, rb_ = strip_fillers(right)
        other = whole_speaker(right[ra:rb_], people) if m.group(0) in speaker_words().toward_whom else None
        if other is not None:
            return Head(sp, addressee=other, others=others)
        t0 = lb + a + m.end() + ra
        return Head(sp, topic=(t0, lb + a + m.end() + rb_), others=others)
    if "、" in head and (first := _first_of_two_posts(head)) is not None:
        return Head(first)
    # ("县发展和改革局（县粮食和物资储备局）局长X": one office named twice, one official)
    if not ("（" in head and office_named_twice(head)) and (several := _several_offices(head) or _several_officials(head, people)):
        # (before the label grammar, whose office may hold 和)
        return Head(several[0], others=tuple(several[1:]))
    if group := group_asker(head):
        return Head(group)
    sp = whole_speaker(head, people)
    if sp is not None:
        return Head(sp)
    if (m := _OFFICE_OF().fullmatch(head)) and is_department(m["dept"]):
        # "市公安局接受咨询的领导", "区民政局接待咨询的工作人员": an office's official, described.
        return Head(Speaker(department=m["dept"], title=m["title"]))
    if (m := _OFFICE_ONE().fullmatch(head)) and is_department(m["dept"]):
        # "市自然资源和规划局一名副局长": an office's official, counted and not named
        return Head(Speaker(department=m["dept"], title=m["title"]))
    if several := _several_offices(head) or _several_askers(head, people):
        return Head(several[0], others=tuple(several[1:]))
    if (sp := member_with_post(head)) is not None:
        return Head(sp)
    de = head.find("的") if "人大" in head else -1  # (cheap pre-test: the seat names 人大)
    while 0 <= de < len(head) - 6:
        # "最后一个发言的区人大代表、某镇的茶农X": a lead ending in 的 before the seat and post
        if (sp := member_with_post(head[de + 1:])) is not None:
            return Head(sp)
        de = head.find("的", de + 1)
    if (sp := _described_member(head, people)) is not None:
        return Head(sp)
    if head in speaker_words().office_words:
        return Head(Speaker(department=head))  # "检方答复称，…": the office answers, unnamed
    # The longest tail of the phrase that is a speaker ("会议现场市人大代表X" → "市人大代表X").
    for k in _tail_tries(head):
        sp = label_speaker(head[k:], people)
        if sp is not None and sp.name and sp.title and not sp.department and not sp.role \
                and (member := people.named(sp.name)) is not None and member.name == sp.name \
                and member.role and is_congress_role(member.role) and member.role.endswith(sp.title):
            # "主持询问的X副主任": the post the report gives member X (市人大常委会副主任X), not an official's
            return Head(member)
        if sp is not None:
            return Head(sp)
    return None


def _seat_or_post(words: str) -> bool:
    """"市人大代表", "副县长": a seat or a post (no name), as a bracket after a name gives them."""
    lab = parse_head(words)
    return lab is not None and not lab.speaker.name and bool(lab.speaker.role or lab.speaker.title)


def behalf_office(head: str) -> str | None:
    """"代表市政府": the office a phrase answers on behalf of when it names nobody (else None)."""
    return head[2:] if head.startswith("代表") and len(head) > 3 and is_department(head[2:]) else None


def _on_behalf(head: str, people: People) -> Speaker | None:
    """"副县长X代表县政府作了回答": an official named with a post answering on behalf of an
    office, the office theirs (not the office alone, unnamed); the post alone before 代表
    ("副县长代表县政府回应") is the one official the report names with it; None when the phrase
    before 代表 is no named official (a seat: "市人大代表X")."""
    i = head.rfind("代表")
    left, right = head[:i], head[i + 2:]
    if not left or not right or not is_department(right):
        return None
    sp = whole_speaker(left, people)
    if sp is None or not sp.name or not sp.title or sp.role:
        return None
    if sp.name not in left and ((listed := people.by_title(left)) is None or listed.name != sp.name):
        # ("副县长代表县政府回应": the one official the report names with the post alone; the name
        # written before 代表 in any order, "X（副县长）代表县政府作答" too)
        return None
    return dataclasses.replace(sp, department=sp.department or right)


def _described_member(head: str, people: People) -> Speaker | None:
    """A member named by seat and name after what they do or where they come from, with no
    congress before the seat ("来自某村的养殖户代表X", "在县城经营一家汽修厂的代表Y", "种粮大户代表Z"):
    the seat and name right after an occupation (member_occupation of speaker_words.tsv) or a
    lead ending in 的. Tails do not start at a bare seat word (a 政协委员 is no member), so
    only these two may stand before one; an occupation and a seat that name a delegate of
    citizens (村民代表) are none."""
    words = speaker_words()
    if not any(seat in head for seat in words.member_seats):
        return None  # (most phrases hold no seat word: no cut is tried)
    cuts = {i + 1 for i, ch in enumerate(head) if ch == "的"}
    cuts |= {i + len(w) for w in words.member_occupations if len(w) > 1 for i in find_all(head, w)}
    for k in sorted(cuts):
        if not head.startswith(words.member_seats, k) or head[:k + 2].endswith(words.citizen_delegates):
            continue
        sp = label_speaker(head[k:], people)
        if sp is not None and sp.name and sp.role and is_congress_role(sp.role):
            return sp
    return None


@functools.lru_cache(maxsize=8192)
def _tail_tries(head: str) -> tuple[int, ...]:
    """Where the tails of ``head`` that :func:`label_speaker` may read as a speaker start, in
    order: tails that can start one (a place, a post, a surname, inside no word a name never
    holds) and that the label grammar reads as a person (a bare name is then looked up in the
    report), up to the first that reads so whoever the report names. A function of the phrase
    alone, remembered: most cues in a report are no attribution and reports repeat their phrases
    ("社会各界对…高度关注" before each question); each try of a tail was a reading and a parse."""
    starts = speaker_tail_starts()
    out = []
    for k in range(1, max(1, len(head) - 1)):
        if head[k] not in starts or splits_not_name_word(head, k):
            continue
        sp, bare = label_reading(head[k:])
        if sp is not None:
            out.append(k)
            if not bare:
                break  # (label_speaker gives this tail's speaker: no later tail is tried)
    return tuple(out)


def clause_speaker(text: str, a: int, cue: int, people: People) -> tuple[int, Head] | None:
    """An official opening a clause of the cue's sentence, then 从/就/围绕/针对… what the
    answer covered up to the cue: (where the speaker begins, the speaker with that topic)."""
    s0 = clause_start(text, max(a, cue - 200), cue, "。！？")
    while s0 < cue and text[s0] in "”」":
        s0 += 1  # ("“…？”严明一时语塞，…表示": the sentence opens after the quotation's close)
    starts = [s0] + [i + 1 for i in range(s0, cue) if text[i] in "，,；"]
    for k in starts:
        m = speech_links().topic_split.search(text, k + 2, min(cue, k + 30))
        if m is None or any(ch in "，,；“”" for ch in text[k:m.start()]):
            continue
        sp = whole_speaker(text[k:m.start()], people)
        if sp is not None and (sp.department or sp.title) and not sp.role:
            # (what the answer covered: 从/就/围绕 …; 结合 names what it drew on)
            return k, Head(sp, topic=None if m.group(0) == "结合" else (m.end(), cue))
    if len(starts) >= 2 and text.startswith(speaker_words().clause_on, starts[-1]):
        # "Y局负责人在听取问题后，将政策作了介绍，并表示…": the cue's clause goes on with the
        # sentence's subject, the official opening it.
        head = parse_speaker(text, s0, starts[1] - 1, people)
        k = s0
        if head is None and (led := speech_links().leads.search(text, starts[-2], starts[-1] - 1)):
            # "会上，副市长X率30个部门负责人到会应询，还回答了…": the official leading the others
            k, head = starts[-2], parse_speaker(text, starts[-2], led.start(), people)
        if head is not None and head.speaker.title and not head.speaker.role:
            return k, Head(head.speaker, others=head.others)
    if len(starts) >= 2:
        # "A局和B办负责人毫不回避，对代表所提问题一一回应": the clause before the cue's is
        # the speaker and a manner.
        k, k2 = starts[-2], starts[-1]
        clause = text[k2:cue]
        if "、" in clause and (clause.endswith("等") or any(
                w.end() == len(clause) for w in speaker_words().attending.finditer(clause))):
            return None  # "副市长X，A局局长Y、B局局长Z等到会应询": officials listed attending, no manner
        head = parse_speaker(text, k, k2 - 1, people)
        if head is not None and head.speaker.title and not head.speaker.role:
            return k, Head(head.speaker, others=head.others)
        if head is None and (text[k2:cue].strip() in filler_words() + ("",) or behalf_office(text[k2:cue].strip())):
            # "Y局局长X一时语塞，随后表示": the official, then how they took the question; the
            # longest start of the clause that is an official speaks (so in "副市长X接过话筒，
            # 代表市政府作答", the clause only saying on whose behalf).
            for e in range(min(k2 - 1, k + 30), k + 1, -1):  # (down to a two-character name)
                sp = named_speaker(text[k:e], people)
                if sp is not None and sp.name and not sp.title and (known := people.named(sp.name)) is not None:
                    sp = known  # ("熊伟一时语塞": the official named in full before, by the name alone)
                if sp is not None and sp.name and sp.title and not sp.role:
                    return k, Head(sp)
    return None


@functools.lru_cache(maxsize=1)
def _OFFICE_OF() -> re.Pattern[str]:
    title = alternation({*titles(), *speaker_words().office_staff})
    from loaders.departments import office_endings

    return re.compile(rf"(?P<dept>[^，。“”的]{{2,20}}?(?:{alternation(office_endings()['office'])}))"
                      rf"[^，。“”、]{{1,14}}的(?:相关|有关)?(?P<title>{title})")


@functools.lru_cache(maxsize=1)
def _OFFICE_ONE() -> re.Pattern[str]:
    from loaders.departments import office_endings

    return re.compile(rf"(?P<dept>[^，。“”的]{{2,20}}?(?:{alternation(office_endings()['office'])}))的?"
                      rf"(?:{alternation(speaker_words().official_counts)})(?P<title>{alternation(titles())})"
                      rf"(?:{alternation(speaker_words().official_arrives)})?")


JOINED = re.compile(r"、|和|及|与")


def _several_offices(head: str) -> list[Speaker]:
    """"市农牧业局、农工办、商务局的负责人": one speaker per office, all of the same post."""
    m = speaker_words().offices_head.fullmatch(head) if ("负责" in head or "领导" in head) and JOINED.search(head) else None
    if not m:
        return []
    parts = [p for p in JOINED.split(m["offices"]) if p]
    if len(parts) < 2 or not all(is_department(p) for p in parts):
        return []
    return [Speaker(department=p, title=m["title"]) for p in parts]


def _first_of_two_posts(head: str) -> Speaker | None:
    """"县发改局局长、县粮食和物资储备局局长X说": one official holding the posts of two offices
    answers for the first, when it is a department of a field (the label grammar's reading in
    turns.heads); after a government's own post (市政府副秘书长、市住建局局长X) the
    office named last answers, as the several officials' reading has it."""
    lab = parse_head(head)
    sp = lab.speaker if lab is not None and lab.kind == "answer" else None
    if sp is None or not sp.name or not sp.department or "、" not in (sp.title or "") or sp.role:
        return None
    return sp


def _several_officials(head: str, people: People) -> list[Speaker]:
    """"市人社局局长聂春华和市财政局副局长卢红（分别作了回答）", "A局局长X、B院院长Y先后作答":
    officials, each named with a post of their own, answering one question together."""
    if not _JOINERS.search(head):
        return []
    # (、 also joins one official's posts, "党组书记、局长X": then a part names nobody;
    # 和 also stands inside office names, "市发展和改革委员会": 、 alone is tried first)
    for joiner in ("、", r"和|及|与|、"):
        parts = _split_outside_offices(head, joiner, people)
        if len(parts) < 2:
            continue
        # where each part ends in the head (the mark after it joins it to the next)
        ends, pos = [], 0
        for p in parts:
            pos = head.find(p, pos) + len(p)
            ends.append(pos)
        out = []
        for i, p in enumerate(parts):
            sp = whole_speaker(p, people) or (_titled_known(p, people) if out else None)
            if (sp is not None and not sp.name and head.startswith("、", ends[i]) and i + 1 < len(parts)
                    and sp.title and sp.department
                    and (nxt := whole_speaker(parts[i + 1], people)) is not None and nxt.name and nxt.title):
                # "市政府副秘书长、市住建局局长X作答": the posts of one official, the name after
                # the last of them (the office that answers is the last one's)
                continue
            if (sp is not None and not sp.name and (out or joiner != "、") and sp.title and not sp.role
                    and (sp.department and is_department(sp.department) or not out and _leads_government(sp))):
                # "街道办事处主任X和区城管执法局局长共同回答了…", "经济发展局局长和管委会副主任先后
                # 作答": officials named by office and post only (the attendee list or the report
                # gives the names, with what they said); "副市长和…管委会主任Y": a government's
                # leader by post alone, first
                out.append(sp)
                continue
            if sp is None or not sp.name or not (sp.title or sp.department) or (sp.role and is_congress_role(sp.role)):
                if (out and i == len(parts) - 1 and joiner != "、" and not out[0].name
                        and not speaker_words().offices_counted.search(p)
                        and not _one_named(head, people)):
                    return out  # (the last one's post unread, "…和管委会副主任": the first answers still)
                break
            out.append(sp)
        else:
            return out
    return []


def _one_named(head: str, people: People) -> bool:
    """Whether ``head`` names one official whose name opens with a joining word ("省农业农村厅
    厅长和建国": 和 the surname, no second official)."""
    sp = whole_speaker(head, people)
    return sp is not None and bool(sp.name) and sp.name[0] in "和及与"


# The marks that join officials' phrases (compiled once: re's module functions look the pattern up per call).
_JOINERS = re.compile(r"和|及|与|、")


def _split_outside_offices(head: str, joiner: str, people: People) -> list[str]:
    """The parts of ``head`` between ``joiner`` marks, except a 和 or 与 inside an office's
    name: "市科学技术局局长X和市工业和信息化局局长Y" is two officials, not three parts. An
    office the finder does not know keeps its 和 when the part before it reads as nobody and
    the two read as one ("X和镇城建和水利办主任Y": 镇城建 is no one, 镇城建和水利办主任Y is)."""
    if joiner == "、":
        return [p for p in head.split("、") if p]

    inside = [(a, b) for a, b, _ in find_departments(head)]
    pieces, last = [], 0  # [part, the joiner after it]
    for m in (_JOINERS.finditer(head) if joiner == _JOINERS.pattern else re.finditer(joiner, head)):
        if not any(a <= m.start() < b for a, b in inside):
            pieces.append([head[last:m.start()], m.group(0)])
            last = m.end()
    pieces.append([head[last:], ""])
    i = 0
    while i < len(pieces) - 1:
        part, mark = pieces[i]
        merged = part + mark + pieces[i + 1][0]
        if part and whole_speaker(part, people) is None and whole_speaker(merged, people) is not None:
            pieces[i:i + 2] = [[merged, pieces[i + 1][1]]]
        else:
            i += 1
    return [p for p, _ in pieces if p]


def _leads_government(sp: Speaker) -> bool:
    """A government's leader named by post alone (副市长), no office given."""
    from loaders.departments import leader_office

    return not sp.department and leader_office(sp.title) is not None


def _titled_known(part: str, people: People) -> Speaker | None:
    """"副主席马少华" after "自治区卫健委主任丁建军和": a post (one the label grammar leaves
    open, 副主席 is a congress seat too) and the name of an official the report names with an
    office of theirs elsewhere."""
    for n in (3, 2, 4):
        if len(part) > n and (sp := people.named(part[-n:])) is not None and sp.department and not sp.role:
            post = part[:-n]
            # the post alone, or the end of the office the report names with it and the post
            # ("管委会副主任周立新" for the 园区管委会副主任 of the attendee list)
            if post in title_set() or (sp.title and post.endswith(sp.title) and len(post) > len(sp.title)
                                        and sp.department.endswith(post[:-len(sp.title)])):
                return sp
    return None


def _several_askers(head: str, people: People) -> list[Speaker]:
    """"市人大代表易敬恒和沈军（分别）": members asking one after the other; a bare name
    after the first takes the first one's role."""
    if not JOINED.search(head):
        return []
    parts = [p for p in JOINED.split(head) if p]
    if "、" in head and len(whole := [p for p in re.split(r"和|及|与", head) if p]) >= 2:
        # "县人大代表、县妇联副主席X和县人大代表、城关镇干部Y": each asker with posts of their own
        # (、 joins one person's posts; a post the grammar lacks still ends in the name)
        found = [whole_speaker(p, people) or _name_ending(p) for p in whole]
        if all(sp is not None and sp.name for sp in found) and found[0].role and is_congress_role(found[0].role):
            return [found[0]] + [Speaker(name=sp.name, role=sp.role or found[0].role) for sp in found[1:]]
    if len(parts) < 2:
        return []
    first = whole_speaker(parts[0], people)
    if first is None or not first.name or not (first.role and is_congress_role(first.role)):
        return []
    out = [first]
    for p in parts[1:]:
        sp = whole_speaker(p, people)
        if sp is None and 2 <= len(p) <= 3 and surname_first(p) and not not_a_name(p):
            sp = Speaker(name=p, role=first.role)
        if sp is None or not sp.name or (sp.role and not is_congress_role(sp.role)) or (sp.title and not sp.role):
            return []
        out.append(sp)
    return out


@functools.lru_cache(maxsize=1)
def group_words() -> tuple[str, ...]:
    return tuple(sorted({r.cells[0] for r in read_words("speech_groups.txt")}, key=len, reverse=True))


_COUNTED = re.compile(r"等(?:[\d一二三四五六七八九十几多]+(?:名|位|个))?")


def group_asker(head: str) -> Speaker | None:
    """Members asking together: "与会代表", "委员们", "覃海燕、陆志刚等代表", "张三等3名市人大代表".
    A list of names speaks as its first name (one question, asked jointly); a group with
    no names is a congress role without a name."""
    rest = head.removesuffix("们")
    plural = rest != head
    if not plural and "等" not in rest and not rest.startswith(group_words()):
        return None  # (most speaker phrases: no group word at all)
    names: list[str] = []
    if (m := _COUNTED.search(rest)) and m.start() >= 2:
        names = [p for p in re.split(r"、|和|与|及", rest[:m.start()]) if p]
        rest = rest[m.end():]
    prefix = next((w for w in group_words() if rest.startswith(w)), "")
    rest = rest[len(prefix):]
    if not rest or not (names or prefix or plural):
        return None
    label = parse_head(rest)
    if label is None or label.speaker.name or not label.speaker.role or not is_congress_role(label.speaker.role):
        return None
    role = label.speaker.role
    if not names:
        return Speaker(role=role)
    if not all(2 <= len(n) <= 4 and surname_first(n) and not not_a_name(n) for n in names):
        return None
    return Speaker(name=names[0], role=role)


def speaker_then_manner(head: str, people: People) -> Head | None:
    """"市海洋局局长邓立新没有回避", "委员X语气急切": the longest start of the phrase that
    names someone with a post, then a few words of manner (no more than twelve: "把话筒递向市卫健委")."""
    found = []
    if (m := speaker_words().from_.match(head)) and len(head) - m.end() >= 4:
        head = head[m.end():]  # "来自企业一线的市人大代表X率先“开炮”": where the member comes from
    for e in range(len(head), max(1, len(head) - 13), -1):
        # (a shorter start must name someone: the manner follows the name)
        sp = whole_speaker(head, people) if e == len(head) else named_speaker(head[:e], people)
        # ("来自某村的养殖户代表X第一个发言：": a member named after their work)
        sp = sp or _described_member(head[:e], people)
        if sp is not None and (sp.role or sp.title or sp.department) and (sp.name or e == len(head)):
            if sp.name and e < len(head) and cue_word_at(head, e - 1):
                continue  # "委员王涛关注城中村：": the name's last character would open the cue (关注)
            if sp.name and swallowed_next_word(sp.name, head[e:], people.text) and shorter_name(head[:e - 1], sp.name, people) \
                    and not dotted_ends_at(head, sp.name, e):
                continue  # "局长李强没有回避": 没 opens 没有 (loaders/name_span.py)
            found.append(sp)
    named = [sp for sp in found if sp.name]
    if (whole := dotted_whole(named, head) or minority_whole(named)) is not None:
        return Head(whole)
    if named:
        # The manner runs on after the name: the name the report uses again wins ("田原没有回避"
        # … "田原回答"), else three characters, as in ledes.quote_then_member.
        return Head(min(named, key=lambda x: (-people.count(x.name), NAME_LENGTH_RANK.get(
            len(x.name) if len(x.name) < 4 or x.name[:2] in surnames() else 5, 9))))
    return Head(found[0]) if found else None


def named_then_manner(head: str, people: People) -> Head | None:
    """"市商务局局长胡晓东略作思考后回答", "局长X想了想说": a named person with a post, then a
    few words of how they spoke (at most eight, none that opens an object or a topic)."""
    found = speaker_then_manner(head, people)
    if found is None or not found.speaker.name or not (found.speaker.name[0] in surnames() or "·" in found.speaker.name):
        return None
    manner = head[head.rfind(found.speaker.name) + len(found.speaker.name):]
    if not 1 <= len(manner) <= 8 or any(ch in speaker_words().not_manner for ch in manner) or any(t in manner for t in titles()):
        return None  # (a post after the "name": the phrase was no name and manner)
    return found


def asked_whom(phrase: str, people: People) -> Speaker | None:
    """The official or office a question cue names ("区住建局局长覃文", "市粮食局"): the
    first of several ("市发改委、市工信局")."""
    a, b = strip_fillers(phrase)
    phrase = phrase[a:b]
    sp = whole_speaker(phrase, people)
    if sp is None and (first := JOINED.split(phrase, 1)[0]) != phrase and is_department(first):
        sp = Speaker(department=first)
    if sp is None and (m := speech_links().worker.fullmatch(phrase)):
        # "叶永海问起常驻公司的检疫监督员：“…？”": on an inspection, whoever works there is asked.
        sp = Speaker(title=m["post"])
    if sp is None or (sp.role and is_congress_role(sp.role)) or not (sp.department or sp.title or sp.name):
        return None
    return sp


def _name_ending(phrase: str) -> Speaker | None:
    """"县人大代表、城关镇干部李红": a member (a congress word in the phrase) whose phrase ends
    in a name (three characters when they open with a surname, else two)."""
    if not speech_links().congress_word.search(phrase):
        return None
    for n in (3, 2):
        name = phrase[-n:]
        if len(phrase) > n and surname_first(name) and not not_a_name(name) and not any(
                ch in "的了是在和与及" for ch in name):
            return Speaker(name=name)
    return None


@functools.lru_cache(maxsize=1)
def posts() -> re.Pattern[str]:
    roles = [r.cells[0] for r in read_tsv("roles.tsv", ["role_word"])]
    return re.compile(alternation({*roles, *titles()}))


def named_bare(text: str, lo: int, hi: int, people: People, chair_asks: bool = False) -> Speaker | None:
    """The member whose bare name opens the last sentence before ``hi`` (outside quotations)
    that opens with one ("张立勤没有就此打住。“…？”她追问道": 她 is 张立勤, named earlier
    with the seat, not the official who spoke last); ``chair_asks``: a chair's too (member_opening)."""
    return next((sp for s0 in _sentence_openings(text, lo, hi)
                 if (sp := member_opening(text, s0, people, chair_asks=chair_asks)) is not None), None)


_BARE_REACH = 120  # the sentences since the last attribution, not the whole report


def _sentence_openings(text: str, lo: int, hi: int) -> list[int]:
    """Where the sentences of ``text[lo:hi]`` (its last _BARE_REACH characters) open, the last first,
    but those opening a quotation: where named_bare and official_bare look for a bare name. The
    window's start opens one too (the previous attribution ended there)."""
    lo = max(lo, hi - _BARE_REACH)
    starts, k = [], hi
    while (k := max(text.rfind(p, lo, k) for p in "。！？\n")) >= lo:
        starts.append(k + 1)
    return [s0 for s0 in starts + [lo] if text[s0:s0 + 1] not in ("“", "「", "")]


def official_bare(text: str, lo: int, hi: int, people: People) -> Speaker | None:
    """The official whose bare name, named with the post earlier, opens the last sentence before
    ``hi`` that opens with a name, outside quotations ("X没有回避。“…”她坦言，…": 她 is X, the
    official the question was put to, not the member who asked last)."""
    for s0 in _sentence_openings(text, lo, hi):
        for n in (3, 2, 4):
            sp = people.by_name.get(text[s0:s0 + n])
            if sp is not None and (sp.title or sp.department) and not (sp.role and is_congress_role(sp.role)):
                return sp
    return None


def mentioned_person(text: str, lo: int, hi: int) -> Speaker | None:
    """The last person ``text[lo:hi]`` names with a post ("省海洋与渔业厅厅长刘修德则比较自信。"),
    or counts as an asker and names ("首位发问的委员是X。她说，")."""
    if (counted := counted_member(text, lo, hi)) is not None:
        return mentioned_person(text, counted[1], hi) or counted[0]
    for m in reversed(list(posts().finditer(text, lo, hi))):
        cs = m.start()
        while cs > lo and text[cs - 1] not in BOUNDARY and m.start() - cs < MAX_HEAD:
            cs -= 1
        # The name before the post (陈高卫委员) or after it (局长刘修德, 代表陶三发).
        ends = ([m.end()] if m.start() - cs >= 2 else []) + [e for e in (m.end() + 3, m.end() + 2, m.end() + 4)]
        if ends[-3:] == [m.end() + 3, m.end() + 2, m.end() + 4] and text[m.end():m.end() + 2] in surnames():
            # "委员令狐建英第一个举手": a two-character surname, its given name of two characters first
            ends = ends[:-3] + [m.end() + 4, m.end() + 3]
        if text[m.end():m.end() + 1] == " " and 3 <= (close := text.find(" ", m.end() + 1, m.end() + 8)) - m.end() <= 7:
            ends = [close]  # "局长 白玉峰 并未回避": the name the spaces set apart, whole
        elif (dotted := dotted_name_end(text, m.end(), hi)) is not None:
            # "代表阿依努尔·买买提江在乡里…": a name of two parts joined by ·, whole (not 阿依)
            ends.insert(1 if m.start() - cs >= 2 else 0, dotted)
        elif (long := next((m.end() + k for k in (6, 5) if m.end() + k <= hi
                            and minority_name(text[m.end():m.end() + k])), None)) is not None:
            # "代表阿拉坦其其格把问题交给镇长": a Mongolian name of five characters or six, whole (not 阿拉坦)
            ends.insert(1 if m.start() - cs >= 2 else 0, long)
        # "来自中国一重的市人大代表韩冬": the phrase may open after a modifier ending in 的.
        de = text.rfind("的", cs, m.start())
        # "接下来发问的是县人大代表X": after 的是 the person itself.
        # (the person after 的是 first: "回答这个问题的是市X局副局长Y" names no office "…的是市X局")
        starts = (de + 2, cs, de + 1) if de >= 0 and text[de + 1] in "是为" else (cs, de + 1) if de >= 0 else (cs,)
        if text[cs] in "是为" and text[cs - 2:cs] in ("的，", "的,"):
            starts = (cs + 1, *starts)  # "回应这一追问的，是市X委副主任Y": the person after 的，是 (no office "是市X委")
        if (lk := speech_links().told_link.match(text, cs).end()) > cs:
            starts += (lk,)  # "第一个片段，是委员X翻开…": the clause opens with 是 before the person
        if qf := speech_links().question_from.match(text[cs:m.start()]):
            starts += (cs + qf.end(),)  # "第一个问题来自委员X。她…": the person after 来自
        if text.startswith(leads := long_fillers(), cs, m.start()):
            # "这组数字来自区X局局长Y。他…": the phrase after a lead-in filler first (no office "这组数字来自区X局")
            starts = (cs + max(len(f) for f in leads if text.startswith(f, cs)), *starts)
        for s0, e in itertools.product(starts, ends):
            if e > hi:
                continue
            label = parse_head(text[s0:e])
            if label is None and e - m.end() == 3 and named_apart_from_seat(name := text[m.end():e]) \
                    and text.count(name) >= 2:
                # "市人大常委会委员和建平在走访中了解到…。他问：" with "和建平随即追问" later: a name whose
                # surname is a function word, used bare elsewhere, read after the seat too
                label = parse_head(text[s0:m.end()] + " " + name)
            if label is None or label.bare or label.kind == "other" or not label.speaker.name:
                continue
            sp = label.speaker
            if not_a_name(sp.name) or not surname_first(sp.name):
                continue
            if sp.role and not is_congress_role(sp.role):
                continue
            if len(sp.name) > 2 and text.endswith(sp.name, s0, e) and swallowed_next_word(sp.name, text[e:e + 4], text):
                continue  # "局长韩冰没有绕弯子": 没 opens 没有 (loaders/name_span.py); the shorter name follows
            return sp
        # "区人大代表、某公司研发总监X的问题聚焦人才。": a seat, an outside post, then the name.
        if text[m.end():m.end() + 1] == "、":
            cut = next((i for i in range(m.end() + 1, min(hi, m.end() + 40)) if text[i] in BOUNDARY or text[i] == "的"),
                       min(hi, m.end() + 40))
            # ("列席会议的全国人大代表、某区农民X": or after a modifier ending in 的)
            for s0, e in itertools.product(dict.fromkeys((cs, de + 1 if de >= 0 else cs)), range(cut, m.end() + 3, -1)):
                sp = member_with_post(text[s0:e])
                if sp is not None and sp.name and surname_first(sp.name) and not not_a_name(sp.name):
                    return sp
        # "李成荣，温岭市石塘镇人大代表。": a name, then the post in apposition.
        if cs >= 3 and text[cs - 1] == "，" and (label := parse_head(text[cs:m.end()])) is not None \
                and label.speaker.role and not label.speaker.name and is_congress_role(label.speaker.role):
            n0 = clause_start(text, lo, cs - 1, "。！？；\n")
            name = text[n0:cs - 1]
            if 2 <= len(name) <= 3 and surname_first(name) and not not_a_name(name):
                return Speaker(name=name, role=label.speaker.role)
    return None


def _seated_surname_split(head: str, at: int, people: People) -> Speaker | None:
    """The member a seat names right before a split word that is a surname too (向), when the report
    uses the three characters from it again opening a sentence or paragraph ("代表向某某就把…"
    … "向某某并不满意，他追问"): the word opens the member's name. Nothing when the two characters
    after it are none a given name holds (向市住建局, 向社会)."""
    left, name = head[:at], head[at:at + 3]
    seat = next((w for w in speaker_words().member_seats if left.endswith(w)), None)
    if seat is None or len(name) < 3 or any(c in not_name_chars() for c in name[1:]) or not CJK_CHAR.match(name[2]):
        return None
    text = people.text
    if not any(k > 0 and text[k - 1] in "。！？\n" and text[k + 3:k + 4] not in ("局", "委", "办", "厅", "县", "市", "区")
               for k in every_start(text, name)):
        return None
    role = left if is_congress_role(left) else seat
    return Speaker(name=name, role=role)


_COUNTED_SCAN = 40  # how far into a sentence its asker is counted ("接着站起来发问的是…")
_FROM_PLACE = re.compile(r"^来自[^，。；“”的]{1,16}的")


def counted_member(text: str, lo: int, hi: int) -> tuple[Speaker, int] | None:
    """The last member ``text[lo:hi]`` counts and names ("第二位发问的是X委员", "第四位询问的委员
    名叫X", "接着发问的是一位女代表，她叫X"), with where the name ends. A bare name needs the
    seat word before the link."""
    if "的" not in text[lo:hi]:
        return None  # (cheap pre-test: every counting phrase holds 的)
    found = None
    for m in speech_links().counted.finditer(text, lo, hi):
        who, seat = m["who"], m["seat2"] or m["seat"]
        # ("第一位发言的是来自某村的代表X": where the member comes from, before the seat)
        who = _FROM_PLACE.sub("", who)
        label = parse_head(who)
        if label is not None and label.speaker.name and label.speaker.role and is_congress_role(label.speaker.role):
            sp = label.speaker
        elif (sp := member_with_post(who)) is not None and sp.name:
            pass
        elif seat and 2 <= len(who) <= 3 and surname_first(who) and not not_a_name(who):
            sp = Speaker(name=who, role=seat)
        else:
            continue
        found = sp, m.end()
    return found


def _office_thrown_before(text: str, pos: int) -> str | None:
    """The office a question was put to in the sentence that ends right before ``pos``
    ("委员X把问题抛给了市地方金融工作局。" before "局长Y介绍"), or None."""
    end = pos
    if text[end - 1:end] == "”" and (q := text.rfind("“", max(0, end - 200), end)) >= 0 and text[q - 1:q] in ("\n", ""):
        end = q  # ("…抛给了市Y局。\n“…，”局长Z回答": the answer's quotation opens the next paragraph)
    while end > 0 and text[end - 1] in "。！？\n":
        end -= 1
    found = None
    for m in speech_links().thrown_to.finditer(text, clause_start(text, max(0, end - 60), end, "。！？\n"), end):
        found = m["x"]
    return found if found is not None and is_department(found) else None
