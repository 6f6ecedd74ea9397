"""File → DocumentRecord: read, normalise, session, turns, exchanges, mentions.

``load_path`` is the one entry point the CLI, the graph and the tests use;
``load_many`` runs it over many files (in worker processes when asked) and
yields records or :class:`InputError` in input order, so one bad file never
stops the others.
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import gc
import hashlib
import itertools
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from loaders.attribution import Officials, speech_turns
from loaders.bodies import (congress_context, congress_named, fiction_marker, inquiry_held, inquiry_named, other_forum,
                            self_report_event)
from loaders.errors import InputError
from loaders.exchanges import build_exchanges, deliberation_heard
from loaders.hosts import department_host, press_host
from loaders.meta import check_sidecar
from loaders.narrated import motion_askers, motion_before, narrated_turns
from loaders.motion_document import motion_document_turns
from loaders.motion_reply import written_reply_turns
from loaders.normalize import normalize
from loaders.pointed_back import pointed_back_turns
from loaders.read import SUPPORTED_SUFFIXES, read_file
from loaders.records import DocumentRecord, Exchange, Mention
from loaders.script import TRADITIONAL, as_written, detect_script, strip_pinyin_glosses, to_simplified
from loaders.session import detect_session
from loaders.tables import relabel_tables
from loaders.turns import (Turn, dash_signer, find_turns, inline_turn_screen, is_bare_label, is_inline_turn, is_label_only,
                           is_turn_start, member_signed_quote, parse_head)

__all__ = ["load_path", "load_text", "iter_paths", "load_many", "read_sidecar", "warm_up"]

log = logging.getLogger(__name__)

_SIDECAR_KEYS = {"city", "province", "year", "date", "source_url", "publisher"}

# Readers tried in turn, only when no layout found an exchange, for reports that quote nobody
# in turn: an inquiry told ("X等9名代表联名…提出质询……面对代表们的质询，局长Y反复解释"), and
# an answer quoted first ("“…”局长X昨天这样说。…X是在应询“…”的问题时，作出上述表述的").
_FALLBACK_READERS = (narrated_turns, pointed_back_turns)


def read_sidecar(path: Path) -> dict[str, Any]:
    """``<stem>.meta.json`` next to ``path`` (``{}`` when absent)."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(str(side), f"unreadable sidecar ({type(e).__name__}: {e})".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise InputError(str(side), "sidecar must be a JSON object")
    unknown = set(data) - _SIDECAR_KEYS
    if unknown:
        log.info("%s: ignoring sidecar keys %s", side, ", ".join(sorted(unknown)))
    return check_sidecar(data, str(side))


def load_path(path: str | Path, *, year: int | None = None, city: str | None = None) -> DocumentRecord:
    """Read one transcript and extract its record.

    Raises:
        InputError: unreadable file, unsupported format, or no recognisable exchange.
    """
    p = Path(path)
    raw_bytes, raw = read_file(p)
    meta = read_sidecar(p)
    return load_text(raw.text, source=str(path), sha256=hashlib.sha256(raw_bytes).hexdigest(),
                     meta=meta, year=year, city=city, encoding=raw.encoding, fmt=raw.format)


def load_text(text: str, *, source: str, sha256: str | None = None, meta: dict[str, Any] | None = None,
              year: int | None = None, city: str | None = None, encoding: str | None = None,
              fmt: str | None = None) -> DocumentRecord:
    """Extract the record of an already decoded text (``sha256`` defaults to its UTF-8 hash)."""
    sha = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = relabel_tables(text)  # a question-and-answer table's rows as labelled lines
    script = detect_script(text)
    text = strip_pinyin_glosses(text, toneless=script == TRADITIONAL)
    simplified = to_simplified(text) if script == TRADITIONAL else text
    clean = normalize(simplified, is_turn_start=is_turn_start, is_label_only=is_label_only,
                      is_inline_turn=is_inline_turn, is_bare_label=is_bare_label, inline_screen=inline_turn_screen)
    if not clean.strip():
        raise InputError(source, "no text left after removing noise")
    session = detect_session(clean, sha256=sha, meta=meta, year=year, city=city, raw=simplified[:3000])
    forum = other_forum(clean)
    if forum is not None:
        # A CPPCC meeting, a council's interpellation, a TV or radio programme: shaped like
        # an inquiry, but no people's congress asks.
        raise InputError(source, f"no recognisable exchange (names {forum}, no people's congress: "
                                 "not a congress inquiry)")
    if session.body is None and (host := department_host(clean)) is not None:
        # A bureau's own 问答会 or 座谈会: deputies ask among other guests, but the office
        # that answers also holds the sitting, and no congress sitting or organ is named.
        raise InputError(source, f"no recognisable exchange (a meeting held by {host}, no congress organ "
                                 "named: not a congress inquiry)")
    if (marker := fiction_marker(clean)) is not None:
        # A web novel's chapter: its deputies and mayors question each other in invented sittings.
        raise InputError(source, f"no recognisable exchange (a page of fiction: {marker}; not a report)")
    event = None
    if (press := press_host(clean)) is not None:
        # A government press conference (on an inquiry's follow-up, say): reporters ask and
        # officials answer, no member does; the inquiry it reports may still make it a session.
        log.info("%s: a press conference held by %s: no exchange read", source, press)
        exchanges, departments = [], []
    else:
        exchanges, departments = _best_exchanges(clean, sha, session.city)
        for reader in _FALLBACK_READERS:
            if exchanges:
                break
            if told := reader(clean):
                exchanges, departments = build_exchanges(clean, told, sha, session.city)
        exchanges = motion_askers(clean, exchanges)
        if exchanges and (event := self_report_event(clean)) is not None:
            # "市人大代表X：\n…（X's own story）": at a 代表通道 members tell reporters of their work;
            # a turn no named official answers is the member's talk, not a question put
            exchanges, departments = _answered_by_officials(exchanges, departments)
            log.info("%s: a %s page: %d exchanges answered by a named official kept", source, event, len(exchanges))
    if exchanges and not congress_context(clean):
        # Questions and answers, but no congress and no inquiry anywhere: a web
        # interview or a press conference, not a report of an inquiry session.
        raise InputError(source, "no recognisable exchange (questions and answers, but no congress body, "
                                 "deputy or inquiry named)")
    if not exchanges:
        if event is not None and _congress_named(clean, session):
            # (members telling reporters of their work at the session: a sitting, with what they name)
            log.info("%s: a %s page, no question put to an official: session only", source, event)
        elif _congress_named(clean, session) and deliberation_heard(clean):
            # A congress group deliberation that a leader came to hear and answered nobody at:
            # a sitting all the same, with what its members name.
            log.info("%s: a group deliberation heard by officials, no question answered: session only", source)
        elif not _reports_an_inquiry(clean, session):
            raise InputError(source, f"no recognisable exchange ({_why_no_report(clean, session)})")
        else:
            # A brief about an inquiry that quotes nobody still records that the sitting took place.
            log.warning("%s: an inquiry report that quotes no question and answer: session only", source)
    exchanges, entities, narrative = _with_mentions(clean, exchanges, session.city)
    log.info("%s: %d exchanges, %d departments, %d entities", source, len(exchanges),
             len(departments), len(entities))
    shown = clean
    if script == TRADITIONAL:
        shown = as_written(clean, simplified, text)
        exchanges = [_as_written(e, clean, shown) for e in exchanges]
        narrative = _mentions_as_written(narrative, clean, shown)
    return DocumentRecord(source=source, sha256=sha, text=shown, session=session,
                          exchanges=tuple(exchanges), departments=tuple(departments),
                          entities=tuple(entities), encoding=encoding, format=fmt, script=script,
                          mentions=narrative)


def _answered_by_officials(exchanges: list[Exchange], departments) -> tuple[list[Exchange], list]:
    """The exchanges an official named by name answers, and the departments they still name."""
    kept = [e for e in exchanges if e.answer is not None and any(r.name for r in e.respondents)]
    named = {r.department for e in kept for r in e.respondents}
    return kept, [d for d in departments if d.name in named]


def _as_written(e: Exchange, clean: str, shown: str) -> Exchange:
    """Surface strings of an exchange in the script of the source (offsets are shared)."""
    answer = shown[e.answer_start:e.answer_end] if e.answer_start is not None else None
    return dataclasses.replace(e, question=shown[e.question_start:e.question_end], answer=answer,
                               mentions=_mentions_as_written(e.mentions, clean, shown))


def _mentions_as_written(mentions, clean: str, shown: str) -> tuple[Mention, ...]:
    def sentence(m: Mention) -> str:
        at = clean.find(m.sentence, max(0, m.end - len(m.sentence)))
        return shown[at:at + len(m.sentence)] if 0 <= at <= m.start else m.sentence

    return tuple(dataclasses.replace(m, text=shown[m.start:m.end], sentence=sentence(m)) for m in mentions)


def _reports_an_inquiry(text: str, session) -> bool:
    """Names a congress body and an inquiry it held: a report, even if it quotes nobody and
    dates the sitting only 近日 (its year then comes from the sidecar or --year)."""
    return _congress_named(text, session) and inquiry_held(text)


def _congress_named(text: str, session) -> bool:
    return bool(session.body or congress_named(text))


def _why_no_report(text: str, session) -> str:
    """Why a text with no exchange is not an inquiry report either (the refusal's one line)."""
    if _congress_named(text, session) and inquiry_named(text):
        return "an inquiry only announced or prepared, none held"
    if congress_context(text):
        return "no question/answer speaker turns found"
    return "no congress body, deputy or inquiry named"


def _score(exchanges: list[Exchange]) -> int:
    return sum(1 + (e.answer is not None) + bool(e.asker.name or e.asker.role) + (e.respondent is not None)
               for e in exchanges)


def _best_exchanges(clean: str, sha: str, city: str | None):
    """:func:`_best_reading`'s exchanges; when one of them is left unanswered, the same reading again
    with answers told after a question taken (build_exchanges ``told``), not made to choose it."""
    (exchanges, departments), turns = _best_reading(clean, sha, city)
    if turns is not None and any(e.answer is None for e in exchanges):
        told = build_exchanges(clean, turns, sha, city, told=True)
        if len(told[0]) == len(exchanges):
            return told
    return exchanges, departments


def _best_reading(clean: str, sha: str, city: str | None):
    """:func:`_best_of_readings`, or the 质询案 the report tells with the office's written answer
    before what the reading found after it (loaders/motion_reply.py), when that reads more."""
    best, turns = _best_of_readings(clean, sha, city)
    replied = written_reply_turns(clean, turns or [])
    if replied != (turns or []):
        by_reply = build_exchanges(clean, replied, sha, city)
        if _score(by_reply[0]) > _score(best[0]):
            return by_reply, replied
    return best, turns


def _best_of_readings(clean: str, sha: str, city: str | None):
    """Label turns (transcripts) or attributed speech (news features), whichever reads more.

    Transcripts label every turn at the start of a line; features attribute
    quotations inside running text. Both readings are tried; the label reading
    wins ties, so transcripts read as before.
    """
    # (a 质询 report telling the motion and its written answer before the members press on: both readings)
    label_turns = motion_before(clean, find_turns(clean, Officials(clean)))
    by_label = build_exchanges(clean, label_turns, sha, city)
    best, best_score, best_turns = by_label, _score(by_label[0]), label_turns
    if motion := motion_document_turns(clean):
        # a 质询案 as filed with the office's letter under it: its form's fields are no labels
        by_motion = build_exchanges(clean, motion, sha, city)
        if _score(by_motion[0]) > best_score:
            return by_motion, motion
    if len(by_label[0]) >= _SURE_LABELS and best_score == 4 * len(by_label[0]) \
            and _asked_only_in_labels(clean, label_turns):
        # A transcript whose labels give every exchange its question, answer, asker and respondent,
        # and ask nothing outside their own questions: the speech reading (a fifth of a report's
        # reading) is not run. It could win only with questions of its own, and it reads those at a
        # question mark outside the labelled questions (a chair's labelled remark asking, a
        # narrated question between labelled turns), which such a transcript has none of. Not an
        # exact cut but one read on the check texts: of 943 (tests/gold, samples, sets 31-35, the
        # bench's 50 documents) 95 reach it and none reads otherwise (without the question-mark test
        # one did: a chair's labelled question after 13 labelled exchanges).
        return best, best_turns
    turns = motion_before(clean, _signed_speech(clean, speech_turns(clean)))
    # (the speech reading that cannot score more is not built: ~3 % of a report's reading)
    if _score_bound(turns) > best_score:
        by_speech = build_exchanges(clean, turns, sha, city)
        speech_score = _score(by_speech[0])
        if speech_score > best_score:
            best, best_score, best_turns = by_speech, speech_score, turns
    if not turns:
        return best, best_turns  # nothing narrated to join label turns to: the mixed reading is the label one
    # A page mixing both ("代表X首先发问：…？Y接过话筒说，…" beside label lines "县人大代表Z：…"
    # and "——镇派出所所长 W回应：…"): the speech reading with the label turns of the
    # paragraphs it leaves out, when that reads more than either.
    mixed = _with_label_turns(clean, label_turns, turns)
    if mixed != turns and _score_bound(mixed) > best_score:  # (turns added, or a label naming an asker)
        by_both = build_exchanges(clean, mixed, sha, city)
        if _score(by_both[0]) > best_score:
            return by_both, mixed
    return best, best_turns


#: label exchanges, each with full marks, from which the label reading is taken without the speech reading
_SURE_LABELS = 4
_QUESTION_MARK = re.compile("[？?]")


def _asked_only_in_labels(clean: str, label_turns: list[Turn]) -> bool:
    """Whether every question mark of ``clean`` stands inside a labelled question or follow-up turn.

    >>> from loaders.turns import Speaker
    >>> t = Turn("question", Speaker(name="甲"), start=0, body_start=4, end=7, paragraphs=((0, 7),))
    >>> _asked_only_in_labels("委员甲：为何？答：好。", [t]), _asked_only_in_labels("委员甲：为何？答：好吗？", [t])
    (True, False)
    """
    spans = sorted((t.start, t.end) for t in label_turns if t.kind in ("question", "follow_up"))
    starts = [a for a, _ in spans]
    for m in _QUESTION_MARK.finditer(clean):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= spans[i][1]:  # (turns out of order only make the test fail: no skip)
            return False
    return True


def _with_label_turns(clean: str, label_turns: list[Turn], speech: list[Turn]) -> list[Turn]:
    """``speech`` and the label turns (label before the speech, or a member's whole quoted question
    signed on the line under it) whose first paragraph holds no speech turn, each with its paragraphs
    up to the next speech turn's (a label turn runs to the next label, over the narrated speech
    between); a speech turn that is a label's own speech read by its cue to its first paragraph's end
    takes the label's later paragraphs the same way."""
    out = list(speech)
    # speech turns by start, with the furthest end reached by any turn starting so far: whether a
    # turn starts inside [a, b) or covers a is two bisections, not a pass over every speech turn
    # (that pass per label turn made a long file of many sessions quadratic)
    ordered = sorted(speech, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(itertools.accumulate((s.end for s in ordered), max))
    # ``out`` keeps its places: a speech turn a label turn stands for leaves None in its place (taken
    # out at the end, the rest in their order), where a new list and a new ``where`` per such label
    # turn made a long file of many sessions quadratic (the 10 MB file read at 0.27x jieba). ``where``
    # is keyed by the turn each place held when it was last rebuilt: a turn replaced in its place
    # since keeps its old key until the next label turn standing for speech turns renews the keys
    # (``renew``), as the rebuilt dictionary did.
    where = {id(s): k for k, s in enumerate(out)}
    key_of = list(where)  # (the key of each speech turn's place, in order)
    renew: list[int] = []  # places replaced since the keys were last renewed
    for t in label_turns:
        a, b = t.paragraphs[0]
        if (t.body_start == t.start or clean[a:t.body_start].rstrip()[-1:] not in ("：", ":")) \
                and not member_signed_quote(clean, t):
            # signed after the speech ("“…”——委员X"): the speech reading misplaces those, but
            # for a member's whole quotation signed on the line under it, which it does not read;
            # a label without its colon may be a headline ("X县人大代表进站点 听民声")
            continue
        i = bisect.bisect_left(starts, a)
        end = min(t.end, b)
        if i < len(starts) and id(ordered[i]) not in where:
            continue  # (given way to an earlier label turn, below: label turns never share a paragraph)
        if (i < len(starts) and _heads_unnamed_question(clean, t, b, ordered[i])
                and not (i and reach[i - 1] > a)):
            # "X委员：加装电梯为何叫好不叫座" on its own line, the question under it read by the
            # speech reading with nobody asking: the heading names the member who asks it
            # (of the label's side: a 追问 follow_up_marks read stays one)
            k = where[id(ordered[i])]
            out[k] = dataclasses.replace(ordered[i], kind=t.kind, speaker=t.speaker, start=t.start,
                                         body_start=t.body_start, paragraphs=((a, b),) + ordered[i].paragraphs)
            renew.append(k)
            continue
        if (i < len(starts) and starts[i] == t.body_start and ordered[i].end == b and len(t.paragraphs) > 1
                and not (i and reach[i - 1] > a)):
            # "局长Y回答：…。" over paragraphs "一是…", "二是…": the speech reading read the label's own
            # speech by its cue, to its first paragraph's end: it keeps the label's later paragraphs
            # up to the next speech turn's, as the label reading does
            paragraphs = _paragraphs_before(clean, t, starts[i + 1] if i + 1 < len(starts) else None)
            if len(paragraphs) > 1:
                k = where[id(ordered[i])]
                out[k] = dataclasses.replace(out[k], end=paragraphs[-1][1],
                                             paragraphs=out[k].paragraphs + paragraphs[1:])
                renew.append(k)
            continue
        if i < len(starts) and (k := _unnamed_inside(t, ordered, i, b)) is not None \
                and not (i and reach[i - 1] > a):
            # "委员X：我问某局。…。请问…？" / "主持人（副主任X）：我也问一个问题。…？": the speech reading
            # read the label's own question (or answer, by its cue) with nobody named: the label says who
            # speaks; the label turn stands for them (a chair's labelled remark asking is a question)
            paragraphs = ((a, min(t.end, b)),)
            if len(t.paragraphs) > 1:
                paragraphs = _paragraphs_before(clean, t, starts[k] if k < len(starts) else None)
            kind = ordered[i].kind if t.kind == "other" else t.kind
            for s in ordered[i:k]:  # (each still in its place, not replaced, goes)
                n = where.get(id(s))
                if n is not None and out[n] is s:
                    out[n] = None
                    del where[id(s)]
            for n in renew:  # the places replaced since, keyed by the turn they hold now
                if out[n] is not None and key_of[n] != id(out[n]):
                    del where[key_of[n]]
                    key_of[n] = id(out[n])
                    where[key_of[n]] = n
            renew.clear()
            out.append(dataclasses.replace(t, kind=kind, end=paragraphs[-1][1], paragraphs=paragraphs))
            continue
        if i < len(starts) and starts[i] < b:  # a speech turn starts in the paragraph
            # "【追问】X：…？Y答：…": a member's labelled question before the narrated answer in its
            # paragraph: the question, to its last sentence end before the answer's cue
            end = _question_before(clean, t, starts[i])
            if end is None:
                continue
        j = bisect.bisect_right(starts, a)
        if j and reach[j - 1] > a:  # one starting at or before a runs past it
            continue
        paragraphs = ((a, end),)
        if end == b and len(t.paragraphs) > 1:
            paragraphs = _paragraphs_before(clean, t, starts[i] if i < len(starts) else None)
        out.append(dataclasses.replace(t, end=paragraphs[-1][1], paragraphs=paragraphs))
    return sorted((s for s in out if s is not None), key=lambda t: (t.start, t.body_start))


_ENDS_SENTENCE = frozenset("。！!？?…”’」』")


def _paragraphs_before(clean: str, t: Turn, speech: int | None) -> tuple[tuple[int, int], ...]:
    """The paragraphs of the label turn ``t`` (its first holding no speech turn) before the paragraph
    where the next speech turn starts, at ``speech`` (None: no speech turn after it), as the label
    reading keeps them (they were cut to the first: an answer's second paragraph on was lost where
    this reading won), and of the paragraph where it starts, the sentences before it. Only the first
    where the speech turn starts right after a paragraph that ends no sentence ("…（三）雨污管网改\n
    造什么时候完工？": a line broken inside the label's speech, read there by the speech reading):
    the two readings cut the text apart differently."""
    kept = []
    for pa, pb in t.paragraphs:
        pb = min(t.end, pb)
        if speech is not None and pb > speech:
            if pa < speech and (e := _last_sentence_end(clean, pa, speech)) is not None:
                # the speech turn starts inside the paragraph ("…年底前完成。”💬X追问：“…？”"):
                # the paragraph to its last sentence end before it
                kept.append((pa, e))
            elif len(kept) > 1 and clean[kept[-1][0]:kept[-1][1]].rstrip()[-1:] not in _ENDS_SENTENCE:
                return tuple(kept[:1])
            break
        kept.append((pa, pb))
    return tuple(kept)


_SENTENCE_END = re.compile(r"[。！!？?…]+[”’」』\"]?")


def _last_sentence_end(clean: str, a: int, b: int) -> int | None:
    """The end of the last sentence ending in ``clean[a:b]`` (with its closing quote), or None."""
    end = None
    for m in _SENTENCE_END.finditer(clean, a, b):
        end = m.end()
    return end


_HEADING_MAX = 40  # a label's speech on a line this short and with no sentence end is a heading


def _heads_unnamed_question(clean: str, t: Turn, b: int, nxt: Turn) -> bool:
    """Whether the member's label turn ``t``, its first paragraph ending at ``b``, is a heading
    (a short line ending no sentence) right above ``nxt``, a question the speech reading found
    with nobody named asking it."""
    return (t.kind in ("question", "follow_up") and bool(t.speaker.name) and nxt.kind == "question"
            and not nxt.speaker.name and not nxt.speaker.role and not clean[b:nxt.start].strip()
            and b - t.body_start <= _HEADING_MAX and not re.search(r"[。！!；]", clean[t.body_start:b]))


def _unnamed_inside(t: Turn, ordered: list[Turn], i: int, b: int) -> int | None:
    """Whether the speech turns ``ordered[i:k]`` starting in the named label turn ``t``'s first
    paragraph (ending at ``b``) are all its own speech, read with nobody (or its own speaker) named:
    each starts in its body, ends in that paragraph and is of the label's side (a question; under an
    answer label, an answer; under a remark's label, a question); ``k``, the next speech turn's index,
    if so, else None."""
    if not t.speaker.name or t.kind not in ("question", "follow_up", "answer", "other"):
        return None
    kinds = ("answer",) if t.kind == "answer" else ("question", "follow_up")
    k = i
    while k < len(ordered) and ordered[k].start < b:
        s = ordered[k]
        named = (s.speaker.name or s.speaker.role) and s.speaker.name != t.speaker.name
        if named or s.kind not in kinds or s.start < t.body_start or s.end > min(t.end, b):
            return None
        k += 1
    return k if k > i else None


def _question_before(clean: str, t: Turn, speech: int) -> int | None:
    """Where the member's labelled question ``t`` ends when a speech turn starts at ``speech``
    later in its paragraph: after its last question mark before it, else None (no question there)."""
    if t.kind not in ("question", "follow_up") or not t.speaker.name or speech <= t.body_start:
        return None
    q = max(clean.rfind("？", t.body_start, speech), clean.rfind("?", t.body_start, speech))
    return q + 1 if q >= 0 else None


def _signed_speech(clean: str, turns: list[Turn]) -> list[Turn]:
    """Speech turns asking with nobody named that a member signs after a dash right after them
    ("“……？”——市人大代表 X", the speech reading's quotation with no cue): the member asks."""
    out = []
    for t in turns:
        if t.kind in ("question", "follow_up") and not t.speaker.name \
                and (signer := dash_signer(clean, t.end)) is not None:
            t = dataclasses.replace(t, speaker=signer)
        out.append(t)
    return out


def _score_bound(turns: list[Turn]) -> int:
    """The most :func:`_score` can give the exchanges ``build_exchanges`` makes of ``turns``:
    each exchange opens with a question (or follow-up) turn of its own, or with an official's told
    answer led by the matter it answers (exchanges: a narrative answer naming its official), and
    scores at most 4."""
    return 4 * sum(t.kind in ("question", "follow_up") or (t.kind == "answer" and t.narrative and bool(t.speaker.name))
                   for t in turns)


_NARRATIVE = "_narrative"


def _with_mentions(text: str, exchanges: list[Exchange], city: str | None):
    """Mentions per exchange part, and in the narrative between and around the exchanges."""
    from loaders.mentions import extract_mentions  # lazy: jieba and the gazetteer load on first use

    parts = []
    for e in exchanges:
        parts.append((e.id, "question", e.question_start, e.question_end))
        if e.answer_start is not None:
            parts.append((e.id, "answer", e.answer_start, e.answer_end))
    parts += [(_NARRATIVE, "narrative", a, b) for a, b in _gaps(text, [(p[2], p[3]) for p in parts])]
    result = extract_mentions(text, parts, city)
    out = [dataclasses.replace(e, mentions=tuple(result.mentions.get(e.id, ()))) for e in exchanges]
    return out, tuple(result.entities), tuple(result.mentions.get(_NARRATIVE, ()))


def _gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` no span covers (the report's narrative)."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a > pos and text[pos:a].strip():
            out.append((pos, a))
        pos = max(pos, b)
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text)))
    return out


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files of supported types under ``paths`` (folders recursively, sorted).

    A named file is yielded whatever its suffix, so that ``load_path`` can
    report it; folders contribute only supported files, leaving out hidden
    files and upper-case documentation files such as ``README.md`` or
    ``SOURCE.md`` (sidecars are ``.json``, never read as documents).
    """
    for item in paths:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in SUPPORTED_SUFFIXES and not _is_project_doc(f):
                        yield f
        else:
            yield p


def _is_project_doc(f: Path) -> bool:
    """README.md, SOURCE.md, LICENSE.txt …: documentation next to the data, not transcripts."""
    stem = f.stem
    return f.name.startswith(".") or (stem.isascii() and stem.upper() == stem and any(c.isalpha() for c in stem))


# A short report of our own, in the news-feature genre (quoted speech, a department, a
# policy tool, a date): reading it builds what the rules build on first use.
_WARM_UP_TEXT = (
    "2024年5月20日上午，某市人大常委会召开会议，就优化营商环境工作开展专题询问。\n"
    "“工程建设项目审批为什么还要跑这么多次？”市人大常委会委员王明问道。\n"
    "市发展和改革委员会主任李强回答：“我们将推行告知承诺制，年底前全部事项网上办理。”\n"
    "市科创局局长赵刚就《湖南省优化营商环境规定》落实情况作了说明。他说：“今年新增企业三百家。”\n"
    # (a request putting an answer off, "请某局会后书面答复": the deferral words of attribution.cues)
    "“配套资金什么时候到位？”委员任晓梅接着问。会议主持人说，请市财政局会后书面答复。\n"
)
# And one in the labelled-transcript genre (问：/答：, a follow-up, a bracket, a programme drawn
# up and a rule set up): the label rules, the bracket folding and two extractors compile
# their patterns on the first such document (~15 ms in a process that reads 50 reports).
_WARM_UP_LABELS = (
    "2023年6月8日，某县人大常委会召开会议，对住房保障工作开展专题询问。\n"
    "问：县人大常委会委员张华：请问县住建局，老旧小区改造（含加装电梯）进度如何？\n"
    "县住建局答：我们编制了老旧小区改造三年行动方案，建立了项目联审制度，年底前完成。\n"
    "追问：张华：资金从哪里来？\n"
    "县住建局局长刘明：主要是专项债和省级补助。\n"
)

# And one of projects, attendees and quoted tools (a phase and works after a site, a group of
# askers, an attendee list, a question put to an office, tools and problems in quotes): the
# rules for these compile their patterns on first use (~6 ms in a process reading 50 reports).
_WARM_UP_SITES = (
    "2023年6月8日，某县人大常委会召开会议，对重点项目建设开展专题询问。副县长郑启明，县发改局局长韩立新、"
    "县住建局局长刘明等到会应询。\n"
    "“请问县教育局，课后服务收费标准是什么？”\n"
    "问：县人大常委会委员王明、李强和张华：东湖产业园二期工程和丁湖路改造工程进度如何？群众反映“一床难求”的问题怎么解决？\n"
    "县住建局局长刘明：东湖产业园二期工程年底完工，丁湖路拓宽改造一期已开工，推行“一网通办”工作机制，"
    "开展“万企兴万村”专题视察调研活动，“智慧城市”平台“一网通办”专区上线。\n"
    "在场委员又围绕课后服务收费提出询问。\n"
)


def warm_up(*, freeze: bool = False) -> None:
    """Build now what a process builds while reading its first documents: the data-file
    tables and automata, jieba's dictionary, OpenCC. Worker processes call it when they
    start, and the extraction bench before it times anything (as it initialises jieba).
    ``freeze``: move every object the process holds so far out of the cyclic collector's
    reach (``gc.freeze()``), for a process that does nothing but read documents after."""
    for text in (_WARM_UP_TEXT, _WARM_UP_LABELS, _WARM_UP_SITES):
        try:
            load_text(text, source="<warm-up>")
        except InputError:  # rules refusing it still built their tables on the way
            pass
    from loaders.departments import department_types, find_departments, office_told_to

    find_departments("市发展和改革委员会")  # the whole-text office scan, which only some layouts run
    department_types()  # the vocabulary, read only when an office the table lacks is typed by its stem
    office_told_to("")  # the telling verbs, read only for an answer put off to writing after the sitting
    inquiry_named("")  # the held/plan words, read only for texts that quote nobody
    congress_named("")  # the organ words, read only for texts that quote nobody
    narrated_turns("")  # the told-inquiry words, read only for texts no reading found an exchange in
    pointed_back_turns("")  # the pointing-back words, read only for texts no reading found an exchange in
    # the deferral words of a filed 质询案's letter, read only for a text holding one
    motion_document_turns("领衔代表：王静\n提出质询：（一）问？\n县水利局\n关于第1号质询案的答复\n一、关于问题\n"
                          "由县水利局另行书面答复。\n以上答复\n局长：李强")
    # the opening, closing and signing words of a 质询案's written answer, read only for a text telling one
    written_reply_turns("委员王静等5人联名提出质询案。现答复如下：\n一、关于问题。\n特此答复。\n县水利局局长 李强", [])
    department_host("县水利局召开会议")  # the host verbs, read only for texts naming no congress organ
    press_host("市政府新闻办举行新闻发布会")  # the press events, read only for openings naming one
    from loaders.mentions.suffix import own_counties

    own_counties("漯河市")  # the counties of every city, read on the first report whose city is known
    from loaders.places import full_names_in

    full_names_in("漯河市")  # the full place names by city, read on the first report whose county is looked for
    parse_head("委员王静：社会")  # the colon shortcut's proof, built on the first head with a colon inside
    is_turn_start("县人大代表、养殖大户王静：问？")  # a member's occupations, read for a seat run into them
    parse_head("市农业局局长和建国")  # the function-word surnames, read for a name after an office's post
    parse_head("市人大常委会委员者文斌")  # those read after a seat too (seat_word_surnames.txt)
    from loaders.attribution.words import ethnic_seat

    ethnic_seat()  # the ethnic groups, read only for a speaker phrase holding 族
    relabel_tables("询问人\t询问内容\t应询人\t答复内容\n委员 王静\t问？\t局长 李强\t答。")  # a table's 同上 marks
    from loaders.mentions import warm_up_tables

    warm_up_tables()  # the extractors' patterns that the texts above do not reach
    for encoding in ("gb18030", "gb2312", "cp950"):
        codecs.lookup(encoding)  # the codecs read_file tries on a file that is not UTF-8 (each a module to import)
    # The tables built above live as long as the process: the cyclic collector need not walk
    # them again on every collection while documents are read (~4 % of reading 50 reports).
    # Process-wide, so only on request: a library user's own objects would be frozen too.
    if freeze:
        gc.freeze()


def _warm_up_worker() -> None:
    warm_up(freeze=True)  # a worker process only reads documents


def _load_one(args: tuple[str, int | None, str | None]) -> DocumentRecord | InputError:
    path, year, city = args
    try:
        return load_path(path, year=year, city=city)
    except InputError as e:
        return e
    except Exception as e:  # a bug must not stop a batch: report it as this file's error
        log.debug("unexpected error on %s", path, exc_info=True)
        return InputError(path, f"internal error ({type(e).__name__}: {e})".splitlines()[0])


def load_many(paths: Iterable[str | Path], *, year: int | None = None, city: str | None = None,
              workers: int = 1) -> Iterator[DocumentRecord | InputError]:
    """``load_path`` over ``iter_paths(paths)``; errors are yielded, not raised.

    With ``workers > 1`` documents are read in that many processes; results
    still come in input order.
    """
    jobs = [(str(p), year, city) for p in iter_paths(paths)]
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _load_one(job)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up_worker) as pool:
        yield from pool.map(_load_one, jobs, chunksize=max(1, min(16, len(jobs) // (workers * 4) or 1)))
