"""Department types (session 14, dept15): an office is typed only within the fixed vocabulary
(the type column of department_types.tsv), never by its own stem; a league's (盟) leaders and
government answer for it."""
import pytest

from loaders.datafiles import read_tsv
from loaders.departments import department_types, leader_office, resolve_department


@pytest.mark.parametrize("surface, kind", [
    ("市环境卫生管理局", "城市管理"),
    ("市市容环境卫生管理局", "城市管理"),
    ("市园林局", "城市管理"),
    ("市文物局", "文化和旅游"),
    ("市公共资源交易中心", "政务服务和数据"),
    ("县土地储备中心", "自然资源"),
    ("镇社会事务办", "社会事业"),
    ("新区社会事业局", "社会事业"),
    ("盟行政公署", "人民政府"),
    ("锡林郭勒盟行政公署", "人民政府"),
    ("锡林郭勒盟农牧业局", "农业农村"),
    # the older ones keep their type
    ("市城市管理委员会", "城市管理"),
    ("区生态环境局", "生态环境"),
])
def test_an_office_outside_the_table_takes_a_type_of_the_vocabulary(surface, kind):
    assert resolve_department(surface, "某市").type == kind


@pytest.mark.parametrize("surface", ["市气象局", "市档案局", "市邮政管理局", "县烟草专卖局", "市地震局"])
def test_an_office_no_field_word_types_is_a_department_of_no_type(surface):
    d = resolve_department(surface, "某市")
    assert d is not None and d.type is None


def test_every_keyword_type_is_in_the_vocabulary():
    rows = read_tsv("department_keywords.tsv", ["keyword", "type", "where"], required=2)
    assert {r.cells[1] for r in rows} <= department_types()


def test_a_word_of_the_sentence_glued_before_the_place_is_dropped():
    d = resolve_department("是市发展和改革委员会", "宝鸡市")
    assert (d.name, d.type) == ("宝鸡市发展和改革委员会", "发展和改革")


def test_a_league_leader_answers_for_the_league_government():
    assert leader_office("副盟长") == "盟人民政府"


def test_the_office_that_sent_nobody_is_the_one_asked():
    from loaders.exchanges import _absent_office

    text = "问：防火检查站的人手够不够？\n（市林业局未派员到会，该问题转市政府书面答复。）"
    assert _absent_office(text, 0, len(text)) == "市林业局"
    # an office named elsewhere in the clause is not the absent one
    text = "问：人手够不够？\n市林业局表示支持，但工作人员未派员到会。"
    assert _absent_office(text, 0, len(text)) is None


def test_a_zone_committee_named_by_its_word_alone_is_the_zone():
    from loaders.turns import parse_head

    d = resolve_department("管委会", "芜湖市")
    assert (d.name, d.type) == ("芜湖市管委会", "园区")
    label = parse_head("管委会副主任陶建明回答")
    assert (label.kind, label.speaker.name, label.speaker.department) == ("answer", "陶建明", "管委会")
    assert resolve_department("城市管理委员会", None).type == "城市管理"  # no zone's committee


def test_a_work_committee_member_asks():
    from loaders.turns import parse_head

    label = parse_head("工委委员汪德林问")
    assert (label.kind, label.speaker.name, label.speaker.role) == ("question", "汪德林", "工委委员")


def test_a_committee_answering_by_its_word_alone_is_the_one_the_question_named():
    from loaders.exchanges import _committee_asked

    assert _committee_asked("她问漓江风景名胜区管委会：这个老问题怎么破？", "管委会", "桂林市") == "漓江风景名胜区管委会"
    assert resolve_department("漓江风景名胜区管委会", "桂林市").type == "文化和旅游"
    assert _committee_asked("园区道路什么时候改造？", "管委会", "芜湖市") is None
