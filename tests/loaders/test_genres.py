"""Genres of published reports (invented texts in fixtures/genres/, gold written first).

News features with the quotation before its speaker, one-paragraph reports,
line-prefixed dialogue without 答 markers, title-only respondents, and a
traditional-script copy with pinyin glosses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders import InputError, load_path, load_text
from loaders.evaluate import evaluate
from loaders.records import from_dict, to_dict
from loaders.script import detect_script, strip_pinyin_glosses, to_simplified

GENRES = Path(__file__).parent / "fixtures" / "genres"
GOLD = sorted(GENRES.glob("*.gold.json"))


def test_there_are_genre_fixtures():
    assert len(GOLD) >= 4


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_every_exchange_found_with_its_people(gold):
    report = evaluate([gold])
    (f,) = report.files
    assert f.error is None
    assert f.exchanges_found == f.exchanges_gold == f.exchanges_aligned
    assert f.dept_right == f.dept_total
    fields = report.exchange_totals()
    for k in ("asker", "respondent", "follow_up", "has_answer"):
        assert fields[k][0] == fields[k][1], (k, f.exchange_errors)


def test_quote_first_feature_reads_speakers_after_quotations():
    rec = load_path(GENRES / "feature_quote_first.txt")
    first = rec.exchanges[0]
    assert first.question.startswith("“全市今年新开工") and first.question.endswith("”")
    assert first.asker.name == "邵文杰" and first.respondent.name == "韩立新"
    assert first.answer.startswith("今年以来")
    # "Y表示，…" is reported speech: the answer is the text after the comma.
    assert rec.exchanges[1].answer.startswith("部分项目前期手续")
    assert rec.script == "simplified"


def test_several_officials_answer_one_question():
    rec = load_path(GENRES / "dialogue_lines.txt")
    second = rec.exchanges[1]
    assert [r.name for r in second.respondents] == ["段志斌", "焦文博"]
    assert second.respondent == second.respondents[0]
    assert second.respondents[1].title == "副镇长"
    again = from_dict(json.loads(json.dumps(to_dict(rec), ensure_ascii=False)))
    assert again == rec


def test_a_respondent_named_only_by_department_and_title():
    rec = load_path(GENRES / "title_only.txt")
    first = rec.exchanges[0]
    assert first.respondent.name is None and first.respondent.title == "负责人"
    assert first.respondent.department_type == "水利"


def _traditional(text: str) -> str:
    import opencc

    t = opencc.OpenCC("s2t").convert(text)
    # Mirror sites copy pinyin glosses into words.
    return t.replace("監督", "監(jiān)督").replace("發展", "發(fā)展").replace("項目", "項(xiàng)目")


def test_traditional_copy_reads_like_the_simplified_one():
    src = (GENRES / "feature_quote_first.txt").read_text(encoding="utf-8")
    simp = load_text(src, source="s.txt")
    trad = load_text(_traditional(src), source="t.txt")
    assert trad.script == "traditional"
    assert "(xiàng)" not in trad.text and "項目" in trad.text  # glosses gone, script kept
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in trad.exchanges] == \
        [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in simp.exchanges]
    for e in trad.exchanges:
        assert trad.text[e.question_start:e.question_end] == e.question
        for m in e.mentions:
            assert trad.text[m.start:m.end] == m.text  # as written …
            assert m.name == to_simplified(m.name)  # … canonical names simplified
    names = {m.text: m.name for e in trad.exchanges for m in e.mentions}
    assert names.get("拿地即開工") == "拿地即开工"


def test_script_detection_and_glosses():
    assert detect_script("市人大常委会委员王静问市发改委主任") == "simplified"
    assert detect_script("市人大常委會委員王靜問市發改委主任：請問專項債") == "traditional"
    assert strip_pinyin_glosses("據(jù)說監(jiān)督") == "據說監督"
    assert to_simplified("詢問") == "询问" and len(to_simplified("詢問")) == 2


BRIEF = ("2022年5月26日，平川县第十七届人大常委会第六次会议对全县义务教育均衡发展工作开展专题询问。"
         "县人大常委会组成人员围绕学位供给、教师队伍建设等问题进行了询问，县教育局主要负责人到会回答询问。")
NEWS = "5月26日，平川县举行重点项目集中开工仪式，23个项目总投资48亿元。县长表示，要全力以赴抓投资。"


def test_a_brief_that_quotes_nobody_is_a_session_without_exchanges(caplog):
    rec = load_text(BRIEF, source="brief.txt")
    assert rec.exchanges == () and rec.session.year == 2022 and rec.session.body
    assert any("quotes no question" in r.getMessage() for r in caplog.records)


def test_an_ordinary_news_article_is_refused():
    from loaders import InputError

    with pytest.raises(InputError, match="no recognisable exchange"):
        load_text(NEWS, source="news.txt")


GOLD_GENRES = Path(__file__).parents[1] / "gold" / "genres"
GENRE_GOLD = sorted(GOLD_GENRES.glob("*.gold.json"))


def test_genre_transcripts_exchanges_found_as_policygraph_eval_scores_them():
    """tests/gold/genres: invented reports in every genre met in real ones (gold written first)."""
    assert len(GENRE_GOLD) >= 10
    report = evaluate(GENRE_GOLD)
    al = report.exchange_alignment()
    assert al["recall"] >= 0.95 and al["precision"] >= 0.95, al
    assert al["department_type_share"] >= 0.9, al
    assert not [f.gold for f in report.files if f.error and f.exchanges_gold]


def test_a_brief_dated_only_by_its_page_stamp_is_a_session():
    text = ("发布时间：2021-09-16 09:53\n9月15日，武川县人大常委会召开义务教育“双减”工作专题询问会议，"
            "县人大常委会组成人员就课后服务等问题提出询问，县教育局负责人一一作答。")
    rec = load_text(text, source="brief2.txt")
    assert rec.exchanges == () and rec.session.date == "2021-09-15"


def test_an_answer_named_by_a_noun_phrase_after_its_quotation():
    text = ("2023年10月8日，临水县人大常委会开展专题询问。\n"
            "“西湖整治后为什么又返臭了？”县人大代表许春迎向县住建局负责人发问。\n"
            "“我们将更换破损的污水管，重建驳岸。”县住建局负责人诚恳的回答赢得与会人员点头。")
    rec = load_text(text, source="t.txt")
    (e,) = rec.exchanges
    assert e.asker.name == "许春迎" and e.respondent.department_type == "住房和城乡建设"
    assert e.answer == "“我们将更换破损的污水管，重建驳岸。”"


def test_an_officials_statement_in_ordinary_news_is_no_question():
    # A visit by deputies with an official's "X表示，…" and no inquiry: refused, not a
    # question by the official.
    from loaders import InputError

    text = ("区城市管理局：区人大代表视察垃圾分类工作\n日期：2023-06-02\n"
            "6月1日，区人大代表一行6人视察我区垃圾分类工作。区城市管理局副局长杜文涛陪同。\n"
            "杜文涛表示，将继续补齐分类设施短板，推进全域覆盖。")
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_text(text, source="visit.txt")


def test_a_photo_caption_naming_an_asker_is_no_exchange():
    text = ("2024年4月23日，滨城市人大常委会举办“代表·局长面对面”活动。\n"
            "市人大代表康立新提问。\n"
            "“请问市工信局，今年产业链招商有什么新举措？”市人大代表葛秀云问道。\n"
            "市工信局局长潘海洋回答：“今年将围绕链主企业开展精准招商。”")
    rec = load_text(text, source="caption.txt")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("葛秀云", "潘海洋")]


def test_several_offices_answer_a_proposal_together():
    rec = load_path(GOLD_GENRES / "proposals_several_offices.txt")
    first = rec.exchanges[0]
    assert first.asker.name == "毛建华"
    assert [(r.title, r.department_type) for r in first.respondents] == [("负责人", "农业农村"), ("负责人", "商务")]
    # A cue word quoted inside a question ("…代表去年提出的物流园建议…") attributes nothing.
    assert [e.asker.name for e in rec.exchanges] == ["毛建华", "祝秀英", "姜立新"]


def test_a_negated_cue_attributes_nothing_and_a_member_after_a_quote_asks():
    rec = load_path(GOLD_GENRES / "member_after_quote_no_cue.txt")
    first, second = rec.exchanges
    assert first.respondent.name == "邓美玲" and first.answer is None  # "…抛给了邓美玲"
    assert second.asker.name == "欧阳丽华"  # "“…？”代表欧阳丽华一开口就…": no cue word
    # "不等邓美玲回答，她又翻到…" is no answer; "邓美玲接过了问题，…" is.
    assert "翻到" not in second.answer and "还本付息" in second.answer


def test_a_consultation_event_in_ordinary_news_is_refused():
    # "咨询" and a quoted reply by an office, but no congress and no inquiry.
    from loaders import InputError

    text = ("6月3日，市民政局在人民广场开展政策咨询活动，吸引众多市民前来咨询。\n"
            "“养老服务补贴怎么申请？”一位市民问道。市民政局工作人员当场回复：“带上身份证到社区办理即可。”")
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_text(text, source="consult.txt")


def _people(rec):
    """Who asked, who answered (and their department types) and whether it was answered."""
    return [(e.asker.name, tuple((r.name, r.department_type) for r in e.respondents), e.answer is None)
            for e in rec.exchanges]


@pytest.mark.parametrize("gold", GENRE_GOLD, ids=lambda p: p.stem)
def test_a_traditional_mirror_copy_reads_like_the_transcript(gold):
    """Mirror sites copy reports in traditional script, often with corner-bracket quotation
    marks (「…」): every genre must read the same."""
    import opencc

    src = gold.with_name(json.loads(gold.read_text(encoding="utf-8"))["source"])
    text = src.read_text(encoding="utf-8")
    simp = _load_or_none(text, src.name)
    copied = opencc.OpenCC("s2t").convert(text).translate(str.maketrans("“”‘’", "「」『』"))
    if simp is None:  # a negative (政协, council, broadcast) is refused in either script
        assert _load_or_none(copied, "trad-" + src.name) is None
        return
    trad = load_text(copied, source="trad-" + src.name)

    assert [(n and to_simplified(n), tuple((r and to_simplified(r), t) for r, t in rs), a)
            for n, rs, a in _people(trad)] == _people(simp)


@pytest.mark.parametrize("gold", GENRE_GOLD, ids=lambda p: p.stem)
def test_a_page_flattened_to_one_line_reads_like_the_transcript(gold):
    """Pages copied as one paragraph keep one space where their paragraphs met."""
    src = gold.with_name(json.loads(gold.read_text(encoding="utf-8"))["source"])
    lines = src.read_text(encoding="utf-8").strip().split("\n")
    simp = _load_or_none("\n".join(lines), src.name)
    flat = _load_or_none(lines[0] + "\n" + " ".join(lines[1:]), "flat-" + src.name)

    assert (flat is None, flat and _people(flat)) == (simp is None, simp and _people(simp))


def _load_or_none(text: str, source: str):
    """The record, or None where the text is refused (the negatives among the genres)."""
    try:
        return load_text(text, source=source)
    except InputError:
        return None


_ASKED_AND_ANSWERED = ("2025年3月20日，临江市人大常委会开展专题询问。\n"
                       "“老旧管网什么时候改完？”市人大代表韦海波问道。市住建局局长蒙志坚回答：“今年改完六成。”\n")


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.asker.name, e.respondent.name) for e in load_text(text, source="t.txt").exchanges]


def test_a_question_the_chair_quotes_is_not_asked():
    text = _ASKED_AND_ANSWERED + "“询问是不是问完就结束了？”市人大常委会主任黄立群一句话点出了后续监督的要求。"
    assert _who(text) == [("韦海波", "蒙志坚")]


def test_offices_asked_together_are_all_respondents():
    rec = load_path(GOLD_GENRES / "split_addressed_teaser.txt")
    first, second = rec.exchanges
    assert [r.department_type for r in first.respondents] == ["文化和旅游", "商务"]  # “请问A局、B局，…？”
    assert [r.department_type for r in second.respondents] == ["交通运输"]  # “…？C局…？”: its own question


def test_teasers_stand_beside_attributed_exchanges_unless_asked_again():
    rec = load_path(GOLD_GENRES / "teasers_beside_attributed.txt")
    # The teaser to the office the attributed exchange asks again is that exchange's; "请问你局"
    # names nobody; the others are questions of their own, unanswered.
    assert [(e.asker.name, e.respondent.department_type, e.answer is None) for e in rec.exchanges] == [
        (None, "文化和旅游", True), (None, "自然资源", True), ("彭秀娟", "交通运输", False)]
    assert rec.exchanges[2].respondent.title == "相关负责同志"  # "…相关负责同志公开回应"


def test_a_teaser_run_into_a_speaker_phrase_is_not_a_teaser():
    # "“请问市规划局…？”市人…": an attribution the cues could not read follows the quotation.
    text = _ASKED_AND_ANSWERED + "“请问市规划局，绿道什么时候贯通？”市人大常委会委员、城建环资工委主任"
    assert _who(text) == [("韦海波", "蒙志坚")]


def test_a_cue_with_no_speech_of_its_own_asks_the_question_left_open_before_it():
    rec = load_path(GOLD_GENRES / "question_before_narrated_cue.txt")
    first, second = rec.exchanges
    # "“…？”…是委员X…的课题。会场上，X向县司法局发问。“…”Y回答。"
    assert first.question.startswith("“涉企检查") and first.asker.name == "符春燕"
    assert first.answer.startswith("“我们将推行")
    # "X发问，“…？”Y作出回答，“…”": the two quotations split at the answer's cue.
    assert second.question.endswith("办完？”") and second.answer.startswith("“手机端")


def test_a_place_before_a_role_holds_no_function_word():
    from loaders.turns import parse_head

    assert parse_head("课题是县人大常委会委员符春燕") is None
    assert parse_head("将乐县人大代表符春燕").speaker.role == "将乐县人大代表"


def test_questions_put_by_the_narrator_or_told_as_topics():
    rec = load_path(GOLD_GENRES / "narrated_topics_brief.txt")
    first, second, third = rec.exchanges
    # "…之一，设施老化、水压不足怎么破解？“…”X局有关负责人表示": the narrator asks.
    assert first.question.endswith("怎么破解？") and first.answer.startswith("“今年我们")
    # "针对农村饮水水质检测频次不足，X委有关负责人说，…": the topic is the question.
    assert second.question == "农村饮水水质检测频次不足" and second.answer.startswith("将把乡镇水厂")
    # "针对委员X提出的如何…的问题，Y负责人从A、实施“…”、C等三个方面予以回应".
    assert third.asker.name == "蓝晓东" and third.question.startswith("如何加快")
    assert third.respondent.department_type == "发展和改革" and "节水贷" in third.answer
    # The continued page opens with an answer whose question is on page 1: no exchange.
    assert all(e.respondent.department_type != "水利" for e in rec.exchanges)


def test_a_topic_clause_after_a_quoted_question_is_no_second_question():
    text = ("2024年6月5日，临江市人大常委会开展专题询问。\n"
            "“夜市油烟扰民怎么治？”市人大代表韦海波问道。针对这一问题，市城市管理局有关负责人表示，将统一安装油烟净化设备。\n"
            "针对农贸市场改造进度，市商务局有关负责人说，年内完成十个市场的改造。")
    rec = load_text(text, source="topic.txt")
    assert [(e.asker.name, e.respondent.department_type, e.question) for e in rec.exchanges] == [
        ("韦海波", "城市管理", "“夜市油烟扰民怎么治？”"), (None, "商务", "农贸市场改造进度")]


def test_an_answer_quoted_before_the_problem_it_answers():
    rec = load_path(GOLD_GENRES / "replies_problem_after_quote.txt")
    # "“…”X局局长向代表现场答复…问题解决情况。": the problem named after the answer is its question.
    assert [(e.question, e.respondent.department_type, e.answer[:4]) for e in rec.exchanges] == [
        ("市人民医院透析床位紧张问题", "卫生健康", "“新增的"), ("南渡镇农村断头路问题", "交通运输", "“三条断")]
    assert all(e.question_start > e.answer_start for e in rec.exchanges)  # offsets as written


def test_a_members_quoted_remark_that_asks_nothing_is_no_exchange():
    rec = load_path(GOLD_GENRES / "labelled_remarks.txt")
    # "会上，市人大代表X问：“…？”" is a label after a lead-in clause; "委员Y：“…是关键。”" asks nothing.
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("陆丽萍", "覃志刚")]
    # A quotation cut by the excerpt may still be a question, and a suggestion is one.
    cut = load_text("2024年6月18日，荔浦市人大常委会开展专题询问。\n市人大代表陆丽萍：“我想问一下市住建局，现在",
                    source="cut.txt")
    assert [e.asker.name for e in cut.exchanges] == ["陆丽萍"]
    asks = load_text("2024年6月18日，荔浦市人大常委会开展专题询问。\n"
                     "市人大代表陆丽萍：“我想了解一下老旧小区加装电梯的进展情况。”", source="asks.txt")
    assert [e.asker.name for e in asks.exchanges] == ["陆丽萍"]


def test_consultation_desks_at_a_congress_session():
    rec = load_path(GOLD_GENRES / "consultation_desks.txt")
    # "来自X代表团的市人大代表Y" (where the member comes from), "提出了自己的疑问", and
    # "市X局接待询问的工作人员表示" (an office's official described by what they do).
    assert [(e.asker.name, e.respondent.department_type, e.respondent.title) for e in rec.exchanges] == [
        ("郝丽娟", "公安", "负责人"), ("牛志刚", "民政", "工作人员")]
    assert rec.exchanges[0].answer.startswith("春节后") and not rec.exchanges[0].answer.endswith("”")


def test_members_asking_together_and_an_answer_only_described():
    rec = load_path(GOLD_GENRES / "station_visit_collective.txt")
    # "针对代表们提出的问题，X结合…逐一回应，并认真记录了…": the members together asked, X
    # answered; what X said is not told (结合 names what X drew on, "并…" is another act), so the
    # answer is the clause saying X answered, and no more.
    (e,) = rec.exchanges
    assert e.asker.name is None and e.asker.role == "代表"
    assert (e.respondent.name, e.respondent.department_type, e.answer) == ("游建平", "交通运输", "游建平结合全县交通规划逐一回应")


def test_a_statement_in_another_paragraph_does_not_answer_the_members():
    text = ("2017年11月8日，临水县人大常委会召开集中询问会议。\n"
            "三个被询问单位的负责人针对代表们提出的问题进行了一一作答。\n"
            "会上，副县长孔令涛代表县政府作了发言。他指出，这次询问是创新监督方式的重要举措。")
    rec = load_text(text, source="statement.txt")
    assert rec.exchanges == ()


def test_a_pronoun_subject_after_an_appositive_and_a_quotation_cut_by_the_excerpt():
    rec = load_path(GOLD_GENRES / "appositive_pronoun_cut.txt")
    # "X，…人大代表。…，他拿着县水利局…报告，…，对着话筒说：“…" and the page ends.
    (e,) = rec.exchanges
    assert (e.asker.name, e.asker.role) == ("郑海波", "玉环县楚门镇人大代表")
    assert e.respondent.department_type == "水利" and e.answer is None
    # The same remark closed and asking nothing is no question.
    closed = (GOLD_GENRES / "appositive_pronoun_cut.txt").read_text(
        encoding="utf-8").rstrip().rstrip("，") + "，今年又安排了1500万元。”\n"
    assert load_text(closed, source="closed.txt").exchanges == ()


def test_offices_answering_together_in_a_clause_of_their_own():
    rec = load_path(GOLD_GENRES / "meeting_offices_manner.txt")
    # "A局和B局负责人毫不回避，对代表所提问题逐一回应，…": speakers and a manner, then the cue.
    (e,) = rec.exchanges
    assert [(r.title, r.department_type) for r in e.respondents] == [("负责人", "城市管理"), ("负责人", "住房和城乡建设")]
    assert e.answer.startswith("承诺")
    # A congress member named in such a clause is no office ("部分常委会委员就…进行询问，…应询作答").
    text = ("2022年10月31日，临水区人大常委会开展专题询问。\n"
            "部分常委会委员就乡村振兴情况进行现场询问，区农业农村局等部门主要负责人应询作答。")
    assert all(r.department_type != "部分常" for x in load_text(text, source="s.txt").exchanges for r in x.respondents)


def test_a_desk_consultation_told_with_a_pronoun_and_a_coordinated_answer():
    rec = load_path(GOLD_GENRES / "desk_pronoun_topic.txt")
    # "X是一名社区医生，她就…的问题来到…咨询台前进行咨询。" / "Y局相关负责人在…后，介绍了…，并表示将…"
    (e,) = rec.exchanges
    assert (e.asker.name, e.question) == ("柏秋雯", "辖区独居老人助餐点不足的问题")
    assert e.respondent.department_type == "民政" and e.answer.startswith("将优先")


def test_teaser_questions_put_to_offices_named_by_their_field():
    rec = load_path(GOLD_GENRES / "field_offices_teasers.txt")
    # "“卫生健康部门是如何…？”", "“教育部门是否…？”"; "相关部门" names no office.
    assert [e.respondent.department_type for e in rec.exchanges] == ["卫生健康", "教育"]
