"""The README's shell examples run as written; its schema table matches graph/schema.py.

Every ```bash / ```sh block of README.md is run, in README order, in one
scratch folder that sees the repository's `samples/`, `tests/` and `.venv/`
(outputs such as `./policygraph-data` land in the scratch folder, never in
the checkout). `policygraph` is the one of this environment; `--store neo4j`
reaches the Neo4j test server through NEO4J_URI / NEO4J_USER /
NEO4J_PASSWORD, as the README says it does, and the example addresses
`bolt://localhost:7687` / `bolt://host:7687` are replaced by the test server's.

A block may be marked by an HTML comment on the line before its fence:
- `<!-- docs-test: skip REASON -->`: not run (it serves until Ctrl+C, needs
  Docker, takes hours …); the reason is required.
- `<!-- docs-test: errors -->`: examples of error messages. A command may
  fail, but then it prints an `error: ` line and no traceback.
Every other command must exit 0.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
#: What the examples read from the checkout (linked into the scratch folder).
INPUTS = ("samples", "tests", ".venv")
COMMAND_TIMEOUT = 600
#: The Neo4j addresses the examples write; the test server stands in for them.
EXAMPLE_NEO4J = ("bolt://localhost:7687", "bolt://host:7687")

_FENCE = re.compile(r"^```(\w*)\s*$")
_MARK = re.compile(r"^<!--\s*docs-test:\s*(skip|errors)\b\s*(.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    line: int  # 1-based line of the opening fence
    lang: str
    mark: str  # "" (run, must succeed), "skip" or "errors"
    reason: str
    body: str

    def commands(self) -> list[str]:
        """One entry per command line (backslash continuations joined, blank lines dropped)."""
        out: list[str] = []
        pending = ""
        for raw in self.body.splitlines():
            if raw.rstrip().endswith("\\"):
                pending += raw.rstrip()[:-1] + " "
                continue
            cmd = (pending + raw).strip()
            pending = ""
            if cmd and not cmd.startswith("#"):
                out.append(cmd)
        return out


def readme_blocks(text: str) -> list[Block]:
    """Every fenced block of ``text`` with the docs-test mark of the line before it."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start = i
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        prev = lines[start - 1].strip() if start > 0 else ""
        mark = _MARK.match(prev)
        blocks.append(Block(line=start + 1, lang=m.group(1), mark=mark.group(1) if mark else "",
                            reason=mark.group(2) if mark else "", body="\n".join(lines[start + 1:j])))
        i = j + 1
    return blocks


def shell_blocks() -> list[Block]:
    return [b for b in readme_blocks(README.read_text(encoding="utf-8")) if b.lang in ("bash", "sh")]


def _scratch(tmp: Path) -> Path:
    work = tmp / "readme"
    work.mkdir()
    for name in INPUTS:
        if (ROOT / name).exists():
            (work / name).symlink_to(ROOT / name)
    return work


def _env(neo4j_server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "POLICYGRAPH_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(NEO4J_URI=neo4j_server.uri, NEO4J_USER=neo4j_server.user,
               NEO4J_PASSWORD=neo4j_server.password, NEO4J_DATABASE=neo4j_server.database)
    env["COLUMNS"] = "160"  # tables as a terminal of usual width shows them
    return env


def _tail(text: str, n: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-n:])


# --- fast checks (no server) -------------------------------------------------


def test_every_skipped_block_says_why() -> None:
    blocks = shell_blocks()
    assert sum(1 for b in blocks if b.mark != "skip") >= 8, "the README should have runnable examples"
    for b in blocks:
        if b.mark == "skip":
            assert len(b.reason) >= 10, f"README.md:{b.line}: a skipped block needs its reason"


def test_block_parser_reads_marks_and_continuations() -> None:
    text = ("x\n<!-- docs-test: skip needs Docker here -->\n```bash\ndocker compose up \\\n  -d\n```\n"
            "```sh\n# a comment\npolicygraph stats\n\n```\n```python\nprint(1)\n```\n")
    blocks = readme_blocks(text)
    assert [(b.line, b.lang, b.mark, b.reason) for b in blocks] == [
        (3, "bash", "skip", "needs Docker here"), (7, "sh", "", ""), (12, "python", "", "")]
    assert blocks[0].commands() == ["docker compose up    -d"]
    assert blocks[1].commands() == ["policygraph stats"]


def test_schema_table_lists_every_label_and_relationship() -> None:
    from graph.schema import ENTITY_LABELS, NODES, RELS

    text = README.read_text(encoding="utf-8")
    section = text[text.index("<!-- section:graph -->"):text.index("<!-- /section:graph -->")]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    for node in NODES:
        assert re.search(rf"\b{node.label}\b", table), f"README schema table lacks the label {node.label}"
    rows = table.splitlines()
    for rel in RELS:
        for src, dst in rel.pairs:
            # MENTIONS points at any entity label; the table writes that `(entity)`.
            ends = (f"->({dst})", "->(entity)") if dst in ENTITY_LABELS else (f"->({dst})",)
            assert any(f"({src})-[:{rel.type}" in row and any(e in row for e in ends) for row in rows), \
                f"README schema table lacks ({src})-[:{rel.type}]->({dst})"


def _return_items(cypher: str) -> list[str]:
    """The comma-separated items of every RETURN clause (commas inside brackets kept)."""
    items: list[str] = []
    for m in re.finditer(r"\bRETURN\s+(.*?)(?=\s+(?:ORDER|LIMIT|SKIP|UNION)\b|$)", cypher, re.S | re.I):
        depth, cur = 0, ""
        for ch in m.group(1):
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            if ch == "," and depth == 0:
                items.append(cur.strip())
                cur = ""
            else:
                cur += ch
        items.append(cur.strip())
    return items


def test_readme_cypher_examples_alias_their_columns() -> None:
    """The README tells readers to alias every returned expression; its examples do."""
    text = README.read_text(encoding="utf-8")
    queries = [b.body for b in readme_blocks(text) if b.lang == "cypher"]
    queries += re.findall(r'policygraph cypher "([^"]+)"', text)
    assert queries
    for q in queries:
        for item in _return_items(q):
            bare_variable = re.fullmatch(r"\w+", item)
            assert bare_variable or re.search(r"\sAS\s+\w+$", item, re.I), f"unaliased column {item!r} in {q!r}"


def test_docs_point_only_inside_the_repository() -> None:
    for doc in (README, ROOT / "tests" / "gold" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        for outside in ("/tmp/pg", "/work/", "TEAM.md"):
            assert outside not in text, f"{doc.relative_to(ROOT)} points outside the repository: {outside}"


# --- the examples themselves ---------------------------------------------------


@pytest.mark.slow
def test_readme_shell_examples_run(tmp_path: Path, neo4j_server, neo4j_store) -> None:
    work = _scratch(tmp_path)
    env = _env(neo4j_server)
    ran = 0
    times: list[tuple[float, str]] = []
    for block in shell_blocks():
        if block.mark == "skip":
            continue
        for cmd in block.commands():
            for address in EXAMPLE_NEO4J:
                cmd = cmd.replace(address, neo4j_server.uri)
            start = time.monotonic()
            r = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, capture_output=True, text=True,
                               timeout=COMMAND_TIMEOUT, stdin=subprocess.DEVNULL)
            times.append((time.monotonic() - start, cmd))
            where = f"README.md:{block.line}: `{cmd}`"
            assert "Traceback" not in r.stderr, f"{where} printed a traceback:\n{_tail(r.stderr)}"
            if block.mark == "errors":
                if r.returncode != 0:
                    assert re.search(r"^error: ", r.stderr, re.M), f"{where} failed without an error line:\n{_tail(r.stderr)}"
            else:
                assert r.returncode == 0, f"{where} exited {r.returncode}:\n{_tail(r.stderr)}\n{_tail(r.stdout)}"
            ran += 1
    assert ran >= 30, ran
    # Where the time goes (shown with -s): the examples cost the suite minutes.
    for seconds, cmd in sorted(times, reverse=True)[:5]:
        print(f"{seconds:6.1f} s  {cmd}")
