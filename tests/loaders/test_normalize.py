"""Width folding, punctuation policy, paragraphs, noise removal and re-joining."""

from __future__ import annotations

from loaders.normalize import fold_punctuation, fold_width, normalize, remove_noise
from loaders.turns import is_label_only, is_turn_start


def norm(text: str) -> str:
    return normalize(text, is_turn_start=is_turn_start, is_label_only=is_label_only)


def test_full_width_letters_digits_and_spaces_fold():
    assert fold_width("ＡＢＣ１２３\u00a0x") == "ABC123 x"
    assert fold_width("①②…") == "①②…"  # circled numbers and the ellipsis keep their meaning


def test_half_width_punctuation_in_chinese_context():
    assert fold_punctuation("全市上下, 围绕“11+8”产业链: 增长31.8%!") == "全市上下，围绕“11+8”产业链：增长31.8%！"
    assert fold_punctuation("电商(跨境电商)和SHEIN(希音)") == "电商（跨境电商）和SHEIN（希音）"
    assert fold_punctuation("问题?是的;好") == "问题？是的；好"


def test_latin_and_numbers_keep_half_width():
    assert fold_punctuation("at 10:30, 1,000 units (approx.)") == "at 10:30, 1,000 units (approx.)"
    assert fold_punctuation("共1,280亿元") == "共1,280亿元"


def test_single_line_with_triple_space_paragraphs_and_bars():
    text = "|   30日,市七届人大常委会召开第四十三次会议。   因地制宜夯实产业根基   市人大常委会委员林树宏:问题?    |"
    assert norm(text) == "30日，市七届人大常委会召开第四十三次会议。\n因地制宜夯实产业根基\n市人大常委会委员林树宏：问题？"


def test_ideographic_indent_breaks_paragraphs():
    assert norm("第一段。\u3000\u3000第二段。") == "第一段。\n第二段。"


def test_photo_caption_cutting_a_word_is_removed_and_rejoined():
    text = ("王海东: 二是进一步优化主导产业服务。对接产业建强专业, 加快发展智能制造等新\n\n\n\n"
            "10月28日, 市八届人大常委会第十四次会议召开。见习记者 蔡嘉诚 摄\n\n"
            "兴和紧缺急需专业。服务合作搭好平台。")
    out = norm(text)
    assert "智能制造等新兴和紧缺急需专业" in out
    assert "摄" not in out and "蔡嘉诚" not in out
    assert out.count("\n") == 0


def test_cut_question_and_answer_rejoin():
    out = norm("市人大常委会委员罗飞: 请问赵国强同志: 下一步将\n\n如何立足我市产业发展实际?\n\n"
               "卢丽琴: 一是围绕特色链群“招引一批”。指导各县\n\n区紧扣各自发展定位。")
    assert "下一步将如何立足" in out
    assert "指导各县区紧扣" in out


def test_turns_and_headlines_are_not_joined():
    out = norm("因地制宜夯实七大产业集群根基\n市人大常委会委员林树宏：问题？\n"
               "问：区人大常委会委员周建明\n近年来如何？")
    assert out.split("\n") == ["因地制宜夯实七大产业集群根基", "市人大常委会委员林树宏：问题？",
                               "问：区人大常委会委员周建明", "近年来如何？"]


def test_page_jump_markers_and_bylines():
    out = norm("请问赵鹏同志: 有什么措施?\n\n(下转04版)\n（上接第1版）答：好的。\n撰文:蔡晓惠\u00a0 黄徐桂   摄影:郑楚藩"
               "\n责任编辑：王五\n图为询问会现场。\n本报记者 张三 李四\n（记者 马超 通讯员 李娜）")
    assert out == "请问赵鹏同志：有什么措施？\n答：好的。"


def test_remove_noise_marks_cut_points():
    kept, cut = remove_noise(["甲乙丙，丁", "记者 张三 摄", "戊己"])
    assert kept == ["甲乙丙，丁", "戊己"] and cut == [False, True]


def test_content_with_she_is_kept():
    # "摄" inside ordinary sentences is not a caption.
    assert norm("我们拍摄了宣传片，摄制组已进驻。") == "我们拍摄了宣传片，摄制组已进驻。"
