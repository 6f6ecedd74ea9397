"""Shared fixtures, one module per concern (each owned by one area)."""

pytest_plugins = [
    "tests.fixtures_samples",  # sample paths and their extracted records
    "tests.fixtures_neo4j",  # the real Neo4j 5.26 test server (session scope)
    "tests.fixtures_stores",  # LadybugDB in tmp_path, Neo4j store on the test server
]
