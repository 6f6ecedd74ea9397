"""Session 16 (tune16b): speech attribution and label layouts of blind set 19 a's families
(invented texts; golds in tests/gold/genres/g17b_*, written first; the genre golds are all read
by test_genre_golds.py, the rules one by one here)."""

from __future__ import annotations

from tests.loaders.genre_helpers import genre_golds
from tests.loaders.turn_helpers import label_turns, said

LEAD = "2022年4月12日，某镇人民代表大会举行代表问政会。\n"


def test_there_are_g17b_genres():
    assert genre_golds("g17b_")


def test_block_lines_declare_the_speakers_of_bare_labels():
    text = (LEAD + "问政代表：马秀兰\n问：村道谁来养护？\n答政人：副镇长 钱进\n答：镇里列入预算。\n"
            "追问代表：马秀兰\n问：经费够不够？\n答政人：副镇长 钱进\n答：够用。")
    assert said(text) == [("question", "马秀兰"), ("answer", "钱进"), ("follow_up", "马秀兰"), ("answer", "钱进")]


def test_a_seat_line_naming_a_member_keeps_the_seat_as_the_role():
    text = LEAD + "代表：马秀兰\n问：村道谁来养护？\n应询人：副镇长 钱进\n答：镇里列入预算。"
    (q, _) = label_turns(text)
    assert (q.speaker.name, q.speaker.role) == ("马秀兰", "代表")


def test_a_seat_label_whose_speech_asks_is_no_declaration():
    text = LEAD + "代表马秀兰：村道谁来养护？\n副镇长钱进：镇里列入预算。"
    assert said(text) == [("question", "马秀兰"), ("answer", "钱进")]


def test_the_next_question_after_a_follow_up_block_asks_anew():
    text = (LEAD + "追问代表：马秀兰\n问：经费够不够？\n答政人：副镇长 钱进\n答：够用。\n"
            "问政代表：赵立\n问：路灯呢？\n答政人：副镇长 钱进\n答：月底修好。")
    assert [k for k, _ in said(text)] == ["follow_up", "answer", "question", "answer"]


def test_a_table_given_one_cell_a_line_becomes_labelled_lines():
    from loaders.tables import relabel_tables
    text = "序号\n询问人\n询问内容\n应询单位\n应询人\n答复内容\n1\n委员 马力\n路灯谁修？\n区城管局\n局长 钱进\n本月修好。\n说明：…"
    assert relabel_tables(text).split("\n") == ["委员 马力：路灯谁修？", "区城管局局长 钱进：本月修好。", "说明：…"]


def test_stacked_cells_that_do_not_read_as_a_row_stay_as_they_are():
    from loaders.tables import relabel_tables
    # a list of the columns a report will publish, then prose: no row under it
    text = "询问人\n询问内容\n答复内容\n以上三项将在会后汇总公布，请各位委员留意。"
    assert relabel_tables(text) == text


def test_a_same_mark_under_the_office_column_is_the_office_above():
    from loaders.tables import relabel_tables
    text = ("询问人\t询问内容\t应询单位\t应询人\t答复内容\n委员 马力\t路灯谁修？\t区城管局\t局长 钱进\t本月修好。\n"
            "委员 赵立\t谁来管？\t同上\t副局长 孙平\t街道管。")
    assert relabel_tables(text).split("\n")[-1] == "区城管局副局长 孙平：街道管。"


def test_a_note_under_a_table_ends_the_last_answer():
    text = (LEAD + "询问人：委员 马力\n问：路灯谁修？\n应询人：区城管局局长 钱进\n答：会后书面答复\n"
            "说明：第1项将在十日内书面答复。")
    a = label_turns(text)[1]
    assert text[a.body_start:a.end].strip() == "会后书面答复"


def test_a_stacked_table_flattened_to_one_line_is_cut_by_its_row_numbers():
    from loaders.tables import relabel_tables
    text = "询问情况如下。 序号 询问人 询问内容 应询人 答复内容 1 委员 马力 路灯谁修？ 局长 钱进 本月修好。 2 委员 赵立 谁来管？ 同上 街道管。 以上。"
    assert relabel_tables(text).split("\n") == ["询问情况如下。", "委员 马力：路灯谁修？", "局长 钱进：本月修好。",
                                                "委员 赵立：谁来管？", "局长 钱进：街道管。", "以上。"]


def _asked(text):
    from loaders.attribution import find_utterances
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def test_a_lede_that_asks_then_says_why_is_the_member_s_told_after_its_setting():
    text = ("“村里的路修好的有多少？不少人还要绕远路。”5月8日，某市人大常委会第九次会议举行专题询问，"
            "市人大常委会委员马力第一个发言。\n市交通运输局局长钱进回应，已修好三成。")
    assert _asked(text)[0] == ("question", "马力")


def test_a_lede_that_only_states_is_no_question():
    text = ("“村里的路已经修好了三成。”5月8日，某市人大常委会第九次会议举行专题询问，"
            "市人大常委会委员马力第一个发言。\n市交通运输局局长钱进回应，年底修完。")
    assert ("question", "马力") not in _asked(text)


def test_a_mirror_s_date_line_is_page_chrome():
    from loaders.normalize import normalize
    text = "标题\n原文发布：2023-05-19 来源：某新闻网 网页快照\n“路什么时候修？”委员马力问。"
    assert normalize(text).split("\n")[1:] == ["“路什么时候修？”委员马力问。"]


def test_a_lede_run_into_page_chrome_is_the_member_s_told_after_the_sitting_held():
    text = ("标题\n发布日期：2023-05-19 来源：某网 快照版本“路修好的有多少？不少村还要绕路。”5月8日，"
            "某市人大常委会第九次会议举行专题询问，市人大常委会委员马力第一个发言。\n市交通运输局局长钱进回应，已修好三成。")
    assert ("question", "马力") in _asked(text)


def test_a_function_word_surname_after_a_seat_names_the_member():
    text = ("2015年10月27日，某市人大常委会开展专题询问。\n常委会委员者文斌首先就供水管护进行询问。"
            "他说，一些水管漏水多年没人修。市水务局局长罗进作了回答。他表示，年底前修好。")
    assert _asked(text)[0] == ("question", "者文斌")


def test_the_surname_opens_no_name_after_other_words():
    from loaders.turns.names import good_name
    assert not good_name("者王强", bare=True) and not good_name("者王强", titled=True)
    assert not good_name("和专家", titled=True, seated=True)  # 委员和专家: 和 only after an office's post


def test_a_bai_surname_after_a_seat_names_the_member_who_puts_the_question():
    text = ("2015年10月27日，某县人大常委会开展专题询问。\n委员字丽芳随后把问题抛给了县商务局：冷库不够，这个短板怎么补？"
            "县商务局局长罗进回答，今年新建冷库三座。")
    assert ("question", "字丽芳") in _asked(text)


def test_a_manchu_surname_after_an_office_s_post_names_the_official():
    from loaders.turns import parse_head
    from loaders.turns.names import good_name
    assert parse_head("区卫生健康局副局长那海英").speaker.name == "那海英"
    assert not good_name("那时候", titled=True, posted=True)  # 局长那时候…: a phrase
    # (after a seat 那 opens a name too since session 18, seat_word_surnames.txt: "委员那海英"; the
    # phrases it opens there are no names, not_name_words.txt: 委员那边, 代表那些)
    assert good_name("那海英", titled=True, seated=True)
    assert not any(good_name(w, titled=True, seated=True) for w in ("那边的", "那些问", "那么多", "那一个"))


def test_two_officials_answering_together_when_the_first_is_named_xiang():
    text = ("2022年5月17日，某市人大常委会开展专题询问。\n“改造完了谁来管？”委员龚立群首先发问。\n"
            "市住房和城乡建设局局长向明辉和市城市管理局局长邬振华先后作答。向明辉说，街道兜底管理。")
    from loaders.attribution import find_utterances
    answers = [u for u in find_utterances(text) if u.kind == "answer"]
    assert answers[0].speaker.name == "向明辉"
