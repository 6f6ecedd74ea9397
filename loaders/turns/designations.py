"""A speaker written out in full (seat or office, post and name): alone on its line, before the
speech after a space, in brackets after a bare 问/答, several officials in one line, a member's occupation,
a firm's post and a name, a name with its seat or post in brackets opening the speech."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from loaders.datafiles import read_tsv
from loaders.follow_ups import marked_head
from loaders.occurrences import every_start
from loaders.turns.heads import SENTENCE_MARK, parse_head
from loaders.turns.model import Label, Speaker
from loaders.turns.names import good_name, is_congress_role, not_a_name
from loaders.turns.words import BULLET, CJK, ENUM, LNAME, MARKS, titles

__all__ = ["speaker_after_verb", "bracketed_speaker", "spaced_label", "full_designation", "several_respondents",
           "seat_occupation_name", "declaration_label", "heading_words", "designation_lead", "post_then_name"]


_MARKED_SPEAKER = re.compile(r"[^（()\n]{2,40}?[（(][^（）()\n]{1,6}[）)]")


def speaker_after_verb(paragraph: str, at: int, kind: str) -> Label | None:
    """The speaker a bare 问/答 label names right after its colon, in brackets or before a
    space ("答：（市住建局局长王卫东）今年…", "应询：市交通运输局局长邵国平 我们将…")."""
    rest = paragraph[at:]
    lead = len(rest) - len(rest.lstrip())
    found = bracketed_speaker(rest[lead:])
    if found is None:
        found = spaced_label(rest[lead:])
    if found is None and (marked := _MARKED_SPEAKER.match(rest, lead)) is not None \
            and (unmarked := marked_head(marked.group())) is not None \
            and (found := full_designation(unmarked, titled=True)) is not None:
        # "问 | 委员 X（追问）补贴…": on a flattened page the mark's bracket ends the speaker.
        found = replace(found, kind="follow_up", end=marked.end() - lead)
    if found is None and (quote := rest.find("“", lead, lead + 42)) > lead \
            and (head := rest[lead:quote].strip()) and not SENTENCE_MARK.search(head) \
            and (found := full_designation(head, titled=True)) is not None:
        # "提问：区人大常委会委员 X“…？”" (a page flattened to one line: folding took the space
        # before the quotation mark)
        if bool(found.speaker.role) != (kind in ("question", "follow_up")):
            return None
        found = replace(found, end=quote - lead)
    if found is None:
        return None
    if kind == "question" and found.kind == "follow_up":
        kind = "follow_up"  # "问：委员 X（追问） …": the mark after the speaker
    return replace(found, kind=kind, end=at + lead + found.end, declaration=False)


_BRACKET_SPEAKER = re.compile(r"^[（(]([^（）()]{3,40})[）)]\s*(?=\S)")


def bracketed_speaker(paragraph: str) -> Label | None:
    """"（市人大代表 王丽萍）农村公路…": the speaker in brackets, the speech right after."""
    m = _BRACKET_SPEAKER.match(paragraph)
    label = full_designation(m.group(1), titled=True) if m else None
    return replace(label, end=m.end()) if label is not None else None


def spaced_label(paragraph: str) -> Label | None:
    """"市人大代表 詹丽萍 老城区…": a full designation, a space, then the speech (a table's
    columns flattened to text, or a label whose colon was lost)."""
    tokens = paragraph.split(" ", 3)
    for k in (2, 1):
        # The speech opens with a word or a quotation ("肖开提 · 依明" is one name).
        if len(tokens) <= k or not re.match(rf"[“{CJK[1:-1]}]", tokens[k]):
            continue
        label = full_designation(" ".join(tokens[:k]), titled=True)
        if label is not None:
            return replace(label, end=len(" ".join(tokens[:k])) + 1)
    if "；" in paragraph[:60] and len(tokens := paragraph.split(" ", 3)) == 4 and "；" in tokens[1] \
            and re.match(rf"[“{CJK[1:-1]}]", tokens[3]) \
            and (several := several_respondents(BULLET.sub("", " ".join(tokens[:3])).strip(MARKS))) is not None:
        # "省水利厅厅长 X；省财政厅副厅长 Y 水利厅：…" (two officials' line run into the speech)
        return replace(several, end=len(" ".join(tokens[:3])) + 1)
    return None


def full_designation(head: str, *, titled: bool = False) -> Label | None:
    """A label naming a person with a role, or with a department or title ("市商务局局长 徐晓峰");
    ``titled``: with a role or title (a department and a word, "食安办报告", is no speaker)."""
    head = BULLET.sub("", head).strip(MARKS)
    if not head or len(head) > 40:
        return None
    label = parse_head(head) or seat_occupation_name(head)
    if label is None or label.bare or not label.speaker.name or label.kind == "other":
        return None
    sp = label.speaker
    return label if sp.role or sp.title or (sp.department and not titled) else None


def several_respondents(head: str) -> Label | None:
    """"市水利局局长 X、市财政局局长 Y": two or more officials, each with a department or title,
    answering in one turn (each becomes a respondent of the exchange)."""
    if "、" not in head and "；" not in head and ";" not in head:
        return None
    people = []
    # ("省水利厅厅长 X；省财政厅副厅长 Y" alone on its line: the officials of a designation line)
    for part in re.split(r"[、；;]", head):
        label = full_designation(part, titled=True)
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


def seat_occupation_name(head: str) -> Label | None:
    """"市人大代表、个体工商户 叶小梅": a member's seat, an occupation no title word ends, and the
    name after a space: the seat and the name (as a signature reads them, signed.signature_speaker).
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
    label = full_designation(seat + " " + name)
    if label is None or not label.speaker.role or not is_congress_role(label.speaker.role) \
            or label.speaker.name != name:
        return None
    return Label(label.kind if label.kind in ("question", "follow_up") else "question", label.speaker, 0)


def declaration_label(paragraph: str, *, titled: bool = False) -> Label | None:
    """A line that is nothing but a full speaker designation ("市商务局局长 徐晓峰")."""
    label = full_designation(paragraph, titled=titled)
    if label is None and ("；" in paragraph or ";" in paragraph) \
            and (several := several_respondents(BULLET.sub("", paragraph).strip(MARKS))) is not None:
        # "省水利厅厅长 X；省财政厅副厅长 Y" alone on its line: both answer, the first named first
        return replace(several, end=len(paragraph), declaration=True)
    marked = marked_head(paragraph.strip().strip("*").strip())
    if label is None and marked is not None:
        # "（追问）区人大常委会委员 X": the mark before the designation (after it the designation reads whole)
        label = full_designation(marked, titled=titled)
    if label is None and (enum := ENUM.match(line := paragraph.strip())) is not None:
        # "一、山区吃水难何时解决 市人大常委会委员 X": a page copied to one line left the numbered
        # heading before the designation under it, a space between them
        label = next((lab for k in every_start(line, " ") if k > enum.end()
                      and (lab := full_designation(line[k + 1:], titled=titled)) is not None), None)
    if label is None:
        return None
    sp = label.speaker
    kind = "question" if sp.role else "answer"
    if sp.role and marked is not None:
        kind = "follow_up"  # "**省人大常委会委员 X（追问）**" alone on its line: X presses on
    return Label(kind, sp, len(paragraph), declaration=True)


def heading_words(paragraph: str) -> tuple[str, bool]:
    """A heading line without its bullet, its bold or bracket marks and its number ("（一）"),
    and whether it was numbered."""
    line = BULLET.sub("", paragraph).strip(MARKS)
    enum = ENUM.match(line)
    return (line[enum.end():], True) if enum else (line, False)


_POST_SPACE_NAME = re.compile(r"([^\s，。；：！？“”（）]{2,40}) ([\u4e00-\u9fff]{2,4})")


_NAME_PAREN_LEAD = re.compile(rf"{LNAME}（[^（）]{{2,40}}）")
_POST_NAME_LEAD = re.compile(r"[^\s，。；：！？“”（）]{2,40} [\u4e00-\u9fff]{2,4}(?= )")


def designation_lead(body: str) -> tuple[Speaker, int] | None:
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
    sp = lab.speaker if lab is not None and lab.kind != "other" and not lab.bare else post_then_name(m.group())
    if sp is None or not sp.name or not (sp.title or sp.department or sp.role):
        return None
    return sp, m.end() + 1


def post_then_name(rest: str) -> Speaker | None:
    """"西宁城市投资管理有限公司副总经理 赵建斌": a body the heads do not know (a firm, an
    institute), its post, a space and a name, the whole line: a speaker, nothing said yet
    (joined with the speech below, the name ran into its first words). The body is no
    government office: the speaker has its post and name only."""
    m = _POST_SPACE_NAME.fullmatch(rest.strip())
    if m is None or not m[1].endswith(titles()) or not good_name(m[2], bare=True):
        return None
    return Speaker(m[2], None, next(t for t in titles() if m[1].endswith(t)), None)
