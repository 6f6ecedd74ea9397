"""Render a :class:`~corpus.compose.SessionPlan` as the text a newspaper prints.

Four layouts, modelled on what the loaders must read:

- ``luohe`` (the 漯河日报 sample): many lines, half-width ", " and ": ",
  "市人大常委会委员X: … 请问Y同志: 市Z如何…?" and a bare "Y: " answer with
  一是/二是 points; a photo caption cuts an answer in the middle of a word;
  the page may end on a 追问 cut by "(下转0N版)".
- ``jieyang`` (the 揭阳日报 sample): one line, three spaces between
  paragraphs, a leading and trailing "|", a headline before each exchange,
  "市人大常委会委员X:" and "市Z副局长Y:", 一、二、 points, 撰文/摄影 credits.
- ``wenda``: full-width punctuation, "市人大常委会委员X问:" / "市Z局长Y答:".
- ``tiwen``: full-width punctuation, "一、市人大常委会副主任X提问:" /
  "市行政审批服务局局长Y回答:".
"""

from __future__ import annotations

import random
import re

from corpus.compose import ExchangePlan, SessionPlan, chinese_number

__all__ = ["render", "gold"]

_ORDINALS = "一二三四五六七八九十"
_QUOTE = re.compile(r'"([^"]*)"')


def _quotes(s: str) -> str:
    return _QUOTE.sub(r"“\1”", s)


def _half(s: str, spaced: bool) -> str:
    s = _quotes(s)
    return s if spaced else s.replace(", ", ",").replace(": ", ":")


def _full(s: str) -> str:
    s = _quotes(s)
    return s.replace(", ", "，").replace(": ", "：").replace("?", "？").replace(";", "；")


def _md(plan: SessionPlan) -> str:
    md = f"{plan.month}月{plan.day}日"
    return f"{plan.year}年{md}" if plan.year_in_text else md


def _dept_short(ex: ExchangePlan) -> str:
    return "市" + ex.department.short


def _question(ex: ExchangePlan, rng: random.Random, *, name_in_question: bool) -> str:
    bg = "".join(ex.background)
    if name_in_question:
        if rng.random() < 0.3:
            return f"{bg}请问{_dept_short(ex)}{ex.respondent}同志: 如何{ex.goal}?"
        return f"{bg}请问{ex.respondent}同志: {_dept_short(ex)}如何{ex.goal}, {ex.closing}?"
    return f"{bg}{_dept_short(ex)}如何{ex.goal}, {ex.closing}?"


def _point(i: int, p, style: str) -> str:
    lead = f"{_ORDINALS[i]}是" if style == "shi" else f"{_ORDINALS[i]}、"
    return f"{lead}{p.heading}。" + "".join(p.sentences)


def _cut_with_caption(paragraph_text: str, p, caption: str, rng: random.Random, head_len: int) -> str | None:
    """Insert the caption inside a filler sentence, splitting a word in two."""
    if not p.cuttable:
        return None
    k = rng.choice(p.cuttable)
    start = head_len + sum(len(s) for s in p.sentences[:k])
    sentence = p.sentences[k]
    # Cut between two Chinese characters, away from the sentence's punctuation.
    spots = [j for j in range(2, len(sentence) - 2) if "\u4e00" <= sentence[j - 1] <= "\u9fff" and "\u4e00" <= sentence[j] <= "\u9fff"]
    if not spots:
        return None
    at = start + rng.choice(spots)
    return paragraph_text[:at] + "\n\n\n\n" + caption + "\n\n" + paragraph_text[at:]


def _render_luohe(plan: SessionPlan, rng: random.Random, frag: dict) -> str:
    caption = rng.choice(frag["caption"]).format(md=f"{plan.month}月{plan.day}日", body=plan.body, reporter=plan.reporters[0])
    out = ["", "", f"{plan.city.city.name}人大常委会开展{plan.kind}工作实录", ""]
    out.append(
        f"根据市委研究同意的{plan.kind}工作方案, {_md(plan)}, 市{plan.term}届人大常委会召开第{plan.sitting}次会议"
        f"暨{plan.topic}{plan.kind}会议, 组织部分市人大常委会委员和人大代表对{len({e.department.type for e in plan.exchanges})}个政府组成部门进行了询问, "
        "应询部门主要负责同志作了应答。现将询问和应答内容刊发如下:"
    )
    caption_done = False
    for ex in plan.exchanges:
        out.append("")
        if ex.follow_up:
            out.append("追问: " + _question(ex, rng, name_in_question=True))
        else:
            out.append(f"{ex.asker_role}{ex.asker}: " + _question(ex, rng, name_in_question=True))
        if not ex.has_answer:
            continue
        out.append("")
        out.append(f"{ex.respondent}: {ex.answer_intro}:")
        for i, p in enumerate(ex.points):
            text = _point(i, p, "shi")
            if not caption_done and len(ex.points) > 1 and rng.random() < 0.4:
                cut = _cut_with_caption(text, p, caption, rng, len(f"{_ORDINALS[i]}是{p.heading}。"))
                if cut is not None:
                    text, caption_done = cut, True
            out.append("")
            out.append(text)
    if not plan.exchanges[-1].has_answer or rng.random() < 0.3:
        out += ["", f"(下转0{plan.page}版)"]
    return "\n".join(_half(line, spaced=True) for line in out) + "\n"


def _render_jieyang(plan: SessionPlan, rng: random.Random, frag: dict) -> str:
    depts = list(dict.fromkeys(_dept_short(e) for e in plan.exchanges))
    intro1 = (
        f"{_md(plan)}, 市{plan.term}届人大常委会召开第{plan.sitting}次会议, 围绕我市{plan.topic}工作情况开展{plan.kind}, "
        "进一步破解发展中亟待解决的问题。"
    )
    intro2 = (
        f"在{plan.kind}现场, {len(plan.exchanges)}位市人大常委会组成人员围绕项目支撑、创新能力建设等方面内容提出询问, "
        f"{'、'.join(depts[:2])}等{len(depts)}个部门负责人到场应询。本报根据现场问答内容进行整编, 敬请垂注。"
    )
    parts = [intro1, intro2 + " \n " + rng.choice(frag["caption_b"])]
    for ex in plan.exchanges:
        parts.append(ex.headline or "")
        parts.append(f"{ex.asker_role}{ex.asker}: " + _question(ex, rng, name_in_question=False))
        answer = [f"{_dept_short(ex)}{ex.title}{ex.respondent}: " + _point(0, ex.points[0], "dun")]
        answer += [_point(i, p, "dun") for i, p in enumerate(ex.points) if i > 0]
        parts += answer
    credits = f"撰文: {plan.reporters[0]}  {plan.reporters[1]}   摄影: {plan.reporters[2]}    |"
    return "|   " + "   ".join(_half(p, spaced=False) for p in parts) + "   " + _half(credits, spaced=False)


def _render_wenda(plan: SessionPlan, rng: random.Random, frag: dict) -> str:
    out = [f"{plan.city.city.name}人大常委会{plan.kind}会实录", ""]
    out.append(f"{_md(plan)}, 市{plan.term}届人大常委会第{plan.sitting}次会议举行联组会议, 就{plan.topic}开展{plan.kind}。现将问答内容整理如下。")
    for n, ex in enumerate(plan.exchanges):
        out.append("")
        if n and rng.random() < 0.15:
            out += [f"询问会议现场。记者 {plan.reporters[1]} 摄", ""]
        out.append(f"{ex.asker_role}{ex.asker}问: " + _question(ex, rng, name_in_question=rng.random() < 0.5))
        out.append(f"{_dept_short(ex)}{ex.title}{ex.respondent}答: {ex.answer_intro}。")
        out += [_point(i, p, "shi") for i, p in enumerate(ex.points)]
    return "\n".join(_full(line) for line in out) + "\n"


def _render_tiwen(plan: SessionPlan, rng: random.Random, frag: dict) -> str:
    out = [f"{plan.city.city.name}人大常委会{plan.kind}实录", ""]
    out.append(f"{_md(plan)}, 市{plan.term}届人大常委会第{plan.sitting}次会议举行{plan.kind}, 围绕{plan.topic}, 常委会组成人员现场提问, 有关部门负责同志回答询问。")
    for n, ex in enumerate(plan.exchanges):
        out.append("")
        out.append(f"{chinese_number(n + 1)}、{ex.asker_role}{ex.asker}提问: " + _question(ex, rng, name_in_question=False))
        out.append(f"市{ex.department.full}{ex.title}{ex.respondent}回答: {ex.answer_intro}。")
        out += [_point(i, p, "shi") for i, p in enumerate(ex.points)]
    return "\n".join(_full(line) for line in out) + "\n"


_RENDER = {"luohe": _render_luohe, "jieyang": _render_jieyang, "wenda": _render_wenda, "tiwen": _render_tiwen}


def render(plan: SessionPlan, seed: int, fragments: dict) -> str:
    """The transcript text of a plan (deterministic for plan and seed)."""
    rng = random.Random(f"policygraph-corpus:{seed}:render:{plan.index}")
    return _RENDER[plan.layout](plan, rng, fragments)


def gold(plan: SessionPlan, source: str) -> dict:
    """The gold annotation, in the format of tests/gold/*.gold.json."""
    city = plan.city.city
    exchanges = []
    for seq, ex in enumerate(plan.exchanges, 1):
        bare = plan.layout == "luohe"  # bare "Y:" label: no title in the text
        exchanges.append({
            "seq": seq,
            "title": ex.headline,
            "follow_up": ex.follow_up,
            "has_answer": ex.has_answer,
            "asker": {"name": ex.asker, "role": ex.asker_role},
            "respondent": {
                "name": ex.respondent,
                "title": None if bare else ex.title,
                "department_type": ex.department.type,
                "department": city.name + ex.department.full,
            },
        })
    entities = {}
    for etype in ("Project", "IndustryChain", "PolicyTool", "Organization"):
        names = plan.entities.get(etype, {})
        entities[etype] = [[n, *alts] if alts else n for n, alts in sorted(names.items())]
    return {
        "source": source,
        "session": {"city": city.name, "province": city.province, "body": plan.body, "date": plan.date_iso()},
        "exchanges": exchanges,
        "entities": entities,
        "generated": {"layout": plan.layout, "encoding": plan.encoding, "year_in_text": plan.year_in_text},
    }
