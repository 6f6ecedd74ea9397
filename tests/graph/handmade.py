"""Small hand-made DocumentRecords: two cities, shared policy tools, a chain hierarchy.

Built by hand (not by the loaders) so the graph tests pin down exactly what
the builder and the stores do with each field.
"""

from __future__ import annotations

import dataclasses
import hashlib

from loaders.records import Asker, Department, DocumentRecord, Entity, Exchange, Mention, Respondent, Session

__all__ = ["luohe", "luohe_other", "jieyang", "changed"]


def _doc(source: str, session: Session, turns: list[tuple], departments=(), entities=()) -> DocumentRecord:
    """turns: (asker, role, respondent, title, department, dept_type, question, answer, mentions, follows)
    where mentions are (type, name, part, surface), surfaces occur in the question/answer, and
    follows is the seq of the exchange this one follows up (or None)."""
    text_parts: list[str] = []
    pos = 0
    exchanges = []
    for seq, (asker, role, resp, title, dept, dtype, q, a, ments, follow) in enumerate(turns, 1):
        q_start = pos
        text_parts.append(q + "\n")
        pos += len(q) + 1
        a_start = pos
        text_parts.append(a + "\n")
        pos += len(a) + 1
        ms = []
        for typ, name, part, surface in ments:
            base, body = (q_start, q) if part == "question" else (a_start, a)
            i = body.index(surface)
            # sentence: the clause between full stops around the surface
            s0 = body.rfind("。", 0, i) + 1
            s1 = body.find("。", i)
            sentence = body[s0 : (s1 + 1 if s1 >= 0 else len(body))]
            ms.append(Mention(typ, name, surface, part, base + i, base + i + len(surface), sentence))
        ex_id = f"{session.id}#{seq}"
        exchanges.append(Exchange(
            id=ex_id, seq=seq, title=None, follow_up_of=f"{session.id}#{follow}" if follow else None,
            asker=Asker(asker, role),
            respondent=Respondent(resp, title, dept, dtype, None) if resp else None,
            question=q, answer=a, question_start=q_start, question_end=q_start + len(q),
            answer_start=a_start, answer_end=a_start + len(a), mentions=tuple(ms)))
    text = "".join(text_parts)
    return DocumentRecord(source=source, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                          session=session, exchanges=tuple(exchanges), departments=tuple(departments),
                          entities=tuple(entities), encoding="utf-8", format="txt")


def luohe() -> DocumentRecord:
    s = Session("漯河市-2024-10-28", "漯河市", "河南省", "漯河市人大常委会", "2024-10-28",
                "重大项目建设", 2024, 10, 28, "评议询问", sitting="市八届人大常委会第十四次会议")
    d1 = "漯河市发展和改革委员会"
    d2 = "漯河市科学技术局"
    turns = [
        ("王静", "市人大常委会委员", "项丽", "主任", d1, "发展和改革",
         "请问专项债如何支持中原食品实验室?", "我们用专项债支持中原食品实验室。推行先使用后付费模式。", [
             ("PolicyTool", "专项债", "question", "专项债"),
             ("Project", "中原食品实验室", "question", "中原食品实验室"),
             ("PolicyTool", "专项债", "answer", "专项债"),
             ("Project", "中原食品实验室", "answer", "中原食品实验室"),
             ("PolicyTool", "先使用后付费", "answer", "先使用后付费"),
         ], None),
        ("李明", "人大代表", "项丽", "主任", d1, "发展和改革",
         "绿色通道开通了吗?", "已开通绿色通道, 支持“两重”项目。", [
             ("PolicyTool", "绿色通道", "question", "绿色通道"),
             ("PolicyTool", "绿色通道", "answer", "绿色通道"),
             ("PolicyTool", "两重", "answer", "两重"),
         ], 1),
        ("王静", "市人大常委会委员", "赵强", "局长", d2, "科学技术",
         "食品产业链如何延链?", "食品产业链依托中原食品实验室延链补链。", [
             ("IndustryChain", "食品产业链", "question", "食品产业链"),
             ("IndustryChain", "食品产业链", "answer", "食品产业链"),
             ("Project", "中原食品实验室", "answer", "中原食品实验室"),
         ], None),
    ]
    depts = (Department(d1, "漯河市", "发展和改革", ("市发改委",)), Department(d2, "漯河市", "科学技术", ("市科技局",)))
    ents = (
        Entity("PolicyTool", "专项债", None, ("专项债券",), "finance"),
        Entity("PolicyTool", "先使用后付费", None, (), "service"),
        Entity("PolicyTool", "绿色通道", None, (), "approval"),
        Entity("PolicyTool", "两重", None, (), "investment promotion"),
        Entity("Project", "中原食品实验室", "漯河市", ("食品实验室",)),
        Entity("IndustryChain", "食品产业链", "漯河市"),
    )
    return _doc("samples/luohe.txt", s, turns, depts, ents)


def jieyang() -> DocumentRecord:
    s = Session("揭阳市-2025", "揭阳市", "广东省", "揭阳市人大常委会", "2025", "营商环境", 2025, None, None,
                "专题询问", sitting="市八届人大常委会第三十次会议")
    d1 = "揭阳市发展和改革局"
    turns = [
        ("陈红", "市人大常委会副主任", "林海", "局长", d1, "发展和改革",
         "先使用后付费和专项债推进得怎样?", "专项债已发行。先使用后付费已推广到绿色石化项目。", [
             ("PolicyTool", "先使用后付费", "question", "先使用后付费"),
             ("PolicyTool", "专项债", "question", "专项债"),
             ("PolicyTool", "专项债", "answer", "专项债"),
             ("PolicyTool", "先使用后付费", "answer", "先使用后付费"),
         ], None),
        ("陈红", "市人大常委会副主任", "林海", "局长", d1, "发展和改革",
         "“两重”项目和绿色通道呢?", "大南海石化项目属于绿色石化产业链, 纳入“两重”并开通绿色通道。", [
             ("PolicyTool", "两重", "question", "两重"),
             ("PolicyTool", "绿色通道", "question", "绿色通道"),
             ("Project", "大南海石化项目", "answer", "大南海石化项目"),
             ("IndustryChain", "绿色石化", "answer", "绿色石化"),
             ("PolicyTool", "两重", "answer", "两重"),
             ("PolicyTool", "绿色通道", "answer", "绿色通道"),
         ], None),
        ("周平", None, None, None, None, None, "没有回答的问题?", "", [], None),
    ]
    ents = (
        Entity("PolicyTool", "专项债", None, (), "finance"),
        Entity("PolicyTool", "先使用后付费", None, (), "service"),
        Entity("PolicyTool", "绿色通道", None, (), "approval"),
        Entity("PolicyTool", "两重", None, (), "investment promotion"),
        Entity("Project", "大南海石化项目", "揭阳市"),
        Entity("IndustryChain", "绿色石化", "揭阳市", parent="一化一海五优特"),
        Entity("IndustryChain", "一化一海五优特", "揭阳市"),
        Entity("Organization", "广东石化", None),
    )
    return _doc("samples/jieyang.txt", s, turns, (Department(d1, "揭阳市", "发展和改革", ()),), ents)


def changed(record: DocumentRecord) -> DocumentRecord:
    """A new version of ``record`` (same source, new hash): the last exchange dropped, the second lost 两重."""
    exchanges = list(record.exchanges[:-1])
    last = exchanges[-1]
    exchanges[-1] = dataclasses.replace(last, mentions=tuple(m for m in last.mentions if m.name != "两重"))
    return dataclasses.replace(record, sha256=hashlib.sha256((record.sha256 + "v2").encode()).hexdigest(),
                               exchanges=tuple(exchanges))


def luohe_other() -> DocumentRecord:
    """Another 漯河 session (its own source, hash, session and exchange ids), same city and tools."""
    rec = luohe()
    sid = "漯河市-2025-04-01"
    session = dataclasses.replace(rec.session, id=sid, date="2025-04-01", year=2025, month=4, day=1)
    exchanges = tuple(
        dataclasses.replace(e, id=e.id.replace(rec.session.id, sid),
                            follow_up_of=e.follow_up_of.replace(rec.session.id, sid) if e.follow_up_of else None)
        for e in rec.exchanges)
    return dataclasses.replace(rec, source="samples/luohe-2025.txt", session=session, exchanges=exchanges,
                               sha256=hashlib.sha256((rec.sha256 + "2025").encode()).hexdigest())
