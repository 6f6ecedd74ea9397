"""A post copied as markdown sets words in bold at the opening of a line that runs on into its
sentence ("**县某局负责人**表示，…", "🌲**副镇长X**回答，…"): the marks are emphasis, the line is
narration that answers; a label's bold (closing on its colon or bracket) stays a label."""

import pytest

from loaders import load_text
from loaders.normalize import drop_markup

HEAD = "## 耕地怎么保护？\n\n代表蓟某山问：有的地块种完就撂荒，这个谁来管？\n\n"

OPENINGS = ["", "🌲", "👉 "]
SPEAKERS = [("**县农业农村局负责人**", None, "农业农村"), ("**县农业农村局局长郦某芳**", "郦某芳", "农业农村"),
            ("**副县长郦某芳**", "郦某芳", "人民政府")]
CUES = ["表示，", "回答，", "介绍说，"]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("speaker,name,dept", SPEAKERS)
@pytest.mark.parametrize("cue", CUES)
def test_bold_words_opening_a_narrated_answer_answer(opening, speaker, name, dept, cue):
    text = HEAD + f"{opening}{speaker}{cue}撂荒地一律限期复耕，复耕费用由使用者承担。\n"
    e = load_text(text, source="t").exchanges[0]
    assert (e.asker.name, e.respondent.name, e.respondent.department_type, e.answer is not None) == \
        ("蓟某山", name, dept, True)


@pytest.mark.parametrize("line", ["**郦某芳**：撂荒地一律限期复耕。", "**郦某芳**（副县长）：撂荒地一律限期复耕。",
                                  "**问题二：耕地怎么保护**", "**【追问】**"])
def test_a_labels_bold_stays(line):
    assert drop_markup(line) == line
