"""pipeline._with_label_turns: which label turns join the speech reading.

The overlap test is done with bisections over the speech turns (a pass over every speech
turn per label turn made a long file of many sessions quadratic); it must keep exactly the
label turns the plain definition keeps: none whose first paragraph holds the start of a
speech turn or lies inside one. A label turn kept keeps its paragraphs up to the next speech
turn's, as the label reading keeps them (it was cut to its first: a labelled answer's second
paragraph on was lost wherever the mixed reading won).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import random

from loaders import pipeline
from loaders.pipeline import _with_label_turns, load_text
from loaders.turns import Speaker, Turn


def _turn(start: int, body: int, end: int, para_end: int | None = None, more: int = 0, name: str = "甲") -> Turn:
    """A turn of one paragraph to ``para_end`` (``end``), and ``more`` paragraphs after it up to ``end``."""
    first = para_end or end
    cuts = [first + (end - first) * k // (more + 1) for k in range(more + 2)] if more and first < end else [first]
    rest = tuple((x + 1, y) for x, y in zip(cuts, cuts[1:]) if x + 1 < y)
    return Turn("answer", Speaker(name=name), start, body, end, ((start, first),) + rest)


def _plain(clean: str, label_turns: list[Turn], speech: list[Turn]) -> list[Turn]:
    """The definition, one pass over the speech turns per label turn."""
    kept = []
    for t in label_turns:
        a, b = t.paragraphs[0]
        if t.body_start == t.start or clean[a:t.body_start].rstrip()[-1:] not in ("：", ":"):
            continue
        if any(a <= s.start < b or s.start <= a < s.end for s in speech):
            continue
        end = min(t.end, b)
        nxt = min((s.start for s in speech if s.start >= a), default=None)
        for pa, pb in t.paragraphs[1:]:  # the later paragraphs before the next speech turn's
            if nxt is not None and min(t.end, pb) > nxt:
                if "。" in clean[pa:nxt]:  # the speech turn inside: to the sentence end before it
                    end = clean.rindex("。", pa, nxt) + 1
                elif end > b and clean[end - 1] != "。":  # (a line broken in a sentence: the first)
                    end = min(t.end, b)
                break
            end = min(t.end, pb)
        kept.append((a, end))
    return kept


def test_same_label_turns_as_the_plain_definition_on_random_layouts():
    rng = random.Random(20261204)
    marks = random.Random(5)
    clean = "".join(marks.choice("：。") for _ in range(400))  # (a paragraph ends a sentence or not)
    for _ in range(300):
        speech = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randrange(380)
            # (another speaker's: a speech turn inside a label's paragraph naming the label's own, or
            # nobody, is that label's speech and gives way to it, tested below)
            speech.append(_turn(s, s + 1, s + rng.randint(2, 60), name="乙"))
        labels = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randrange(380)
            e = a + rng.randint(3, 80)
            labels.append(_turn(a, a + 1, e, min(e, a + rng.randint(2, 30)), more=rng.randint(0, 4)))
        got = [(t.paragraphs[0][0], t.end) for t in _with_label_turns(clean, labels, speech) if t not in speech]
        assert sorted(got) == sorted(_plain(clean, labels, speech))


def test_a_label_turn_inside_a_speech_turn_is_left_out():
    clean = "委员甲：请问进展如何？局长乙：年底完工。"
    speech = [_turn(0, 4, 20)]
    label = _turn(10, 15, 20)
    assert _with_label_turns(clean, [label], speech) == speech


def test_a_label_turn_in_a_paragraph_of_its_own_is_added():
    clean = "委员甲说了很多话。\n局长乙：年底完工。"
    speech = [_turn(0, 3, 9)]
    label = _turn(10, 14, 19)
    got = _with_label_turns(clean, [label], speech)
    assert [t.start for t in got] == [0, 10]


# A report of our own: two members ask in narrated speech, one by label, and the label's answer
# runs over three paragraphs before the next narrated question.
_MIXED = (
    "某县人大常委会专题询问农村饮水安全工作\n"
    "2024年5月20日，某县人大常委会召开第十五次会议，就农村饮水安全工作开展专题询问。\n"
    "县人大代表王丽首先发问：“山区村的自来水为什么总是停水？”\n"
    "县水利局局长张强接过话筒说：“主要是水源不足，今年将新建两座蓄水池。”\n"
    "县人大常委会委员李明：请问县财政局，农村供水工程的维修资金如何保障？\n"
    "县财政局局长赵华：今年县财政安排维修资金五百万元，专款专用。\n"
    "同时，我们将争取省级农村供水保障专项资金，在青山镇建设集中供水厂。\n"
    "明年起，维修资金纳入年度预算，由县水务集团统一管护，并推行《农村供水工程管理办法》。\n"
    "县人大代表孙芳紧接着问道：“水质检测多久做一次？”\n"
    "县卫生健康局局长钱进回答说：“每季度抽检一次，结果向社会公开。”\n"
)


def test_the_mixed_reading_keeps_a_labelled_answer_whole():
    r = load_text(_MIXED, source="mixed.txt")
    # the mixed reading won: the narrated questions and the labelled one, each with its asker
    assert [e.asker.name for e in r.exchanges] == ["王丽", "李明", "孙芳"]
    labelled = r.exchanges[1]
    assert labelled.respondent.name == "赵华"
    assert labelled.answer.startswith("今年县财政安排维修资金五百万元")
    assert "青山镇建设集中供水厂" in labelled.answer  # its second paragraph
    assert labelled.answer.endswith("《农村供水工程管理办法》。")  # its third, up to the next question
    assert "农村供水工程管理办法" in [m.text for m in labelled.mentions]
    assert r.exchanges[2].answer == "“每季度抽检一次，结果向社会公开。”"


def test_a_label_turn_keeps_its_paragraphs_up_to_the_next_speech_turn():
    clean = "局长乙：年底完工。\n资金已到位。\n委员丙问：“何时通水？”"
    label = Turn("answer", Speaker(name="乙"), 0, 4, 27, ((0, 9), (10, 16), (17, 27)))
    speech = [Turn("question", Speaker(name="丙"), 17, 21, 27, ((17, 27),))]
    got = _with_label_turns(clean, [label], speech)
    assert got[0].paragraphs == ((0, 9), (10, 16)) and got[0].end == 16
    assert clean[got[0].body_start:got[0].end] == "年底完工。\n资金已到位。"


def test_a_line_broken_inside_the_label_speech_keeps_the_first_paragraph():
    # the speech reading's question opens on a line that goes on with the label's last sentence:
    # the two readings cut the text apart differently, and the label turn keeps its first paragraph
    clean = "委员甲：请问两件事。\n一是进度如何？\n二是雨污管网改\n造什么时候完工？"
    label = Turn("question", Speaker(name="甲"), 0, 4, 35, ((0, 10), (11, 18), (19, 26), (27, 35)))
    speech = [Turn("question", Speaker(), 27, 27, 35, ((27, 35),))]
    got = _with_label_turns(clean, [label], speech)
    assert got[0].paragraphs == ((0, 10),) and got[0].end == 10


def test_a_label_turn_keeps_its_paragraph_to_the_sentence_end_before_a_speech_turn_inside_it():
    clean = "局长乙：\n“年底完工。”丙又追问：“何时通水？”"
    q = clean.index("“何时")
    label = Turn("answer", Speaker(name="乙"), 0, 5, len(clean), ((0, 4), (5, len(clean))))
    speech = [Turn("follow_up", Speaker(name="丙"), q, q, len(clean), ((q, len(clean)),))]
    got = _with_label_turns(clean, [label], speech)
    assert clean[got[0].body_start:got[0].end] == "“年底完工。”"


# The label on a line of its own over the member's quoted question: the question was cut away
# with the label's line (the label's first paragraph), and the exchange read no question.
_LABEL_OWN_LINE = (
    "某县人大常委会开展“民生问政”活动\n"
    "5月10日，某县人大常委会在县政务服务中心举办“民生问政”活动，县人大代表与有关部门负责人面对面交流。\n"
    "县人大代表李红首先发问：“农村寄递物流网点为什么总是开不长？”\n"
    "县商务局局长孙涛回答：“主要是件量少、成本高，今年将推行客货邮融合，由公交车捎带邮件。”\n"
    "**县人大代表 周强**：\n"
    "“城南片区的公交线路太少，早晚高峰等车要半个多小时，能不能加密班次？”\n"
    "**县交通运输局局长 吴明**：\n"
    "“今年县里将新购置二十辆新能源公交车，九月底前投入使用。”话音刚落，周强代表又问道：“首末站建成前，群众怎么办？”\n"
    "吴明回应说，过渡期间将在城南增开两条微循环线路，高峰时段发车间隔压缩到十分钟以内。\n"
)


def test_the_mixed_reading_keeps_a_question_under_its_label_line():
    r = load_text(_LABEL_OWN_LINE, source="own_line.txt")
    assert [e.asker.name for e in r.exchanges] == ["李红", "周强", "周强"]
    assert r.exchanges[1].question == "“城南片区的公交线路太少，早晚高峰等车要半个多小时，能不能加密班次？”"


# The answer's label is a cue the speech reading reads too ("局长Y回答："), to its first paragraph's end;
# the member's bold label on its own line is read by the label reading only, so the mixed reading wins.
_CUE_LABEL = (
    "某县人大常委会专题询问农村饮水安全工作\n"
    "2024年5月20日，某县人大常委会召开第十五次会议，就农村饮水安全工作开展专题询问。\n"
    "县人大代表王丽首先发问：“山区村的自来水为什么总是停水？”\n"
    "县水利局局长张强接过话筒说：“主要是水源不足，今年将新建两座蓄水池。”\n"
    "县人大常委会委员李明提问：农村供水工程的维修资金如何保障？\n"
    "县财政局局长赵华回答：下一步，我们将重点做好以下几方面工作。\n"
    "一是今年县财政安排维修资金五百万元，专款专用。\n"
    "二是推行《农村供水工程管理办法》，由县水务集团统一管护。\n"
    "**县人大代表 孙芳**：\n"
    "“水质检测多久做一次？”\n"
    "**县卫生健康局局长 钱进**：\n"
    "“每季度抽检一次，结果向社会公开。”\n"
)


def test_a_labelled_answer_the_speech_reading_read_by_its_cue_keeps_its_paragraphs():
    r = load_text(_CUE_LABEL, source="cue_label.txt")
    assert [(e.asker.name, e.respondent.name) for e in r.exchanges] == [
        ("王丽", "张强"), ("李明", "赵华"), ("孙芳", "钱进")]
    answer = r.exchanges[1].answer
    assert answer.startswith("下一步，我们将重点做好以下几方面工作。")
    assert answer.endswith("由县水务集团统一管护。")  # its third paragraph, up to the next label
    assert "农村供水工程管理办法" in [m.text for m in r.exchanges[1].mentions]
    assert r.exchanges[2].question == "“水质检测多久做一次？”"


def test_a_speech_turn_on_a_label_speech_takes_the_label_paragraphs():
    clean = "局长乙回答：年底完工。\n一是资金到位。\n委员丙问：“何时通水？”"
    label = Turn("answer", Speaker(name="乙"), 0, 6, 32, ((0, 11), (12, 19), (20, 32)))
    cued = Turn("answer", Speaker(name="乙"), 6, 6, 11, ((6, 11),))
    asked = Turn("question", Speaker(name="丙"), 25, 25, 32, ((25, 32),))
    got = _with_label_turns(clean, [label], [cued, asked])
    assert len(got) == 2 and got[0].paragraphs == ((6, 11), (12, 19)) and got[0].end == 19


def test_a_label_turn_whose_own_speech_the_speech_reading_read_unnamed_stands_for_it():
    # "主持人（副主任甲）：我也问一个问题。…？" read by the speech reading as a question with nobody
    # asking: the label says who asks, and a chair's remark that asks is a question
    clean = "主持人（副主任甲）：我也问一个问题。有什么考虑？\n副市长乙：正在研究。"
    label = Turn("other", Speaker(name="甲", role="副主任"), 0, 10, 24, ((0, 24),))
    answer = Turn("answer", Speaker(name="乙"), 25, 30, 35, ((25, 35),))
    question = Turn("question", Speaker(), 18, 18, 24, ((18, 24),))
    got = _with_label_turns(clean, [label, answer], [question])
    assert [(t.kind, t.speaker.name, t.start) for t in got] == [("question", "甲", 0), ("answer", "乙", 25)]


# (the reference below, and a test that the function gives the same turns on layouts that exercise each
# branch: label turns standing for speech turns, speech turns replaced in place before and after that)
def _rebuilt_each_time(clean: str, label_turns: list[Turn], speech: list[Turn]) -> list[Turn]:
    """The function as it was before its turns kept their places (session 25): a new list and index
    per label turn standing for speech turns (quadratic in a long file), kept as the reference."""
    out = list(speech)
    # speech turns by start, with the furthest end reached by any turn starting so far: whether a
    # turn starts inside [a, b) or covers a is two bisections, not a pass over every speech turn
    # (that pass per label turn made a long file of many sessions quadratic)
    ordered = sorted(speech, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(itertools.accumulate((s.end for s in ordered), max))
    where = {id(s): k for k, s in enumerate(out)}
    for t in label_turns:
        a, b = t.paragraphs[0]
        if (t.body_start == t.start or clean[a:t.body_start].rstrip()[-1:] not in ("：", ":")) \
                and not pipeline.member_signed_quote(clean, t):
            # signed after the speech ("“…”——委员X"): the speech reading misplaces those, but
            # for a member's whole quotation signed on the line under it, which it does not read;
            # a label without its colon may be a headline ("X县人大代表进站点 听民声")
            continue
        i = bisect.bisect_left(starts, a)
        end = min(t.end, b)
        if i < len(starts) and id(ordered[i]) not in where:
            continue  # (given way to an earlier label turn, below: label turns never share a paragraph)
        if (i < len(starts) and pipeline._heads_unnamed_question(clean, t, b, ordered[i])
                and not (i and reach[i - 1] > a)):
            # "X委员：加装电梯为何叫好不叫座" on its own line, the question under it read by the
            # speech reading with nobody asking: the heading names the member who asks it
            # (of the label's side: a 追问 follow_up_marks read stays one)
            k = where[id(ordered[i])]
            out[k] = dataclasses.replace(ordered[i], kind=t.kind, speaker=t.speaker, start=t.start,
                                         body_start=t.body_start, paragraphs=((a, b),) + ordered[i].paragraphs)
            continue
        if (i < len(starts) and starts[i] == t.body_start and ordered[i].end == b and len(t.paragraphs) > 1
                and not (i and reach[i - 1] > a)):
            # "局长Y回答：…。" over paragraphs "一是…", "二是…": the speech reading read the label's own
            # speech by its cue, to its first paragraph's end: it keeps the label's later paragraphs
            # up to the next speech turn's, as the label reading does
            paragraphs = pipeline._paragraphs_before(clean, t, starts[i + 1] if i + 1 < len(starts) else None)
            if len(paragraphs) > 1:
                k = where[id(ordered[i])]
                out[k] = dataclasses.replace(out[k], end=paragraphs[-1][1],
                                             paragraphs=out[k].paragraphs + paragraphs[1:])
            continue
        if i < len(starts) and (k := pipeline._unnamed_inside(t, ordered, i, b)) is not None \
                and not (i and reach[i - 1] > a):
            # "委员X：我问某局。…。请问…？" / "主持人（副主任X）：我也问一个问题。…？": the speech reading
            # read the label's own question (or answer, by its cue) with nobody named: the label says who
            # speaks; the label turn stands for them (a chair's labelled remark asking is a question)
            paragraphs = ((a, min(t.end, b)),)
            if len(t.paragraphs) > 1:
                paragraphs = pipeline._paragraphs_before(clean, t, starts[k] if k < len(starts) else None)
            kind = ordered[i].kind if t.kind == "other" else t.kind
            gone = {id(s) for s in ordered[i:k]}
            out = [s for s in out if id(s) not in gone]
            where = {id(s): n for n, s in enumerate(out)}
            out.append(dataclasses.replace(t, kind=kind, end=paragraphs[-1][1], paragraphs=paragraphs))
            continue
        if i < len(starts) and starts[i] < b:  # a speech turn starts in the paragraph
            # "【追问】X：…？Y答：…": a member's labelled question before the narrated answer in its
            # paragraph: the question, to its last sentence end before the answer's cue
            end = pipeline._question_before(clean, t, starts[i])
            if end is None:
                continue
        j = bisect.bisect_right(starts, a)
        if j and reach[j - 1] > a:  # one starting at or before a runs past it
            continue
        paragraphs = ((a, end),)
        if end == b and len(t.paragraphs) > 1:
            paragraphs = pipeline._paragraphs_before(clean, t, starts[i] if i < len(starts) else None)
        out.append(dataclasses.replace(t, end=paragraphs[-1][1], paragraphs=paragraphs))
    return sorted(out, key=lambda t: (t.start, t.body_start))



def test_same_turns_as_rebuilding_the_list_per_label_turn():
    rng = random.Random(20261206)
    marks = random.Random(6)
    clean = "".join(marks.choice("：：？，，。") for _ in range(400))
    kinds = ("question", "answer", "follow_up", "other")
    for _ in range(1500):
        labels = []
        for _ in range(rng.randint(1, 12)):
            a = rng.randrange(360)
            e = a + rng.randint(3, 40)
            t = _turn(a, a + rng.randint(1, 3), e, min(e, a + rng.randint(2, 15)), more=rng.randint(0, 3),
                      name=rng.choice(("甲", "乙")))
            labels.append(Turn(rng.choice(kinds), t.speaker, t.start, t.body_start, t.end, t.paragraphs))
        labels.sort(key=lambda t: t.start)
        speech = []
        for _ in range(rng.randint(0, 12)):
            if labels and rng.random() < 0.5:  # (one starting where a label's body or its paragraph ends)
                t = rng.choice(labels)
                s = rng.choice((t.body_start, t.paragraphs[0][1] + rng.randint(0, 1)))
                e = rng.choice((t.paragraphs[0][1], s + rng.randint(1, 20)))
            else:
                s = rng.randrange(380)
                e = s + rng.randint(1, 40)
            if e <= s:
                continue
            speech.append(Turn(rng.choice(kinds[:3]), Speaker(name=rng.choice(("甲", "乙", None, None))), s, s,
                               e, ((s, e),)))
        assert _with_label_turns(clean, labels, speech) == _rebuilt_each_time(clean, labels, speech)


def test_a_speech_turn_replaced_in_its_place_stays_when_a_later_label_stands_for_it():
    # 甲's label heads the unnamed question under it (the question becomes 甲's, in its place); 乙's
    # label, inside 甲's line, stands for the same question: the question as it now stands stays, and
    # a third label hitting it after that gives way (the index was rebuilt with the turn as replaced)
    clean = "甲：乙：问题问题问题"
    first = Turn("question", Speaker(name="甲"), 0, 2, 4, ((0, 4),))
    second = Turn("other", Speaker(name="乙"), 2, 4, 10, ((2, 10),))
    third = Turn("question", Speaker(name="丙"), 3, 4, 10, ((3, 10),))
    question = Turn("question", Speaker(), 4, 4, 10, ((4, 10),))
    got = _with_label_turns(clean, [first, second, third], [question])
    assert got == _rebuilt_each_time(clean, [first, second, third], [question])
    assert [(t.kind, t.speaker.name, t.start) for t in got] == [("question", "甲", 0), ("question", "乙", 2)]
