"""Sample transcripts and their extracted records (owner: loaders)."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    """The two bundled sample transcripts (漯河 2024, 揭阳 2025), sorted."""
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) == 2, f"expected two sample transcripts in {SAMPLES}"
    return paths


@pytest.fixture(scope="session")
def sample_records(sample_paths):
    """DocumentRecords of the samples, from ``load_path`` with their sidecars."""
    from loaders import load_path

    return [load_path(p) for p in sample_paths]
