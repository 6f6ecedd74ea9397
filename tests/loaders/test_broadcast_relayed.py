"""A host reading out what the public said at a broadcast 问政 programme: the reader asks, named
only when the words before the verb are a name ("网友王女士留言"), not when they are the verb's
own lead ("群众反映说")."""

from __future__ import annotations

from loaders import load_text

_PROGRAMME = (
    "《问政某县》电视直播节目实录\n"
    "主持人：欢迎收看本期节目。今天的演播室里，我们请来了县住建局局长张明。先看一段短片。\n"
    "（播放短片）\n"
    "主持人：群众反映说，老旧小区的路灯坏了好几个月没人修，这是怎么回事？\n"
    "县住房和城乡建设局局长张明：这个问题我们已经掌握，本月底前全部修好。\n"
    "主持人：网友王女士留言：小区加装电梯的补贴什么时候发放？\n"
    "县住房和城乡建设局局长张明：补贴将在下个月发放到位。\n"
)


def test_a_relayed_question_names_its_reader_only_by_a_name():
    r = load_text(_PROGRAMME, source="programme.txt")
    assert [(e.asker.name, e.asker.role) for e in r.exchanges] == [(None, "群众"), ("王女士", "网友")]
    assert [e.respondent.name for e in r.exchanges] == ["张明", "张明"]
