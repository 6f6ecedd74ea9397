"""A member who asked last asking again in narration ("X随后再问：…？") presses the answer just given:
a 追问, as "X又问", "X再次发问" already were."""

import pytest

from loaders import load_text

LEAD = ("某镇人大主席团开展代表问政活动\n3月2日，某镇人大主席团组织代表开展问政。\n"
        "代表邝某勇关心老街改造项目。他说，项目去年完成了规划设计，为什么一直没动工？\n"
        "镇长梅某明回应，项目卡在产权认定上，力争今年5月开工。\n")


@pytest.mark.parametrize("answer", ["镇长梅某明表示，将分段施工，每段不超过三个月。",
                                    "对此，镇规划建设办负责人作了补充说明：将分段施工，每段不超过三个月。"])
def test_the_same_member_asking_again_follows_up(answer):
    xs = load_text(LEAD + f"邝某勇随后再问：工程动起来以后，沿街店铺怎么营业，能不能补偿？{answer}\n", source="t").exchanges
    assert [(x.asker.name, x.follow_up_of is not None) for x in xs] == [("邝某勇", False), ("邝某勇", True)]
