"""The watched folder with real files and a real watcher process: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from intake.db import repo
from intake.db.engine import open_db
from intake.inputs import ignored
from intake.watch import Backoff, StabilityTracker
from tests.conftest import ROOT


def test_stability_needs_a_quiet_period():
    t = StabilityTracker(settle=2.0)
    assert t.observe({"a.pdf": (10, 1.0)}, now=0.0) == []
    assert t.observe({"a.pdf": (20, 2.0)}, now=1.0) == []  # still growing
    assert t.observe({"a.pdf": (20, 2.0)}, now=2.5) == []  # quiet for 1.5 s only
    assert t.observe({"a.pdf": (20, 2.0)}, now=3.1) == ["a.pdf"]
    assert t.observe({}, now=4.0) == [] and t.seen == {}


def test_empty_files_wait():
    t = StabilityTracker(settle=0.0)
    t.observe({"a.pdf": (0, 1.0)}, now=0.0)
    assert t.observe({"a.pdf": (0, 1.0)}, now=5.0) == []


@pytest.mark.parametrize("name,skip", [("letter.pdf", False), ("scan.pdf.part", True), ("x.tmp", True),
                                       ("~$draft.docx", True), (".DS_Store", True), ("Thumbs.db", True),
                                       ("@eaDir/thumb.pdf", True), (".hidden.pdf", True)])
def test_ignored_names(name, skip):
    assert ignored(Path(name)) is skip


def test_a_file_that_cannot_be_read_is_tried_again_later_with_a_warning(caplog):
    """Pure timing: 2, 4, 8 ... polls apart, at most five minutes; each failure is a WARNING without the
    file's name (it may name the member)."""
    b = Backoff(interval=1.0, ceiling=10.0)
    assert b.due("inbox/Ana Reyes denial.pdf", now=0.0)
    with caplog.at_level("WARNING", logger="intake.watch"):
        delays = [b.failed("inbox/Ana Reyes denial.pdf", PermissionError(13, "Permission denied"), now=0.0)
                  for _ in range(5)]
    assert delays == [2.0, 4.0, 8.0, 10.0, 10.0]
    assert not b.due("inbox/Ana Reyes denial.pdf", now=9.9) and b.due("inbox/Ana Reyes denial.pdf", now=10.0)
    assert len(caplog.records) == 5 and all(r.levelname == "WARNING" for r in caplog.records)
    assert all("Permission denied" in r.getMessage() and "Ana" not in r.getMessage() for r in caplog.records)
    b.forget("inbox/Ana Reyes denial.pdf")
    assert b.due("inbox/Ana Reyes denial.pdf", now=0.0)


def test_folders_given_to_batch_and_the_inbox_share_one_rule(tmp_path):
    from intake.inputs import expand_inputs

    for name in ("a.pdf", "b.PNG", "notes.txt", "scan.pdf.part", "~$x.pdf", ".hidden.pdf", "@eaDir/t.pdf",
                 ".sync/c.pdf", "sub/d.tif"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    walked = sorted(str(Path(p).relative_to(tmp_path)) for p in expand_inputs([str(tmp_path)]))
    assert walked == ["a.pdf", "b.PNG", "sub/d.tif"]
    from intake.watch import scan

    seen = sorted(str(Path(p).relative_to(tmp_path)) for p in scan(tmp_path))
    assert seen == ["a.pdf", "b.PNG", "notes.txt", "sub/d.tif"]  # the inbox fails a non-document with its reason


def make_pdf(path: Path, n: int) -> Path:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ("Cascade Mutual Health", "March 3, 2026", f"Member ID: W{700000 + n}", f"Claim Number: C{n:06d}",
                 "We have denied this claim because the service is not medically necessary."):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


class Room:
    def __init__(self, tmp: Path):
        self.inbox, self.archive, self.failed = tmp / "inbox", tmp / "archive", tmp / "failed"
        self.inbox.mkdir()
        self.db = f"sqlite:///{tmp / 'intake.db'}"
        self.proc = None

    def start(self, *extra: str, settle: str = "0.8") -> subprocess.Popen:
        exe = Path(sys.executable).with_name("intake")
        self.proc = subprocess.Popen([str(exe), "watch", str(self.inbox), "--archive", str(self.archive), "--failed",
                                      str(self.failed), "--db", self.db, "--settle", settle, "--interval", "0.2",
                                      *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        return self.proc

    def wait_for(self, count: int, timeout: float = 120) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.handled() >= count:
                return
            time.sleep(0.2)
        raise AssertionError(f"only {self.handled()} of {count} files handled")

    def handled(self) -> int:
        files = [p for d in (self.archive, self.failed) if d.exists() for p in d.rglob("*")
                 if p.is_file() and not p.name.endswith(".txt")]
        return len(files)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=60)


def test_watch_handles_slow_copies_duplicates_and_bad_files(tmp_path):
    room = Room(tmp_path)
    early = make_pdf(room.inbox / "already-there.pdf", 1)
    room.start(settle="2.0")  # the default: far longer than any pause between a copy's chunks
    src = make_pdf(tmp_path / "slow-source.pdf", 2).read_bytes()
    with open(room.inbox / "slow.pdf", "wb") as fh:  # written in chunks, slower than the settle time overall
        for i in range(0, len(src), max(1, len(src) // 6)):
            fh.write(src[i:i + max(1, len(src) // 6)])
            fh.flush()
            time.sleep(0.3)
    shutil.copy(early, tmp_path / "copy.pdf")
    (tmp_path / "copy.pdf").rename(room.inbox / "same-content.pdf")
    (room.inbox / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (room.inbox / "partial.pdf.part").write_bytes(b"still copying")
    room.wait_for(4)
    room.stop()
    assert room.proc.returncode == 0
    assert (room.archive / "slow.pdf").read_bytes() == src
    assert (room.archive / "already-there.pdf").exists()
    assert (room.archive / "duplicates" / "same-content.pdf").exists()
    assert (room.failed / "broken.pdf").exists()
    reason = (room.failed / "broken.pdf.txt").read_text()
    assert "broken.pdf" in reason and "damaged" in reason
    assert (room.inbox / "partial.pdf.part").exists()
    engine = open_db(room.db)
    assert len(repo.list_documents(engine)) == 2
    from intake.db.review import original_of

    kept = original_of(engine, repo.list_documents(engine)[0]["id"])  # for the review page's page images
    assert kept is not None and kept[0].startswith(b"%PDF") and kept[1]


def test_watch_two_hundred_files_and_a_kill(tmp_path):
    room = Room(tmp_path)
    staging = tmp_path / "staging"
    staging.mkdir()
    names = [make_pdf(staging / f"mail{i:03d}.pdf", 100 + i).name for i in range(200)]
    for name in names:
        os.replace(staging / name, room.inbox / name)  # dropped at once
    room.start()
    room.wait_for(25)
    room.proc.send_signal(signal.SIGKILL)  # mid-work, no goodbye
    room.proc.wait(timeout=30)
    room.start("--once")
    room.proc.wait(timeout=600)
    archived = sorted(p.name for p in room.archive.rglob("*.pdf"))
    assert sorted(archived) == sorted(names), "every file exactly once in the archive"
    assert not list(room.inbox.iterdir())
    engine = open_db(room.db)
    assert len(repo.list_documents(engine)) == 200
    from intake.sources import sha256_of

    hashes = [sha256_of(p) for p in room.archive.rglob("*.pdf")]
    assert len(set(hashes)) == 200 and repo.done_hashes(engine, hashes) == set(hashes), "each stored as done"
