"""Session 11 (tune11y): exchanges the news features and briefs of blind set 11 told in
reported speech (invented texts; golds in tests/gold/genres/g11y_*)."""

from __future__ import annotations

from loaders import load_text


# Genres whose gold holds a case no rule reads yet (tests/gold/genres/README.md): the fields
# still wrong, so that a fix (or a new loss) shows here.


OPENING = "2022年4月8日，安顺市西秀区人大常委会就农村饮水安全工作开展专题询问。\n"


def test_a_topic_asked_by_the_group_is_no_ones_question():
    # the sitting summed up: the members as a group asked about a topic, nobody answered it
    rec = load_text(OPENING + "区人大常委会组成人员询问水源地保护。会议要求区水务局认真整改。\n", source="t.txt")
    assert rec.exchanges == ()


def test_and_closes_a_name_only_after_a_seat():
    from loaders.turns import parse_head

    assert parse_head("市人大常委会委员孟庆和").speaker.name == "孟庆和"
    # two people joined by 和: no three-character name ending in 和
    lab = parse_head("委员王明和代表李强")
    assert lab is None or lab.speaker.name != "王明和"


def test_all_members_raising_a_point_is_no_ones_question():
    # 有委员 counts one member; 所有委员 (every member) sums the sitting up
    rec = load_text(OPENING + "所有委员提出，要加快水厂建设。区水务局局长谭志勇表示，今年完成管网改造。\n",
                    source="t.txt")
    assert all(e.asker.role != "委员" or e.asker.name for e in rec.exchanges) or not rec.exchanges


def test_a_pronoun_follow_up_is_the_member_who_asked_last():
    rec = load_text(OPENING + "“水厂什么时候建成？”提问的是区人大常委会委员吴海峰。\n"
                    "区水务局局长谭志勇回答：“明年六月建成。”\n“资金到位了吗？”他追问道。\n谭志勇表示，资金已经到位。\n",
                    source="t.txt")
    assert [(e.asker.name, e.follow_up_of is not None, e.respondent.name) for e in rec.exchanges] == \
        [("吴海峰", False, "谭志勇"), ("吴海峰", True, "谭志勇")]


def test_a_point_raised_at_a_plenary_and_answered_by_nobody_is_no_exchange():
    text = ("2024年1月15日，市十六届人大三次会议各代表团分组审议政府工作报告。\n"
            "代表刘建国提出加快城西片区学校建设。代表周敏提出完善社区养老服务设施。\n")
    from loaders import InputError

    try:
        rec = load_text(text, source="t.txt")
    except InputError:  # refused: no inquiry and nobody answers
        return
    assert rec.exchanges == ()
