"""attribution.Officials: the one lookup of the officials a report names, used by the label
grammar (loaders/turns/: short labels and office-and-post labels) and by exchanges."""

from __future__ import annotations

from loaders.attribution import Officials

_TEXT = "到会应询人员：县发展和改革局局长钟振国，县住房和城乡建设局局长袁立新，副县长王卫东。"


def test_short_forms_resolve_to_the_attendee():
    officials = Officials(_TEXT)
    assert officials("袁局长").name == "袁立新"
    assert officials("副县长").name == "王卫东"
    assert officials("李局长") is None


def test_a_post_alone_resolves_to_the_one_attendee_with_it():
    officials = Officials(_TEXT)
    assert officials.by_title("副县长").name == "王卫东"
    assert officials.by_title("局长") is None  # two attendees are 局长
    assert officials.by_title("县长") is None


def test_office_and_post_resolve_through_the_office_type():
    officials = Officials(_TEXT)
    assert officials.by_post("县发改局", "局长") == "钟振国"
    assert officials.by_post("县住建局", "局长") == "袁立新"
    assert officials.by_post("县教育局", "局长") is None  # nobody named with that post
    assert Officials(_TEXT + "县发改局局长张三、县水利局局长李四到会。").by_post("县发改局", "局长") is None  # two: no guess


def test_a_post_after_a_comma_of_enumeration_is_held_in_the_office_before_it():
    """"市某局党组书记、局长X": the head listed with two posts is found by the office's post, inline
    and on a list's line of its own (post, space, name)."""
    inline = "应询人员：副市长韩某明，市交通运输局党组书记、局长庞某涛，市财政局局长鲁某怡。\n"
    lines = "应询人员：\n副市长 韩某明\n市交通运输局党组书记、局长 庞某涛\n市财政局局长 鲁某怡\n"
    for text in (inline, lines):
        holder = Officials(text).by_title("局长", "市交通局")
        assert holder is not None and holder.name == "庞某涛"
