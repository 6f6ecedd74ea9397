"""Entity rules of session 26 (helper ent2): projects named without quotes by a site and the works
on it with a head (某镇某学校建设项目, 某河某段堤防加固工程, 某街区夜游提升工程, 县二中扩建工程, 某至某
旅游公路二期工程): before 工程/项目 the walk goes on through the works words to a named site; the name
still needs a place or a proper word at its start. Held by an invented report
(tests/gold/genres/g26e_*, gold written before the extractor ran on it) and by sentences written for
these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import assert_genre_totals, genre_entities_test, names_test


#: names no rule reads yet and names read that the gold does not hold, per genre text
KNOWN_MISSES: dict[str, dict[str, set[str]]] = {}
# (山区学校, schools in the hills, a kind, was read as a body until session 23: generic_modifiers 山区)
KNOWN_FALSE: dict[str, dict[str, set[str]]] = {}


test_every_entity_of_each_genre_right = genre_entities_test("g26e_", KNOWN_MISSES, KNOWN_FALSE)


test_works_with_a_head_name_the_project = names_test("Project", [
    # a works word that is a stop word elsewhere (建设, 提升, 扩建) before the head
    ("今年我们推进澄溪镇九年一贯制学校建设项目，明年秋季投用。", {"澄溪镇九年一贯制学校建设项目"}),
    ("今年已启动文昌阁历史文化街区夜游提升工程。", {"文昌阁历史文化街区夜游提升工程"}),
    # a stretch of a river jieba split (某河某/南段)
    ("青漪河柳南段堤防加固工程汛前完工。", {"青漪河柳南段堤防加固工程"}),
    # a town's name jieba split, then what its site does (加压)
    ("今年实施阿克塔什乡加压泵站改造项目。", {"阿克塔什乡加压泵站改造项目"}),
    # a school by its level and number; a region's short name (京津)
    ("今年把县二中扩建工程列为重点。", {"县二中扩建工程"}),
    ("询问京津生态廊道二期工程进展。", {"京津生态廊道二期工程"}),
    # a line between two places: its phase with a head is the project; with no head the line
    ("石门至云台旅游公路二期工程年底前完工。", {"石门至云台旅游公路二期工程"}),
    ("石门至云台旅游公路二期年底前完工。", {"石门至云台旅游公路"}),
    # two works named one after the other: each its own, 和 no county's first character
    ("把澄溪镇九年一贯制学校建设项目和县二中扩建工程列为重点。",
     {"澄溪镇九年一贯制学校建设项目", "县二中扩建工程"}),
])

test_works_with_no_named_site_stay_none = names_test("Project", [
    ("下一步要加快项目建设，抓好重点工程建设，办好民生工程。", set()),
    ("今年全县实施产业园区基础设施建设项目12个。", set()),
    ("南段堤防加固工程汛前完工。", set()),
    # works with no head after a site: the site (session 19's rule)
    ("文昌阁历史文化街区提升改造，年内完成。", {"文昌阁历史文化街区"}),
])
