"""Session 22 tuning rules (helper tune22): one test per rule, invented texts."""

from loaders.follow_ups import takes_up_again
from loaders.pipeline import load_text

_HEAD = "某某市人大常委会专题询问侧记\n\n2022年4月12日上午，某某市人大常委会举行专题询问。\n\n"
_FIRST = "委员晏春生问：“社区食堂为什么开了又关？”\n\n市民政局局长濮国强回答，租金太高，今年起由街道提供场地。\n\n"


def _asked(body: str) -> list[tuple[str | None, bool]]:
    return [(e.asker.name, bool(e.follow_up_of)) for e in load_text(_HEAD + body, source="tune22.txt").exchanges]


def test_same_member_asking_again_with_you_presses_on():
    # "“…？”X又问。" right after X's question was answered: a 追问 (the writers' convention)
    body = _FIRST + "“老人吃一顿饭要花多少钱？”晏春生又问。濮国强说，每餐补贴三元。\n"
    assert _asked(body) == [("晏春生", False), ("晏春生", True)]


def test_seat_and_surname_asking_once_more_presses_on():
    body = _FIRST + "晏委员再次发问：“场地有了，谁来运营？”\n\n濮国强说，交给社会组织运营。\n"
    assert _asked(body)[-1][1] is True


def test_another_member_asking_again_after_others_asks_anew():
    # X asked, Y asked since: "X又问" is no 追问 of Y's question (the member who asked last is Y)
    body = (_FIRST + "委员吕文静问：“助浴服务什么时候铺开？”\n\n濮国强说，明年覆盖全部街道。\n\n"
            "“社区食堂的租金谁来出？”晏春生又问。濮国强说，街道承担。\n")
    assert _asked(body)[-1] == ("晏春生", False)


def test_another_member_on_the_same_question_presses_on():
    body = _FIRST + "委员吕文静紧接着就同一问题发问：“街道也没有钱怎么办？”\n\n濮国强说，市级财政给予补助。\n"
    assert _asked(body) == [("晏春生", False), ("吕文静", True)]


def test_another_member_asking_next_with_jiezhe_asks_anew():
    # (no word of the same point: another member's "接着问" puts a question of their own)
    body = _FIRST + "委员吕文静接着问：“助浴服务什么时候铺开？”\n\n濮国强说，明年覆盖全部街道。\n"
    assert _asked(body) == [("晏春生", False), ("吕文静", False)]


def test_speech_taking_up_anothers_question_then_asking_again():
    assert takes_up_again("我接着晏委员的问题再问一句。租金谁来出？")
    assert takes_up_again("顺着刚才的话题，我追问一下：")
    assert not takes_up_again("我接着问一句。")
    assert not takes_up_again("我再问一个问题，关于助浴服务。")


def test_label_taking_up_anothers_question_presses_on():
    text = ("某某县人大常委会质询会记录\n\n"
            "晏春生（县人大常委会委员）：社区食堂为什么开了又关？\n\n"
            "濮国强（县民政局局长）：租金太高，今年起由街道提供场地。\n\n"
            "吕文静（县人大常委会委员）：我接着晏春生委员的问题再问一句。街道没有钱怎么办？\n\n"
            "濮国强（县民政局局长）：县级财政给予补助。\n")
    ex = load_text(text, source="tune22.txt").exchanges
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("晏春生", False), ("吕文静", True)]


_LISTS = ("2020年5月8日，某某县人大常委会举行专题询问。委员苗丽君、庾建军分别就校车安全、学位供给等问题，"
          "向县教育局、县公安局提出询问，两个部门负责人分别作了答复。{rest}\n")


def test_listed_member_told_again_with_nobody_answering_is_no_question_of_its_own():
    ex = load_text(_LISTS.format(rest="苗丽君委员提问时说，校车超载的事情去年就有。"), source="tune22.txt").exchanges
    assert [e.asker.name for e in ex] == ["苗丽君", "庾建军"]


def test_listed_member_asking_more_in_the_paragraph_and_answered_asks_again():
    rest = "苗丽君委员还问到，校车司机的待遇能不能提高？副县长邬立新当场回应，明年起提高补贴。"
    ex = load_text(_LISTS.format(rest=rest), source="tune22.txt").exchanges
    assert [(e.asker.name, e.respondent.name if e.respondent else None) for e in ex][-1] == ("苗丽君", "邬立新")


_LABELS = ("某某市人大常委会专题询问实录\n\n"
           "市人大常委会委员 蔺晓峰：农村客运班线停了不少，群众出行怎么保障？\n\n"
           "市交通运输局局长 郜建平：{answer}\n\n"
           "市人大常委会委员 蔺晓峰：{again}\n\n"
           "市交通运输局局长 郜建平：明年起每年安排补贴。\n")


def test_same_member_labelled_again_with_a_short_question_presses_on():
    ex = load_text(_LABELS.format(answer="今年恢复了十二条班线。", again="恢复的班线亏损谁来补？"),
                   source="tune22.txt").exchanges
    assert [bool(e.follow_up_of) for e in ex] == [False, True]


def test_same_member_labelled_again_putting_a_question_to_someone_named_asks_anew():
    again = "请问郜建平同志：城乡公交一体化什么时候完成？"
    ex = load_text(_LABELS.format(answer="今年恢复了十二条班线。", again=again), source="tune22.txt").exchanges
    assert [bool(e.follow_up_of) for e in ex] == [False, False]


def test_same_member_labelled_again_after_a_long_prepared_answer_asks_anew():
    answer = "一、" + "加快推进城乡客运一体化，优化班线布局，落实运营补贴。" * 16
    ex = load_text(_LABELS.format(answer=answer, again="城乡公交一体化什么时候完成？"), source="tune22.txt").exchanges
    assert [bool(e.follow_up_of) for e in ex] == [False, False]


def test_mongolian_name_ending_in_duren_is_read_whole_after_a_post():
    body = ("“补植的苗木为什么成活率低？”委员吕文静问。\n\n"
            "旗林业和草原局局长宝音都仁回应，苗木规格偏小，明年改用大苗。\n")
    (e,) = load_text(_HEAD + body, source="tune22.txt").exchanges
    assert e.respondent.name == "宝音都仁"


def test_party_post_and_office_post_joined_in_a_labels_bracket():
    from loaders.turns.heads import parse_head
    lab = parse_head("高立民（盟水务局党组成员、副局长）")
    assert (lab.kind, lab.speaker.name, lab.speaker.department) == ("answer", "高立民", "盟水务局")


def test_question_quoted_in_two_parts_around_its_member_is_one():
    body = ("“钱从哪里来？”委员晏春生的提问很干脆，“百亿投资，还款来源怎么保障？”\n\n"
            "市财政局局长濮国强回答，发行专项债。\n")
    (e,) = load_text(_HEAD + body, source="tune22.txt").exchanges
    assert (e.asker.name, e.respondent.name) == ("晏春生", "濮国强")
    assert e.question.startswith("“钱从哪里来？”") and e.question.endswith("怎么保障？”")


def test_two_quoted_questions_in_two_sentences_are_read_as_before():
    # (a sentence ended between them: the split rule leaves them to the readings before it)
    body = ("“钱从哪里来？”委员晏春生问。“还款来源怎么保障？”\n\n市财政局局长濮国强回答，发行专项债。\n")
    assert [e.asker.name for e in load_text(_HEAD + body, source="tune22.txt").exchanges] == ["晏春生"]


def test_question_told_in_the_answers_sentence_may_hold_a_quoted_phrase():
    body = (_FIRST + "针对市人大代表吕文静提出的助餐服务“重建设、轻运营”问题，市民政局副局长郜丽萍表示，"
            "将按服务人次给予补贴。\n")
    ex = load_text(_HEAD + body, source="tune22.txt").exchanges
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("晏春生", "濮国强"), ("吕文静", "郜丽萍")]


def test_offices_then_a_leader_by_name_answer_a_counted_list_of_askers_in_order():
    text = ("2023年3月2日，某某镇人代会举行代表询问会。\n\n"
            "会上，镇人大代表甘立春、蔺小梅2位代表先后发言，分别就村道养护、集镇停车等问题提出询问。"
            "县交通运输局驻镇站所负责人和副镇长郜文斌分别作了回答。\n")
    ex = load_text(text, source="tune22.txt").exchanges
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in ex] == [
        ("甘立春", None, "交通运输"), ("蔺小梅", "郜文斌", "人民政府")]


def test_an_office_named_short_and_whole_is_one_office():
    from loaders.attribution.lists import _same_office
    assert _same_office("县住建局", "县住房和城乡建设局")
    assert not _same_office("县住建局", "县水利局")


def test_topic_opening_with_quoted_term_is_no_cut_quotation():
    # a plan table's topic cell "“某某”服务" opens with a quoted term it closes: not a quotation
    # the excerpt cut, so an unanswered row asks nothing; "“…" left open may go on to ask
    from loaders.exchanges import _neither_asks_nor_proposes

    assert _neither_asks_nor_proposes("“暖心食堂”运营补助")
    assert not _neither_asks_nor_proposes("“暖心食堂开了又关，街道")
    assert not _neither_asks_nor_proposes("“暖心食堂”开了又关，“还有")


def test_member_asking_on_a_topic_longer_than_a_speaker_phrase_is_the_asker():
    # "询问中，委员X就<a topic of more than forty characters>进行询问，Y作了回答": the walk back from
    # the cue stops at MAX_HEAD inside the topic; the clause opens with the member before 就
    topic = "社区养老服务站点建成后长期闲置、部分老旧小区加装电梯的补助申请手续繁琐、审批时间过长等问题"
    body = (f"询问中，委员晏春生就{topic}进行询问，市民政局局长濮国强作了回答，表示年内完成站点改造。\n\n"
            "委员吕文静就助浴服务提出询问，市卫生健康委员会副主任蒲海回答说，明年覆盖全部街道。\n")
    assert _asked(body) == [("晏春生", False), ("吕文静", False)]


def test_long_topic_head_needs_a_named_member_before_the_topic():
    from loaders.attribution.cues import long_topic_head
    text = "，这件事就" + "甲" * 50 + "进行询问"
    lb = text.index("进行") - 40
    assert long_topic_head(text, 0, lb, text.index("进行")) == lb


_CHAIR_HEAD = ("某某县人大常委会专题询问侧记\n\n2022年4月12日上午，某某县人大常委会举行专题询问。"
               "县人大常委会副主任龚慧敏主持询问会。\n\n")


def test_presiding_chair_taking_the_word_to_ask_is_the_asker():
    # "主持询问的X也坐不住了，接过话题发问：“…？”": the chair asks herself (an asking cue follows)
    body = (_FIRST + "主持询问的龚慧敏也坐不住了，接过话题发问：“助餐点的饭菜谁来抽检？”\n\n"
            "县市场监督管理局局长钱茂林表示，每月抽检一次。\n")
    got = [e.asker.name for e in load_text(_CHAIR_HEAD + body, source="tune22.txt").exchanges]
    assert got == ["晏春生", "龚慧敏"]


def test_presiding_chair_taking_the_word_without_asking_is_no_asker():
    body = (_FIRST + "主持询问的龚慧敏接过话题说：“下面请其他委员继续提问。”\n\n"
            "委员吕文静问：“助浴服务什么时候铺开？”\n\n濮国强说，明年覆盖全部街道。\n")
    got = [e.asker.name for e in load_text(_CHAIR_HEAD + body, source="tune22.txt").exchanges]
    assert got == ["晏春生", "吕文静"]
