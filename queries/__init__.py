"""Named Cypher queries, the read-only console and graph analytics.

>>> from queries import catalog, run_named, run_cypher, QueryError
"""

from queries.catalog import ParamSpec, QuerySpec, catalog
from queries.console import run_cypher
from queries.errors import BadQuery, QueryError
from queries.named import run_named

__all__ = ["catalog", "run_named", "run_cypher", "QueryError", "BadQuery", "QuerySpec", "ParamSpec"]
