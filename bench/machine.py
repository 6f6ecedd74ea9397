"""What a benchmark ran on: CPU, cores, RAM (from /proc), Python and store versions."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

__all__ = ["Machine", "describe_machine", "package_version"]


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    ram_gib: float
    os: str
    python: str
    ladybug: str
    neo4j_driver: str
    jieba: str


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def describe_machine() -> Machine:
    return Machine(
        cpu=_cpu_model(),
        cores=os.cpu_count() or 1,
        ram_gib=round(_ram_gib(), 1),
        os=f"{platform.system()} {platform.release()}",
        python=platform.python_version(),
        ladybug=package_version("ladybug"),
        neo4j_driver=package_version("neo4j"),
        jieba=package_version("jieba"),
    )
