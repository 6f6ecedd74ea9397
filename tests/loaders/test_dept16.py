"""Department types and respondents (session 15, dept16): a body named after its government, a
leader's party post before the government post, a subdistrict's community offices, two officials
in one table cell, counties made districts after the gazetteer's year."""
import pytest

from loaders.departments import leader_office, resolve_department
from loaders.places import lookup_place
from loaders.tables import relabel_tables
from loaders.turns import parse_head


@pytest.mark.parametrize("surface, kind", [
    ("省人民政府国有资产监督管理委员会", "国有资产监督管理"),
    ("省政府国资委", "国有资产监督管理"),
    ("县人民政府金融工作办公室", "金融"),
    ("市人民政府办公室", "政府办公室"),
    ("区人民政府", "人民政府"),
    ("街道社区服务办", "民政"),
    ("街道社区管理办", "住房和城乡建设"),
    ("镇农办", "农业农村"),
    ("市机关事务服务中心", "机关事务管理"),
    ("街道城管执法中队", "城市管理"),
    ("镇综合行政执法中队", "城市管理"),
    ("市港口与口岸局", "港口"),
    ("省通信管理局", "工业和信息化"),
    ("省无线电管理办公室", "工业和信息化"),
])
def test_an_office_takes_the_type_of_its_field(surface, kind):
    assert resolve_department(surface, "某市").type == kind


def test_the_government_and_its_offices_in_general_are_no_body_of_it():
    assert resolve_department("市政府部门", "某市") is None


@pytest.mark.parametrize("title, office", [
    ("镇党委委员、副镇长", "镇人民政府"),
    ("区委常委副区长", "区人民政府"),
    ("常务副县长", "县人民政府"),
    ("社区长", None),
    ("市委常委、秘书长", None),
])
def test_a_leader_answers_for_the_government_after_a_party_post(title, office):
    assert leader_office(title) == office


def test_a_party_post_before_the_leader_post_is_part_of_the_label():
    sp = parse_head("镇党委委员、副镇长 吴某某").speaker
    assert (sp.name, sp.title) == ("吴某某", "镇党委委员、副镇长")


def test_a_county_made_a_district_is_still_found():
    assert lookup_place("奉化区").city == "宁波市"
    assert lookup_place("高新区") is None


def test_a_street_named_after_another_city_places_no_report_there():
    from loaders.session import detect_city

    assert detect_city("虹口区甘泉路街道召开会议。甘泉路沿线、南京路一带、南京路口的商户参加。") == "上海市"


def test_a_question_asking_two_offices_names_the_first():
    from loaders.turns import find_clues

    (_, sp), = find_clues("请问市医保局和市民政局，有什么办法？")
    assert (sp.name, sp.department) == (None, "市医保局")
    assert find_clues("请问如何落实，") == []


@pytest.mark.parametrize("phrase, office", [
    ("会议要求县不动产登记中心会后", "县不动产登记中心"),
    ("请区商务局会后", "区商务局"),
    ("要求县气象局会后", None),  # no field: no type
    ("主任要求市场", None),
])
def test_the_office_a_sentence_tells_to_answer_later(phrase, office):
    from loaders.departments import office_told_to

    assert office_told_to(phrase) == office


@pytest.mark.parametrize("head, dept", [
    ("省发展和改革委员会副主任、省能源局局长 甲乙丙", "省发展和改革委员会"),
    ("市政府副秘书长、市应急管理局局长甲乙丙", "市应急管理局"),
    ("市委副秘书长、市发改委主任甲乙丙", "市发改委"),
])
def test_an_official_of_two_offices_answers_for_the_first_department(head, dept):
    assert parse_head(head).speaker.department == dept


def test_two_officials_in_one_cell_answer_in_turn():
    table = ("序号 | 询问人 | 询问内容 | 应询人 | 答复要点\n"
             "1 | 委员 甲乙丙 | 怎么办？ | 市甲局局长 丁戊己<br>市乙局副局长 庚辛壬 | 丁戊己：先办。庚辛壬：后办。")
    lines = relabel_tables(table).splitlines()
    assert lines[-2:] == ["市甲局局长 丁戊己：先办。", "市乙局副局长 庚辛壬：后办。"]
