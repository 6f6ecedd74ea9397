"""Session 20 tuning rules (helper tune): one test per rule, invented texts."""

import pytest

from loaders.attribution import find_utterances
from loaders.pipeline import load_text

_HEAD = "某某市人大常委会开展专题询问\n\n2023年9月12日，某某市十七届人大常委会第十一次会议举行专题询问。\n\n"
_ASKED = "委员柏春兰问：“村医缺口有多大？”\n\n市卫生健康委员会主任简立新回答，三年内补齐。\n\n"


def _exchanges(body: str):
    return load_text(_HEAD + body, source="tune26.txt").exchanges


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(u.kind, u.speaker.name, u.speaker.department) for u in find_utterances(text)]


# A text ending right after a speech cue, with no stop: the empty slice after its end is no colon,
# comma or quotation mark ("" in "：:" is true; the tests take the marks one by one).
@pytest.mark.parametrize("last", [
    # members listed with the topics they asked on: the sitting summed up, nobody's question
    "代表郑开元、马玉兰、周立群围绕校车安全、食堂监管、课后服务等建议办理工作提出询问",
    # offices listed answering: the sitting summed up, nobody's answer
    "此外，市教育局、市市场监管局等部门负责人一一作答",
    # a member going on with nothing after the cue
    "柏春兰接着又问",
    # a pronoun's say cue after an answer cue naming the member
    "市卫生健康委员会主任简立新回答了委员柏春兰的询问。她介绍",
])
def test_cue_at_the_texts_end_reads_as_before_a_stop(last):
    text = _HEAD + _ASKED + last
    assert _read(text) == _read(text + "。")


def test_pronoun_say_cue_at_the_texts_end_keeps_its_span_inside_the_text():
    # the answer's span was put one past the text's end (a ValueError when the records were built)
    text = _HEAD + "委员柏春兰问：“村医缺口有多大？”\n\n市卫生健康委员会主任简立新回答了委员柏春兰的询问。她介绍"
    assert all(u.start <= u.end <= len(text) for u in find_utterances(text))
    assert [e.asker.name for e in load_text(text, source="tune26.txt").exchanges] == ["柏春兰"]


def test_unnamed_reply_of_another_office_at_the_texts_end_sums_up():
    from loaders.exchanges import _other_office_sums_up
    from loaders.turns import Speaker, Turn

    text = "委员柏春兰问区交警大队：“学校门口为什么总是堵车？”会上，区住建局作了答复"
    q = Turn("question", Speaker(name="柏春兰", role="委员"), 0, 11, 24, ((0, 24),),
             addressee=Speaker(department="区交警大队"))
    n = len(text)
    a = Turn("answer", Speaker(department="区住建局"), n - 9, n, n, ((n - 9, n),))
    assert _other_office_sums_up(text, q, a) == _other_office_sums_up(text + "。", q, a)


def test_numbered_item_heading_marked_follow_up_is_a_marker_line():
    from loaders.follow_ups import is_marker_line

    assert is_marker_line("【问题三】追问：专项资金能否按进度拨付")
    assert is_marker_line("【问题三】追问：补助为何“撒胡椒面”？")
    assert is_marker_line("问题三：追问：专项资金能否按进度拨付")
    assert is_marker_line("【第三问】追问：钱何时到位")
    # a heading with no mark, a mark with no item, or a question of sentences is no marker line
    assert not is_marker_line("【问题三】专项资金能否按进度拨付")
    assert not is_marker_line("追问：专项资金能否按进度拨付？")
    assert not is_marker_line("【问题三】追问：刚才您说资金到位了。请问何时拨付？")


_ITEMS = ("【问题一】改造资金从哪里来\n市人大常委会委员谢宛如：资金缺口怎么补？\n"
          "市财政局局长柴思远：市级今年安排专项资金两亿元。\n"
          "【问题二】追问：专项资金能否按进度拨付\n市人大常委会委员谢宛如：钱能不能及时到位？\n"
          "市财政局局长柴思远：我们按工程进度拨付。\n")


def test_question_under_an_item_heading_marked_follow_up_follows_up():
    ex = _exchanges(_ITEMS)
    assert [(e.asker.name, e.follow_up_of is not None, e.respondent.name) for e in ex] == [
        ("谢宛如", False, "柴思远"), ("谢宛如", True, "柴思远")]


def test_bracketed_item_heading_run_into_its_label_on_a_flattened_page():
    from loaders.normalize import split_numbered_headings
    from loaders.turns import is_turn_start

    p = "【问题二】追问：专项资金能否按进度拨付 市人大常委会委员谢宛如：钱能不能及时到位？"
    assert split_numbered_headings([p], is_turn_start) == [
        "【问题二】追问：专项资金能否按进度拨付", "市人大常委会委员谢宛如：钱能不能及时到位？"]
    ex = load_text(_HEAD.replace("\n\n", " ") + _ITEMS.replace("\n", " "), source="flat.txt").exchanges
    assert [(e.asker.name, e.follow_up_of is not None) for e in ex] == [("谢宛如", False), ("谢宛如", True)]


def _pairs(body: str):
    return [(e.asker.name, e.respondent.name if e.respondent else None, e.question) for e in _exchanges(body)]


def test_paragraph_pointing_back_to_the_answer_before_names_the_asker():
    ex = _pairs("“五个市场已完成招标，春节前全部开业。”市商务局局长窦明远的这番回答，让会场安静下来。\n\n"
                "这一回答，针对的是市人大常委会委员柳青禾刚才的提问——她走访时发现，老市场改造拖了两年，“到底卡在哪里？”\n")
    assert ex == [("柳青禾", "窦明远", "“到底卡在哪里？”")]


def test_question_quoted_between_dashes_after_its_answer():
    ex = _pairs("“每个市场都配快检室。”市市场监管局局长闻少峰答得干脆。\n\n"
                "这个问题——“老百姓怎么知道菜安不安全？”——是市人大常委会委员焦立群提出的。\n")
    assert ex == [("焦立群", "闻少峰", "“老百姓怎么知道菜安不安全？”")]


def test_chair_named_as_the_one_who_put_the_question_between_dashes():
    ex = _pairs("“每个市场都配快检室。”市市场监管局局长闻少峰答得干脆。\n\n"
                "这个问题——“老百姓怎么知道菜安不安全？”——是市人大常委会主任焦立群提出的。\n")
    assert [a for a, _, _ in ex] == ["焦立群"]


def test_answer_paired_already_is_not_pointed_back_to_again():
    ex = _pairs("委员柳青禾问：“老市场改造到底卡在哪里？”\n\n“五个市场已完成招标。”市商务局局长窦明远说。\n\n"
                "这一回答，回应的是委员柳青禾的关切。\n")
    assert [(a, r) for a, r, _ in ex] == [("柳青禾", "窦明远")]


def test_the_one_who_answered_named_before_the_one_who_asked():
    ex = _pairs("“市场周边停车难，能不能一并考虑？”\n\n“三个市场旁新建停车库，新增车位四百个。”\n\n"
                "回答的是市住房和城乡建设局副局长宁致远，发问的是市人大常委会委员莫晓川。\n")
    assert [(a, r) for a, r, _ in ex] == [("莫晓川", "宁致远")]


def test_member_named_as_a_passives_agent_is_known_by_the_bare_name():
    ex = _pairs("“摊子赶走了又回来。”这句话来自一位老街坊，却被委员钟山岳借了过来。"
                "钟山岳关注的是马路市场：“占道经营能不能根治？”\n\n市城市管理局局长汤启明回应，将设置临时摊位区。\n")
    assert [(a, r) for a, r, _ in ex] == [("钟山岳", "汤启明")]


def test_lede_answer_official_named_bare_then_by_post_in_apposition():
    text = ("现场丨一下雨就“看海”，问题出在哪？\n\n“明年汛期前，十二处易涝点全部改完，改不完我们检讨。”\n\n"
            "龚立言说这句话时，声音不高。这位某某市住房和城乡建设局局长，是在回答市人大常委会委员温若岚的提问。"
            "几分钟前，温若岚举着照片发问：“去年四十多处积水，整改为什么这么慢？”\n\n"
            "这是2024年5月16日，某某市人大常委会专题询问的一幕。\n")
    ex = load_text(text, source="lede.txt").exchanges
    assert [(e.asker.name, e.respondent.name, e.respondent.title, e.question) for e in ex] == [
        ("温若岚", "龚立言", "局长", "“去年四十多处积水，整改为什么这么慢？”")]


def test_quoted_term_in_the_title_is_no_lede():
    from loaders.attribution.ledes import answer_first_lede
    from loaders.attribution.people import People
    from loaders.turns import paragraph_spans

    text = "问题出在“最后一公里”？\n\n委员温若岚问：“积水点什么时候改完？”\n\n市住建局局长龚立言说，年底前改完。"
    assert answer_first_lede(text, paragraph_spans(text), People(text)) is None


def test_label_after_a_ledes_colon_on_a_flattened_page():
    from loaders.normalize import split_inline_turns
    from loaders.turns import inline_turn_screen, is_bare_label, is_inline_turn, is_turn_start

    p = "开发区负责人到会回答询问。以下为现场问答整理：区人大代表邵明轩：标准厂房为什么还没开工？"
    assert split_inline_turns([p], is_inline_turn, is_bare_label, is_turn_start, inline_turn_screen) == [
        "开发区负责人到会回答询问。以下为现场问答整理：", "区人大代表邵明轩：标准厂房为什么还没开工？"]
    # what the lede lists after its colon is no label
    q = "询问情况如下：一是厂房开工慢，二是通勤难。"
    assert split_inline_turns([q], is_inline_turn, is_bare_label, is_turn_start, inline_turn_screen) == [q]


def test_member_pressing_on_after_another_officials_supplement_on_a_flattened_page():
    text = ("某区人大工委组织代表询问\n2024年4月9日，某区人大工作委员会组织代表开展专题询问。以下为现场问答整理： "
            "区人大代表邵明轩：标准厂房为什么还没开工？ 开发区规划建设局局长鲁一鸣：施工单位已经进场。 "
            "开发区管委会副主任卓文涛：补充一点，管委会每月调度一次。 "
            "区人大代表邵明轩：追问一下，厂房建成后招商有没有准备？ 开发区规划建设局局长鲁一鸣：三家企业签了意向协议。")
    ex = load_text(text, source="flat.txt").exchanges
    assert [(e.asker.name, e.follow_up_of is not None, e.respondent.name) for e in ex] == [
        ("邵明轩", False, "鲁一鸣"), ("邵明轩", True, "鲁一鸣")]


def test_last_question_opening_with_zuihou_is_answered_not_a_closing_word():
    ex = _exchanges("乡人大代表钟立山就卫生院夜间无人值班的问题进行询问，乡卫生院院长刘建国作了回答。\n\n"
                    "最后，乡人大代表雷秀英就民居防火问题提出询问，乡长邱建业作了回答。他表示，将加装烟感报警器。\n\n"
                    "会议最后，副乡长钱立表示，乡政府将认真研究代表们的意见。\n")
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("钟立山", "刘建国"), ("雷秀英", "邱建业")]
