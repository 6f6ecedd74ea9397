"""Session 19 tuning rules (helper tune): one test per rule, invented texts."""

from loaders.pipeline import load_text

_HEAD = "某某市人大常委会开展专题询问\n\n2023年9月12日，某某市十七届人大常委会第十一次会议举行专题询问。\n\n"


def _exchanges(body: str):
    return load_text(_HEAD + body, source="tune25.txt").exchanges


def test_member_introduced_then_pronoun_asks_with_no_cue():
    ex = _exchanges(
        "委员柏春兰第一个举手。她在三个乡镇走访时看到，不少卫生室大门紧锁。“村医缺口到底有多大？什么时候能补齐？”\n\n"
        "市卫生健康委员会主任简立新回应，全市村医缺口120人，三年内补齐。\n\n"
        "她没有就此打住，追问道：“补齐以后，待遇怎么保障？”\n\n"
        "简立新表示，将落实村医养老保险补助。\n")
    assert [(e.asker.name, e.follow_up_of is not None, e.respondent.name) for e in ex] == [
        ("柏春兰", False, "简立新"), ("柏春兰", True, "简立新")]


def test_pronoun_pressing_on_is_the_member_introduced_since_the_last_cue():
    # member A asks with a cue; member B is introduced with no cue; "她没有就此打住" is B
    ex = _exchanges(
        "委员郑开元问：“乡镇卫生院的设备什么时候更新？”\n\n"
        "市卫生健康委员会主任简立新回答，今年更新设备300台。\n\n"
        "委员柏春兰第二个举手。她在三个乡镇走访时看到，不少卫生室大门紧锁。“村医缺口到底有多大？”\n\n"
        "简立新回应，全市村医缺口120人，三年内补齐。\n\n"
        "她没有就此打住，追问道：“补齐以后，待遇怎么保障？”\n\n"
        "简立新表示，将落实村医养老保险补助。\n")
    assert [(e.asker.name, e.follow_up_of is not None) for e in ex] == [
        ("郑开元", False), ("柏春兰", False), ("柏春兰", True)]


def test_government_leader_named_answers_for_the_government_not_the_office_spoken_of():
    ex = _exchanges(
        "县人大代表裴某某问：“村里啥时候能全天供水？”\n\n"
        "县水务局局长焦某某回应，10月底前实现全天供水。\n\n"
        "裴代表紧接着追问：“光靠水务局一家能办下来吗？”\n\n"
        "彭兴旺副县长接过话题说，县政府将统筹资金，优先保障农村供水。\n")
    assert ex[-1].respondent.name == "彭兴旺"
    assert ex[-1].respondent.department_type == "人民政府"


def test_yi_name_before_a_seat_in_a_label():
    from loaders.turns import parse_head

    assert parse_head("曲比拉则代表（觉莫乡）").speaker.name == "曲比拉则"
    assert parse_head("海来日且委员").speaker.name == "海来日且"
    assert parse_head("吉克拉则局长").speaker.name == "吉克拉则"
    # a bare name (no seat or post about it) with 则 at its end stays unread: 则 may be "then"
    from loaders.turns.names import good_name
    assert not good_name("曲比拉则", bare=True)


def test_numbered_label_after_a_ledes_colon_on_a_flattened_page():
    from loaders.normalize import split_inline_turns
    from loaders.turns import inline_turn_screen, is_bare_label, is_inline_turn

    p = "现将问答情况整理如下：1.柏春兰代表（某乡）：村医缺口有多大？"
    assert split_inline_turns([p], is_inline_turn, is_bare_label, None, inline_turn_screen) == [
        "现将问答情况整理如下：", "1.柏春兰代表（某乡）：村医缺口有多大？"]
    # a ratio after a colon is no label
    q = "比例为：1.5倍，较去年提高。"
    assert split_inline_turns([q], is_inline_turn, is_bare_label, None, inline_turn_screen) == [q]


def test_mongolian_name_of_one_part_after_a_seat_or_post():
    from loaders.turns import parse_head

    assert parse_head("委员呼和").speaker.name == "呼和"
    assert parse_head("常委会副主任苏和").speaker.name == "苏和"
    ex = _exchanges("委员呼和就供水工程维修养护资金如何保障进行询问，市财政局局长图门回答，每年安排维修资金300万元。\n")
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("呼和", "图门")]


def test_mongolian_name_of_several_parts_read_whole_not_its_first_part():
    ex = _exchanges("常委会委员乌力吉巴雅尔把目光投向牧区：牧民在家门口打工的机会不多，怎么解决？\n\n"
                    "市农牧局局长马某某回答，将开发公益性岗位300个。\n")
    assert ex[0].asker.name == "乌力吉巴雅尔"


def test_topic_asked_then_an_office_defers_after_the_comma():
    ex = _exchanges("委员樊某某还就雨水泵站维护经费问题提出询问，有关部门表示会后研究答复。\n")
    assert len(ex) == 1
    assert ex[0].asker.name == "樊某某"
    assert ex[0].question == "雨水泵站维护经费问题"
    assert ex[0].answer is None


def test_two_officials_on_one_designation_line_split_by_semicolon():
    from loaders.turns import is_label_only
    from loaders.turns.designations import spaced_label

    body = ("**省人大常委会委员 卜某某**\n农村改厕后粪污怎么处理？\n"
            "**省农业农村厅厅长 池某某；省财政厅副厅长 阚某某**\n"
            "农业农村厅：粪污就近还田利用。财政厅：省级安排奖补资金5亿元。\n")
    ex = load_text("省人大常委会专题询问问答实录\n\n2023年9月20日，省人大常委会举行专题询问。\n\n" + body,
                   source="tune25.txt").exchanges
    assert [(e.asker.name, e.respondent.name, [r.name for r in e.respondents]) for e in ex] == [
        ("卜某某", "池某某", ["池某某", "阚某某"])]
    # the line is no body text cut mid-sentence (its ； is no clause mark there)
    assert is_label_only("省农业农村厅厅长 池某某；省财政厅副厅长 阚某某")
    # run into the speech on a flattened page
    lab = spaced_label("**省农业农村厅厅长 池某某；省财政厅副厅长 阚某某** 农业农村厅：粪污就近还田利用。")
    assert lab.speaker.name == "池某某" and [s.name for s in lab.also] == ["阚某某"]
