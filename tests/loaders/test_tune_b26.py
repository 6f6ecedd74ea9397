"""Session 21 tuning rules from blind set 26 (helper tune21): one test per rule, invented texts."""

from loaders.normalize import fold_width, normalize
from loaders.pipeline import load_text


def _exchanges(text: str):
    return load_text(text, source="tune_b26.txt").exchanges


def test_ideographic_padding_of_a_two_character_name_is_dropped():
    # a typeset record pads two-character names and keys to line them up with three
    assert fold_width("局长贾\u3000斌、副局长倪\u3000红\n时\u3000间") == "局长贾斌、副局长倪红\n时间"
    # a lone ideographic space before a longer word, or a number, is a space as before
    assert fold_width("记者\u3000陈晓明\u3000摄") == "记者 陈晓明 摄"
    assert fold_width("公报\u30002018年") == "公报 2018年"


def test_a_record_heading_line_opens_a_line_of_its_own():
    text = "时间：2022年6月16日下午\n地　点：县人大常委会第二会议室\n应询人员：县财政局副局长倪红\n【主持人】程立国：开始。"
    assert normalize(text).split("\n") == ["时间：2022年6月16日下午", "地点：县人大常委会第二会议室",
                                           "应询人员：县财政局副局长倪红", "【主持人】程立国：开始。"]
    # a value cut by a hard line break still runs on into the line under it
    assert normalize("受质询机关负责人：县水利局局长龚立民，县林业局局长汤\n晓燕") \
        == "受质询机关负责人：县水利局局长龚立民，县林业局局长汤晓燕"


def test_an_official_labelled_by_post_alone_is_the_one_a_padded_attendee_list_names():
    text = ("某县人大常委会专题询问实录\n\n时\u3000间：2022年6月16日下午\n"
            "会\u3000议：县十七届人大常委会第五次会议联组会议\n"
            "应询人员：县自然资源局局长贾\u3000斌，县财政局副局长倪\u3000红\n\n"
            "【问】鲁\u3000燕（县人大常委会委员）：管护经费从哪里来？\n\n"
            "【答】县财政局副局长：今年县本级安排管护资金800万元。\n")
    (e,) = _exchanges(text)
    assert (e.asker.name, e.respondent.name, e.respondent.title) == ("鲁燕", "倪红", "副局长")


def test_heading_keys_on_a_flattened_line_open_lines_of_their_own():
    text = "时间：2022年6月16日下午 地点：县人大常委会第二会议室 应询人员：县财政局副局长倪红 【主持人】程立国：开始。"
    assert normalize(text).split("\n") == ["时间：2022年6月16日下午", "地点：县人大常委会第二会议室",
                                           "应询人员：县财政局副局长倪红", "【主持人】程立国：开始。"]


def test_page_numbers_and_the_running_header_beside_them_are_dropped():
    from loaders.normalize import drop_page_furniture

    lines = ["某省人大常委会公报", "2021年第3号", "正文第一段。", "—7—", "某省人大常委会公报", "2021年第3号",
             "正文第二段。", "— 8 —"]
    # the first page's header, with no page number beside it, is the document's title and stays
    assert drop_page_furniture(lines) == ["某省人大常委会公报", "2021年第3号", "正文第一段。", "正文第二段。"]
    # a line said once, or a sentence, next to a page number is no running header
    assert drop_page_furniture(["会议记录", "—3—", "正文。"]) == ["会议记录", "正文。"]


def test_a_label_cut_inside_the_name_by_a_hard_line_break_is_joined():
    from loaders import pipeline as P

    text = "省卫生健康委副主任冼\n秀英：今年将扩大到全部行政村。"
    assert normalize(text, is_turn_start=P.is_turn_start) == "省卫生健康委副主任冼秀英：今年将扩大到全部行政村。"
    # a label line of its own over a line opening with another key is left alone
    assert normalize("提问人：委员 魏兰芳\n问题：什么时候能建好？", is_turn_start=P.is_turn_start,
                     is_label_only=P.is_label_only).count("\n") == 1


def test_an_asking_verb_before_an_office_makes_no_office_label():
    from loaders.turns import parse_head

    assert parse_head("再问省水利厅") is None and parse_head("先问省生态环境厅") is None
    assert parse_head("省水利厅").speaker.department == "省水利厅"


_TWO_OFFICES = ("某省人大常委会专题询问实录\n\n5月26日，省人大常委会举行联组会议开展专题询问。\n\n"
                "邬立新委员：我这个问题涉及两个部门。先问省水利厅：管护主体不明确的问题怎么解决？"
                "再问省卫生健康委：水质检测覆盖了多少个村？\n\n"
                "省水利厅厅长岑国梁：我们将推行县级统管。\n\n"
                "省卫生健康委副主任冼秀英：今年将扩大到全部行政村。\n\n")


def test_a_question_put_to_two_offices_in_turn_is_one_exchange_per_office():
    ex = _exchanges(_TWO_OFFICES)
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type, bool(e.follow_up_of)) for e in ex] == [
        ("邬立新", "岑国梁", "水利", False), ("邬立新", "冼秀英", "卫生健康", False)]
    assert ex[1].question.startswith("再问省卫生健康委") and "管护" not in ex[1].question


def test_offices_answering_in_another_order_than_asked_keep_one_exchange():
    swapped = _TWO_OFFICES.replace("先问省水利厅", "先问省卫生健康委_").replace("再问省卫生健康委", "再问省水利厅") \
        .replace("先问省卫生健康委_", "先问省卫生健康委")
    assert len(_exchanges(swapped)) == 1


def test_a_speech_opening_by_asking_again_briefly_presses_on_only_for_the_member_who_asked_last():
    from loaders.follow_ups import asks_again, opens_follow_up

    assert asks_again("我接着问一句。整改期间商户的损失谁来承担？") and asks_again("再问一下：钱从哪里来？")
    assert not asks_again("我再问一个问题，学校周边怎么管？")  # no short tail: maybe a question of its own
    # a clause naming the question pressed on may open a speech that says 追问
    assert opens_follow_up("殷红梅委员提的问题，我再追问一句。三家企业谈不拢怎么办？")
    head = "某县人大常委会质询会议记录\n\n"
    q = "殷红梅（县人大常委会委员）：排水沟为什么还没有动工？\n\n包志军（县市场监督管理局局长）：11月底前完工。\n\n"
    again = "（县人大常委会委员）：我还想问一句。商户的损失谁来承担？\n\n包志军（县市场监督管理局局长）：免收摊位费。\n"
    assert [bool(e.follow_up_of) for e in _exchanges(head + q + "殷红梅" + again)] == [False, True]
    assert [bool(e.follow_up_of) for e in _exchanges(head + q + "伍国强" + again)] == [False, False]


_TITLED = ("某市人大专题询问侧记：“车位在哪里？”委员连番发问\n"
           "“规划的公共停车场到底建在哪里？”5月17日，某市人大常委会举行专题询问，市人大常委会委员邵佳琪率先发问。\n"
           "市住房和城乡建设局局长葛志远坦言，今年将新建公共停车场6处。\n")


def test_a_short_title_with_no_stop_is_not_continued_by_a_lede_opening_on_a_quotation():
    assert normalize(_TITLED).split("\n")[0] == "某市人大专题询问侧记：“车位在哪里？”委员连番发问"
    # past the first line, a line with no stop runs on into a quotation as before
    assert normalize("会议开展专题询问。\n委员邵佳琪说，老城区\n“停车难”的问题很突出。").split("\n")[1] \
        == "委员邵佳琪说，老城区“停车难”的问题很突出。"


def test_a_question_read_in_the_title_that_nobody_answers_is_no_exchange():
    ex = _exchanges(_TITLED)
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("邵佳琪", "葛志远")]


def test_a_bare_name_in_a_list_of_askers_takes_the_seat_heading_the_list():
    from loaders.attribution.people import People

    text = "会上，市人大常委会委员额尔敦、蔺晓军、苏日格勒和市人大代表杭丽萍先后提问。苏日格勒就资金提出询问。"
    people = People(text)
    assert people.named("蔺晓军") is people.named("蔺晓军") is people.by_name["蔺晓军"]  # (remembered)
    assert (people.named("蔺晓军").role, people.named("苏日格勒").role) == ("市人大常委会委员", "市人大常委会委员")
    # a piece of a name in the list is no one: the list goes on after it with no mark
    assert People(text).named("苏日格") is None
    # a name after a list mark but in no list of members is not given the seat
    assert People("会议由主任王刚、李明主持。李明就资金提出询问。").named("李明") is None


def test_askers_paired_with_the_offices_they_asked_when_the_answers_only_count_them():
    body = ("某区人大常委会开展专题询问。\n\n"
            "会上，区人大常委会委员钮丽华、闻国平分别就小微企业消防隐患、渣土车运输管理等问题，向区应急管理局、"
            "区交通运输局提出询问，两家部门负责人分别作了答复。闻国平委员关注渣土车夜间运输的噪声，希望加强联合执法。\n")
    ex = _exchanges(body)
    assert [(e.asker.name, e.respondent.department_type, e.answer is not None) for e in ex] == [
        ("钮丽华", "应急管理", True), ("闻国平", "交通运输", True)]
    # offices that do not match the askers in number pair nobody
    three = body.replace("向区应急管理局、", "向区应急管理局、区城市管理局、").replace("两家部门", "三家部门")
    assert all(e.answer is None for e in _exchanges(three))
    # the offices after 向 at the end of the topics, and the answering side only counting them
    from loaders.attribution.lists import _ASKED_TO, _COUNTED_OFFICES

    assert _ASKED_TO.search("消防隐患等问题，向区应急管理局、区交通运输局")["offices"] == "区应急管理局、区交通运输局"
    assert _COUNTED_OFFICES.fullmatch("两个部门") and not _COUNTED_OFFICES.fullmatch("区应急管理局")


_MOBILE = ("某镇人大：代表当面问 镇长现场答\n12月15日，某镇第十八届人民代表大会第七次会议举行代表询问会。\n"
           "第一位发言的是来自西营子村的代表乌力吉。\n他说，这个问题他在村里被问过很多次。\n"
           "“村里的自来水冬天一冻就停，今年能不能把管子埋深一点？”\n副镇长包玉龙回答，镇里已把管网改造列入明年计划。\n")


def test_a_quoted_question_alone_on_its_line_is_asked_by_the_member_named_on_the_lines_above():
    ex = _exchanges(_MOBILE)
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("乌力吉", "包玉龙")]
    # two lines of narration quoting someone else between them: nobody named asks
    quoting = _MOBILE.replace("他说，这个问题他在村里被问过很多次。", "他说，村民常说“水管又冻了”。")
    assert "乌力吉" not in [e.asker.name for e in _exchanges(quoting)]


def test_a_long_mongolian_name_after_a_seat_is_the_one_a_pronoun_after_it_refers_to():
    text = ("某镇人大代表询问会\n12月15日，某镇人民代表大会举行代表询问会。\n代表阿拉坦其其格把问题抛给了镇长。\n"
            "她说，镇中心小学的食堂太小，孩子们只能分三批吃饭，能不能扩建？\n镇长韩振东坦言，食堂扩建的设计已经完成。\n")
    assert [e.asker.name for e in _exchanges(text)] == ["阿拉坦其其格"]


def test_an_official_standing_somewhere_as_they_answer_is_named_not_the_place():
    from loaders.attribution.words import strip_fillers

    head = "寅街镇副镇长苏文亮站在刚完工的烤房前"
    a, b = strip_fillers(head)
    assert head[a:b] == "寅街镇副镇长苏文亮"


def test_a_vice_chair_named_after_a_quoted_question_with_a_say_cue_asks_it():
    body = ("某县人大常委会专题询问\n\n9月6日，某县人大常委会召开联组会议开展专题询问。\n\n"
            "“烤房只是一环，全县烟叶怎么卖出好价钱？”县人大常委会副主任罗国富接过话题。\n\n"
            "县农业农村局局长晏春华回应，县里正推行订单收购。\n")
    assert [(e.asker.name, e.respondent.name) for e in _exchanges(body)] == [("罗国富", "晏春华")]
    # the chair presiding, named so, calls on members: the quoted question is not the chair's
    presided = body.replace("召开联组会议开展专题询问。", "召开联组会议开展专题询问，县人大常委会副主任罗国富主持。")
    assert "罗国富" not in [e.asker.name for e in _exchanges(presided)]


def test_a_pointer_before_a_post_is_the_official_who_spoke_last_with_it():
    body = ("某市人大常委会专题询问侧记\n\n7月26日，某市人大常委会举行联组会议开展专题询问。\n\n"
            "“什么时候能加密班次？”市人大代表龙小凤率先发问。\n\n市交通运输局负责人回答，今年将新增线路12条。\n\n"
            "龙小凤接着追问：“票价会不会涨？”这位负责人表示，票价实行政府指导价。\n")
    ex = _exchanges(body)
    assert [(bool(e.follow_up_of), e.answer is not None, e.respondent.department_type) for e in ex] == [
        (False, True, "交通运输"), (True, True, "交通运输")]
    assert "指导价" in ex[1].answer and "指导价" not in ex[1].question


def test_a_clause_after_the_cue_saying_the_member_pressed_on_makes_a_follow_up():
    body = ("某市人大常委会专题询问侧记\n\n7月26日，某市人大常委会举行联组会议开展专题询问。\n\n"
            "“新能源公交车冬天趴窝怎么办？”委员顾文斌的问题直截了当。\n\n市交通运输局负责人坦言，今年将更换电池。\n\n"
            "“充电场站建在哪里？”毛丽娟委员接过话题，就同一件事追问下去。市交通运输局负责人介绍，年底前建成8座。\n")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in _exchanges(body)] == [("顾文斌", False), ("毛丽娟", True)]
    # the same cue with nothing said of pressing on puts a question of its own
    plain = body.replace("接过话题，就同一件事追问下去。", "接过话题。")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in _exchanges(plain)] == [("顾文斌", False), ("毛丽娟", False)]


def test_a_question_told_as_put_to_two_offices_in_turn_is_one_exchange_per_office():
    from loaders.asked_in_turn import asked_in_turn_told

    sentence = "她的问题分两头：先问省粮食局，轮换为什么赶不上进度；再问省财政厅，补贴能不能及时拨付。"
    parts = asked_in_turn_told(sentence, 0, len(sentence))
    assert [(sentence[a:b], office) for a, b, office in parts] == [
        ("先问省粮食局，轮换为什么赶不上进度", "省粮食局"), ("再问省财政厅，补贴能不能及时拨付", "省财政厅")]
    body = ("某省人大常委会专题询问\n\n9月27日，省人大常委会举行联组会议开展专题询问。\n\n第一个起身发问的是委员韩玉芝。" + sentence
            + "\n\n省粮食局局长祁正德回答，年底前完成轮换。\n\n关于保管费用，省财政厅副厅长马文清解释说，今后按季度拨付。\n")
    ex = _exchanges(body)
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in ex] == [
        ("韩玉芝", "祁正德", "粮食和物资储备"), ("韩玉芝", "马文清", "财政")]
    # one office only: no parts
    one = "先问省粮食局，轮换为什么赶不上进度。"
    assert asked_in_turn_told(one, 0, len(one)) is None


def test_the_member_who_asked_last_labelled_by_the_bare_name_after_the_answer_presses_on():
    head = "某市人大常委会专题询问\n\n9月22日，某市人大常委会举行专题询问。\n\n"
    first = "市人大代表 颜秀梅：幸福院常年锁门，有什么办法？\n\n市民政局局长 庞立新：年底前实现正常运营。\n\n"
    again = "：运营经费由谁来出？\n\n市民政局局长 庞立新：由市县两级财政补贴。\n"
    assert [bool(e.follow_up_of) for e in _exchanges(head + first + "颜秀梅" + again)] == [False, True]
    # the full label again with a short question presses on too (session 22: the blind writers'
    # convention, tests/loaders/test_tune22.py); a long prepared one asks anew
    assert [bool(e.follow_up_of) for e in _exchanges(head + first + "市人大代表 颜秀梅" + again)] == [False, True]
