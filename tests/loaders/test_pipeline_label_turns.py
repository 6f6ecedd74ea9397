"""pipeline._with_label_turns: which label turns join the speech reading.

The overlap test is done with bisections over the speech turns (a pass over every speech
turn per label turn made a long file of many sessions quadratic); it must keep exactly the
label turns the plain definition keeps: none whose first paragraph holds the start of a
speech turn or lies inside one. A label turn kept keeps its paragraphs up to the next speech
turn's, as the label reading keeps them (it was cut to its first: a labelled answer's second
paragraph on was lost wherever the mixed reading won).
"""

from __future__ import annotations

import random

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
