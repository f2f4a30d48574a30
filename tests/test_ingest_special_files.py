"""Only regular files are read (a FIFO or device never blocks the batch); links out of an input
folder are refused unless follow_symlinks, links inside it are read, link loops end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.config import DEFAULT_SETTINGS
from chancery.errors import NotRegularFileError, SymlinkRefusedError
from chancery.ingest import read_sources
from chancery.ingest.readers import count_files
from chancery.model import Document

TEXT = "Peru and Finland held talks on trade in Lima in 2022."
FOLLOW = DEFAULT_SETTINGS.with_(follow_symlinks=True)


def _results(*paths: Path, settings=DEFAULT_SETTINGS) -> list[object]:  # type: ignore[no-untyped-def]
    return list(read_sources([str(p) for p in paths], settings=settings))


def test_a_named_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    (err,) = _results(fifo)  # would block forever if it were opened for reading
    assert isinstance(err, NotRegularFileError) and "named pipe" in err.reason


def test_a_character_device_is_refused() -> None:
    (err,) = _results(Path("/dev/zero"))
    assert isinstance(err, NotRegularFileError) and "character device" in err.reason


def test_a_fifo_in_a_folder_is_named_and_the_rest_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    out = _results(tmp_path)
    assert [type(r) for r in out] == [Document, NotRegularFileError]
    assert count_files([str(tmp_path)]) == 2


def test_extract_does_not_hang_on_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "pipe.txt")])
    assert result.exit_code == 1 and "not a regular file" in result.stderr


@pytest.fixture()
def linked(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Brazil and Egypt signed a secret deal.", encoding="utf-8")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "real.txt").write_text(TEXT, encoding="utf-8")
    (root / "inside-link.txt").symlink_to(root / "sub" / "real.txt")
    (root / "outside-link.txt").symlink_to(outside / "secret.txt")
    (root / "outside-dir").symlink_to(outside)
    (root / "loop").symlink_to(root)
    (root / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    return root


def test_links_out_of_the_folder_are_refused(linked: Path) -> None:
    out = _results(linked)
    docs = [r for r in out if isinstance(r, Document)]
    refused = sorted(Path(r.source).name for r in out if isinstance(r, SymlinkRefusedError))  # type: ignore[attr-defined]
    assert sorted(Path(d.source or "").name for d in docs) == ["inside-link.txt", "real.txt"]
    assert refused == ["outside-dir", "outside-link.txt"]
    assert any("broken symbolic link" in str(r) for r in out)
    assert all("secret" not in d.text for d in docs)


def test_follow_symlinks_reads_them_and_loops_end(linked: Path) -> None:
    out = _results(linked, settings=FOLLOW)
    names = sorted(Path(r.source or "").name for r in out if isinstance(r, Document))
    assert names == ["inside-link.txt", "outside-link.txt", "real.txt", "secret.txt"]
    assert not any(isinstance(r, SymlinkRefusedError) for r in out)


def test_a_named_link_is_read(linked: Path) -> None:
    (doc,) = _results(linked / "outside-link.txt")  # named on the command line: the user chose it
    assert isinstance(doc, Document) and "secret" in doc.text


def test_cli_follow_symlinks(linked: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    refused = runner.invoke(main, ["ingest", str(linked), "--db", str(tmp_path / "a.db"), "-q"])
    assert refused.exit_code == 1 and "--follow-symlinks reads it" in refused.stderr
    assert "outside the input folder; not followed" in refused.stderr
    followed = runner.invoke(main, ["ingest", str(linked), "--db", str(tmp_path / "b.db"), "-q", "--follow-symlinks"])
    assert "not followed" not in followed.stderr
