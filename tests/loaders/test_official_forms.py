"""An official answering is read whatever the order the report writes name, post and office in,
and whatever way it names them again later: a grid of forms (not one wording per rule), each a
short report of our own with one question and its answer.

The forms: office + post + name, name + (office + post), name + post + (office), post + name,
a list of those attending in each of its layouts, then the answer told by surname and post, by the
bare name, by office and post, by the office's head. Offices short and long, with 和 inside, a city
bureau's county branch and a zone's management committee."""

from __future__ import annotations

import itertools

import pytest

from loaders import load_text
from loaders.departments import resolve_department

_NAME, _SURNAME_POST = "杭立群", {"局长": "杭局长", "副局长": "杭副局长", "副主任": "杭副主任"}
_OFFICES = [("市财政局", "局长"), ("市人力资源和社会保障局", "副局长"), ("市生态环境局东山分局", "局长"),
            ("南湾经济区管理委员会", "副主任")]
_OTHER = ("市交通运输局", "局长", "聂文翰")

# How the answer's speaker is written right before the cue
_SPEAKERS = {"office_post_name": "{o}{p}{n}", "name_bracket_office_post": "{n}（{o}{p}）",
             "name_post_bracket_office": "{n}{p}（{o}）"}
_CUES = ["表示，", "回应说，", "介绍，", "答道，", "回答说："]

# The attendee list, then how the answer names its speaker again
_LISTS = {"name_bracket": "{n}（{o}{p}）、{n2}（{o2}{p2}）等到会应询。",
          "office_post_name": "{o}{p}{n}、{o2}{p2}{n2}等到会应询。",
          "heading": "应询人员：{o}{p}{n}，{o2}{p2}{n2}。",
          "lead_in": "出席会议的有{o}{p}{n}和{o2}{p2}{n2}。"}
_AGAIN = {"surname_post": "{sp}表示，", "bare_name": "{n}表示，", "office_post": "{o}{p}回应说，",
          "office_head": "{o}负责人回应说，", "post_name": "{p}{n}表示，"}


def _answered(listed: str, speaker: str):
    text = ("某市人大常委会专题询问营商环境工作\n　　6月5日，某市人大常委会举行专题询问。" + listed + "\n"
            "　　常委会委员欧雪琴首先发问：“企业反映的问题什么时候能解决？”\n"
            f"　　{speaker}今年将出台十条措施，年底前全部落实到位。\n")
    (ex, *_) = load_text(text, source="forms.txt").exchanges
    return ex.respondent


@pytest.mark.parametrize("office,post", _OFFICES)
@pytest.mark.parametrize("form", sorted(_SPEAKERS))
@pytest.mark.parametrize("cue", _CUES)
def test_speaker_written_in_any_order(office, post, form, cue):
    r = _answered("", _SPEAKERS[form].format(o=office, p=post, n=_NAME) + cue)
    assert (r.name, r.title, r.department_type) == (_NAME, post, resolve_department(office, None).type)


_LISTED = list(itertools.product(_OFFICES, sorted(_LISTS), sorted(_AGAIN)))
_LISTED = [(o, p, lk, ak) for (o, p), lk, ak in _LISTED]


@pytest.mark.parametrize("office,post,listing,again", _LISTED)
def test_listed_official_named_again_any_way(office, post, listing, again):
    listed = _LISTS[listing].format(o=office, p=post, n=_NAME, o2=_OTHER[0], p2=_OTHER[1], n2=_OTHER[2])
    r = _answered(listed, _AGAIN[again].format(o=office, p=post, n=_NAME, sp=_SURNAME_POST[post]))
    assert (r.name, r.department_type) == (_NAME, resolve_department(office, None).type)


# A member asking, named with the seat before the name, after it or in brackets after it
_SEATS = ["市人大代表", "市人大常委会委员", "常委会委员", "市人大常委会副主任"]
_MEMBER_FORMS = {"seat_name": "{s}{n}", "name_bracket_seat": "{n}（{s}）"}
_ASKS = ["首先发问：“企业反映的问题什么时候能解决？”", "问道：“企业反映的问题什么时候能解决？”",
         "提出，企业反映的问题什么时候能解决？", "：企业反映的问题什么时候能解决？"]


@pytest.mark.parametrize("seat", _SEATS)
@pytest.mark.parametrize("form", sorted(_MEMBER_FORMS))
@pytest.mark.parametrize("asks", _ASKS)
def test_member_named_with_seat_any_order(seat, form, asks):
    who = _MEMBER_FORMS[form].format(s=seat, n="欧雪琴")
    text = ("某市人大常委会专题询问营商环境工作\n　　6月5日，某市人大常委会举行专题询问。\n"
            f"{'' if asks.startswith('：') else '　　'}{who}{asks}\n"
            "　　市财政局局长聂文翰表示，今年将出台十条措施，年底前全部落实到位。\n")
    (ex, *_) = load_text(text, source="forms.txt").exchanges
    assert (ex.asker.name, ex.asker.role, ex.respondent.name) == ("欧雪琴", seat, "聂文翰")


# An official named in full in a sentence no cue reads, then answering by a pronoun, by surname and
# post, or by a pointer and the post
_NAMED = {"took_mic": "{o}{p}{n}接过话筒。", "stood": "{o}{p}{n}站起身来。", "answered": "{o}{p}{n}作了回答。"}
_CALLED = ["他表示，", "{sn}表示，", "这位局长说，", "“今年将出台十条措施。”{sn}说，"]


@pytest.mark.parametrize("named", sorted(_NAMED))
@pytest.mark.parametrize("called", _CALLED)
def test_named_official_called_again(named, called):
    said = _NAMED[named].format(o="市财政局", p="局长", n="聂文翰") + called.format(sn="聂局长")
    r = _answered("", said)
    assert (r.name, r.department_type) == ("聂文翰", "财政")
