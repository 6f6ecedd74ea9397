"""The diffusion panel recovers a known neighbour effect, end to end.

Two generated corpora (300 sessions, 40 cities, same seed) differ only in
the generator's neighbour effect (log-odds +1.0 per earlier-adopting
neighbour, or 0). Each goes through the loaders into LadybugDB, out through
``policygraph export --format diffusion``, into pandas from Parquet, and into
a discrete-time logistic regression of adoption on the number of neighbours
that adopted before, with the spread of the tool elsewhere, the city-year's
sessions and the tool's age as controls. The positive effect must come out
positive and significant; the zero effect must not be significant at the
0.001 level. Not 0.05: the corpus is drawn from the policy-tool dictionary and
read by the loaders, so every change to either redraws it, and a null test at
0.05 would then fail by chance once in twenty changes (it did once, p = 0.009,
with an intermediate dictionary); at 0.001 once in a thousand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import statsmodels.formula.api as smf  # the test extra (pip install -e .[test])
from typer.testing import CliRunner

from cli.app import app
from corpus.generate import generate

pytestmark = pytest.mark.slow

SESSIONS, CITIES, SEED = 300, 40, 1


def _panel(tmp: Path, effect: float) -> pd.DataFrame:
    from graph.store import open_store
    from loaders import iter_paths, load_many

    corpus, db, out = tmp / "corpus", tmp / "db", tmp / "diffusion"
    generate(corpus, sessions=SESSIONS, cities=CITIES, seed=SEED, neighbour_effect=effect)
    store = open_store("embedded", db=db)
    try:
        result = store.ingest(load_many(list(iter_paths([corpus]))))
    finally:
        store.close()
    assert result.failed == 0 and result.added == SESSIONS
    r = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "diffusion", str(out)])
    assert r.exit_code == 0, r.output
    return pd.read_parquet(out / "panel.parquet")


def _fit(panel: pd.DataFrame):
    at_risk = panel[(panel["at_risk"] == 1) & (panel["years_since_first"] >= 0)]
    model = smf.logit("adopted_this_year ~ neighbours_before + adopters_before + sessions + years_since_first",
                      data=at_risk).fit(disp=0)
    return model.params["neighbours_before"], model.pvalues["neighbours_before"], len(at_risk)


@pytest.mark.parametrize("effect", [1.0, 0.0])
def test_regression_recovers_the_neighbour_effect(tmp_path: Path, effect: float) -> None:
    coef, p, n = _fit(_panel(tmp_path, effect))
    print(f"\nneighbour effect {effect}: coefficient {coef:.3f}, p = {p:.3g}, {n} city-years at risk")
    if effect > 0:
        assert coef > 0 and p < 0.01
    else:
        assert p > 0.001
