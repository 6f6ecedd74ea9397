"""Input hardening: only regular files are read; a few bad bytes are replaced, not fatal."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import InputError, load_path
from loaders.read import decode_text, max_bad_bytes, read_file

POLICYGRAPH = Path(sys.executable).with_name("policygraph")
# A regression would block on the pipe forever: the subprocess timeout turns
# that into a failure (python and the loaders start in a few seconds).
HANG_GUARD_S = 180


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(POLICYGRAPH), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=HANG_GUARD_S)


@pytest.fixture
def folder_with_pipe(tmp_path, sample_paths) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "x.txt")  # nobody ever writes to it
    (folder / "good.txt").write_bytes(sample_paths[0].read_bytes())
    return folder


def test_read_file_refuses_a_pipe_without_blocking(folder_with_pipe):
    with pytest.raises(InputError, match=r"x\.txt: not a regular file \(a named pipe\); skipped"):
        read_file(folder_with_pipe / "x.txt")


def test_read_file_refuses_a_device_behind_a_link(tmp_path):
    (tmp_path / "z.txt").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="a character device"):
        read_file(tmp_path / "z.txt")


def test_extract_skips_a_pipe_in_a_folder(folder_with_pipe, tmp_path):
    r = _run("extract", str(folder_with_pipe), cwd=tmp_path)
    assert r.returncode == 1, r.stderr  # one file read, one not
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "x.txt" in errors[0] and "named pipe" in errors[0]
    assert len(r.stdout.strip().splitlines()) == 1  # the good file's record
    only_pipe = _run("extract", str(folder_with_pipe / "x.txt"), cwd=tmp_path)
    assert only_pipe.returncode == 2 and "named pipe" in only_pipe.stderr


def test_ingest_skips_a_pipe_in_a_folder(folder_with_pipe, tmp_path):
    r = _run("ingest", str(folder_with_pipe), "--db", str(tmp_path / "db"), cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    assert "named pipe" in r.stderr and "Traceback" not in r.stderr


def test_one_bad_byte_is_replaced_with_one_warning(sample_paths, caplog):
    data = sample_paths[0].read_bytes()
    assert len(data) > 20_000
    at = data.index("。".encode(), 20_000) + 3  # between two characters
    with caplog.at_level(logging.WARNING, logger="loaders.read"):
        text, enc = decode_text(data[:at] + b"\xff" + data[at:], "t.txt")
    assert enc == "utf-8" and text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == data.decode("utf-8")
    [warning] = caplog.records
    assert warning.getMessage() == f"t.txt: 1 undecodable byte replaced by U+FFFD (utf-8; first at byte {at})"


def test_a_character_cut_at_the_end_is_replaced(tmp_path, sample_paths, caplog):
    path = tmp_path / "cut.txt"
    path.write_bytes(sample_paths[0].read_bytes().rstrip() + "漯".encode()[:2])
    with caplog.at_level(logging.WARNING, logger="loaders.read"):
        rec = load_path(path)
    assert rec.exchanges and rec.encoding == "utf-8"
    assert len(caplog.records) == 1 and "2 undecodable bytes" in caplog.records[0].getMessage()


def test_gbk_with_a_bad_byte(sample_paths):
    original = sample_paths[1].read_bytes().decode("utf-8")
    head, tail = original[:2000].encode("gb18030"), original[2000:].encode("gb18030")  # cut between characters
    text, enc = decode_text(head + b"\xff" + tail, "g.txt")
    assert enc == "gb18030" and text.count("\ufffd") == 1


def test_a_real_share_of_bad_bytes_is_refused(sample_paths):
    data = bytearray(sample_paths[0].read_bytes())
    step = len(data) // (max_bad_bytes(len(data)) * 3)
    for i in range(0, len(data), step):
        data[i] = 0xFF
    with pytest.raises(InputError, match="binary data|unknown text encoding|not text"):
        decode_text(bytes(data), "many.txt")
    with pytest.raises(InputError):
        decode_text(os.urandom(20_000), "random.txt")
