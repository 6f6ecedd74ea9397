"""Session 18 (tune24): rules written from the open sets 21 and 22 (invented texts; genre golds
in tests/gold/genres/g24_*, each written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2024年6月13日，某区人大常委会举行询问。\n"


def _said(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(LEAD + text)]


def test_a_question_told_after_wen_qi_is_asked():
    text = ("委员郑秋萍首先问起，全区的社区食堂有多少能收支平衡，亏本的打算怎么办。"
            "区民政局局长方立成回答说，全区现有社区食堂十家。")
    assert _said(text) == [("question", "郑秋萍"), ("answer", "方立成")]


def test_the_member_who_asked_last_going_on_with_jiezhe_presses_on():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑秋萍接着又问，统一配餐以后价格会不会上涨。方立成表示，助餐价格保持不变。")
    assert _said(text) == [("question", "郑秋萍"), ("answer", "方立成"),
                           ("follow_up", "郑秋萍"), ("answer", "方立成")]


def test_going_on_to_ask_another_office_is_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑委员接着又问区市场监督管理局：食堂的食品安全谁来管？区市场监督管理局局长傅雅琳表示，每季度抽检一次。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]


def test_another_member_going_on_asks_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "委员汤建中接着问，食堂的食品安全谁来管？区市场监督管理局局长傅雅琳表示，每季度抽检一次。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]


def test_the_same_member_going_on_without_again_asks_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑秋萍接着提问：“老年助餐点为什么只开在城区？”方立成表示，明年向乡镇延伸。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]


def test_an_official_answering_on_behalf_of_the_government_is_named():
    text = "常委会副主任胡振华就填埋场封场进度提出询问，副县长徐文斌代表县政府作了回答。"
    said = find_utterances(LEAD + text)
    assert [(u.kind, u.speaker.name, u.speaker.title, u.speaker.department) for u in said] == [
        ("question", "胡振华", None, None), ("answer", "徐文斌", "副县长", "县政府")]


def test_a_member_by_seat_is_no_official_on_behalf():
    from loaders.attribution.speakers import _on_behalf
    from loaders.attribution.people import People

    assert _on_behalf("市人大代表胡振华", People("市人大代表胡振华")) is None


def test_listed_officials_telling_their_answers_by_name_further_on_answer_their_pairs():
    text = ("委员方卫平、余秀珍分别就中转站选址、保洁经费等问题进行询问，县住房和城乡建设局局长汪德胜、"
            "县财政局副局长程丽娟分别作了回答。\n"
            "汪德胜表示，年内完成三座中转站改造。程丽娟介绍，今年安排保洁经费八百万元。")
    said = find_utterances(LEAD + text)
    assert [(u.kind, u.speaker.name, u.end > u.start) for u in said] == [
        ("question", "方卫平", True), ("answer", "汪德胜", True),
        ("question", "余秀珍", True), ("answer", "程丽娟", True)]


def test_an_answer_after_a_question_told_further_on_stays_that_questions():
    text = ("委员方卫平、余秀珍分别就中转站选址、保洁经费等问题进行询问，县住房和城乡建设局局长汪德胜、"
            "县财政局副局长程丽娟分别作了回答。\n"
            "委员柏文清又问，垃圾分类为什么推不开？汪德胜表示，年内在城区全面推开。")
    said = find_utterances(LEAD + text)
    assert [(u.kind, u.speaker.name, u.end > u.start) for u in said][:2] == [
        ("question", "方卫平", True), ("answer", "汪德胜", False)]


def test_a_quoted_complaint_described_as_the_members_words_is_asked():
    text = ("“有的村一到夏天水压就上不去！”委员冯建国的话让不少委员点头。"
            "市水利局局长钱立峰回应，今年将改造六个加压站。")
    assert _said(text) == [("question", "冯建国"), ("answer", "钱立峰")]


def test_a_vice_chair_whose_question_is_described_after_the_quotation_asks_it():
    text = ("“管网改造的钱从哪里来？”市人大常委会副主任沈丽萍的问题直指资金。"
            "市财政局副局长严美华介绍，今年安排专项资金一点二亿元。")
    assert _said(text) == [("question", "沈丽萍"), ("answer", "严美华")]


def test_the_question_a_member_put_out_described_after_the_quotation_is_theirs():
    text = ("“农村水厂的水质检测一年只测一次。”委员陆志清抛出的问题涉及两个部门。"
            "市卫生健康委员会副主任朱晓东表示，每季度抽检一次。")
    assert _said(text) == [("question", "陆志清"), ("answer", "朱晓东")]


def test_a_heading_saying_the_member_presses_on_makes_the_question_under_it_a_follow_up():
    from tests.loaders.turn_helpers import said

    text = ("一、汪春梅委员询问市住房和城乡建设局局长戴国强\n问：老旧小区改完以后谁来管？\n"
            "答：物业进驻作为验收的前置条件。\n二、汪春梅委员追问市住房和城乡建设局局长戴国强\n"
            "问：没有物业愿意进驻的小区怎么办？\n答：由街道组织业主自管。")
    assert said(text) == [("question", "汪春梅"), ("answer", "戴国强"), ("follow_up", "汪春梅"), ("answer", "戴国强")]


def test_a_member_by_surname_and_seat_pressing_on_then_a_pronoun_follows_up():
    text = ("委员施慧琴问，助餐点到底是多了还是少了？市民政局局长费国华回应，将重新布点。"
            "施委员没有就此打住，她追问：“送餐上门的人手从哪里来？”费国华表示，向企业购买服务。")
    assert _said(text) == [("question", "施慧琴"), ("answer", "费国华"), ("follow_up", "施慧琴"), ("answer", "费国华")]


def test_a_pronoun_pressing_on_before_the_cues_clause_is_the_member_who_asked_last():
    text = ("委员潘建明问，家庭病床的报销比例为什么偏低？市卫生健康委员会副主任闵晓红介绍，今年起纳入医保。"
            "他没有就此打住，追问道：“家庭医生一个月能上门几次？”闵晓红说，每月不少于两次。")
    assert _said(text) == [("question", "潘建明"), ("answer", "闵晓红"), ("follow_up", "潘建明"), ("answer", "闵晓红")]


def test_officials_listed_attending_after_the_first_question_answer_nothing():
    text = ("“全市有多少小微企业拿到了首贷？”市人大常委会委员应海燕第一个发问。\n"
            "副市长卢振东，市地方金融监督管理局局长蒋玉林、市经济和信息化局局长童建伟等到会应询。\n"
            "“今年新增首贷户一千二百家。”蒋玉林坦言，市里正在推广知识产权质押贷款。")
    assert _said(text) == [("question", "应海燕"), ("answer", "蒋玉林")]


def test_each_words_after_a_post_are_no_name():
    from loaders.turns import not_a_name

    assert all(not_a_name(w) for w in ("分别", "依次", "逐一"))


def test_speeches_opening_by_taking_the_topic_up_again_or_on_a_detail_follow_up():
    from loaders.follow_ups import opens_follow_up

    assert opens_follow_up("我接着这个话题追问一个问题。刚才局长谈的是作风问题。")
    assert opens_follow_up("我追问一个细节：老师交流到乡下，住宿怎么解决？")
    assert not opens_follow_up("我接着这个话题谈一点看法。")


def test_a_declaration_line_marked_zhuiwen_makes_its_speech_a_follow_up():
    from tests.loaders.turn_helpers import said

    text = ("省人大常委会委员 邬晓林\n户厕粪污没人抽，怎么解决？\n省农业农村厅厅长 熊光辉\n组建专业服务队。\n"
            "省人大常委会委员 邬晓林（追问）\n抽运服务是否收费？\n省农业农村厅厅长 熊光辉\n基本服务免费。")
    assert said(text) == [("question", "邬晓林"), ("answer", "熊光辉"), ("follow_up", "邬晓林"), ("answer", "熊光辉")]


def test_a_standing_committee_member_by_compound_surname_and_seat_is_the_member_named_before():
    text = ("“成果转化的最后一公里怎么打通？”常委会组成人员司徒建华首先发问。市科学技术局局长邱文斌回答，建设中试平台。"
            "“奖补兑现了多少？”司徒委员紧接着追问。市财政局副局长黄丽珍介绍，已兑现三千二百万元。")
    assert _said(text) == [("question", "司徒建华"), ("answer", "邱文斌"), ("follow_up", "司徒建华"), ("answer", "黄丽珍")]


def test_a_heading_asking_two_officials_declares_the_first():
    from loaders.turns.asking import asking_heading

    label = asking_heading("二、市人大常委会副主任宋国平询问市发展和改革委员会主任何雪梅、市科学技术局局长贺永清")
    assert label is not None and label.speaker.name == "宋国平" and label.addressee.name == "何雪梅"


def test_na_opens_a_name_after_a_seat():
    text = "委员那海林就禁牧补助发放进度提出询问，市林业和草原局局长白立军作了回答，表示十月底前发放到户。"
    assert _said(text) == [("question", "那海林"), ("answer", "白立军")]


def test_an_official_owning_a_fault_first_answers_and_the_pronoun_after_is_theirs():
    text = ("县住房和城乡建设局局长杨国福到会接受质询。\n“管网为什么到现在还没改完？”委员李春明第一个发问。\n"
            "杨国福首先作了检讨。他说，前期摸排不清，施工多次返工。")
    assert _said(text) == [("question", "李春明"), ("answer", "杨国福"), ("answer", "杨国福")]


def test_an_answer_deferring_to_an_office_answers_nothing_and_names_the_office():
    from loaders.exchanges import _only_deferred

    assert _only_deferred("此问题省财政厅将会后书面答复。")
    assert not _only_deferred("今年已安排实训设备专项经费两亿元，其余部分会后书面答复。")
