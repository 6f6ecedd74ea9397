"""Speech signed by its speaker: after a dash ("“……？”——委员 X", :func:`dash_signer`,
:func:`member_signed_quote`), on pages flattened to one line, or in brackets at the end of a bare answer."""

from __future__ import annotations

import dataclasses
import re

from loaders.turns.designations import full_designation
from loaders.turns.heads import parse_head
from loaders.turns.model import Label, Speaker, Turn
from loaders.turns.names import is_congress_role
from loaders.turns.words import DASH, interview_subtitle, label_patterns

__all__ = ["DASH_SIGN", "dash_signed", "dash_signer", "member_signed_quote", "dash_signed_spans", "dash_signed_ends",
           "opens_dash_signed", "signed_turns", "DASH_LINE", "signature_speaker"]


# "“……？”——市人大常委会委员 王五": the speaker signs the speech after a dash.
DASH_SIGN = re.compile(rf"(?<=[”」。？！?!…])\s*{DASH}\s*(?P<who>[^“”「」—\n]{{2,40}}?)\s*$")


def dash_signed(paragraph: str) -> Label | None:
    """A speech signed after a dash by a member (a question) or an official (an answer)."""
    # (every match holds a dash: most paragraphs hold none, and the search entered its
    # lookbehind at each of their characters)
    m = DASH_SIGN.search(paragraph) if "—" in paragraph or "－－" in paragraph or "--" in paragraph else None
    label = full_designation(m["who"], titled=True) if m is not None and m.start() > 0 else None
    if label is None and m is not None and m.start() > 0 and _bare_signature(m["who"]):
        # "“…”——杨宁": a bare name, trusted only for a person the report names with a post
        # (passes.trusted_bare_labels), whose side it then is
        return Label("speaker", Speaker(name=m["who"]), 0, bare=True)
    if label is None:
        return None
    kind = label.kind if label.speaker.role and label.kind == "follow_up" else "question" if label.speaker.role else "answer"
    return Label(kind, label.speaker, 0)  # ("——X委员追问": a signed 追问)


_DASH_AFTER = re.compile(rf"\s*{DASH}\s*(?P<who>[^\s“”「」—]{{2,30}}(?: [^\s“”「」—，。]{{2,4}})?)(?=\s|$)")


def dash_signer(text: str, pos: int) -> Speaker | None:
    """The congress member who signs the speech ending at ``pos`` after a dash ("“……？”——市人大
    代表 X", on the next line or, on a page flattened to one line, before the narration that follows)."""
    m = _DASH_AFTER.match(text, pos)
    if m is None:
        return None
    label = full_designation(m["who"], titled=True)
    if label is None and " " in m["who"]:
        label = full_designation(m["who"].split(" ")[0], titled=True)  # the name ran into the next sentence
    return label.speaker if label is not None and label.speaker.role and is_congress_role(label.speaker.role) else None


# "“……？”" alone on its line, "——市人大常委会委员 X" on the next.
_SIGNED_QUOTE = re.compile(rf"“[^“”\n]{{4,}}[？?]”\n{DASH}\s*[^“”—\n]{{2,40}}")


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


_DASH_SIGN_BEFORE_QUOTE = re.compile(rf"(?<=[”」])\s*{DASH}\s*(?P<who>[^“”「」—\n]{{3,40}}?)\s*(?=“)")


_SIGN_LINE = re.compile(rf"\s*{DASH}\s*[^“”「」—\n]{{2,40}}$")


def dash_signed_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs cut after each dash signature that a next quoted speech follows: a page
    flattened to one line runs "“……？”——委员 X“……。”——局长 Y" together (folding drops the
    space between them)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _SIGN_LINE.match(text, a, b) and text[out[-1][1] - 1] in "”」" \
                and DASH_SIGN.search(text, out[-1][0], b) is not None \
                and not interview_subtitle(text[a:b]):
            # (a headline ending on a quotation, "——访某县人大常委会主任X" under it: an
            # interview's subtitle, no signature)
            # "“……？”" / "——市人大常委会委员 王五" on the next line: the line signs the speech above
            out[-1] = (out[-1][0], b)
            continue
        if "“" not in text[a:b] or not any(d in text[a:b] for d in ("—", "－－", "--")):
            out.append((a, b))
            continue
        for m in _DASH_SIGN_BEFORE_QUOTE.finditer(text, a, b):
            if full_designation(m["who"], titled=True) is not None or _bare_signature(m["who"]):
                out.append((a, m.end()))
                a = m.end()
        out.append((a, b))
    return out


def dash_signed_ends(text: str, turns: list[Turn]) -> list[Turn]:
    """Turns signed after a dash end before the signature."""
    out = []
    for t in turns:
        m = DASH_SIGN.search(text, t.paragraphs[-1][0], t.end) if t.body_start == t.start else None
        if m is not None and (lab := full_designation(m["who"], titled=True)) is not None \
                and lab.speaker.name == t.speaker.name:
            t = dataclasses.replace(t, end=m.start())
        out.append(t)
    return out


_DASH_SIGNED_START = re.compile(rf"^\s*“[^“”\n]{{2,300}}”\s*{DASH}\s*(?P<who>[^\s“”—]{{2,30}}(?: [^\s“”—]{{2,4}})?)(?=\s|$)")


def opens_dash_signed(rest: str) -> bool:
    """A quoted speech signed after a dash at the start of ``rest`` (a flattened page of
    "“……？”——委员 X" lines): a turn starts there."""
    m = _DASH_SIGNED_START.match(rest)
    return m is not None and full_designation(m["who"], titled=True) is not None


def signed_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """Bare 问/答 turns whose speaker signs the end of the speech in brackets
    ("答：…。（答复人：市住建局局长 孙立峰）")."""
    out = []
    for t in turns:
        m = None
        if t.kind in ("question", "follow_up", "answer") and not t.speaker.name:
            m = label_patterns().signed_by.search(text, t.body_start, t.end)
        lab = parse_head(m["who"]) if m is not None else None
        if lab is not None and lab.speaker.name and (lab.speaker.role or lab.speaker.title or lab.speaker.department):
            sp = lab.speaker
            out.append(dataclasses.replace(t, speaker=Speaker(sp.name, sp.role, sp.title, sp.department
                                                               or t.speaker.department), end=m.start()))
            continue
        out.append(t)
    return out


# "——提问代表：区人大代表 X" on a line of its own under the speech it signs.
DASH_LINE = re.compile(rf"\s*{DASH}\s*(?P<who>[^“”「」—\n]{{2,40}}?)\s*")


def signature_speaker(who: str) -> Speaker | None:
    """The person a signature names ("区人大代表 X", "询问人：委员 X"); a seat followed by an
    occupation ("区人大代表、某街道居民 X") keeps the seat."""
    who = label_patterns().column_prefix.sub("", who.strip())
    label = full_designation(who)
    if label is None and "、" in who and " " in who.strip():
        label = full_designation(who[:who.index("、")] + " " + who.strip().rsplit(" ", 1)[1])
    return label.speaker if label is not None else None
