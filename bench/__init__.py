"""`policygraph bench`: extraction, ingest, query and dashboard benchmarks."""
