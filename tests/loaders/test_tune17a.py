"""Session 16 (tune16a): speech attribution families found on real reports (invented texts; golds
in tests/gold/genres/g17a_*, written first): a member's quotation the page cuts right after the
cue (``委员X问：“如`` and the page ends); an asker named only by a heading above the unquoted
question (``一、X委员询问旅游厕所建设``, ``X委员：普惠托位为何空置过半``); a member named by work and
place rather than by a congress (``来自某村的养殖户代表X``, ``在县城经营一家汽修厂的代表Y``)."""

from __future__ import annotations

import pytest

from loaders.attribution import find_utterances
from loaders.pipeline import load_text
from loaders.turns.asking import asking_heading
from tests.loaders.genre_helpers import genre_golds

G17A = genre_golds("g17a_")
LEAD = "2023年6月20日，市人大常委会开展专题询问。\n"
QA = LEAD + "委员陶建平问：“老城区为什么一到暴雨就积水？”\n市住房和城乡建设局局长严立新回答：“今年完成9公里。”\n"


def test_there_are_g17a_genres():
    assert len(G17A) >= 9


def _said(text):
    return [(u.kind, u.speaker.name, text[u.start:u.end]) for u in find_utterances(text)]


def _exchanges(text):
    return [(e.asker.name, e.respondent.name if e.respondent else None, bool(e.follow_up_of))
            for e in load_text(text, source="t.txt").exchanges]


# --- a quotation the page cuts right after its cue ---

@pytest.mark.parametrize("tail", ["委员苏晓梅问：“如", "委员苏晓梅问：“", "委员苏晓梅问：“……", "委员苏晓梅追问：“那么"])
def test_a_question_cut_right_after_its_cue_is_still_asked(tail):
    said = _said(QA + tail)
    assert [(k, n) for k, n, _ in said][-1] in (("question", "苏晓梅"), ("follow_up", "苏晓梅"))


def test_a_short_quotation_closed_is_no_cut_question():
    # (a closed quotation of a word or two is a quoted term, as before)
    said = _said(QA + "委员苏晓梅说：“好。”")
    assert [n for _, n, _ in said] == ["陶建平", "严立新"]


def test_a_quotation_opening_the_text_is_no_member_s_before_a_comma():
    # "“钱花在了哪里？”——…直击" opens the page: nothing stands before it (not a comma)
    text = ("“钱花在了哪里？”——区人大常委会预算执行专题询问直击\n8月29日，区人大常委会开展专题询问。\n"
            "委员甘露问：“支出进度为何偏慢？”\n区财政局局长郗振海回答，手续没有办完。\n冉大勇追问：“那")
    assert [(k, n) for k, n, _ in _said(text)][0] == ("question", "甘露")


# --- an asker named by a heading above the question ---

@pytest.mark.parametrize(("line", "name"), [
    ("一、闵晓燕委员询问旅游厕所建设", "闵晓燕"),
    ("（二）巫建军委员询问乡村民宿审批", "巫建军"),
])
def test_a_numbered_heading_naming_a_member_and_the_topic_asks(line, name):
    lab = asking_heading(line)
    assert lab is not None and lab.kind == "question" and lab.speaker.name == name and lab.end == len(line)


def test_a_numbered_section_heading_names_no_asker():
    assert asking_heading("一、全域旅游发展情况") is None


def test_a_heading_above_an_unquoted_question_names_its_asker():
    text = (LEAD + "\n卢海燕委员：加装电梯为何叫好不叫座\n今年计划加装300部，只开工了不到一百部。难点到底在哪里？\n"
            "市住房和城乡建设局局长郭振宇回答，难在低层住户不同意。")
    assert _exchanges(text) == [("卢海燕", "郭振宇", False)]


def test_a_heading_leaves_a_question_whose_asker_is_named():
    text = (LEAD + "\n卢海燕委员：加装电梯为何叫好不叫座\n委员庞志刚问：“难点到底在哪里？”\n"
            "市住房和城乡建设局局长郭振宇回答，难在低层住户不同意。")
    assert ("庞志刚", "郭振宇", False) in _exchanges(text)


# --- a member named by work and place ---

@pytest.mark.parametrize("head", [
    "来自石桥镇杨柳村的养殖户代表覃春生问",
    "来自石桥镇杨柳村的养殖户代表覃春生第一个发言",
    "养殖户代表覃春生问",
    "在县城经营一家汽修厂的代表覃春生问",
    "种粮大户代表覃春生问",
])
def test_a_member_named_by_work_and_place_asks(head):
    text = LEAD + head + "：“贷款到期续不上，能不能协调？”\n县农业农村局局长汪德明回答，已建立续贷通道。"
    assert _exchanges(text) == [("覃春生", "汪德明", False)]


def test_a_delegate_of_villagers_is_no_member():
    text = LEAD + "村民代表覃春生问：“贷款到期续不上，能不能协调？”\n县农业农村局局长汪德明回答，已建立续贷通道。"
    assert ("覃春生", "汪德明", False) not in _exchanges(text)


def test_a_seat_word_of_another_body_after_a_lead_is_no_member():
    text = LEAD + "来自农业界的政协委员覃春生问：“贷款到期续不上，能不能协调？”\n县农业农村局局长汪德明回答，已建立续贷通道。"
    assert ("覃春生", "汪德明", False) not in _exchanges(text)


# --- a reported cut-in ---

ANSWERING = (LEAD + "委员凤立新问：“为什么很多小区还是混装混运？”\n"
             "市城市管理局局长褚建华回答说，目前分类运输车辆还有缺口，“我们争取明年……”\n")


@pytest.mark.parametrize("tail", [
    "话音未落，委员凤立新插话问：“明年是几月？”\n褚建华回答：“明年6月底前。”",
    "话音未落，凤立新插话：“明年是几月？”\n褚建华回答：“明年6月底前。”",
    "凤立新打断了他：“明年是几月？”\n褚建华回答：“明年6月底前。”",
    "委员韦建明插问：“明年是几月？”\n褚建华回答：“明年6月底前。”",
    "“明年是几月？”凤立新忍不住插话。\n褚建华回答：“明年6月底前。”",
])
def test_a_member_cutting_in_on_the_answer_follows_it_up(tail):
    assert _exchanges(ANSWERING + tail)[-1][1:] == ("褚建华", True)


def test_cutting_in_on_another_official_s_words_is_a_new_question():
    text = (ANSWERING + "市生态环境局局长贝晓东接着介绍处理厂的建设情况，还没说完，委员酆丽娜就插话：“臭味问题解决了没有？”\n"
            "贝晓东坦言，除臭设施年底前完工。")
    assert _exchanges(text)[-1] == ("酆丽娜", "贝晓东", False)


def test_another_member_asking_plainly_after_an_answer_is_no_cut_in():
    text = ANSWERING + "委员韦建明问：“车辆缺口有多大？”\n褚建华回答：“还差80辆。”"
    assert _exchanges(text)[-1] == ("韦建明", "褚建华", False)


# --- a vice-chair of the standing committee asking ---

CHAIRED = "2025年9月24日，区人大常委会举行专题询问，区人大常委会主任邬振华主持。\n"


def test_a_vice_chair_taking_up_a_remark_and_asking_is_the_asker():
    text = (CHAIRED + "“托育机构开一家亏一家。”区人大常委会副主任曹德胜接过话题，询问区政府准备怎样帮机构降成本。\n"
            "副区长柏晓燕回应，区政府将按托位给予补贴。")
    assert _exchanges(text) == [("曹德胜", "柏晓燕", False)]


@pytest.mark.parametrize("seat", ["区人大常委会副主任", "区人大常委会委员"])
def test_a_lead_saying_who_asked_before_a_colon_names_the_asker(seat):
    text = (CHAIRED + f"最后发问的是{seat}闻立新：幼儿园开设托班，师资从哪里来？回答的是区教育局局长聂海鹰。"
            "聂海鹰说，今年将选派120人参加保育培训。")
    assert _exchanges(text) == [("闻立新", "聂海鹰", False)]


def test_the_presiding_chair_summing_up_asks_nothing():
    text = (CHAIRED + "委员钟丽萍问：“托位够不够？”区卫生健康局局长翁建明回答，今年新增600个。\n"
            "询问结束时，邬振华表示，常委会将对询问中提出的问题跟踪督办。")
    assert [a for a, _, _ in _exchanges(text)] == ["钟丽萍"]


# --- old and national bodies typed; a rare surname ---

@pytest.mark.parametrize(("surface", "kind"), [
    ("冶金工业部", "工业和信息化"), ("化学工业部", "工业和信息化"), ("省冶金厅", "工业和信息化"),
    ("省化工厅", "工业和信息化"), ("煤炭工业部", "能源"), ("省计委", "发展和改革"),
    ("县计划委员会", "发展和改革"), ("检方", "检察"), ("市卫计委", "卫生健康"),
])
def test_old_bodies_are_typed_as_their_successors(surface, kind):
    from loaders.departments import resolve_department
    dept = resolve_department(surface, None)
    assert dept is not None and dept.type == kind


def test_a_trade_s_offices_in_general_are_no_ministry():
    from loaders.departments import find_departments
    text = "冶金部门和化工部门都要加强监管。"
    assert [text[a:b] for a, b, _ in find_departments(text)] in ([], ["冶金部门", "化工部门"])


def test_a_bai_surname_names_the_member_who_throws_the_question():
    text = (LEAD + "委员字红梅随后把问题抛给了县市场监督管理局：小作坊的质量怎么保障？\n"
            "县市场监督管理局局长李春生说，每季度抽检一次。")
    assert _exchanges(text) == [("字红梅", "李春生", False)]


# --- an exchange naming nobody, aligned by its place ---

def _got(asker=None, respondent=None, dtype=None):
    from types import SimpleNamespace as NS
    rs = [NS(name=respondent, department_type=dtype)] if (respondent or dtype) else []
    return NS(asker=NS(name=asker), respondents=rs, respondent=rs[0] if rs else None)


ANON = {"asker": {"name": None, "role": "委员"}, "respondent": {"name": None, "department_type": None}}


def test_a_gold_exchange_naming_nobody_aligns_by_its_place():
    from loaders.evaluate import align_exchanges
    gold = [{"asker": {"name": "甲"}, "respondent": {"name": "乙"}}, ANON,
            {"asker": {"name": "丙"}, "respondent": {"name": "丁"}}]
    got = [_got("甲", "乙"), _got(None, None, "民政"), _got("丙", "丁")]
    assert align_exchanges(gold, got) == [(0, 0), (1, 1), (2, 2)]


def test_a_gold_exchange_naming_nobody_does_not_take_a_named_one():
    from loaders.evaluate import align_exchanges
    assert align_exchanges([ANON], [_got("甲", "乙")]) == []
    assert align_exchanges([ANON], [_got(None, "乙")]) == []


def test_the_procuratorate_answering_by_its_own_word_is_an_answer():
    text = (LEAD + "代表霍秀兰质询：“检察机关对执行中的违法行为有没有监督？”\n"
            "检方答复称，已对该案执行情况立案监督。")
    (e,) = load_text(text, source="t.txt").exchanges
    assert e.asker.name == "霍秀兰" and e.answer and e.respondent.department_type == "检察"
