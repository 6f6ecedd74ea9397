"""docker-compose.yml, Dockerfile and .env.example, read as files.

Docker does not run on our machines, so these tests check the wiring only:
the services, health check, start order, volume and credentials, and that
the commands the containers run exist in our CLI. They do not start
containers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def env_example() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env.example").read_text("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def _container_ports(service: dict) -> set[int]:
    return {int(str(p).rsplit(":", 1)[-1].split("/")[0]) for p in service.get("ports", [])}


def test_neo4j_service_is_5_26_community_with_auth_health_check_and_named_volume(compose: dict) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert re.fullmatch(r"\$\{NEO4J_USER[^}]*\}/\$\{NEO4J_PASSWORD[^}]*\}", neo4j["environment"]["NEO4J_AUTH"])
    assert _container_ports(neo4j) == {7474, 7687}

    volume, _, target = neo4j["volumes"][0].partition(":")
    assert target == "/data"
    assert volume in compose["volumes"], "the /data volume must be a named volume"

    check = neo4j["healthcheck"]
    assert check["test"][0] == "CMD-SHELL"
    assert "cypher-shell" in check["test"][1] and "RETURN 1" in check["test"][1]
    # $$ reaches the container as $: its shell, not compose, reads NEO4J_AUTH.
    assert "$${NEO4J_AUTH" in check["test"][1]
    assert check["retries"] >= 3 and "interval" in check and "start_period" in check


def test_dashboard_builds_here_and_waits_for_a_healthy_neo4j(compose: dict) -> None:
    dash = compose["services"]["dashboard"]
    assert dash["build"] == "." and (ROOT / "Dockerfile").is_file()
    assert dash["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    assert dash["command"] == ["dashboard", "--neo4j", "bolt://neo4j:7687", "--host", "0.0.0.0", "--port", "8501"]
    assert _container_ports(dash) == {8501}
    assert set(dash["environment"]) == {"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"}


def test_ingest_is_a_one_shot_service_that_loads_a_mounted_folder(compose: dict) -> None:
    ingest = compose["services"]["ingest"]
    assert ingest["profiles"], "a profile keeps `docker compose up` from running it"
    assert ingest["entrypoint"] == ["policygraph", "ingest", "--store", "neo4j"]
    assert ingest["command"] == ["/data/in"]
    assert any(v.endswith(":/data/in:ro") for v in ingest["volumes"]), "read-only mount at /data/in"
    assert ingest["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    assert ingest["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"


def test_every_required_variable_is_in_env_example(compose: dict, env_example: dict[str, str]) -> None:
    text = (ROOT / "docker-compose.yml").read_text("utf-8")
    used = set(re.findall(r"(?<!\$)\$\{(\w+)", text))
    required = set(re.findall(r"(?<!\$)\$\{(\w+):\?", text))
    assert required == {"NEO4J_PASSWORD"}
    assert {"NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} <= set(env_example)
    assert len(env_example["NEO4J_PASSWORD"]) >= 8, "Neo4j refuses passwords under 8 characters"
    optional = used - set(env_example)
    assert all(re.search(r"\$\{" + name + r":-", text) for name in optional), optional


def test_dockerfile_installs_the_package_on_python_3_11_slim() -> None:
    lines = [ln.strip() for ln in (ROOT / "Dockerfile").read_text("utf-8").splitlines()]
    assert "FROM python:3.11-slim" in lines
    assert any(ln.startswith("RUN pip install .") for ln in lines)
    assert 'ENTRYPOINT ["policygraph"]' in lines
    ignored = (ROOT / ".dockerignore").read_text("utf-8").split()
    assert {".venv", ".env", ".git"} <= set(ignored), "no venv, secrets or history in the image"


@pytest.mark.parametrize(
    ("command", "options"),
    [(["dashboard"], ["--neo4j", "--host", "--port"]), (["ingest"], ["--store"])],
)
def test_the_containers_commands_exist_in_the_cli(command: list[str], options: list[str]) -> None:
    from cli.app import app

    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    for option in options:
        assert option in result.output
