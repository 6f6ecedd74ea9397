"""Plan one inquiry session: who asks whom about what, and what the gold says.

A :class:`SessionPlan` is layout-free: sentences carry ASCII quotes and
half-width punctuation, and :mod:`corpus.layouts` renders them in one of the
newspaper layouts. Every entity a sentence names is recorded in the plan's
gold at the moment the sentence is written, so the gold is exactly what the
text contains.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field

from corpus.catalog import DepartmentVariant
from corpus.world import FIRST_YEAR, LAST_YEAR, CityWorld, Project, World

__all__ = ["Paragraph", "ExchangePlan", "SessionPlan", "Planner", "LAYOUTS", "chinese_number"]

#: Layout name -> share of the corpus.
LAYOUTS = {"luohe": 0.3, "jieyang": 0.25, "wenda": 0.25, "tiwen": 0.2}

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """Chinese numeral for 1..99 (第十四次, 八届).

    >>> chinese_number(14), chinese_number(20), chinese_number(43)
    ('十四', '二十', '四十三')
    """
    if not 0 < n < 100:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    out = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return out + (_DIGITS[ones] if ones else "")


@dataclass
class Paragraph:
    """An answer point: a heading and sentences; ``cuttable`` marks filler sentences
    (indexes into ``sentences``) where a caption may cut the text mid-word."""

    heading: str
    sentences: list[str]
    cuttable: list[int] = field(default_factory=list)


@dataclass
class ExchangePlan:
    asker: str | None
    asker_role: str | None
    department: DepartmentVariant
    respondent: str
    title: str  # 局长, 副局长, 主任 … (the layout decides whether the label shows it)
    follow_up: bool
    has_answer: bool
    headline: str | None
    background: list[str]
    goal: str
    closing: str
    answer_intro: str
    points: list[Paragraph]


@dataclass
class SessionPlan:
    index: int
    city: CityWorld
    year: int
    month: int
    day: int
    body: str  # 市八届人大常委会第十四次会议
    term: str  # 八
    sitting: str  # 十四
    kind: str
    topic: str
    layout: str
    year_in_text: bool
    city_in_meta: bool
    encoding: str  # utf-8, utf-8-sig, gbk
    exchanges: list[ExchangePlan]
    entities: dict[str, dict[str, list[str]]]  # type -> canonical -> alternatives
    reporters: tuple[str, ...]
    page: int

    def date_iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _weighted_sample(rng: random.Random, items: list[int], weights: list[float], k: int) -> list[int]:
    """k distinct items, drawn with probability proportional to weight."""
    items, weights = list(items), list(weights)
    out = []
    for _ in range(min(k, len(items))):
        cum = list(itertools.accumulate(weights))
        i = bisect.bisect_right(cum, rng.random() * cum[-1])
        i = min(i, len(items) - 1)
        out.append(items.pop(i))
        weights.pop(i)
    return out


class Planner:
    """Turns a session index into a :class:`SessionPlan` (state: the world only)."""

    def __init__(self, world: World, seed: int) -> None:
        self.world = world
        self.seed = seed
        self.frag = world.catalog.fragments
        self._city_cum = list(itertools.accumulate(c.weight for c in world.cities))
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        # More sessions are published in later years (more papers online).
        self._years = years
        self._year_cum = list(itertools.accumulate(1.0 + 0.15 * (y - FIRST_YEAR) for y in years))
        self._layouts = list(LAYOUTS)
        self._layout_cum = list(itertools.accumulate(LAYOUTS.values()))

    # -- helpers -----------------------------------------------------------
    def _pick(self, rng: random.Random, cum: list[float], items: list):
        return items[min(bisect.bisect_right(cum, rng.random() * cum[-1]), len(items) - 1)]

    @staticmethod
    def _add(plan: SessionPlan, etype: str, canonical: str, *alts: str) -> None:
        known = plan.entities.setdefault(etype, {}).setdefault(canonical, [])
        for a in alts:
            if a and a != canonical and a not in known:
                known.append(a)

    # -- sentences that name entities ---------------------------------------
    def _project_sentence(self, rng: random.Random, plan: SessionPlan, project: Project, seen_full: set[str]) -> str:
        frag = self.frag
        if project.alias and project.name in seen_full and rng.random() < 0.6:
            self._add(plan, "Project", project.name, project.alias)
            return rng.choice(frag["project_alias_sentence"]).format(alias=project.alias)
        seen_full.add(project.name)
        chain = project.chain
        self._add(plan, "Project", project.name, *( (project.alias,) if project.alias else ()))
        self._add(plan, "IndustryChain", chain.name, chain.stem, chain.stem + "产业链", chain.stem + "产业集群")
        return rng.choice(frag["project_sentence"]).format(project=project.name, chain=chain.stem, n=rng.randint(2, 60))

    def _tool_sentence(self, rng: random.Random, plan: SessionPlan, t: int) -> str:
        tool = self.world.catalog.tools[t]
        surface = tool.name
        if tool.aliases and rng.random() < 0.25:
            surface = rng.choice(tool.aliases)
        self._add(plan, "PolicyTool", tool.name, surface)
        templates = self.frag["tool_sentence"].get(tool.category) or self.frag["tool_sentence"]["other"]
        template = rng.choice(templates)
        if surface in tool.quoted_only and '"{tool}"' not in template:
            template = template.replace("{tool}", '"{tool}"')
        return template.format(tool=surface, n=rng.randint(3, 80), x=round(rng.uniform(0.5, 40), 1))

    def _org_sentence(self, rng: random.Random, plan: SessionPlan, project: Project, seen_full: set[str]) -> str:
        org = rng.choice(plan.city.companies)
        uni = rng.choice(self.frag["universities"])
        template = rng.choice(self.frag["org_sentence"])
        self._add(plan, "Organization", org)
        if "{uni}" in template:
            self._add(plan, "Organization", uni)
        if "{project}" in template:
            seen_full.add(project.name)
            self._add(plan, "Project", project.name, *((project.alias,) if project.alias else ()))
        return template.format(org=org, uni=uni, project=project.name)

    # -- the plan --------------------------------------------------------------
    def plan(self, index: int) -> SessionPlan:
        rng = random.Random(f"policygraph-corpus:{self.seed}:session:{index}")
        frag = self.frag
        city = self._pick(rng, self._city_cum, list(self.world.cities))
        year = self._pick(rng, self._year_cum, self._years)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        term_index = 0 if year < 2017 else 1 if year < 2022 else 2
        term_start = (2012, 2017, 2022)[term_index]
        term = chinese_number(city.term_base + term_index)
        sitting = chinese_number(min(99, (year - term_start) * 6 + month // 2 + 1))
        layout = self._pick(rng, self._layout_cum, self._layouts)
        r = rng.random()
        encoding = "gbk" if r < 0.15 else "utf-8-sig" if r < 0.2 else "utf-8"
        plan = SessionPlan(
            index=index, city=city, year=year, month=month, day=day,
            body=f"市{term}届人大常委会第{sitting}次会议", term=term, sitting=sitting,
            kind=rng.choice(frag["kinds"]), topic=rng.choice(frag["topics"]), layout=layout,
            year_in_text=rng.random() < 0.5, city_in_meta=rng.random() < 0.25, encoding=encoding,
            exchanges=[], entities={}, reporters=tuple(rng.sample(frag["reporters"], 3)),
            page=rng.randint(2, 8),
        )
        tools = self._session_tools(rng, city, year)
        n_depts = rng.randint(4, 8)
        depts = rng.sample(city.departments, k=min(n_depts, len(city.departments)))
        seen_full: set[str] = set()
        tool_queue = list(tools)
        city_said = False
        for di, dept in enumerate(depts):
            asker_role, asker = self._asker(rng, city, layout)
            respondent = city.heads[(dept.type, term_index)]
            deputy = layout != "luohe" and rng.random() < 0.4
            title = ("副" + dept.head_title) if deputy else dept.head_title
            questions = 2 if rng.random() < 0.3 else 1
            for qi in range(questions):
                follow_up = qi > 0 and layout == "luohe" and rng.random() < 0.5
                n_tools_here = rng.randint(0, 2) if tool_queue else 0
                here, tool_queue = tool_queue[:n_tools_here], tool_queue[n_tools_here:]
                points = self._points(rng, plan, city, here, seen_full, force_city=(layout == "jieyang" and not city_said))
                city_said = True
                plan.exchanges.append(
                    ExchangePlan(
                        asker=asker,
                        asker_role=asker_role,
                        department=dept,
                        respondent=respondent,
                        title=title,
                        follow_up=follow_up,
                        has_answer=True,
                        headline=rng.choice(frag["headline"]) if layout == "jieyang" else None,
                        background=rng.sample(frag["question_background"], k=rng.randint(1, 2)),
                        goal=rng.choice(frag["question_goal"]),
                        closing=rng.choice(frag["question_closing"]),
                        answer_intro=rng.choice(frag["answer_intro"]),
                        points=points,
                    )
                )
        # Tools not yet placed go into the last answers, so each drawn tool is said.
        for t in tool_queue:
            para = plan.exchanges[-1].points[-1]
            para.sentences.append(self._tool_sentence(rng, plan, t))
        # The 漯河 page ends on a follow-up cut by the page jump: question, no answer.
        if layout == "luohe" and rng.random() < 0.3:
            last = plan.exchanges[-1]
            plan.exchanges.append(
                ExchangePlan(
                    asker=last.asker, asker_role=last.asker_role, department=last.department, respondent=last.respondent,
                    title=last.title, follow_up=True, has_answer=False, headline=None,
                    background=rng.sample(frag["question_background"], k=1), goal=rng.choice(frag["question_goal"]),
                    closing=rng.choice(frag["question_closing"]), answer_intro="", points=[],
                )
            )
        return plan

    def _session_tools(self, rng: random.Random, city: CityWorld, year: int) -> list[int]:
        adopted = [t for t, y in enumerate(city.adoption) if y is not None and y <= year]
        if not adopted:
            return []
        weights = [self.world.tool_weights[t] for t in adopted]
        return _weighted_sample(rng, adopted, weights, rng.randint(2, 5))

    def _asker(self, rng: random.Random, city: CityWorld, layout: str) -> tuple[str, str]:
        if layout == "tiwen":
            r = rng.random()
            if r < 0.25:
                return "市人大常委会副主任", rng.choice(city.vice_chairs)
            if r < 0.4:
                return "市人大代表", rng.choice(city.members)
        return "市人大常委会委员", rng.choice(city.members)

    def _points(self, rng: random.Random, plan: SessionPlan, city: CityWorld, tools: list[int],
                seen_full: set[str], *, force_city: bool) -> list[Paragraph]:
        frag = self.frag
        entity_sentences: list[str] = []
        for project in rng.sample(city.projects, k=min(len(city.projects), rng.randint(1, 2))):
            entity_sentences.append(self._project_sentence(rng, plan, project, seen_full))
        for t in tools:
            entity_sentences.append(self._tool_sentence(rng, plan, t))
        if rng.random() < 0.3:
            entity_sentences.append(self._org_sentence(rng, plan, rng.choice(city.projects), seen_full))
        if city.scheme and rng.random() < 0.2:
            self._add(plan, "IndustryChain", city.scheme, *(city.scheme + s for s in ("产业链", "产业链群", "产业集群")))
            entity_sentences.append(rng.choice(frag["scheme_sentence"]).format(scheme=city.scheme))
        if force_city or rng.random() < 0.2:
            entity_sentences.insert(0, rng.choice(frag["city_sentence"]).format(short=city.city.short))
        n_points = rng.randint(2, 4)
        points = [Paragraph(rng.choice(frag["answer_point"]), []) for _ in range(n_points)]
        for i, s in enumerate(entity_sentences):
            points[i % n_points].sentences.append(s)
        for p in points:
            for filler in rng.sample(frag["filler"], k=rng.randint(1, 2)):
                pos = rng.randint(0, len(p.sentences))
                p.sentences.insert(pos, filler)
                p.cuttable = [i + (1 if i >= pos else 0) for i in p.cuttable] + [pos]
        return points
