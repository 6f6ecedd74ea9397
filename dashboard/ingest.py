"""Ingest uploaded files (no streamlit): save, extract, write, report per file.

Uploads are written under their own names to a fresh temporary folder so
that the loaders see the real suffix (txt, html, docx, pdf) and a
``<stem>.meta.json`` sidecar uploaded with a transcript is found next to it.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

__all__ = ["SUFFIXES", "Upload", "FileResult", "ingest_uploads"]

log = logging.getLogger(__name__)

#: Transcript formats the loaders read; ``json`` is for ``.meta.json`` sidecars.
SUFFIXES = ("txt", "html", "htm", "docx", "pdf", "json")


@dataclass(frozen=True)
class Upload:
    name: str
    content: bytes


@dataclass(frozen=True)
class FileResult:
    """What happened to one uploaded transcript."""

    file: str
    status: str  # added, unchanged, replaced, failed
    city: str | None = None
    date: str | None = None
    exchanges: int = 0
    mentions: int = 0
    nodes_added: int = 0
    relationships_added: int = 0
    error: str | None = None


def _safe_name(name: str) -> str:
    # Browsers send a bare file name, but never trust a path from outside.
    return Path(name.replace("\\", "/")).name or "upload"


def ingest_uploads(holder, uploads: Sequence[Upload], *, year: int | None = None, city: str | None = None,
                   progress: Callable[[float, str], None] | None = None) -> list[FileResult]:
    """Extract every transcript in ``uploads`` and write the good ones to the store.

    ``progress(fraction, message)`` is called as files are read and written.
    A file that cannot be read is reported as failed with the loaders' one-line
    reason; the others are still written (one transaction each).
    """
    from loaders import load_path
    from loaders.errors import InputError

    def tick(done: float, msg: str) -> None:
        if progress:
            progress(min(1.0, done), msg)

    transcripts = [u for u in uploads if not u.name.lower().endswith(".json")]
    results: dict[str, FileResult] = {}
    records = []
    total = max(1, len(transcripts))
    with tempfile.TemporaryDirectory(prefix="pg-upload-") as tmp:
        for u in uploads:
            (Path(tmp) / _safe_name(u.name)).write_bytes(u.content)
        for i, u in enumerate(transcripts):
            name = _safe_name(u.name)
            tick(i / total / 2, name)
            try:
                rec = load_path(Path(tmp) / name, year=year, city=city or None)
            except InputError as exc:
                results[name] = FileResult(name, "failed", error=exc.reason)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
                log.warning("cannot read upload %s: %s", name, exc)
                results[name] = FileResult(name, "failed", error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                continue
            # Stored under the uploaded name, not the temporary path, so that
            # uploading a changed version of a file replaces the old one.
            records.append((name, dataclasses.replace(rec, source=f"upload/{name}")))
        if records:
            by_source = {rec.source: (name, rec) for name, rec in records}
            written = 0

            def on_doc(r) -> None:
                nonlocal written
                written += 1
                name, rec = by_source.get(r.source, (Path(r.source).name, None))
                mentions = sum(len(e.mentions) for e in rec.exchanges) if rec else 0
                results[name] = FileResult(
                    name, r.status, city=rec.session.city if rec else None,
                    date=rec.session.date if rec else None,
                    exchanges=len(rec.exchanges) if rec else 0, mentions=mentions,
                    nodes_added=r.nodes_added, relationships_added=r.relationships_added, error=r.error)
                tick(0.5 + written / len(records) / 2, name)

            with holder.writable() as store:
                store.ingest([rec for _, rec in records], progress=on_doc)
    tick(1.0, "")
    order = [_safe_name(u.name) for u in transcripts]
    return [results[n] for n in order if n in results]
