"""A seeded generator of DocumentRecords for the differential test.

Builds records directly (no text files, no extraction), so the differential
test exercises the queries on a corpus of any size without depending on
extraction quality. Names repeat across cities on purpose (the same
department types, tools and chain names everywhere, a few same-named
projects and people in different cities), dates tie, some dates are
missing, and tools come with aliases: the places where two stores could
order or group differently.
"""

from __future__ import annotations

import hashlib
import random

from loaders.records import Asker, Department, DocumentRecord, Entity, Exchange, Mention, Respondent, Session

__all__ = ["synthetic_corpus", "CITIES", "TOOLS"]

CITIES = (("漯河市", "河南省"), ("揭阳市", "广东省"), ("许昌市", "河南省"), ("汕头市", "广东省"), ("南阳市", "河南省"),
          ("潮州市", "广东省"), ("洛阳市", "河南省"), ("佛山市", "广东省"), ("开封市", "河南省"), ("惠州市", "广东省"),
          ("Ordos", "Inner Mongolia"), ("赣州市", "江西省"))
DEPT_TYPES = (("发展和改革", "发展和改革委员会", "发改委"), ("科学技术", "科学技术局", "科技局"), ("教育", "教育局", "教育局"),
              ("工业和信息化", "工业和信息化局", "工信局"), ("财政", "财政局", "财政局"), ("自然资源和规划", "自然资源和规划局", "自然资源局"),
              ("商务", "商务局", "商务局"), ("住房和城乡建设", "住房和城乡建设局", "住建局"))
TOOLS = (("专项债", ("专项债券",), "finance"), ("先使用后付费", (), "service"), ("两重", ("两重建设",), "investment promotion"),
         ("绿色通道", (), "approval"), ("揭榜挂帅", (), "innovation"), ("拿地即开工", (), "land"),
         ("标准地", (), "land"), ("一网通办", (), "service"), ("人才新政", (), "talent"), ("以商招商", (), "investment promotion"),
         ("REITs", ("基础设施REITs",), "finance"))
CHAINS = (("食品", "11+8"), ("新材料", "11+8"), ("绿色石化", "一化一海五优特"), ("电子信息", None), ("装备制造", None))
PROJECT_STEMS = ("食品实验室", "产业园", "物流中心", "科创城", "石化基地", "数据中心", "职教园", "新材料产业园", "智能工厂", "会展中心")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("静", "明", "强", "丽", "海", "红", "平", "军", "芳", "伟", "敏", "磊")


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _record(rng: random.Random, index: int, city: str, province: str) -> DocumentRecord:
    year = rng.choice((2021, 2022, 2023, 2024, 2025))
    dated = rng.random() > 0.1
    month, day = rng.choice((3, 6, 9, 10)), rng.choice((1, 15, 28))
    date = f"{year}-{month:02d}-{day:02d}" if dated else None
    sid = f"{city}-{index:05d}"
    session = Session(sid, city, province, f"{city}人大常委会", date, "重大项目建设",
                      year if dated else None, month, day, rng.choice(("专题询问", "评议询问")),
                      sitting=f"市人大常委会第{index}次会议")
    short = city.removesuffix("市")
    projects = [f"{short}{stem}" if rng.random() < 0.8 else stem for stem in rng.sample(PROJECT_STEMS, 4)]
    chains = rng.sample(CHAINS, 2)
    depts = rng.sample(DEPT_TYPES, 4)
    staff = {d[0]: _person(rng) for d in depts}
    askers = [_person(rng) for _ in range(3)]
    pieces: list[str] = []
    pos = 0
    exchanges = []
    used: dict[tuple[str, str, str | None], Entity] = {}
    for seq in range(1, rng.randint(4, 9) + 1):
        dtype, dname, dshort = rng.choice(depts)
        dept = f"{city}{dname}"
        names = [("Project", p, city) for p in rng.sample(projects, rng.randint(0, 2))]
        names += [("PolicyTool", t[0], None) for t in rng.sample(TOOLS, rng.randint(0, 3))]
        names += [("IndustryChain", c[0], city) for c in rng.sample(chains, rng.randint(0, 1))]
        if rng.random() < 0.2:
            names.append(("Organization", rng.choice(("国家开发银行", "中国石化", "华为")), None))
        q_names = names[: len(names) // 2 + 1]
        question = f"请问{dshort}: " + "、".join(_surface(rng, n) for n in q_names) + "进展如何?"
        answered = rng.random() > 0.05
        answer = ("我们推进" + "、".join(_surface(rng, n) for n in names) + "。下一步继续抓落实。") if answered else None
        q_start = pos
        pieces.append(question + "\n")
        pos += len(question) + 1
        a_start = None
        if answer is not None:
            a_start = pos
            pieces.append(answer + "\n")
            pos += len(answer) + 1
        mentions = []
        for part, body, base in (("question", question, q_start), ("answer", answer, a_start)):
            if body is None:
                continue
            for typ, name, ecity in names:
                for surface in (name, *_aliases(typ, name)):
                    i = body.find(surface)
                    if i >= 0:
                        mentions.append(Mention(typ, name, surface, part, base + i, base + i + len(surface),
                                                body.split("。")[0], _category(typ, name)))
                        used[(typ, name, ecity)] = _entity(typ, name, ecity)
                        break
        follow = f"{sid}#{seq - 1}" if seq > 1 and rng.random() < 0.2 else None
        exchanges.append(Exchange(
            id=f"{sid}#{seq}", seq=seq, title=None, follow_up_of=follow,
            asker=Asker(rng.choice(askers), rng.choice(("市人大常委会委员", "人大代表", None))),
            respondent=Respondent(staff[dtype], rng.choice(("局长", "主任", "副局长")), dept, dtype, f"市{dshort}") if answered else None,
            question=question, answer=answer, question_start=q_start, question_end=q_start + len(question),
            answer_start=a_start, answer_end=(a_start + len(answer)) if answer is not None else None,
            mentions=tuple(mentions)))
    for typ, name, ecity in list(used):
        if typ == "IndustryChain":
            parent = dict(CHAINS).get(name)
            if parent:
                used[("IndustryChain", parent, ecity)] = _entity("IndustryChain", parent, ecity)
    text = "".join(pieces)
    departments = tuple(Department(f"{city}{dname}", city, dtype, (f"市{dshort}", dshort)) for dtype, dname, dshort in depts)
    return DocumentRecord(
        source=f"synthetic/{index:05d}.txt", sha256=hashlib.sha256(f"{index}:{text}".encode()).hexdigest(), text=text,
        session=session, exchanges=tuple(exchanges), departments=departments,
        entities=tuple(used[k] for k in sorted(used, key=lambda k: (k[0], k[1], k[2] or ""))),
        encoding="utf-8", format="txt")


def _surface(rng: random.Random, item: tuple[str, str, str | None]) -> str:
    typ, name, _ = item
    aliases = _aliases(typ, name)
    return rng.choice(aliases) if aliases and rng.random() < 0.3 else name


def _aliases(typ: str, name: str) -> tuple[str, ...]:
    if typ == "PolicyTool":
        return next(t[1] for t in TOOLS if t[0] == name)
    return ()


def _category(typ: str, name: str) -> str | None:
    if typ == "PolicyTool":
        return next(t[2] for t in TOOLS if t[0] == name)
    return None


def _entity(typ: str, name: str, city: str | None) -> Entity:
    if typ == "IndustryChain":
        parent = dict(CHAINS).get(name)
        return Entity(typ, name, city, (), None, parent)
    return Entity(typ, name, city, _aliases(typ, name), _category(typ, name))


def synthetic_corpus(sessions: int, *, cities: int = 12, seed: int = 4) -> list[DocumentRecord]:
    """``sessions`` records spread over the first ``cities`` of :data:`CITIES`, reproducible by ``seed``."""
    out = []
    for i in range(sessions):
        rng = random.Random(f"{seed}:{i}")
        city, province = CITIES[i % cities]
        out.append(_record(rng, i, city, province))
    return out
