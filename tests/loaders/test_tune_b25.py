"""Session 20 tuning rules from blind set 25 (helper tune-b25): one test per rule, invented texts."""

import pytest

from loaders.attribution import find_utterances
from loaders.pipeline import load_text

_HEAD = "某某镇人代会代表询问侧记\n\n2024年1月9日上午，某某镇第十九届人民代表大会第四次会议举行代表询问会。\n\n"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def _exchanges(body: str):
    return load_text(_HEAD + body, source="tune_b25.txt").exchanges


_QUOTED_THEN_NAMED = ("“农贸市场改造今年到底动不动工？”来自上埠村的代表蒯秋燕第一个举起了手。\n\n"
                      "副镇长祝晓梅回答：“春节后就进场施工。”\n\n")


def test_member_named_after_a_quoted_question_asks_again_by_name_alone():
    # "“…？”代表X第一个举起了手。" names X with no cue; "X接着问：“…？”" further on is X's, a 追问
    text = _HEAD + _QUOTED_THEN_NAMED + "蒯秋燕接着问：“老摊主的位置能不能保留？”\n\n祝晓梅说，原位回迁。\n"
    assert ("follow_up", "蒯秋燕") in _read(text)
    ex = _exchanges(_QUOTED_THEN_NAMED + "蒯秋燕接着问：“老摊主的位置能不能保留？”\n\n祝晓梅说，原位回迁。\n")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("蒯秋燕", False), ("蒯秋燕", True)]


def test_member_asking_on_with_jiezhe_after_a_cue_presses_on():
    # "区人大代表X问：…" answered, then "X接着问：…": the same member right after, a 追问 (the bare
    # verb 问: "X接着提问：" puts a question of its own, as an older genre gold reads it)
    body = ("区人大代表郗宏亮问：“夜市油烟扰民怎么治？”\n\n区城管局局长尉迟峰回应，统一安装净化设备。\n\n"
            "郗宏亮接着问：“超出范围的摊贩怎么办？”\n\n尉迟峰说，实行网格化巡查。\n")
    ex = _exchanges(body)
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("郗宏亮", False), ("郗宏亮", True)]


def test_another_member_asking_with_jiezhe_asks_a_question_of_their_own():
    body = ("区人大代表郗宏亮问：“夜市油烟扰民怎么治？”\n\n区城管局局长尉迟峰回应，统一安装净化设备。\n\n"
            "区人大代表雍春梅接着问：“学校周边的流动摊贩怎么管？”\n\n尉迟峰说，实行网格化巡查。\n")
    ex = _exchanges(body)
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("郗宏亮", False), ("雍春梅", False)]


def test_a_name_read_short_after_a_quote_is_not_taken_for_a_member():
    # "委员吉克木呷率先发问" may read 吉克 in isolation; "吉克委员追问" later is a surname-like
    # part and a seat, no name used alone: the full name stays the asker's
    text = (_HEAD + "“还有几处排污口没整改到位？”省人大常委会委员吉克木呷率先发问。\n\n"
            "省生态环境厅厅长王晓川回答，年底前全部完成。\n\n“怎么防止反弹？”吉克委员追问。\n\n王晓川坦言，要建长效机制。\n")
    names = {n for k, n in _read(text) if k in ("question", "follow_up")}
    assert "吉克" not in names


_CHAIR_HEAD = ("2022年10月18日，某某县人大常委会举行评议询问。县生态环境局等部门负责人到会应询。\n\n"
               "委员饶春生问：“养护经费谁来出？”\n\n县交通运输局局长揭文斌回答，县财政安排。\n\n")


def test_chair_request_to_an_office_with_no_question_mark_is_the_chairs_question():
    # "“请县X局谈谈，…。”县人大常委会主任Y的询问不带一个问号": a chair who does not preside asks
    text = (_CHAIR_HEAD + "“请县生态环境局谈谈，污水处理厂出水为什么还不能稳定达标。”县人大常委会主任付兰英的询问不带一个问号。\n\n"
            "县生态环境局局长涂志明回应，明年四月完工。\n")
    assert ("question", "付兰英") in _read(text)


def test_chair_remark_with_no_request_is_no_question():
    text = (_CHAIR_HEAD + "“今天的询问问出了实招。”县人大常委会主任付兰英的讲话简短有力。\n\n"
            "县生态环境局局长涂志明表示，将逐条整改。\n")
    assert ("question", "付兰英") not in _read(text)


_PRESS_HEAD = ("2023年8月29日下午，某某市八届人大常委会第十四次会议举行专题询问。\n\n"
               "“实验室到底孵化出了几个项目？”委员柳芳菲率先发问。\n\n市科技局局长欧阳建新坦言，比例确实不高。\n\n")


@pytest.mark.parametrize("lead", ["柳委员并不满足，追问：", "她意犹未尽，追问："])
def test_seat_or_pronoun_and_a_short_manner_before_a_pressing_cue_is_the_member(lead):
    # "X委员并不满足，追问：“…？”": the member named in full before, pressing on
    ex = load_text(_PRESS_HEAD + lead + "“有没有资金保障？”欧阳建新回应，今年已安排。\n", source="tune_b25.txt").exchanges
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("柳芳菲", False), ("柳芳菲", True)]


def test_a_short_manner_before_a_plain_asking_cue_reads_no_member():
    # (only a cue that itself says 追问 takes any manner; "问" keeps to the follow_manner words)
    ex = load_text(_PRESS_HEAD + "柳委员并不满足，问：“有没有资金保障？”欧阳建新回应，今年已安排。\n",
                   source="tune_b25.txt").exchanges
    assert not ex[-1].follow_up_of


_NOTED = ("某某市人大常委会专题询问实录\n"
          "房秀云（市人大常委会委员）：农村供水工程运维经费缺口较大，财政怎么保障？\n"
          "{note}\n"
          "某某市人大常委会办公室 整理\n")


def test_bracketed_note_that_an_office_answered_is_the_answer():
    # "（市财政局负责人就此作了回答，内容略。）" on a line of its own after the question: answered,
    # by that office's official, the words left out; the signature after it is nobody's words
    (ex,) = load_text(_NOTED.format(note="（市财政局负责人就此作了回答，内容略。）"), source="tune_b25.txt").exchanges
    assert ex.answer == "市财政局负责人就此作了回答，内容略。"
    assert (ex.respondent.title, ex.respondent.department_type) == ("负责人", "财政")
    assert "整理" not in ex.question


def test_bracketed_note_deferring_in_writing_is_no_answer():
    (ex,) = load_text(_NOTED.format(note="（市财政局负责人对此作了答复说明，将会后书面答复。）"), source="tune_b25.txt").exchanges
    assert not ex.answer


@pytest.mark.parametrize("verb", ["关心", "关注"])
def test_a_verb_of_concern_after_a_seat_is_no_name(verb):
    # "对于委员关心的…问题，他介绍，…" inside an official's answer: no member 关心 asks anything
    body = ("委员温建平问：“变更登记还要跑几趟？”\n\n市行政审批局局长洪立军表示，今年推行全程网办。"
            f"对于委员{verb}的证照联办问题，他介绍，已有三十六个行业实现一业一证。\n")
    assert [e.asker.name for e in _exchanges(body)] == ["温建平"]


def test_ethnic_group_before_a_seat_is_no_part_of_the_member():
    # "畲族委员X关心的是…：“…？”": the member's group, then the seat and the name
    text = (_HEAD + "委员蓝晓峰问：“走教老师够不够？”\n\n县教育局局长雷建华回答，今年起推行走教。\n\n"
            "畲族委员钟丽萍关心的是上学路：“校车能不能开进每个行政村？”\n\n雷建华表示，年底前实现。\n")
    assert ("question", "钟丽萍") in _read(text)


def test_ethnic_group_word_stripped_only_before_a_seat():
    from loaders.attribution.words import strip_fillers
    assert strip_fillers("畲族委员钟丽萍") == (2, 7)
    assert strip_fillers("畲族乡乡长钟立新") == (0, 8)  # a township's name keeps its group
