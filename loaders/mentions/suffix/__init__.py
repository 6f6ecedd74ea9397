"""Names found by their suffix: 实验室, 产业园, 大学, 集团, 产业链 … (entity_patterns.yaml).

A candidate is the suffix plus the name-like words to its left (the shared
walker); a strong suffix needs one content word before it, a weak one needs
proper-noun evidence (a place, a known name, Latin letters, an unknown word).

The package, one module per job, each importing only the modules listed before it
(tests/loaders/test_datafiles.py holds the order):

- :mod:`~loaders.mentions.suffix.table`: the suffixes as a table, a regex (:func:`suffix_re`) and an automaton;
- :mod:`~loaders.mentions.suffix.stops`: word endings that stop the walk before a suffix, and what lifts them;
- :mod:`~loaders.mentions.suffix.works`: where a site's works end (:func:`site_works_end`), owner and phase patterns;
- :mod:`~loaders.mentions.suffix.towns`: towns named in full (:func:`local_towns`), counties (:func:`own_counties`);
- :mod:`~loaders.mentions.suffix.checks`: the checks a walked name passes to be a candidate;
- :mod:`~loaders.mentions.suffix.openings`: where a name before a suffix opens;
- :mod:`~loaders.mentions.suffix.candidate`: one suffix hit's name (:func:`suffix_candidate`), a tagger's organisation;
- :mod:`~loaders.mentions.suffix.fallbacks`: readings where the walk named nothing or the wrong kind;
- :mod:`~loaders.mentions.suffix.candidates`: every name ending in a suffix in a slice (:func:`suffix_candidates`).

Helpers another module of the package imports have public names (no leading underscore, session 22);
the package's interface is its ``__all__``.
"""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.table import suffix_automaton, suffix_re
from loaders.mentions.suffix.stops import stop_ending_set, stop_endings, stop_verbs
from loaders.mentions.suffix.works import owner_re, phase_re, site_works_end
from loaders.mentions.suffix.towns import local_towns, own_counties
from loaders.mentions.suffix.candidate import organization_suffix_name, suffix_candidate
from loaders.mentions.suffix.candidates import suffix_candidates

__all__ = ["suffix_re", "suffix_candidates", "suffix_candidate", "organization_suffix_name", "site_works_end",
           # (helpers the other mention modules, the pipeline's warm-up and tests import from the package)
           "suffix_automaton", "phase_re", "owner_re", "stop_verbs", "stop_endings", "stop_ending_set",
           "local_towns", "own_counties", "warm_up"]


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this package makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    stop_verbs(gz)
    owner_re(p.firm_owner_levels, p.firm_owner_kinds)
