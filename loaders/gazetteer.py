"""Domain dictionaries for mention extraction, built from loaders/data on first use.

The knowledge lives as data (policy_tools.tsv, industry_chains.tsv,
organizations.tsv, generic_words.txt, entity_patterns.yaml); this module reads
and checks those files (a bad row raises :class:`DataFileError` naming
``file:line``) and builds from them

* an Aho-Corasick automaton (pyahocorasick) over every name and alias, and
* a jieba user dictionary (jieba's ``word freq tag`` format) loaded into a
  private :class:`jieba.Tokenizer`, so our segmentation never changes the
  global ``jieba.dt`` that other code may use.

Nothing happens at import time. :func:`get_gazetteer` builds once per process
and data-file hash; the user dictionary is written to a cache directory named
by that hash, so a changed data file is picked up without any manual step.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import ahocorasick

from loaders.datafiles import DATA_DIR, DataFileError, Row, read_tsv, read_words, read_yaml, split_list
from loaders.records import POLICY_CATEGORIES
from loaders.segment import lcut_no_hmm, no_word_across

__all__ = [
    "DATA_DIR",
    "DataFileError",
    "DictEntry",
    "Patterns",
    "Gazetteer",
    "get_gazetteer",
    "load_entries",
    "data_hash",
]

log = logging.getLogger(__name__)

_FILES = ("policy_tools.tsv", "industry_chains.tsv", "organizations.tsv", "generic_words.txt", "entity_patterns.yaml")

# jieba tags given to our names: proper-noun tags, so that the pattern code
# treats a known name inside a candidate as name evidence.
_JIEBA_TAG = {"PolicyTool": "nz", "IndustryChain": "nz", "Organization": "nt", "Project": "nz"}
_JIEBA_FREQ = 200_000


@dataclass(frozen=True)
class DictEntry:
    """One known entity: its canonical name and the forms that refer to it."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    quoted_only: tuple[str, ...] = ()  # forms that count only inside “ ”
    category: str | None = None
    scope: str | None = None  # chains: "city" or "global"
    parent: str | None = None
    city: str | None = None
    where: str = field(default="", compare=False)  # file:line of the row


@dataclass(frozen=True)
class Patterns:
    """The checked content of entity_patterns.yaml (see the file for meanings)."""

    project_strong: tuple[str, ...]
    project_weak: tuple[str, ...]
    org_strong: tuple[str, ...]
    org_weak: tuple[str, ...]
    chain_strong: tuple[str, ...]
    chain_weak: tuple[str, ...]
    policy_strong: tuple[str, ...]
    policy_weak: tuple[str, ...]
    policy_cues: tuple[str, ...]
    policy_cue_modifiers: tuple[str, ...]
    policy_gap_heads: tuple[str, ...]
    policy_far_gap_heads: tuple[str, ...]
    policy_named_heads: tuple[str, ...]
    name_joiners: tuple[str, ...]
    document_title_heads: tuple[str, ...]
    document_title_exclude: tuple[str, ...]
    document_issuers: tuple[str, ...]
    document_issue_verbs: tuple[str, ...]
    document_draft_marks: tuple[str, ...]
    way_words: tuple[str, ...]
    programme_draft_verbs: tuple[str, ...]
    unmarked_programme_heads: tuple[str, ...]
    institution_verbs: tuple[str, ...]
    institution_heads: tuple[str, ...]
    institution_not_before: tuple[str, ...]
    phase_heads: tuple[str, ...]
    site_works_words: tuple[str, ...]
    headed_works_words: tuple[str, ...]
    school_kind_words: tuple[str, ...]
    named_site_suffixes: tuple[str, ...]
    built_school_suffixes: tuple[str, ...]
    school_build_leads: tuple[str, ...]
    school_build_states: tuple[str, ...]
    finance_level_leads: tuple[str, ...]
    works_carry_heads: tuple[str, ...]
    works_carry_verbs: tuple[str, ...]
    works_kind_words: tuple[str, ...]
    works_kind_modifiers: tuple[str, ...]
    chain_count_industry_kinds: tuple[str, ...]
    zone_resident_leads: tuple[str, ...]
    broadcaster_endings: tuple[str, ...]
    name_date_units: tuple[str, ...]
    zone_resident_tails: tuple[str, ...]
    school_sentence_states: tuple[str, ...]
    school_sentence_not_suffixes: tuple[str, ...]
    school_building_words: tuple[str, ...]
    school_zone_openers: tuple[str, ...]
    numbered_road_site_suffixes: tuple[str, ...]
    platform_kept_tool_endings: tuple[str, ...]
    office_kept_tool_endings: tuple[str, ...]
    old_town_words: tuple[str, ...]
    stretch_site_suffixes: tuple[str, ...]
    site_sections: tuple[str, ...]
    anonymous_marks: tuple[str, ...]
    institution_org_suffixes: tuple[str, ...]
    issued_cues: tuple[str, ...]
    issuer_words: tuple[str, ...]
    road_code_letters: tuple[str, ...]
    road_code_heads: tuple[str, ...]
    road_name_stop_chars: tuple[str, ...]
    linked_road_heads: tuple[str, ...]
    road_section_ends: tuple[str, ...]  # longest first
    policy_name_endings: tuple[str, ...]
    policy_package_measures: tuple[str, ...]
    campus_heads: tuple[str, ...]
    policy_slogan_chars: frozenset[str]
    slogan_measure_words: frozenset[str]
    slogan_clause_words: frozenset[str]
    numeral_words: tuple[str, ...]
    short_slogan_followers: tuple[str, ...]
    slogan_heads: tuple[str, ...]
    chain_slogan_leads: tuple[str, ...]
    policy_lead_verbs: tuple[str, ...]
    goal_verbs: tuple[str, ...]
    problem_words: tuple[str, ...]
    project_quoted_endings: tuple[str, ...]
    project_quoted_heads: tuple[str, ...]
    project_app_heads: tuple[str, ...]
    app_lead_words: tuple[str, ...]
    app_use_verbs: tuple[str, ...]
    industry_words_after_quote: tuple[str, ...]
    organization_list_heads: tuple[str, ...]
    organization_list_closers: tuple[str, ...]
    project_list_heads: tuple[str, ...]
    policy_category_rules: tuple[tuple[str, tuple[str, ...]], ...]
    generic_modifiers: frozenset[str]
    strip_prefixes: frozenset[str]
    walk_stop_words: frozenset[str]
    name_verbs: frozenset[str]
    place_words: frozenset[str]
    area_words: frozenset[str]
    weak_org_followers: tuple[str, ...]
    policy_group_heads: tuple[str, ...]
    chain_quoted_heads: tuple[str, ...]
    descriptor_heads: tuple[str, ...]
    build_verbs: tuple[str, ...]
    park_endings: tuple[str, ...]
    org_list_exclude_endings: tuple[str, ...]
    place_list_closers: tuple[str, ...]
    office_words_after_tool: tuple[str, ...]
    congress_asking_words: tuple[str, ...]
    zone_opening_suffixes: tuple[str, ...]
    org_not_before: tuple[str, ...]
    port_not_before: tuple[str, ...]
    body_words_after_place: tuple[str, ...]
    kind_firm_suffixes: tuple[str, ...]
    named_zone_suffixes: tuple[str, ...]
    zone_not_names: tuple[str, ...]
    government_endings: tuple[str, ...]
    geo_endings: tuple[str, ...]
    name_trailing_chars: frozenset[str]
    numeral_chars: frozenset[str]
    quantity_chars: frozenset[str]
    length_units: tuple[str, ...]
    capacity_leads: tuple[str, ...]
    capacity_scales: tuple[str, ...]
    capacity_units: tuple[str, ...]
    numeric_extra_chars: frozenset[str]
    single_adverbs: frozenset[str]
    front_position_chars: frozenset[str]
    split_common_words: frozenset[str]
    trade_abbreviations: frozenset[str]
    not_name_endings: tuple[str, ...]
    leader_words: tuple[str, ...]
    firm_name_words: tuple[str, ...]
    leading_action_verbs: frozenset[str]
    clause_words: tuple[str, ...]
    attitude_leads: tuple[str, ...]
    suffix_compounds: tuple[str, ...]
    words_after_names: tuple[str, ...]
    suffix_joined_words: tuple[str, ...]
    river_reaches: tuple[str, ...]
    app_names: frozenset[str]
    app_place_leads: tuple[str, ...]
    workplace_suffixes: tuple[str, ...]
    workplace_staff_words: tuple[str, ...]
    registered_name_suffixes: tuple[str, ...]
    legal_form_suffixes: tuple[str, ...]
    local_office_heads: tuple[str, ...]
    site_owner_endings: tuple[str, ...]
    works_subject_adverbs: tuple[str, ...]
    branch_institute_suffixes: tuple[str, ...]
    national_institute_leads: tuple[str, ...]
    clause_name_openers: frozenset[str]
    speech_marks_in_quote: tuple[str, ...]
    known_tool_heads: tuple[str, ...]
    quote_kind_heads: tuple[str, ...]
    quoted_tool_kinds: tuple[str, ...]
    quoted_tool_kind_modifiers: tuple[str, ...]
    known_tool_kind_tails: frozenset[str]
    brought_into_places: frozenset[str]
    placed_platform_suffixes: tuple[str, ...]
    platform_clause_verbs: tuple[str, ...]
    set_up_facility_suffixes: tuple[str, ...]
    facility_set_up_verbs: frozenset[str]
    facility_fronting_words: frozenset[str]
    facility_link_verbs: frozenset[str]
    route_dashes: tuple[str, ...]
    route_place_endings: tuple[str, ...]
    subsidy_verbs: tuple[str, ...]
    subsidy_heads: tuple[str, ...]
    subsidy_followers: tuple[str, ...]
    subsidy_rule_words: tuple[str, ...]
    subsidy_beneficiaries: tuple[str, ...]
    fund_verbs: tuple[str, ...]
    fund_named_levels: tuple[str, ...]
    placeless_programme_heads: tuple[str, ...]
    fund_heads: tuple[str, ...]
    fund_levels: tuple[str, ...]
    quote_state_leads: tuple[str, ...]
    chain_count_heads: tuple[str, ...]
    chain_count_kinds: tuple[str, ...]
    verb_complements: frozenset[str]
    clause_subject_words: frozenset[str]
    result_complement_chars: frozenset[str]
    place_motion_leads: frozenset[str]
    joined_party_endings: tuple[str, ...]
    quote_clause_leads: tuple[str, ...]
    institution_building_words: tuple[str, ...]
    affiliation_marks: tuple[str, ...]
    piece_zone_suffixes: tuple[str, ...]
    zone_piece_words: tuple[str, ...]
    word_complements: frozenset[str]
    product_heads: tuple[str, ...]
    amount_name_followers: tuple[str, ...]
    line_end_roads: tuple[str, ...]
    site_job_chars: tuple[str, ...]
    page_footer_labels: tuple[str, ...]
    trade_goods_suffixes: frozenset[str]
    part_kinds: tuple[str, ...]
    compass_parts: frozenset[str]
    facility_tiers: tuple[str, ...]
    street_suffixes: tuple[str, ...]
    street_place_words: tuple[str, ...]
    count_measures: tuple[str, ...]
    works_action_verbs: frozenset[str]
    account_owner_endings: tuple[str, ...]
    firm_owner_levels: tuple[str, ...]
    firm_owner_kinds: tuple[str, ...]
    designation_grades: frozenset[str]
    area_scale_words: frozenset[str]
    housing_kind_words: frozenset[str]
    numbered_plant_kinds: tuple[str, ...]
    trade_capital_chars: frozenset[str]
    institute_suffixes: tuple[str, ...]
    institute_head_posts: tuple[str, ...]
    institute_levels: tuple[str, ...]
    trade_town_suffixes: tuple[str, ...]
    proper_word_site_suffixes: frozenset[str]
    name_time_words: frozenset[str]
    sibling_short_suffixes: tuple[str, ...]
    firm_plant_endings: tuple[str, ...]
    max_name_length: int
    min_name_length: int
    list_vouched_max_length: int
    applied_slogan_max_items: int
    applied_slogan_max_item_length: int
    fund_min_purpose: int


#: Windows whose segmentation :meth:`Gazetteer.cut` remembers.
CUT_CACHE = 20_000


@dataclass
class Gazetteer:
    """Everything the extractor needs, built from one version of the data files."""

    digest: str
    entries: tuple[DictEntry, ...]
    generic_words: frozenset[str]
    patterns: Patterns
    automaton: Any  # ahocorasick.Automaton: form -> (form, ((entry index, quoted_only), ...))
    userdict_path: Path
    raw_places: frozenset[str] = frozenset()  # all place names, before the common-word filter
    _tokenizer: Any = field(default=None, repr=False)
    _tags: dict[str, str] | None = field(default=None, repr=False)
    _places: frozenset[str] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _cuts: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _clear: set[tuple[str, int]] = field(default_factory=set, repr=False)  # (window, i) no word spans

    def tokenizer(self) -> Any:
        """A private jieba tokenizer with our user dictionary (built on first call)."""
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    self._build_tokenizer()
        return self._tokenizer

    def cut(self, s: str) -> tuple[str, ...]:
        """The words of ``s`` (our tokenizer, no HMM), remembered for the last
        :data:`CUT_CACHE` windows: the extractors segment short windows around
        candidates, and a report names the same project or department again and
        again, so most windows repeat (jieba's per-call cost dominates them)."""
        words = self._cuts.get(s)
        if words is None:
            words = tuple(lcut_no_hmm(self.tokenizer(), s))
            if len(self._cuts) >= CUT_CACHE:
                self._cuts.clear()  # a bounded cache; dropping all at once keeps it cheap
            self._cuts[s] = words
        return words

    def cuts_at(self, s: str, i: int) -> bool:
        """Whether :meth:`cut` of ``s`` has a word boundary at ``i`` (0 < i < len(s)). A
        window not cut before is first tested for a word across ``i``: with none, the answer
        is yes without segmenting it (most name ends checked in new text)."""
        words = self._cuts.get(s)
        if words is None:
            key = (s, i)
            if key in self._clear:
                return True
            if no_word_across(self.tokenizer(), s, i):
                # (remembered: a report ends the same names before the same words again and
                # again, and the test read a dozen fragments each time; an answer no is cut
                # below, and the cut is remembered)
                if len(self._clear) >= CUT_CACHE:
                    self._clear.clear()  # bounded, as the cuts are
                self._clear.add(key)
                return True
            words = self.cut(s)
        pos = 0
        for w in words:
            pos += len(w)
            if pos >= i:
                return pos == i
        return False

    def tags(self) -> dict[str, str]:
        """jieba's word → part-of-speech table plus our names' tags."""
        tags = self._tags
        if tags is None:
            self.tokenizer()
            tags = self._tags
            assert tags is not None
        return tags

    @property
    def places(self) -> frozenset[str]:
        """Place names that count as name evidence (漯河, 揭阳市, 广东, 荷兰), without
        short forms that are common words (合作 of 合作市, 开发 …)."""
        places = self._places
        if places is None:  # (the walker asks per token: the built set is returned at once)
            self.tokenizer()
            places = self._places
            assert places is not None
        return places

    def _build_tokenizer(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.load_userdict(str(self.userdict_path))
        # POSTokenizer reads jieba's word/tag table; we only use it as a lookup
        # table (full POS tagging costs ~7x plain segmentation).
        pos = jieba.posseg.POSTokenizer(tk)
        tags = dict(pos.word_tag_tab)
        for e in self.entries:
            for form in (e.name, *e.aliases):
                tags[form] = _JIEBA_TAG[e.type]
        for place in _unknown_full_places(self.raw_places, tags, self.patterns):
            tk.add_word(place, _PLACE_FREQ, "ns")
            tags[place] = "ns"
        self._tags = tags
        vouched = _vouched_shorts(tags)
        self._places = frozenset(
            p for p in self.raw_places
            if p not in self.patterns.area_words and (p in self.patterns.place_words or p.endswith(_PLACE_SUFFIXES) or tags.get(p) in (None, "ns")
            or p in vouched)
        )
        self._tokenizer = tk

    def entry_for(self, type_: str, form: str) -> DictEntry | None:
        """The entry of ``type_`` that has ``form`` as name or alias, if any."""
        if form in self.automaton:
            for idx, _quoted in self.automaton.get(form)[1]:
                e = self.entries[idx]
                if e.type == type_:
                    return e
        return None


def _forms(row: Row, aliases: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    plain, quoted = [], []
    for a in split_list(aliases):
        if a.startswith("~"):
            if len(a) < 2:
                raise row.error("empty quoted-only alias")
            quoted.append(a[1:])
        else:
            plain.append(a)
    return tuple(plain), tuple(quoted)


def _read_policy_tools(data_dir: Path) -> list[DictEntry]:
    out = []
    for row in read_tsv("policy_tools.tsv", ("name", "aliases", "category"), data_dir=data_dir):
        name, aliases, category = row.cells
        if category not in POLICY_CATEGORIES:
            raise row.error(f"unknown category {category!r} (one of {', '.join(POLICY_CATEGORIES)})")
        plain, quoted = _forms(row, aliases)
        out.append(DictEntry("PolicyTool", name, plain, quoted, category=category, where=row.where))
    return out


def _read_chains(data_dir: Path) -> list[DictEntry]:
    out = []
    for row in read_tsv("industry_chains.tsv", ("name", "aliases", "scope", "parent", "city"), required=3,
                        data_dir=data_dir):
        name, aliases, scope, parent, city = row.cells
        if scope not in ("city", "global"):
            raise row.error(f"scope must be 'city' or 'global', got {scope!r}")
        if scope == "city" and not city:
            raise row.error("a city-scoped chain needs a city")
        plain, quoted = _forms(row, aliases)
        out.append(DictEntry("IndustryChain", name, plain, quoted, scope=scope, parent=parent or None,
                             city=city or None, where=row.where))
    names = {e.name for e in out}
    for e in out:
        if e.parent and e.parent not in names:
            raise DataFileError(f"{e.where}: chain {e.name!r} names unknown parent {e.parent!r}")
    return out


def _read_orgs(data_dir: Path) -> list[DictEntry]:
    out = []
    for row in read_tsv("organizations.tsv", ("name", "aliases"), required=1, data_dir=data_dir):
        name, aliases = row.cells
        plain, quoted = _forms(row, aliases)
        out.append(DictEntry("Organization", name, plain, quoted, where=row.where))
    return out


def _read_generic(data_dir: Path) -> frozenset[str]:
    return frozenset(r.cells[0] for r in read_words("generic_words.txt", data_dir=data_dir))


_PATTERNS = "entity_patterns.yaml"


def _str_list(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise DataFileError(f"{_PATTERNS}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _pair(data: dict[str, Any], key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise DataFileError(f"{_PATTERNS}: {key!r} must have 'strong' and 'weak' lists")
    return _str_list(value, "strong"), _str_list(value, "weak")


def _read_patterns(data_dir: Path) -> Patterns:
    data = read_yaml(_PATTERNS, data_dir=data_dir)
    ps, pw = _pair(data, "project_suffixes")
    os_, ow = _pair(data, "organization_suffixes")
    cs, cw = _pair(data, "chain_suffixes")
    pls, plw = _pair(data, "policy_suffixes")
    rules = []
    raw_rules = data.get("policy_category_rules")
    if not isinstance(raw_rules, list):
        raise DataFileError(f"{_PATTERNS}: 'policy_category_rules' must be a list")
    for rule in raw_rules:
        if (not isinstance(rule, list) or len(rule) != 2 or rule[0] not in POLICY_CATEGORIES
                or not isinstance(rule[1], list)):
            raise DataFileError(f"{_PATTERNS}: bad policy_category_rules entry {rule!r}")
        rules.append((rule[0], tuple(rule[1])))
    ints = {}
    for key in ("max_name_length", "min_name_length", "list_vouched_max_length", "applied_slogan_max_items",
                "applied_slogan_max_item_length", "fund_min_purpose"):
        if not isinstance(data.get(key), int) or data[key] < 1:
            raise DataFileError(f"{_PATTERNS}: {key!r} must be a positive integer")
        ints[key] = data[key]
    lists = {f.name: _str_list(data, f.name) for f in fields(Patterns) if f.type == "tuple[str, ...]"
             and f.name not in _PAIR_FIELDS}
    sets = {f.name: frozenset(_str_list(data, f.name)) for f in fields(Patterns) if f.type == "frozenset[str]"}
    lists["road_section_ends"] = tuple(sorted(lists["road_section_ends"], key=len, reverse=True))
    lists["institution_building_words"] = tuple(sorted(lists["institution_building_words"], key=len, reverse=True))
    return Patterns(
        project_strong=ps, project_weak=pw, org_strong=os_, org_weak=ow, chain_strong=cs, chain_weak=cw,
        policy_strong=pls, policy_weak=plw,
        policy_category_rules=tuple(rules), **lists, **sets, **ints,
    )


_PAIR_FIELDS = frozenset({"project_strong", "project_weak", "org_strong", "org_weak", "chain_strong", "chain_weak",
                          "policy_strong", "policy_weak"})


def data_hash(data_dir: Path = DATA_DIR) -> str:
    """sha256 over the data files this module reads (names and contents)."""
    h = hashlib.sha256()
    for name in _FILES:
        h.update(name.encode())
        h.update((data_dir / name).read_bytes())
    return h.hexdigest()


def load_entries(data_dir: Path = DATA_DIR) -> tuple[tuple[DictEntry, ...], frozenset[str], Patterns]:
    """Read and check every data file; raises :class:`DataFileError` on a bad row."""
    entries = _read_policy_tools(data_dir) + _read_chains(data_dir) + _read_orgs(data_dir)
    patterns = _read_patterns(data_dir)
    # the provinces' government service apps are projects by their names alone, quoted or not
    # (接入渝快办, 在浙里办上公示: entity_patterns.yaml app_names; session 21); a two-character one
    # only quoted (京通 opens 京通快速路)
    entries += [DictEntry("Project", name, quoted_only=(name,) if len(name) <= 2 else (),
                          where=f"{_PATTERNS}: app_names") for name in patterns.app_names]
    # one form, one entity: a form under two entries of a type is a data error
    owner: dict[tuple[str, str], DictEntry] = {}
    for e in entries:
        for form in dict.fromkeys((e.name, *e.aliases, *e.quoted_only)):
            other = owner.setdefault((e.type, form), e)
            if other is not e:
                raise DataFileError(f"{e.where}: {form!r} is already {e.type} {other.name!r} ({other.where})")
    generic = _read_generic(data_dir)
    for e in entries:
        if e.name in generic:
            raise DataFileError(f"{e.where}: {e.name!r} is listed in generic_words.txt")
    return tuple(entries), generic, patterns


_FULL_WIDTH_BRACKETS = str.maketrans({"(": "（", ")": "）"})


def _build_automaton(entries: tuple[DictEntry, ...]) -> Any:
    forms: dict[str, list[tuple[int, bool]]] = {}
    for idx, e in enumerate(entries):
        # "~X" makes X quoted-only even when X is the entry's own name (两新, 两重).
        for form in (e.name, *e.aliases):
            if form not in e.quoted_only:
                forms.setdefault(form, []).append((idx, False))
        for form in e.quoted_only:
            forms.setdefault(form, []).append((idx, True))
    for form in [f for f in forms if "(" in f or ")" in f]:
        # 首台(套): the data write an aside in half-width brackets, reports mostly in full-width ones
        forms.setdefault(form.translate(_FULL_WIDTH_BRACKETS), forms[form])
    auto = ahocorasick.Automaton()
    for form, targets in forms.items():
        auto.add_word(form, (form, tuple(targets)))
    auto.make_automaton()
    return auto


def _cache_dir() -> Path:
    base = os.environ.get("POLICYGRAPH_CACHE") or os.path.join(tempfile.gettempdir(), "policygraph-cache")
    return Path(base)


def _write_userdict(entries: tuple[DictEntry, ...], digest: str) -> Path:
    lines = []
    for e in entries:
        for form in dict.fromkeys((e.name, *e.aliases)):
            if " " in form:  # jieba's user-dict format cannot hold spaces
                continue
            lines.append(f"{form} {_JIEBA_FREQ} {_JIEBA_TAG[e.type]}")
    # (named by its own lines too: entries the code makes from the data, the apps of app_names, change
    # with the code, and a file another checkout wrote for the same data must not be read for them)
    lines_hash = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]
    directory = _cache_dir() / f"gazetteer-{digest[:16]}-{lines_hash}"
    path = directory / "userdict.txt"
    if path.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    # Write-then-rename so a parallel worker never reads half a file.
    tmp = directory / f"userdict.{os.getpid()}.tmp"
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


_PLACE_SUFFIXES = ("省", "市", "县", "区", "州", "盟", "旗")
#: jieba's frequency of a full place name it did not know: enough to keep 麦积区 whole against
#: 麦/积/区, not to win against two common words (东方/市场, 南湖/区域)
_PLACE_FREQ = 1000


def _unknown_full_places(raw_places: frozenset[str], tags: dict[str, str], patterns: "Patterns") -> list[str]:
    """Full names of counties and districts jieba does not know (麦积区, 昆都仑区 …), which it cuts
    into characters (麦/积/区) so that no walk sees the place. Left out: a name whose short form
    is a common word of two characters (合作市, 平安区, 资源县: 合作/市场 …) or a word the walker
    drops before names (新建区: 新建/区级)."""
    p = patterns
    drop = {*p.generic_modifiers, *p.strip_prefixes, *p.leading_action_verbs, *p.works_action_verbs}
    out = []
    for place in sorted(raw_places):
        if len(place) < 3 or not place.endswith(_PLACE_SUFFIXES) or place in tags:
            continue
        short = place[:-1]
        if short in drop or (len(short) == 2 and tags.get(short) not in (None, "ns", "nr", "nrt", "nrfg", "j")):
            continue
        out.append(place)
    return out


def _vouched_shorts(tags: dict[str, str]) -> frozenset[str]:
    """Short place names that count whatever jieba tags them: a prefecture's (jieba calls
    合肥 n, 大连 d, 玉溪 nr, 遵义 v) unless places_common_words.txt lists it as a common
    word, and a county's of three or more characters that jieba takes for a person's name
    (沙坪坝, 张家港, 呼图壁). A two-character county name (惠民, 博爱) may be a common word."""
    from loaders.places import places

    common = {r.cells[0] for r in read_words("places_common_words.txt")}
    out = set()
    for p in places():
        if len(p.short) < 2 or p.short in common:
            continue
        if p.level != "county" or (len(p.short) >= 3 and tags.get(p.short) in ("nr", "nrt", "nrfg")):
            out.add(p.short)
    return frozenset(out)


def _place_names(patterns: Patterns) -> frozenset[str]:
    """City, county and province names (full and short) plus the pattern file's place words."""
    from loaders.places import places, province_short  # loaders-core's city/county table

    names = set(patterns.place_words)
    for p in places():
        names.add(p.name)
        if p.short and len(p.short) >= 2:
            names.add(p.short)
        names.add(p.province)
        names.add(province_short(p.province))  # 广西 of 广西壮族自治区 (place_words.tsv's suffixes)
    return frozenset(names)


_CACHE: dict[str, Gazetteer] = {}
_CACHE_LOCK = threading.Lock()


_DIGESTS: dict[tuple, str] = {}


_FILE_PATHS: dict[str, tuple[str, ...]] = {}


def _stamp(data_dir: Path) -> tuple:
    """Size and modification time of each data file: an edit changes it, and reading it
    costs a few stat calls where hashing the files cost a millisecond on every document
    (os.stat on path strings made once: building Path objects cost ten times the stats)."""
    key = str(data_dir)
    paths = _FILE_PATHS.get(key)
    if paths is None:
        paths = _FILE_PATHS[key] = tuple(os.path.join(key, name) for name in _FILES)
    return key, tuple((name, st.st_size, st.st_mtime_ns)
                      for name, path in zip(_FILES, paths) for st in [os.stat(path)])


def get_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """The gazetteer for the current data files (built on first use, cached by hash)."""
    stamp = _stamp(data_dir)
    digest = _DIGESTS.get(stamp)
    if digest is None:
        digest = _DIGESTS[stamp] = data_hash(data_dir)
    gz = _CACHE.get(digest)
    if gz is not None:
        return gz
    with _CACHE_LOCK:
        gz = _CACHE.get(digest)
        if gz is None:
            entries, generic, patterns = load_entries(data_dir)
            gz = Gazetteer(
                digest=digest,
                entries=entries,
                generic_words=generic,
                patterns=patterns,
                automaton=_build_automaton(entries),
                userdict_path=_write_userdict(entries, digest),
                raw_places=_place_names(patterns),
            )
            log.info("gazetteer built: %d entries, data hash %s", len(entries), digest[:12])
            _CACHE[digest] = gz
    return gz
