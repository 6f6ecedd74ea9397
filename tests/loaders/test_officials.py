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
