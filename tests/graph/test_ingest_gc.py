"""graph.ingest raises Python's cyclic-collector thresholds while it writes, and puts them back."""

from __future__ import annotations

import gc

import pytest

from graph.ingest import _GC_THRESHOLDS, ingest
from tests.graph.handmade import jieyang, luohe


def test_collector_thresholds_raised_during_an_ingest_and_restored(ladybug_store):
    before = gc.get_threshold()
    seen = []
    result = ingest(ladybug_store, [luohe(), jieyang()], progress=lambda r: seen.append(gc.get_threshold()))
    assert result.added == 2
    assert seen == [_GC_THRESHOLDS, _GC_THRESHOLDS]
    assert gc.get_threshold() == before


def test_collector_thresholds_restored_when_an_ingest_fails(ladybug_store):
    before = gc.get_threshold()

    def boom(_):
        raise RuntimeError("progress failed")

    with pytest.raises(RuntimeError, match="progress failed"):
        ingest(ladybug_store, [luohe()], progress=boom, batch_docs=1)
    assert gc.get_threshold() == before
