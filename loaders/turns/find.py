""":func:`find_turns` (the passes in order) and ``_turns``: each turn's side and speaker decided (a
declared speaker, a signature, a designation or narration opening the speech, the side of a bare speaker)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from loaders.turns.clues import addressees
from loaders.turns.designations import designation_lead, post_then_name, several_respondents
from loaders.turns.heads import parse_head
from loaders.turns.labels import SIGNATURE
from loaders.turns.model import Label, OfficialsLookup, Speaker, Turn, NOBODY
from loaders.turns.names import fits_seat, seat_only
from loaders.turns.passes import (broadcast_host_questions, broadcast_member_marks, chair_asks_itself, chair_posts_resolved,
                                  chair_remarks, declaration_lines, follow_up_marks, grouped, headline_pairs, label_paragraphs,
                                  posts_resolved, short_labels_resolved, trusted_bare_labels)
from loaders.turns.signed import (DASH_LINE, DASH_SIGN, dash_signed_ends, dash_signed_spans, signature_speaker,
                                  signed_turns)
from loaders.turns.spans import paragraph_spans
from loaders.turns.words import turn_groups

__all__ = ["find_turns"]


log = logging.getLogger(__name__)


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
    labels = label_paragraphs(text, dash_signed_spans(text, paragraph_spans(text)), known_resp)
    labels = headline_pairs(text, labels)
    labels = declaration_lines(text, labels)
    labels = short_labels_resolved(text, labels, known_resp, officials)
    labels = trusted_bare_labels(text, labels, known_resp)
    labels = posts_resolved(labels, officials)
    labels = chair_posts_resolved(text, labels, officials)
    labels = chair_remarks(text, labels)
    labels = chair_asks_itself(text, labels)
    labels = broadcast_member_marks(text, labels)
    labels = follow_up_marks(text, labels)
    # (after the follow-up marks: the host's pressing is decided by whom it presses, not by the
    # marks that tell a member's re-ask, and a host's line stays no member's turn for them)
    labels = broadcast_host_questions(text, labels)
    turns = dash_signed_ends(text, signed_turns(text, _turns(text, grouped(labels), known_resp)))
    log.debug("found %d turns", len(turns))
    return turns


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
        if side and seat_only(sp) and not sp.title and len(paras) == 1 and not label.narrative \
                and (rest := _declared_speaker(text, paras[0], label, sp)) is not None:
            if side == "q" and i + 1 < len(raw) and raw[i + 1][0].kind == "answer" \
                    and raw[i + 1][0].speaker != NOBODY and not raw[i + 1][0].declaration:
                # "提问：区人大代表 X（…）" alone on its line (the question quoted above it), then
                # "区某局局长 Y：…": no bare 问 follows for the line to declare, it is X's turn
                sp = rest
            else:
                declared[side] = rest
                if side == "q":
                    pressing = kind == "follow_up"
                continue
        if side and sp == NOBODY and side in declared:
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
            if label.addressee is not None and label.addressee != NOBODY:
                declared["a"] = label.addressee  # "X向Y提问：…" then a bare "答：" is Y's
        elif kind == "answer":
            open_question = False
        start = paras[0][0]
        body = start + label.end
        while body < paras[0][1] and text[body] in " ":
            body += 1
        if body >= paras[0][1] and len(paras) > 1:
            body = paras[1][0]  # the label stands alone on its line
        elif sp == NOBODY and kind == "answer" and not label.narrative \
                and (several := _several_officials(text[body:paras[0][1]])) is not None:
            # "回应：区教育局局长 X、区住建委副主任 Y" over the speech (told, "X表示，…Y补充，…"):
            # both answer it (on a page flattened to one line, the speech after a space)
            sp, label = several[0].speaker, replace(label, also=several[0].also)
            answerers.update(o.name for o in (sp, *several[0].also) if o.name)
            if several[1] < paras[0][1] - body:
                body += several[1]
            else:
                body = paras[1][0] if len(paras) > 1 else paras[0][1]
        elif sp == NOBODY and len(paras) > 1:
            # "问：区人大常委会委员周建明" with the speech on the next line.
            rest = parse_head(text[body:paras[0][1]])
            if rest is None and (post := post_then_name(text[body:paras[0][1]])) is not None:
                rest = Label(kind, post, 0)
            if rest is not None and rest.speaker != NOBODY:
                sp = rest.speaker
                body = paras[1][0]
                if kind == "question" and rest.kind == "follow_up":
                    kind = "follow_up"  # "问：委员 X（追问）": the mark after the speaker
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
        elif sp == NOBODY and kind in ("question", "follow_up", "answer") and not label.narrative \
                and (lead := designation_lead(text[body:paras[0][1]])) is not None:
            # "提问人：陈海燕（市人大常委会委员）每逢暴雨…？", "回答人：…总经理 林建华 老城区…": a page
            # flattened to one line runs the line that names the speaker into the speech.
            sp, body = lead[0], body + lead[1]
            if kind in ("question", "follow_up") and sp.name:
                askers.add(sp.name)
        elif seat_only(sp) and kind in ("question", "follow_up", "answer") and not label.narrative \
                and (told := _narrated_lead(text, body, paras[0][1], kind, turns)) is not None:
            # "局长答：区商务局局长 X介绍，…" / "局长答：X表示，…": the side's label, then the
            # speech told in reported speech after its speaker (named in full, or answered before).
            sp, body = told
            (askers if kind in ("question", "follow_up") else answerers).add(sp.name)
        end = paras[-1][1]
        if seat_only(sp) and kind in ("question", "follow_up", "answer") and not label.narrative:
            # "问：…？（市人大常委会委员 龚春燕）": the speaker signs the speech at its end; also
            # after a label giving only the seat or post ("【代表问】…？（区人大代表 X）"), and on a
            # dash line of its own under the speech ("——提问代表：区人大代表 X").
            sign = SIGNATURE.search(text, paras[-1][0], end)
            signed = signature_speaker(sign.group(1)) if sign else None
            if signed is not None and sign.start() > body and fits_seat(sp, signed):
                sp, end = signed, sign.start()
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
            elif ((dash := DASH_LINE.fullmatch(text, *paras[-1]) if len(paras) > 1 else None) is not None
                  or ((dash := DASH_SIGN.search(text, paras[-1][0], end)) is not None and dash.start() > body)) \
                    and (signed := signature_speaker(dash["who"])) is not None and fits_seat(sp, signed):
                # (the dash line run into the speech's paragraph on a page flattened to one line)
                sp, end = signed, dash.start()
                if kind in ("question", "follow_up") and sp.name:
                    askers.add(sp.name)
        turns.append(Turn(kind, sp, start, body, end, tuple(paras), label.narrative, label.addressee))
        for other in label.also:  # one speech, several officials: a turn each, the same span
            answerers.update([other.name] if other.name else [])
            turns.append(Turn(kind, other, start, body, end, tuple(paras), label.narrative, label.addressee))
    return turns


def _several_officials(line: str) -> tuple[Label, int] | None:
    """Two officials or more named after a bare answer label ("区教育局局长 X、区住建委副主任 Y"),
    the whole line or up to a space before the speech, and where the speech starts."""
    if (whole := several_respondents(line)) is not None:
        return whole, len(line)
    for i, c in enumerate(line[:80]):
        if c == " " and "、" in line[:i] and (part := several_respondents(line[:i])) is not None:
            return part, i + 1
    return None


def _side_mark_over_speaker(text: str, label: Label, paras: list[tuple[int, int]], nxt: Label | None) -> bool:
    """Whether ``label`` is a side's mark naming nobody alone on its line ("【应询】", "【追问】",
    "【提问】") right above a line naming a speaker of that side ("区人大常委会委员 X",
    "区数据局局长 Y"), which the label grammar reads as a label of its own."""
    if label.speaker != NOBODY or label.declaration or label.narrative or len(paras) != 1 \
            or label.kind not in ("question", "follow_up", "answer") or text[paras[0][0] + label.end:paras[0][1]].strip():
        return False
    if nxt is None or nxt.speaker == NOBODY or nxt.declaration or nxt.narrative or seat_only(nxt.speaker):
        return False
    if nxt.kind == "speaker":
        return True
    return (nxt.kind == "answer") == (label.kind == "answer") and nxt.kind in ("question", "follow_up", "answer")


def _declared_speaker(text: str, para: tuple[int, int], label: Label, seat: Speaker) -> Speaker | None:
    """The person a line of its own declares for the bare 问/答 below it: "询问人：委员 X",
    "应询人：区住建局局长 Y" (a column word naming nobody), also after a seat the label grammar
    reads as the speaker's ("问政代表：X", "代表：X": the seat is the member's when the line names
    none). Nothing when the line says more than a person."""
    rest = parse_head(text[para[0] + label.end:para[1]].strip())
    if rest is None or rest.speaker == NOBODY or rest.kind == "other":
        return None
    if seat == NOBODY:
        return rest.speaker
    if not rest.speaker.name or rest.speaker.department or rest.speaker.title:
        return None  # a seat over an official: no declaration of a member
    return rest.speaker if rest.speaker.role else replace(rest.speaker, role=seat.role)


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
    if (lab is None or not lab.speaker.name) and head.endswith(turn_groups()["cue_ending"]):
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
