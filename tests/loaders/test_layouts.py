"""Speaker-turn layouts of other cities and papers (invented transcripts in fixtures/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import InputError, load_path, load_text
from loaders.turns import parse_label

FIXTURES = Path(__file__).parent / "fixtures"


def summary(rec):
    out = []
    for e in rec.exchanges:
        r = e.respondent
        out.append((e.asker.name, e.asker.role, r.name if r else None, r.title if r else None,
                    r.department_type if r else None, e.follow_up_of is not None, e.answer is not None))
    return out


def test_qa_layout_with_speaker_on_label_line():
    rec = load_path(FIXTURES / "qa_layout.txt")
    assert summary(rec) == [
        ("周建明", "区人大常委会委员", "孙立群", "局长", "行政审批", False, True),
        ("吴春燕", "区人大代表", "邹海波", "副局长", "人力资源和社会保障", False, True),
    ]
    assert rec.exchanges[0].question.startswith("近年来区里推行")
    assert rec.session.date == "2023-06-12"


def test_bare_question_answer_layout():
    rec = load_path(FIXTURES / "qa_bare.txt")
    assert summary(rec) == [
        (None, None, "王建军", "局长", "商务", False, True),
        (None, None, None, None, "水利", False, True),
    ]
    assert rec.exchanges[1].answer.startswith("主要是山洪预警设施不足")


def test_numbered_ask_and_answer_verbs():
    rec = load_path(FIXTURES / "numbered.txt")
    assert summary(rec) == [
        ("郑振华", "市人大常委会副主任", "黄志成", "局长", "行政审批", False, True),
        ("潘秀兰", "市人大常委会委员", "邓卫东", "副局长", "医疗保障", False, True),
        ("钟伟", "市人大代表", "冯涛", "局长", "城市管理", False, True),
    ]


def test_name_first_labels_and_follow_up():
    rec = load_path(FIXTURES / "name_first.txt")
    assert summary(rec) == [
        ("何振国", "委员", "吕志刚", "局长", "交通运输", False, True),
        ("曾丽华", "委员", "魏红", "主任", "卫生健康", False, True),
        ("曾丽华", "委员", "魏红", "主任", "卫生健康", True, True),
    ]
    assert rec.exchanges[2].follow_up_of == rec.exchanges[1].id
    assert rec.session.kind == "专题询问"


def test_narrative_layout():
    rec = load_path(FIXTURES / "narrative.txt")
    assert summary(rec) == [
        ("许文斌", "市人大常委会委员", "谢振宇", "局长", "农业农村", False, True),
        ("韩晓梅", "市人大常委会委员", "唐永红", "局长", "乡村振兴", False, True),
    ]
    assert rec.exchanges[0].question == "高标准农田建设后期管护如何落实？"
    assert "记者" not in rec.exchanges[-1].answer


def test_question_without_answer_and_headlines():
    text = ("优化营商环境专题询问\n"
            "减税降费政策落地见效\n"
            "市人大常委会委员甲乙丙：请问市财政局钱多多同志：减税降费政策落实得怎样？\n"
            "市人大常委会委员丁戊己：市税务局如何优化纳税服务？\n"
            "市税务局局长庚辛壬：推行“非接触式”办税。\n"
            "推动住房保障扩面\n"
            "市人大常委会委员甲乙丙：市住建局如何推进保障房建设？\n"
            "市住房和城乡建设局局长赵钱孙：今年筹集保障房3000套。")
    rec = load_text(text, source="t.txt")
    assert [(e.title, e.answer is None) for e in rec.exchanges] == [
        ("减税降费政策落地见效", True), ("减税降费政策落地见效", False), ("推动住房保障扩面", False)]
    assert rec.exchanges[0].respondent.name == "钱多多"
    assert rec.exchanges[0].respondent.department_type == "财政"
    # The headline is not answer text.
    assert "推动住房保障扩面" not in rec.exchanges[1].answer


@pytest.mark.parametrize("label,expect", [
    ("市人大常委会委员王静：", ("question", "王静", "市人大常委会委员", None, None)),
    ("市发改局副局长刘小杰：", ("answer", "刘小杰", None, "副局长", "市发改局")),
    ("委员张建问：", ("question", "张建", "委员", None, None)),
    ("一、市人大常委会副主任李建国提问：", ("question", "李建国", "市人大常委会副主任", None, None)),
    ("市行政审批服务局局长王建华回答：", ("answer", "王建华", None, "局长", "市行政审批服务局")),
    ("刘小杰副局长：", ("answer", "刘小杰", None, "副局长", None)),
    ("全国、省、市人大代表赵丽：", ("question", "赵丽", "全国、省、市人大代表", None, None)),
    ("市人大财经委主任委员王明：", ("question", "王明", "市人大财经委主任委员", None, None)),
    ("问（市人大常委会委员张伟）：", ("question", "张伟", "市人大常委会委员", None, None)),
    ("李强（市发改委主任）：", ("answer", "李强", None, "主任", "市发改委")),
    ("追问：", ("follow_up", None, None, None, None)),
    ("张三（市发改委主任）答：", ("answer", "张三", None, "主任", "市发改委")),
    ("主持人（市人大常委会副主任张建国）：", ("other", "张建国", "市人大常委会副主任", None, None)),
    ("市政府副市长李卫国：", ("answer", "李卫国", None, "副市长", "市政府")),
    ("市人民检察院检察长刘明：", ("answer", "刘明", None, "检察长", "市人民检察院")),
    ("常委会组成人员王静：", ("question", "王静", "常委会组成人员", None, None)),
    ("市人大常委会委员 王静：", ("question", "王静", "市人大常委会委员", None, None)),
    ("◆市人大常委会委员王静：", ("question", "王静", "市人大常委会委员", None, None)),
    ("【市人大常委会委员王静】", ("question", "王静", "市人大常委会委员", None, None)),
    ("市人大常委会委员、市工商联副主席王静：", ("question", "王静", "市人大常委会委员", None, None)),
    ("市委副秘书长、市发改委主任李强：", ("answer", "李强", None, "主任", "市发改委")),
    ("市农业农村委员会副主任苏灿答：", ("answer", "苏灿", None, "副主任", "市农业农村委员会")),
    ("王静问道：", ("question", "王静", None, None, None)),
    ("项丽：", ("speaker", "项丽", None, None, None)),
])
def test_label_grammar(label, expect):
    got = parse_label(label + "内容")
    assert got is not None
    sp = got.speaker
    assert (got.kind, sp.name, sp.role, sp.title, sp.department) == expect


@pytest.mark.parametrize("text", ["重大项目分类管理方面：主要采取三项措施。", "比如：在国际食品产业园",
                                  "首先，在规划上做文章：", "一、聚焦我市科技创新：加强合作。",
                                  "在优化流程，缩短审批时间方面：我们"])
def test_not_labels(text):
    assert parse_label(text) is None


def test_text_without_turns_is_an_input_error():
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_text("市人大常委会召开会议。会议听取了报告。", source="x.txt")


def test_mixed_layout_variants():
    rec = load_path(FIXTURES / "mixed.txt")
    assert summary(rec) == [
        ("蒲志强", "市人大常委会委员", "占红梅", None, "工业和信息化", False, True),
        ("苟建华", "市人大常委会委员", "文正清", "局长", "科学技术", False, True),
        ("何丽", "市人大代表", "阳斌", "副局长", "招商", False, True),
    ]
    e = rec.exchanges
    assert e[1].question.startswith("我市“专精特新”")
    assert e[1].answer.startswith("主要是研发投入不足")
    assert e[0].respondent.department == "绵阳市经济和信息化局"
    assert (rec.session.city, rec.session.province, rec.session.date) == ("绵阳市", "四川省", "2024-04-25")


def test_moderator_turn_ends_an_answer():
    text = ("市人大常委会委员张志远：请问市发改委李文博同志，如何用好专项债？\n"
            "李文博：加快专项债项目开工。\n"
            "主持人：下面请委员继续提问。\n"
            "市人大常委会委员陈秀英：市科技局如何推进“揭榜挂帅”？\n"
            "市科技局局长赵明华：今年发布榜单20项。")
    rec = load_text(text, source="t.txt")
    assert [e.answer for e in rec.exchanges] == ["加快专项债项目开工。", "今年发布榜单20项。"]
    assert rec.exchanges[0].respondent.department_type == "发展和改革"


def test_closing_narration_and_page_buttons_are_not_answer_text():
    text = ("市人大常委会委员张志远：请问市发改委李文博同志，如何用好专项债？\n"
            "李文博：加快专项债项目开工。\n"
            "询问结束后，市人大常委会主任王大明作了讲话，要求各部门认真整改。\n"
            "【打印】【关闭】\n上一篇：市政府召开常务会议")
    rec = load_text(text, source="t.txt")
    assert rec.exchanges[0].answer == "加快专项债项目开工。"
    assert "打印" not in rec.text and "上一篇" not in rec.text


def test_word_before_colon_is_not_a_bare_speaker():
    text = ("市人大常委会委员张志远：请问市发改委李文博同志，如何用好专项债？\n"
            "李文博：加快专项债项目开工。\n"
            "成效：今年开工项目30个。\n"
            "市人大常委会委员陈秀英：市科技局如何推进？\n"
            "市科技局局长赵明华：今年发布榜单20项。\n"
            "赵明华：补充一点。")
    rec = load_text(text, source="t.txt")
    assert [(e.respondent.name, e.answer) for e in rec.exchanges] == [
        ("李文博", "加快专项债项目开工。\n成效：今年开工项目30个。"),
        ("赵明华", "今年发布榜单20项。\n赵明华：补充一点。"),
    ]


def test_all_bare_names_layout():
    # A report names its sitting somewhere; the same lines with no congress and no inquiry
    # named are an interview, refused (test_an_interview_is_no_inquiry_report).
    text = ("市人大常委会专题询问\n"
            "张志远：请问李文博，专项债用得怎样？\n李文博：今年发行专项债30亿元。\n张志远：还有什么困难？\n李文博：项目储备不足。")
    rec = load_text(text, source="t.txt")
    assert [(e.asker.name, e.respondent.name, e.answer) for e in rec.exchanges] == [
        ("张志远", "李文博", "今年发行专项债30亿元。"), ("张志远", "李文博", "项目储备不足。")]


def test_an_interview_is_no_inquiry_report():
    text = "主持人：张市长，您好！\n张社平：主持人好，各位网友好。\n主持人：请介绍一下公交线路。\n张社平：城区公交线路有5条。"
    with pytest.raises(InputError, match="no congress body, deputy or inquiry"):
        load_text(text, source="t.txt")


def test_turns_squeezed_into_one_paragraph():
    text = ("9月5日，市九届人大常委会第十二次会议开展专题询问。市人大常委会委员张志远：请问市发改委，如何用好专项债？"
            "市发改委主任李文博：我们将推行“拿地即开工”。市人大常委会委员陈秀英问：市科技局如何推进“揭榜挂帅”？"
            "市科技局局长赵明华答：今年发布榜单20项。问：还有吗？答：没有了。")
    rec = load_text(text, source="t.txt")
    assert [(e.asker.name, e.respondent and e.respondent.name, e.answer) for e in rec.exchanges] == [
        ("张志远", "李文博", "我们将推行“拿地即开工”。"),
        ("陈秀英", "赵明华", "今年发布榜单20项。"),
        (None, None, "没有了。"),
    ]


def test_addressee_clue_after_a_sentence_is_not_a_new_turn():
    text = ("市人大常委会委员夏春舒：部分部门思考研究不够深入。请问市营商环境建设局田海同志：如何补齐产业链短板？\n"
            "田海：我们将采取以下措施。")
    rec = load_text(text, source="t.txt")
    assert len(rec.exchanges) == 1
    r = rec.exchanges[0].respondent
    assert (r.name, r.department_text, r.department_type) == ("田海", "市营商环境建设局", "营商环境")


def test_document_title_and_thanks_are_not_headlines():
    text = ("优化营商环境工作\n"
            "市人大常委会委员张志远：请问市发改委，如何用好专项债？\n"
            "市发改委主任李文博：加快专项债项目开工。\n谢谢各位委员\n"
            "市人大常委会委员陈秀英：市科技局如何推进？\n"
            "市科技局局长赵明华：今年发布榜单20项。")
    rec = load_text(text, source="t.txt")
    assert [e.title for e in rec.exchanges] == [None, None]


def test_teaser_questions_put_to_an_office_inside_the_quote():
    # Invented text: a report opening with quoted questions and no asker. The office a
    # question is put to stands after 请问 or as its subject ("X局作为…，是如何…？"); a
    # quotation whose closing mark the page lost ends at its question mark; a question
    # that names no office, or names one only in passing, is nobody's exchange.
    text = ("“全市养老床位缺口较大，市民政局作为牵头部门，是如何统筹推进的？”"
            "“提升社区卫生服务中心和村卫生室能力方面有哪些举措？”"
            "“目前山区种植户较多，请问市农业农村局能否提供技术支持？3月5日，围绕“三农”工作的专题询问会召开。\n"
            "市人大常委会开展专题询问，市民政局、市农业农村局等部门负责人到会应询。")
    rec = load_text(text, source="t.txt")
    assert [(e.respondent.department_type, e.answer) for e in rec.exchanges] == [
        ("民政", None), ("农业农村", None)]
    assert rec.exchanges[1].question.endswith("能否提供技术支持？")


def test_stood_up_is_no_name():
    # Invented: "站起来" before the cue is what the speaker did, not who spoke.
    label = parse_label("村民王大明第一个站起来发问：“村里修路的钱从哪里来？”")
    assert label is None or label.speaker.name != "起来"


def test_quote_then_member_with_level_role_and_a_cue_glued_to_the_name():
    # Invented: "区级人大代表" is a congress role (place + 级); in "赵二很想知道" the 很
    # opens the cue, it is not the end of a three-character name.
    text = ("市人大常委会召开专题询问会。\n"
            "“农田灌溉怎么保障？”市人大代表赵二很想知道水利设施的情况。"
            "市农业农村局局长钱三回答：“今年新修渠道10公里。”\n"
            "“招商项目如何早开工？”区级人大代表王小明很想知道项目实施的实招。")
    rec = load_text(text, source="t.txt")
    askers = [(e.asker.name, e.asker.role) for e in rec.exchanges]
    assert ("赵二", "市人大代表") in askers
    assert ("王小明", "区级人大代表") in askers
    # The answer after the member's quoted question is that question's answer.
    assert rec.exchanges[0].answer == "“今年新修渠道10公里。”"


def test_unnamed_office_head_answers_in_reported_speech():
    # Invented: a member's concern told in reported speech, then an office head's reply
    # after 表示 with no name and no quotation; a congress office's head only sums up.
    text = ("县人大常委会开展专题询问。县人大代表、常委会委员林小红则关心如何治理河道上游企业乱排污水的问题，"
            "市生态环境局某某分局负责人表示，将严厉打击无证的非法排放企业。\n"
            "县人大常委会代工委负责人表示，询问会推动了问题解决。")
    rec = load_text(text, source="t.txt")
    assert [(e.asker.name, e.respondent.department_type if e.respondent else None) for e in rec.exchanges] == [
        ("林小红", "生态环境")]
    assert rec.exchanges[0].answer.startswith("将严厉打击")


def test_answer_while_answering_a_named_problem():
    # Invented: "X局长现场答复…问题时说：“…”": the speaker is the official before the
    # clause, and the problem the clause names is the question answered.
    text = ("县人大常委会组织代表·局长面对面活动，局长现场答复代表询问的问题。\n"
            "县交通运输局局长现场答复道路破损问题时说：“筹措资金修复了道路，投放了警示标志。”")
    rec = load_text(text, source="t.txt")
    assert [(e.question, e.respondent.department_type, e.respondent.title) for e in rec.exchanges] == [
        ("道路破损问题", "交通运输", "局长")]
    assert rec.exchanges[0].answer == "“筹措资金修复了道路，投放了警示标志。”"


def test_reported_reply_to_a_members_told_question():
    # Invented: "针对X提出的如何…，…的问题，Y局负责人从…等三个方面予以回应": the member
    # named in the clause asks; the office head answers with what the 从-phrase lists.
    text = ("县人大常委会开展专题询问。针对县人大代表、常委会委员林小红提出的如何细化落实河长制，"
            "真正把河面、河岸管起来的问题，县水务局负责人从建立述职制度、推进专项行动等三个方面予以回应。")
    rec = load_text(text, source="t.txt")
    assert [(e.asker.name, e.respondent.department_type) for e in rec.exchanges] == [("林小红", "水利")]
    assert rec.exchanges[0].answer == "建立述职制度、推进专项行动等三个方面"
