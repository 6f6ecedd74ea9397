"""The passes in order: :func:`find_utterances` runs cue finding, then the narrated, lede, office and
list readings, then drops what is not an exchange; :func:`speech_turns` gives them as turns."""

from __future__ import annotations

import dataclasses
import functools
import re

from loaders.datafiles import alternation, read_groups, read_words
from loaders.turns import Speaker, Turn, is_congress_role, last_mark, paragraph_spans, surnames
from loaders.attribution.words import speech_links, speaker_words
from loaders.attribution.spans import clause_end, clause_start, order, para_index, Utterance
from loaders.attribution.people import attendees, People
from loaders.attribution.names import member_opening
from loaders.attribution.cues import (answered_in_turn, bare_seat_asking, find_cues, first_person_officials, group_on_one_topic,
                                      introduced_askers, members_after_quoted_questions, public_quoted,
                                      remark_answered, set_in_writing, cue_side, topic_each, topics_listed,
                                      written_settings)
from loaders.attribution.told import (answered_about, answered_members, asked_topic_lead, asked_when_cut,
                                      asker_after, asker_in_clause, asker_inside, cut_after_colon, cut_by_excerpt,
                                      cut_question, drop_empty_questions, drop_lead_repeats, drop_told_topics,
                                      introduced_questions, member_told_before_quote, members_asked_before,
                                      narrated_question, office_referred, open_question, open_quote_before,
                                      pronoun_goes_on, question_before, question_from, question_left_open,
                                      quote_paragraphs_before, raised_problem_taken_up, said_before_quote,
                                      SCARE_QUOTE, speech_after, speech_span, thrown_to, title_line, told_before,
                                      told_question, topic_lead, unattributed_answers, who_asked_who_answered)
from loaders.attribution.offices import (addressed_questions, narrated_office_questions, office_answered_pairs,
                                         told_in_turn, unmarked_office_questions)
from loaders.attribution.ledes import (answer_first_lede, answers_pointed_back, asker_named_before,
                                       drop_presumed_questions, member_after_open_quote, question_thrown_to, quote_then_member,
                                       self_introduced, talk_requests)
from loaders.attribution.lists import counted_askers, paired_lists, respective_askers

__all__ = ["find_utterances", "speech_turns"]


def find_utterances(text: str) -> list[Utterance]:
    """Attributed speech of the normalised text, in text order."""
    from loaders.departments import leader_office

    paragraphs = paragraph_spans(text)
    people = People(text)
    attendees(text, people)
    first_person_officials(text, people)
    introduced_askers(text, people)
    members_after_quoted_questions(text, people)
    lede = answer_first_lede(text, paragraphs, people)
    if lede is not None:
        people.add(lede[1].speaker)  # ("白局长回答，…" below: the official the lede named in full)
    cues = find_cues(text, paragraphs, people)
    written_settings()  # (built with the other tables, whatever the text: warm_up builds it)
    inquiry = bool(speaker_words().inquiry.search(text))
    any_question, seen = False, 0  # whether ``out`` holds a question (checked incrementally)
    out: list[Utterance] = []
    taken_until = -1
    summed_up = -1  # where the last sentence summing up questions ends (the answers in it are summed up too)
    for i, c in enumerate(cues):
        any_question = any_question or any(u.kind in ("question", "follow_up") for u in out[seen:])
        seen = len(out)
        pi = para_index(paragraphs, c.cue_start)
        after = speech_after(text, c, cues[i + 1] if i + 1 < len(cues) else None, paragraphs, pi)
        if c.before and c.before[0] < taken_until:
            c.before = None  # an earlier speech has it
        elif c.before and c.kind == "follow_up" and text.startswith(("：“", ":“", "：「"), c.cue_end):
            # "“…。”💬 X代表追问：“…？”": a 追问 quoting its own words after the colon presses on the
            # quotation before it (the answer), which is not the member's
            c.before = None
        start, end = speech_span(text, c, after)
        if start == end and c.kind in ("question", "follow_up") and c.speaker.name and not c.topic:
            # "“…？”…是委员X的重点关注事项。现场，X向区市场监管局发问。": a cue with no
            # speech of its own asks the quoted question left open earlier in its paragraph.
            lo = max(paragraphs[pi][0], taken_until, cues[i - 1].cue_end if i else 0)
            start, end = (open_quote_before(text, lo, c.head_start)
                          or (lo == paragraphs[pi][0] and quote_paragraphs_before(text, paragraphs, pi, c.head_start,
                                                                                   taken_until))
                          # "关于人才留不住的问题，委员X问得很直接。": the topic opening its sentence
                          or (text[c.cue_end:c.cue_end + 1] == "。" and asked_topic_lead(text, lo, c.head_start))
                          or (start, end))
        if (start == end and c.kind == "follow_up" and text[c.cue_end:c.cue_end + 1] == "。"
                and text.endswith(speaker_words().follow_manner, c.head_start, c.cue_end)):
            # "X没有就此打住。…？…？她又问了两句。": the questions after the sentence, up to
            # the next speaker phrase in the paragraph
            stop = cues[i + 1].head_start if i + 1 < len(cues) and cues[i + 1].head_start < paragraphs[pi][1] \
                else paragraphs[pi][1]
            start, end = c.cue_end + 1, stop
        if start < taken_until or (0 < end - start < 4 and not asked_when_cut(text, c, start, end)):
            continue
        if end == start and c.kind not in ("answer", "question", "follow_up") and not cut_after_colon(text, c):
            continue
        # "市X局有关负责人表示，…": an office that speaks answers, even unnamed and unquoted
        # (a congress office's head "人大常委会代工委负责人表示" sums up the sitting instead).
        office = bool(c.speaker.department and c.speaker.title) and "人大" not in text[c.head_start:c.cue_start]
        # ("副市长表示，…" at an inquiry: a government leader named by post alone speaks for the government)
        office = office or (inquiry and c.speaker.title is not None and c.speaker.role is None
                            and leader_office(c.speaker.title) is not None)
        if (not c.speaker.name and not office and c.kind != "answer" and text[start:start + 1] not in ("“", "「")
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":") and not group_on_one_topic(text, c)
                and not speaker_words().anonymous.match(text, c.head_start, c.cue_start)
                and not (c.kind == "question" and bare_seat_asking(text[c.head_start:c.cue_start]))):
            # ("一位委员就…提问，认为…": one member, unnamed, is someone's question; so "常委会委员就…问题进行询问")
            continue  # "组成人员围绕…进行了询问": a summary of the sitting, no one's question
        kind = cue_side(c, text[start:end])
        if kind is not None and set_in_writing(text, c.head_start):
            continue  # "在报告中，X检察长坦言“…”": the report's words, said to nobody at the sitting
        if (kind in ("question", "follow_up") and text[c.cue_end:c.cue_end + 1] not in ("：", ":")
                and (c.others and text[start:start + 1] not in ("“", "「")
                     # (a topic may open with a quoted term: "就“五水共治”督查考核、…等问题")
                     or not c.speaker.name and c.topic and (text[start:start + 1] not in ("“", "「") or SCARE_QUOTE.match(text, start)))
                and topics_listed(text[c.topic[0] if c.topic else start:end])):
            # "代表A、B、C围绕X、Y、Z等建议办理工作提出询问": who asked on what, the sitting
            # summed up (the cue may be a noun's 建议 inside the topics); so with members unnamed
            # ("还有委员就A、B、C等问题提出询问")
            summed_up = clause_end(text, end, paragraphs[pi][1], "。！？\n")
            continue
        if kind == "answer" and c.head_start < summed_up and text[start:start + 1] not in ("“", "「") \
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":"):
            continue  # "…提出询问，A局、B局负责人一一作答。": the answers to the questions summed up
        if (kind in ("question", "follow_up") and c.others and text[start:start + 1] not in ("“", "「")
                and text[c.cue_end:c.cue_end + 1] not in ("：", ":")
                and speech_links().many_times.search(text, c.head_start, c.cue_start)
                and not re.search(r"[？?]|请问", text[start:end]) and answered_in_turn(text, c.cue_end)
                and not topic_each(text, c)):
            # "委员A、B，代表C、D先后提出询问，X局局长E、Y局局长F分别作了回答": members listed
            # asking many questions one after another, officials listed answering them in the
            # same sentence, nothing of either said: the sitting summed up
            continue
        if (kind == "answer" and speaker_words().listed_offices.search(text, c.head_start, c.cue_start)
                and text[start:start + 1] not in ("“", "「") and text[c.cue_end:c.cue_end + 1] not in ("：", ":")):
            continue  # "A局、B局等部门负责人一一作答": the sitting summed up, nobody's answer to one question
        if kind is None and c.kind == "say" and cut_by_excerpt(text, start, end) and c.speaker.role \
                and is_congress_role(c.speaker.role) and not speaker_words().chair.search(c.speaker.role):
            kind = "question"  # "X对着话筒说：“去年的…预算3800万，" and the excerpt ends: it was asking
        if kind is None and c.kind == "say" and end > start and remark_answered(text, c, cues[i + 1:], end):
            kind = "question"  # "代表X直言，…问题最突出。Y局局长Z表示，…": the problem put is answered
        if kind is None:
            continue
        if kind == "answer" and not c.before and (told := answered_members(text, c, people)):
            # "副市长X还具体回答了委员们就…提出的问题。": who asked and about what, told; no words of the answer.
            out.append(told)
            a0 = a1 = c.cue_end
            if told.start == told.end and (said := pronoun_goes_on(text, c.cue_end, paragraphs[pi][1])):
                a0, a1 = said  # "Y回答了委员X的询问。她介绍，…": the official's words, the sentence after
            out.append(Utterance(kind, c.speaker, a0, a1, c.head_start, None, c.others))
            taken_until = max(taken_until, told.end, a1)
            continue
        if kind == "answer" and not c.before and (pair := members_asked_before(text, c, people)):
            # "副区长X带领…到会应询，并就委员们关于…提出的问题作了回答。": the same, told before the cue.
            told, sp = pair
            out.append(told)
            out.append(Utterance(kind, sp, c.cue_end, c.cue_end, told.at))
            taken_until = max(taken_until, c.cue_end)
            continue
        asked, told_span, re_ask = asker_in_clause(text, c, people) if kind == "answer" else (None, None, False)
        if kind == "answer" and asked is None and c.before and not open_question(out):
            asked = asker_after(text, c, people)
        if (kind == "answer" and asked is None and c.before and not open_question(out)
                and text[c.before[1] - 2:c.before[1] - 1] in ("？", "?") and c.head_start - c.before[1] <= 30
                and (sp := member_opening(text, c.before[1], people)) is not None):
            # "“…？”委员X话音刚落，Y局副局长Z就接过了话筒：“…”": the member between the
            # question and the answer's speaker asked it.
            people.add(sp)
            asked = sp
        if (kind == "answer" and asked is None and c.before and not open_question(out)
                and (said := said_before_quote(text, cues[i - 1] if i else None, c.before[0])) is not None):
            # "委员X说，调研中…只有几家，“政府怎样培育龙头企业？”局长Y答，…": the member's remark
            # runs on into the quoted question the answer takes up.
            asked = said
        if kind in ("question", "follow_up") and c.addressee is None:
            c.addressee = thrown_to(text, c.cue_end, people)
        if asked is not None or (kind == "answer" and c.before and not open_question(out)
                                 and not public_quoted(text, c.before[0])):
            # "“…？”在回答王晓荣委员的提问时，X表示，…": the quotation is the question and
            # the clause names who asked; "“…？”X负责人表示，…" with no question open: an
            # unattributed question.
            q_span = question_before(text, c, paragraphs, pi, taken_until)
            if q_span is None and asked is not None and not open_question(out):
                # "听了X代表的建议后，Y回应，…": the asker's words are told before, not quoted.
                q_span = (told_before(text, paragraphs, pi, asked, taken_until) or told_span
                          or (c.head_start, c.head_start))
            if q_span is None and asked is None and c.before and not open_question(out):
                # "另一位提问人立即就…是否处罚到位？并要求…作答。“…”X回答": a question told
                # in the same paragraph, just before the quoted answer.
                told = told_question(text, paragraphs[pi][0], max(taken_until, 0), c.before[0], people)
                if told is not None:
                    q_span, asked = told
                else:
                    # "…重中之重，如何进一步提升…？“…”X局负责人表示": the narrator puts the question;
                    # "“…”X局局长向代表答复…问题解决情况": the problem answered is.
                    q_span = (narrated_question(text, max(paragraphs[pi][0], taken_until), c.before[0])
                              or answered_about(text, c))
            if q_span is not None:
                # (a problem named after the quoted answer still opens the exchange)
                # ("面对X的追问“…”，Y回应称": the clause names a 追问)
                out.append(Utterance("follow_up" if re_ask and asked is not None else "question",
                                     asked or Speaker(), q_span[0], q_span[1], q_span[0],
                                     at=start if q_span[0] > start else -1))
                taken_until = q_span[1]
                if c.before and q_span == c.before:
                    if not after:
                        taken_until = c.cue_end
                        out.append(Utterance(kind, c.speaker, c.cue_end, c.cue_end, c.head_start, None, c.others))
                        continue  # ("“…？”X发问后，A局局长Y和B局局长Z先后作答": both answer)
                    start, end = after
        if (kind == "answer" and asked is None and not c.before and not open_question(out)
                and (q_span := question_left_open(text, paragraphs, pi, c.head_start, taken_until))):
            # "县人民法院如何…？县人民法院院长X介绍，…", "请问市X局，…？" on the line before
            # "市X局局长Y表示，…": a question nobody is said to ask, answered by the next official
            # (unless a member opens the clause right after its quotation: "“…？”X忍不住插话。").
            q_kind, q_sp, (q0, q1) = member_after_open_quote(text, q_span, out, people) \
                or ("question", Speaker(), q_span)
            out.append(Utterance(q_kind, q_sp, q0, q1, q0))
            taken_until = max(taken_until, q_span[1])
        if (kind == "answer" and c.kind == "answer" and inquiry and end > start
                and (text[start] in "“「" or text[c.cue_end:c.cue_end + 1] in ("：", ":"))
                and not any_question and not open_question(out)
                and not (out and out[-1].kind == "answer" and c.speaker.name and out[-1].speaker.name == c.speaker.name)):
            # "…厅长X则比较自信……在委员的追问下，他也承认：“…”": an answer the report quotes
            # before quoting any question answers a question it only describes (summaries
            # such as "X作了回答" or "X汇报了…" quote nothing and answer no one in particular).
            # (ordered at the answer's start when "“…，”Y回答" quotes its words before the speaker
            # phrase; a quotation asking, "“…？”Y坦言", is no answer's; "Y说，…。“…”他坦言" goes on with
            # Y's answer told just before, to a question a later pass reads)
            own = (c.before is not None and start == c.before[0] and c.head_start - c.before[1] <= 1
                   and not re.search(r"[？?]", text[start:c.head_start]))
            out.append(Utterance("question", asked or Speaker(), c.head_start, c.head_start, c.head_start,
                                 at=start if own else -1))
        if (kind == "answer" and not c.before and not open_question(out) and (c.speaker.department or c.speaker.title)
                and (topic := topic_lead(text, max(paragraphs[pi][0], taken_until), c.head_start))):
            # "针对小微水体长效监管，市X局有关负责人说，…": the topic the office answers on.
            out.append(Utterance("question", Speaker(), topic[0], topic[1], topic[0]))
        elif kind == "answer" and not open_question(out) and (
                m := speech_links().answering.search(text[c.head_start:c.cue_start])):
            # "X局长现场答复野猪毁粮问题时说：“…”": the question is the problem it names.
            a = c.head_start + m.start("q")
            out.append(Utterance("question", Speaker(), a, c.head_start + m.end("q"), a))
        if (kind == "answer" and asked is None and not c.before and not open_question(out)
                and (inside := asker_inside(text, start, end, people)) is not None):
            # "Y局负责人表示，…。针对X代表提出的增开夜班公交的建议，Y局将…": the answer itself
            # names the member whose proposal it takes up.
            sp, (ta, tb) = inside
            out.append(Utterance("question", sp, ta, tb, ta, at=start))
        out.append(Utterance(kind, c.speaker, start, end, c.head_start, c.addressee, c.others))
        taken_until = max(taken_until, end)
    if lede is not None and not any(u.start < lede[1].end and lede[1].start < u.end for u in out):
        # (the question may have been read already, by a cue: "委员Z的提问：…？")
        asked = [u for u in out if u.start < lede[0].end and lede[0].start < u.end]
        if not asked:
            out.extend(lede)
        elif all(u.kind in ("question", "follow_up") and u.speaker.name == lede[0].speaker.name for u in asked):
            out.append(lede[1])
            # ("这位X局局长，是在回答委员Z的提问。": what the sentence naming the official and the member
            # read, an empty question or an answer by nobody named, is the lede's pair)
            told = clause_end(text, lede[0].head_start, len(text), "。\n")
            out = [u for u in out if u is lede[1] or u in asked or not (
                text.rfind("\n", 0, lede[0].head_start) < u.head_start < told
                and (u.start == u.end or not u.speaker.name) and u.end <= told)]
    out = sorted(answers_pointed_back(text, paragraphs, out, people), key=order)
    out.extend(talk_requests(text, out, people))
    out.extend(self_introduced(text, out, people))
    out = drop_presumed_questions(out, quote_then_member(text, out, people))
    out = drop_presumed_questions(out, question_thrown_to(text, out, people))
    out.extend(who_asked_who_answered(text, out, people))
    out.extend(introduced_questions(text, out, people))
    out.extend(respective_askers(text, out))
    out = paired_lists(text, out)
    # Features open with teaser questions put to offices; those the attributed exchanges
    # below them ask again (the same office) are theirs, the others stand alone.
    out.extend(addressed_questions(text, paragraphs, out))
    out.extend(office_answered_pairs(text, out))
    out.extend(narrated_office_questions(text, paragraphs, out))
    out = told_in_turn(text, paragraphs, out, people)
    out.extend(unmarked_office_questions(text, out))
    out = counted_askers(text, paragraphs, out)
    out.extend(raised_problem_taken_up(text, out, people))
    out.extend(cut_question(text, paragraphs, out))
    out = sorted(out, key=order)
    out = member_told_before_quote(text, paragraphs, out, people)
    out.extend(unattributed_answers(text, paragraphs, out))
    out = drop_lead_repeats(text, drop_told_topics(text, drop_empty_questions(sorted(out, key=order), paragraphs)))
    out = _drop_reporting_deputy_questions(text, out)
    out = _drop_questions_to_residents(text, out)
    out = _drop_listed_suggestions(text, out)
    out = _asked_while_answering(text, out)
    if not inquiry and not any(u.kind == "answer" for u in out):
        # "代表X最关心的问题是，…？她建议…" in an interview at the congress session: a
        # member's questions put to nobody, answered by nobody, where no inquiry is held.
        out = [u for u in out if u.kind not in ("question", "follow_up") or u.addressee is not None]
    # "…专题询问  委员追问“飞得起、落得下”", "委员直面“大班额”\n局长承诺“时间表”": the page's
    # title (a line or up to three) names who asked and answered in a few words; the report
    # below tells the exchanges.
    titled = next((k for k, p in enumerate(paragraphs[:3]) if not title_line(text, *p)), min(3, len(paragraphs)))
    if 0 < titled < len(paragraphs):
        rest = [u for u in out if u.head_start >= paragraphs[titled - 1][1]]
        out = rest if rest else out
    out = [office_referred(text, _asked_by_one_named_above(text, question_from(text, u, people), people)) for u in out]
    return _asked_before_answer(text, out, people) if inquiry else out


def _asked_by_one_named_above(text: str, u: Utterance, people: People) -> Utterance:
    """A quoted question asked by nobody, opening its line, whose asker the sentences right above
    name ("第一个发言的是来自某村的代表X。\n他说，…。\n“…？”" on a page of one sentence a line)."""
    if u.kind not in ("question", "follow_up") or u.speaker.name or u.speaker.role \
            or text[u.start:u.start + 1] != "“" or text[u.start - 1:u.start] not in ("\n", ""):
        return u
    sp = asker_named_before(text, u.start, people)
    return dataclasses.replace(u, speaker=sp) if sp is not None else u


@functools.lru_cache(maxsize=1)
def _reporting_deputy_words() -> re.Pattern[str]:
    return re.compile(alternation(dict.fromkeys(r.cells[0] for r in read_words("reporting_deputy_words.txt"))))


def _drop_reporting_deputy_questions(text: str, out: list[Utterance]) -> list[Utterance]:
    """"选民X向述职代表、镇党委书记Y提问：“…？”Y…作答": at a deputy's 述职 the voters question
    the deputy; the sentence that puts the question names the deputy as the one reporting.
    Such a question, and the answer the deputy gives it, are no inquiry exchange."""
    words = _reporting_deputy_words()
    dropped: list[Utterance] = []
    for u in out:
        if u.kind in ("question", "follow_up"):
            # (turns.last_mark, not clause_start from 0: an rfind per mark back to the text's
            # start for every question made a long file's reading quadratic)
            lo = last_mark(text, u.head_start, "。！？\n") + 1
            if words.search(text, lo, max(u.start, u.head_start)):
                dropped.append(u)
    # (the answer told right after a dropped question, before any other question, is the deputy's)
    return _without_questions(text, out, dropped)


@functools.lru_cache(maxsize=1)
def _residents() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A quotation opening by greeting a villager, and a resident asked right after a cue, from
    data/residents.tsv."""
    w = read_groups("residents.tsv", ("greeting", "asked"))
    greeting = re.compile(rf"[“「](?:{alternation(w['greeting'])})(?:[，,！!、]|您好)")
    asked = re.compile(rf"(?:{alternation(w['asked'])})们?(?:(?P<q>是否|有没有|还|对)"
                       r"|(?P<name>[\u4e00-\u9fff]{2,3}?)(?:[、，,家]|是否))")
    return greeting, asked


def _asks_resident(text: str, u: Utterance) -> bool:
    """The question ``u`` put to a resident: a quotation greeting a villager ("“阿姨，您好！…？”"),
    or a question told unquoted whose cue a resident follows, named or asked whether
    ("询问村民Y家里的补贴是否按时到账")."""
    greeting, asked = _residents()
    if greeting.match(text, u.start):
        return True
    m = asked.match(text, u.start)
    return m is not None and (m["q"] is not None or m["name"][0] in surnames())


def _without_questions(text: str, out: list[Utterance], dropped: list[Utterance]) -> list[Utterance]:
    """``out`` without the questions ``dropped`` and the answers told after each before the next
    question (they answer nobody in office, or a resident answers)."""
    if not dropped:
        return out
    gone = {id(u) for u in dropped}
    for q in dropped:
        nxt = next((u for u in out if u.start >= q.end and u.kind != "answer"), None)
        stop = nxt.start if nxt is not None else len(text)
        gone.update(id(u) for u in out if u.kind == "answer" and q.end <= u.start < stop)
    return [u for u in out if id(u) not in gone]


def _drop_questions_to_residents(text: str, out: list[Utterance]) -> list[Utterance]:
    """Deputies visiting their voters ask them ("“阿姨，您好！我是…镇人大代表，…？”", "代表X询问村民Y
    …是否…"), and nobody in office answers: no inquiry question. Its answer, told before the
    next question, is the resident's."""
    dropped = [u for u in out if u.kind in ("question", "follow_up") and _asks_resident(text, u)]
    return _without_questions(text, out, dropped)


def _drop_listed_suggestions(text: str, out: list[Utterance]) -> list[Utterance]:
    """"有代表提出…，…；有代表关注…问题，…；还有代表建议…": a sentence listing what some member
    or other raised (two or more such phrases in it), none of them asking a question mark: the
    report sums up suggestions (at a consultation stall, a group's deliberation), nobody asks an
    official. Each is dropped, with an answer told before the next question."""
    rx = speech_links().some_member
    dropped = []
    for u in out:
        if u.kind not in ("question", "follow_up") or u.speaker.name or not rx.match(text, u.head_start) \
                or re.search(r"[？?]", text[u.start:u.end]):
            continue
        lo = last_mark(text, u.head_start, "。！？\n") + 1
        hi = min((i for i in (text.find(c, u.head_start) for c in "。！？\n") if i >= 0), default=len(text))
        if sum(1 for m in rx.finditer(text, lo, hi) if m.start() == lo or text[m.start() - 1] in "，,；;：:") >= 2:
            dropped.append(u)
    return _without_questions(text, out, dropped)


_QUESTION_MARK = re.compile(r"[？?]")
_SEATS = re.compile(r"代表|委员")
_CLAUSE_OPENS = "，,。！？!?；;：:\n”"


def _member_in(text: str, lo: int, hi: int, people: People) -> Speaker | None:
    """The congress member named (with a seat, or by a name the report seats elsewhere) at the
    opening of a clause of ``text[lo:hi]``; None when none is, or more than one (two members told
    together, "代表X和代表Y都来自山区", name nobody in particular)."""
    found = None
    b = lo
    while b < hi:
        while b < hi and (text[b] in _CLAUSE_OPENS or text[b].isspace() or text[b] in "“「"):
            b += 1
        if b >= hi:
            break
        sp = member_opening(text, b, people)
        at = text.find(sp.name, b, hi) if sp is not None else -1
        if at >= 0 and not (text[b - 1:b] in ("\n", "") and re.match(r"[^，。！？：:\n]{0,3}[：:]", text[at + len(sp.name):])):
            # (not a label opening its line, "X委员：…": the label reading reads those)
            if found is not None and found.name != sp.name:
                return None
            found = sp
        nxt = min((i for i in (text.find(c, b, hi) for c in _CLAUSE_OPENS) if i >= 0), default=hi)
        if at >= 0 and len(_SEATS.findall(text, b, nxt)) > 1:
            return None
        b = nxt + 1
    return found


def _asking_opens(text: str, lo: int, at: int) -> int:
    """Where the speech asking at ``at`` opens (not before ``lo``): its quotation's opening
    quote when it is quoted, else its sentence's start."""
    quote, close = text.rfind("“", lo, at), text.rfind("”", lo, at)
    if quote > close:
        return quote
    return clause_start(text, lo, at, "。！？!?；\n")


def _asked_by(text: str, lo: int, mark: int, name: str) -> bool:
    """Whether the question mark at ``mark`` may be the member ``name``'s: named before it, or
    inside a quotation (someone's words). An unquoted question before the member is named may be
    the report's own ("农田退水怎么管？委员X走访了某局。")."""
    at = text.find(name, lo, mark)
    return at >= 0 or text.rfind("“", lo, mark) > text.rfind("”", lo, mark)


def _asked_before_answer(text: str, out: list[Utterance], people: People) -> list[Utterance]:
    """An official's answer that follows another official's answer (or opens the report), with a
    member named and a question mark in the narration between them that no utterance read
    ("委员X把目光投向了…：“…？”" then "局长Y先答…"): an answer implies a question, and the
    member named before it asked it; without one, that question's answer would be taken as the
    previous exchange's, and every later pairing would be off by one. The question is added (its
    speech from the member's clause, or from the paragraph of the first question mark, to the
    end of the last sentence asking). A question read with nobody asking, right before its
    answer, takes the member the same way ("“…？”…，委员X第一个按下话筒。")."""
    added: list[Utterance] = []
    named: dict[int, Speaker] = {}
    reach = 0  # the furthest end read so far
    prev: Utterance | None = None
    for i, u in enumerate(out):
        lo = reach
        reach = max(reach, u.end)
        before, prev = prev, u
        if u.kind in ("question", "follow_up") and not (u.speaker.name or u.speaker.role) \
                and i + 1 < len(out) and out[i + 1].kind == "answer":
            hi = max(u.end, u.head_start)
            mark = _QUESTION_MARK.search(text, lo, hi)
            if mark is not None and (sp := _member_in(text, lo, hi, people)) is not None \
                    and _asked_by(text, lo, mark.start(), sp.name):
                named[id(u)] = sp
            continue
        if u.kind != "answer" or u.speaker.role or not (u.speaker.name or u.speaker.title):
            continue
        if before is not None and (before.kind != "answer" or not before.speaker.name
                                   or before.speaker.name == u.speaker.name):
            continue
        hi = u.head_start
        if hi <= lo or not (marks := [m.end() for m in _QUESTION_MARK.finditer(text, lo, hi)]):
            continue
        sp = _member_in(text, lo, hi, people)
        if sp is None:
            continue
        q_end = marks[-1]
        while q_end < hi and text[q_end] in "”」’":
            q_end += 1
        at = text.find(sp.name, lo, hi)
        first = marks[0] - 1
        if not _asked_by(text, lo, first, sp.name):
            continue
        q_start = at if at < first else _asking_opens(text, lo, first)
        added.append(Utterance("question", sp, q_start, q_end, q_start))
    if named:
        out = [dataclasses.replace(u, speaker=named[id(u)]) if id(u) in named else u for u in out]
    return sorted(out + added, key=order) if added else out


@functools.lru_cache(maxsize=1)
def _while_asked() -> re.Pattern[str]:
    nouns = alternation(r.cells[0] for r in read_words("answered_while_asked.txt"))
    return re.compile(rf"在?接受(?P<who>[^，,。！？、；“”]{{0,10}}?(?:代表|委员|组成人员))们?的?(?:{nouns})时[，,]$")


def _asked_while_answering(text: str, out: list[Utterance]) -> list[Utterance]:
    """"在接受市人大代表问询时，市财政局副局长Y表示，…": an official's answer with no question
    before it, whose sentence opens by saying the members questioned the official, answers
    those members: an empty question of theirs goes before it."""
    added: list[Utterance] = []
    for i, u in enumerate(out):
        if u.kind != "answer" or not (u.speaker.name or u.speaker.title) or u.speaker.role:
            continue
        if i and out[i - 1].kind in ("question", "follow_up"):
            continue
        lo = clause_start(text, max(0, u.head_start - 30), u.head_start, "。！？\n")
        m = _while_asked().search(text, lo, u.head_start)
        if m is None or not is_congress_role(m["who"]):
            continue
        added.append(Utterance("question", Speaker(role=m["who"]), m.start("who"), m.start("who"), m.start("who")))
    return sorted(out + added, key=order) if added else out


def speech_turns(text: str) -> list[Turn]:
    """:func:`find_utterances` as turns for :func:`loaders.exchanges.build_exchanges`."""
    return [Turn(u.kind, sp, u.start, u.start, u.end, ((u.start, u.end),), narrative=True,
                 addressee=u.addressee)
            for u in find_utterances(text) for sp in (u.speaker, *u.others)]
