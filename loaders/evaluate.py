"""Score extraction against hand-written gold annotations (tests/gold/*.gold.json).

Gold format (see tests/gold/README.md)::

    {"source": "samples/x.txt",
     "session": {"city", "province", "body", "sitting", "date"},
     "exchanges": [{"seq", "title", "follow_up", "has_answer",
                    "asker": {"name", "role"},
                    "respondent": {"name", "title", "department_type", "department"}}],
     "entities": {"Project": ["name", ["canonical", "alternative", ...]], ...}}

Exchanges are aligned one to one, keeping their order, with the extracted
exchanges that share their asker, respondent or department type (the alignment
that agrees most); aligned pairs give exchange precision (aligned / extracted)
and recall (aligned / gold), and the share of aligned exchanges whose department
type is right. Each gold exchange is then compared with its aligned extracted one
on five fields: asker name, respondent name, department type, follow-up, answer
present; a gold exchange aligned with none is missing (all five fields wrong). Entities are compared per
type over document-level name sets: a predicted name is correct when it equals
any name of a gold entry (list form), each gold entry counts once however many
predicted names hit it, and a predicted name that hits no entry is a false
positive; a predicted entity is also right when a form the text writes it in (the
mention's text without quotes and 《》) is a gold name. Entity names are compared in simplified script and with full-/half-width
forms folded on both sides (“一网通办,一窗受理” is “一网通办，一窗受理”); the
reported misses and false positives keep their spelling. Precision/recall/F1 are micro-averaged over files.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from loaders.bodies import body_place, is_sitting
from loaders.places import lookup_place, place_words, provinces
from loaders.records import ENTITY_TYPES, DocumentRecord, Session
from loaders.script import to_simplified

__all__ = [
    "GoldError",
    "Gold",
    "EXCHANGE_FIELDS",
    "TypeScore",
    "FileScore",
    "EvalReport",
    "read_gold",
    "align_exchanges",
    "score_record",
    "evaluate",
]

log = logging.getLogger(__name__)

EXCHANGE_FIELDS = ("asker", "respondent", "department_type", "follow_up", "has_answer")


class GoldError(ValueError):
    """A gold file is missing, not JSON, or not in the gold format (one-line message)."""


@dataclass(frozen=True)
class Gold:
    path: Path
    source: Path
    session: Mapping[str, Any]
    exchanges: tuple[Mapping[str, Any], ...]
    entities: Mapping[str, tuple[tuple[str, ...], ...]]


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "TypeScore") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.false_positives += other.false_positives
        self.misses += other.misses


@dataclass
class FileScore:
    gold: str
    source: str
    exchanges_gold: int
    exchanges_found: int
    exchange_fields: dict[str, tuple[int, int]]  # field -> (right, total)
    exchange_errors: list[str]
    session_errors: list[str]
    types: dict[str, TypeScore]
    error: str | None = None
    exchanges_aligned: int = 0
    dept_right: int = 0  # aligned exchanges whose department type is right
    dept_total: int = 0  # aligned exchanges whose gold names a department type

    @property
    def exchanges_right(self) -> int:
        """Exchanges with every scored field right."""
        # An error is keyed by the gold exchange's position; the one about extra
        # extracted exchanges is keyed one past the last and names no gold exchange.
        wrong = {int(k) for k in (e.split(":", 1)[0] for e in self.exchange_errors) if k.isdigit()}
        return self.exchanges_gold - len(wrong & set(range(1, self.exchanges_gold + 1)))


@dataclass
class EvalReport:
    files: list[FileScore]

    def totals(self) -> dict[str, TypeScore]:
        out = {t: TypeScore() for t in ENTITY_TYPES}
        for f in self.files:
            for t, s in f.types.items():
                out[t].add(s)
        return out

    def exchange_totals(self) -> dict[str, tuple[int, int]]:
        out = {k: (0, 0) for k in EXCHANGE_FIELDS}
        for f in self.files:
            for k, (r, n) in f.exchange_fields.items():
                out[k] = (out[k][0] + r, out[k][1] + n)
        return out

    def exchange_alignment(self) -> dict[str, float | int]:
        """Exchange precision/recall over all files, and department types right among aligned ones."""
        gold = sum(f.exchanges_gold for f in self.files)
        found = sum(f.exchanges_found for f in self.files)
        aligned = sum(f.exchanges_aligned for f in self.files)
        dr, dt = sum(f.dept_right for f in self.files), sum(f.dept_total for f in self.files)
        return {"gold": gold, "found": found, "aligned": aligned,
                "precision": round(aligned / found, 4) if found else 1.0,
                "recall": round(aligned / gold, 4) if gold else 1.0,
                "department_type_right": dr, "department_type_total": dt,
                "department_type_share": round(dr / dt, 4) if dt else 1.0}

    def to_dict(self) -> dict[str, Any]:
        def ts(s: TypeScore) -> dict[str, Any]:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "false_positives": s.false_positives, "misses": s.misses}

        return {
            "files": [
                {"gold": f.gold, "source": f.source, "error": f.error,
                 "exchanges": {"gold": f.exchanges_gold, "found": f.exchanges_found, "all_right": f.exchanges_right,
                               "aligned": f.exchanges_aligned, "department_type_right": f.dept_right,
                               "department_type_total": f.dept_total,
                               "fields": {k: {"right": r, "total": n} for k, (r, n) in f.exchange_fields.items()},
                               "errors": f.exchange_errors},
                 "session_errors": f.session_errors,
                 "entities": {t: ts(s) for t, s in f.types.items()}}
                for f in self.files
            ],
            "total": {"entities": {t: ts(s) for t, s in self.totals().items()},
                      "exchanges": {k: {"right": r, "total": n} for k, (r, n) in self.exchange_totals().items()},
                      "alignment": self.exchange_alignment()},
        }


def _fold(name: Any) -> Any:
    # Canonical names are simplified (a 趙永利 in one report is the 赵永利 of another),
    # so a gold file written in a report's own traditional script is compared in simplified.
    return to_simplified(name) if isinstance(name, str) else name


#: curly quotes are not width variants, but a gold typed on an ASCII keyboard writes "…"
_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _name_key(name: str) -> str:
    """What two entity names must share to be the same name: simplified script, and
    NFKC so that full-width punctuation and ASCII (，＂Ａ１) equal their half-width forms."""
    return unicodedata.normalize("NFKC", to_simplified(name)).translate(_QUOTE_FOLD)


def _fold_exchange(g: dict[str, Any]) -> dict[str, Any]:
    out = dict(g)
    for side in ("asker", "respondent"):
        if isinstance(g.get(side), dict):
            out[side] = {k: _fold(v) if k == "name" else v for k, v in g[side].items()}
    return out


def _entries(path: Path, typ: str, raw: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        raise GoldError(f"{path}: entities.{typ} must be a list")
    out = []
    for item in raw:
        names = (item,) if isinstance(item, str) else tuple(item) if isinstance(item, list) else ()
        if not names or not all(isinstance(n, str) and n for n in names):
            raise GoldError(f"{path}: entities.{typ}: bad entry {item!r} (a name or a list of names)")
        out.append(tuple(dict.fromkeys((*names, *map(_fold, names)))))
    return tuple(out)


def read_gold(path: str | Path) -> Gold:
    """Read and check one gold file; the source is resolved against the repository
    root (the nearest parent holding pyproject.toml) or the gold file's folder."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{p}: no such gold file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{p}: not a readable JSON file ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise GoldError(f"{p}: gold needs a 'source' path")
    exchanges = data.get("exchanges", [])
    if not isinstance(exchanges, list) or not all(isinstance(e, dict) for e in exchanges):
        raise GoldError(f"{p}: 'exchanges' must be a list of objects")
    raw_entities = data.get("entities", {})
    if not isinstance(raw_entities, dict) or set(raw_entities) - set(ENTITY_TYPES):
        raise GoldError(f"{p}: 'entities' keys must be among {', '.join(ENTITY_TYPES)}")
    entities = {t: _entries(p, t, raw_entities.get(t, [])) for t in ENTITY_TYPES}
    session = {k: _fold(v) for k, v in (data.get("session") or {}).items()}
    return Gold(p, _find_source(p, data["source"]), session, tuple(map(_fold_exchange, exchanges)), entities)


def _find_source(gold_path: Path, source: str) -> Path:
    src = Path(source)
    if src.is_absolute():
        return src
    here = gold_path.resolve().parent
    candidates = [here / src]
    for parent in (here, *here.parents):
        if (parent / "pyproject.toml").is_file():
            candidates.insert(0, parent / src)
            break
    candidates.append(Path.cwd() / src)
    for c in candidates:
        if c.is_file():
            return c
    return candidates[0]


#: marks around a name as a report writes it (“四好”公路, 《条例》); 〈〉 inside a title stay
_WRITTEN_MARKS = str.maketrans("", "", "“”‘’\"'「」『』《》 \u3000\t\n")


def _score_entities(gold: Sequence[tuple[str, ...]],
                    predicted: Iterable[str] | Mapping[str, Iterable[str]]) -> TypeScore:
    """``predicted``: canonical names, or canonical name → the forms the text writes it in.

    A predicted entity is right when its canonical name or one of its written forms is a
    name of a gold entry: golds name a tool as the report writes it (就业优先政策), the
    extractor by its canonical name (就业优先战略); both are the same entity."""
    forms = predicted if isinstance(predicted, Mapping) else {n: () for n in predicted}
    s = TypeScore()
    hit = set()
    # a gold typed with the report's marks (《…条例》, “…”) names the title without them too
    keys = [{_name_key(m) for n in names for m in (n, n.translate(_WRITTEN_MARKS))} for names in gold]
    for name in sorted(forms):
        names = {_name_key(name)} | {_name_key(g) for f in forms[name] for g in (f, f.translate(_WRITTEN_MARKS))}
        idx = [i for i, k in enumerate(keys) if names & k]
        if not idx:
            s.fp += 1
            s.false_positives.append(name)
        else:
            hit.update(idx)
    s.tp = len(hit)
    s.fn = len(gold) - len(hit)
    s.misses = [gold[i][0] for i in range(len(gold)) if i not in hit]
    return s


def _agreement(g: Mapping[str, Any], e) -> int:
    ga, gr = g.get("asker") or {}, g.get("respondent") or {}
    resp = e.respondent
    names = {r.name for r in e.respondents if r.name}
    types = {r.department_type for r in e.respondents if r.department_type}
    if not (ga.get("name") or gr.get("name") or gr.get("department_type")):
        # "有委员问：…？有关负责人答：…": a gold exchange naming nobody and no office has nothing
        # to agree on; it pairs by its place with an extracted exchange that names nobody either
        # (the alignment keeps the order, so only one between its aligned neighbours can take it)
        return int(not e.asker.name and not names)
    return (bool(ga.get("name")) and ga.get("name") == e.asker.name) + \
        (bool(gr.get("name")) and gr.get("name") in names) + \
        (bool(gr.get("department_type")) and resp is not None and gr.get("department_type") in types)


def align_exchanges(gold: Sequence[Mapping[str, Any]], got: Sequence) -> list[tuple[int, int]]:
    """Order-keeping one-to-one pairs (gold index, extracted index) that agree on something,
    chosen to agree most (a small dynamic programme, like a sequence alignment)."""
    n, m = len(gold), len(got)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            a = _agreement(gold[i], got[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1], (a + 10 + best[i + 1][j + 1]) if a else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        a = _agreement(gold[i], got[j])
        if a and best[i][j] == a + 10 + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def score_record(gold: Gold, record: DocumentRecord) -> FileScore:
    """Compare one extracted record with its gold annotation."""
    fields = {k: [0, 0] for k in EXCHANGE_FIELDS}
    errors = []
    got = list(record.exchanges)
    by_id = {e.id: e for e in got}
    # Fields are compared along the alignment, not by position: one missed or extra
    # exchange early in a report would otherwise count every later one as wrong.
    aligned = align_exchanges(gold.exchanges, got)
    aligned_to = dict(aligned)
    for i, g in enumerate(gold.exchanges):
        seq = g.get("seq", i + 1)
        e = got[aligned_to[i]] if i in aligned_to else None
        resp = e.respondent if e is not None else None
        ga, gr = g.get("asker") or {}, g.get("respondent") or {}
        pairs = {
            "asker": (ga.get("name"), e.asker.name if e else None),
            "respondent": (gr.get("name"), resp.name if resp else None),
            "department_type": (gr.get("department_type"), resp.department_type if resp else None),
            "follow_up": (bool(g.get("follow_up")), bool(e and e.follow_up_of and e.follow_up_of in by_id)),
            "has_answer": (bool(g.get("has_answer", True)), bool(e and e.answer)),
        }
        for k, (want, have) in pairs.items():
            fields[k][1] += 1
            if e is not None and want == have:
                fields[k][0] += 1
            else:
                errors.append(f"{seq}: {k} expected {want!r}, got {have!r}" if e is not None
                              else f"{seq}: {k} expected {want!r}, exchange missing")
    if len(got) > len(aligned):
        errors.append(f"{len(gold.exchanges) + 1}: {len(got) - len(aligned)} extra exchange(s) extracted")
    session_errors = []
    for k in ("city", "province", "body", "sitting", "date"):
        # A county's sitting: the gold may name the county (福安市) or its prefecture (宁德市).
        if k == "city" and gold.session.get(k) and gold.session[k] == record.session.county:
            continue
        if k == "body" and k in gold.session and _same_body(gold.session[k], record.session):
            continue
        if k in gold.session and gold.session[k] != getattr(record.session, k, None):
            session_errors.append(f"{k} expected {gold.session[k]!r}, got {getattr(record.session, k, None)!r}")
    predicted: dict[str, dict[str, set[str]]] = {t: {} for t in ENTITY_TYPES}
    for m in [m for ex in record.exchanges for m in ex.mentions] + list(record.mentions):
        predicted[m.type].setdefault(m.name, set()).add(m.text)
    for ent in record.entities:
        predicted[ent.type].setdefault(ent.name, set())
    types = {t: _score_entities(gold.entities[t], predicted[t]) for t in ENTITY_TYPES}
    dept_total = dept_right = 0
    for i, j in aligned:
        want = (gold.exchanges[i].get("respondent") or {}).get("department_type")
        if want:
            dept_total += 1
            r = got[j].respondent
            dept_right += r is not None and r.department_type == want
    return FileScore(str(gold.path), str(gold.source), len(gold.exchanges), len(got),
                     {k: (r, n) for k, (r, n) in fields.items()}, errors, session_errors, types,
                     exchanges_aligned=len(aligned), dept_right=dept_right, dept_total=dept_total)


def _same_body(want: str | None, session: Session) -> bool:
    """A gold ``body`` names the extracted standing body, also with or without the places it lies
    in (嘉兴市南湖区人大常委会 is 南湖区人大常委会 of 嘉兴市; 某县某镇人大主席团 is 某镇人大主席团); a gold
    body that is a sitting (…第N次会议, the convention before session 26) is the extracted ``sitting``."""
    if want is None or session.body is None:
        return want == session.body
    if is_sitting(want):
        return want == session.sitting
    want, have = _short_organ(want), _short_organ(session.body)
    return want == have or _within_places(want, have) or _within_places(have, want)


def _short_organ(body: str) -> str:
    """The organ by its short name (人民代表大会主席团 is 人大主席团, 人民代表大会常务委员会 人大常委会)."""
    return body.replace("人民代表大会主席团", "人大主席团").replace("人民代表大会常务委员会", "人大常委会")


def _within_places(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` after the names of the places it lies in (a province, city or county);
    ``shorter`` names its own place (南湖区, 某镇: no bare level word such as 县)."""
    own = body_place(shorter)
    if len(longer) <= len(shorter) or not longer.endswith(shorter) or not own or len(own) < 2 \
            or own in place_words()["jurisdiction_level"]:
        return False
    prefix = longer[: len(longer) - len(shorter)]
    while prefix:
        cut = next((i for i in range(len(prefix), 1, -1)
                    if lookup_place(prefix[:i]) is not None or provinces().get(prefix[:i]) == prefix[:i]), None)
        if cut is None:
            return False
        prefix = prefix[cut:]
    return True


def evaluate(gold_paths: Sequence[str | Path],
             load: Callable[[Path], DocumentRecord] | None = None,
             progress: Callable[[FileScore], None] | None = None) -> EvalReport:
    """Load each gold file's source with ``load`` (default :func:`loaders.load_path`) and score it;
    ``progress`` is called with each file's score as it is done.

    A gold file that cannot be read, or a source the loader rejects, is reported in
    ``FileScore.error`` (a source's gold items then count as misses, so a broken
    file never looks like a good one); the other files are still scored.
    """
    if load is None:
        from loaders import load_path as load
    files = []
    for gp in gold_paths:
        try:
            gold = read_gold(gp)
        except GoldError as exc:
            # Reported in FileScore.error (the CLI prints it once); a warning here
            # was a second line for the same problem.
            log.info("%s", exc)
            files.append(FileScore(str(gp), "", 0, 0, {k: (0, 0) for k in EXCHANGE_FIELDS}, [], [],
                                   {t: TypeScore() for t in ENTITY_TYPES}, error=str(exc)))
            if progress is not None:
                progress(files[-1])
            continue
        try:
            record = load(gold.source)
        except Exception as exc:  # the loader's one-line InputError, or a bug: report, go on
            from loaders.errors import InputError

            first = str(exc).splitlines()[0] if str(exc) else ""
            msg = first if isinstance(exc, InputError) else f"{gold.source}: {type(exc).__name__}: {first}"
            log.info("%s: %s", gold.source, msg)
            types = {t: TypeScore(fn=len(gold.entities[t]), misses=[n[0] for n in gold.entities[t]])
                     for t in ENTITY_TYPES}
            fields = {k: (0, len(gold.exchanges)) for k in EXCHANGE_FIELDS}
            files.append(FileScore(str(gold.path), str(gold.source), len(gold.exchanges), 0, fields,
                                   [f"{i + 1}: exchange missing" for i in range(len(gold.exchanges))], [], types,
                                   error=msg))
            if progress is not None:
                progress(files[-1])
            continue
        files.append(score_record(gold, record))
        if progress is not None:
            progress(files[-1])
    return EvalReport(files)
