"""The fuzz suite: every damaged variant through one `intake batch`, a sample through `intake process`.

What a person would check: no exit 15 and no traceback, each bad file named with a reason in words
(never an exception's class name), nothing else on the terminal, no file taking forever, memory under
a fixed cap, and every original exactly as it was."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fuzz import generate

MEMORY_CAP_MB = 1024  # any one process of intake (the batch parent, a worker, pdftoppm, Tesseract)
FILE_SECONDS = 90  # one `intake process` of one variant, however hostile
BATCH_SECONDS = 1200
CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning)\b|\([A-Za-z]*[a-z][A-Z][A-Za-z]*\)")  # (PdfiumError)
INPUT_TYPES = {".pdf", ".png", ".jpg", ".tif"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "mail"
    written = generate.write(folder)
    return folder, written, {path: _digest(path) for path, _ in written}


def _intake(*args: str, peak_file: Path, timeout: float) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("intake")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]
    return subprocess.run([sys.executable, "-m", "tests.fuzz.peak", str(peak_file), *cmd, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def _peak_mb(peak_file: Path) -> float:
    return int(peak_file.read_text()) / 1024


def test_the_generator_makes_the_same_500_plus_variants_of_every_kind():
    first, again = generate.variants(), generate.variants()
    assert [(v.name, v.data) for v in first] == [(v.name, v.data) for v in again]  # a fixed seed
    assert len(first) >= 500 and len({v.name for v in first}) == len(first)
    kinds = Counter(v.kind for v in first)
    for kind in ("truncated", "bit-flipped", "zeroed block", "spliced halves", "swapped magic number",
                 "wrong extension", "PNG decompression bomb", "pdf page tree loop", "pdf claiming 99,999,999 pages",
                 "absurd MediaBox", "empty file", "header only", "broken content stream", "bad font",
                 "huge embedded image", "encrypted, user password", "encrypted, no user password",
                 "TIFF absurd tag values", "JPEG cut mid-scan"):
        assert kinds[kind] > 0, kind
    assert {Path(v.name).suffix for v in first} == INPUT_TYPES


def _batch_lines(stderr: str) -> tuple[list[str], list[str], list[str]]:
    """The summary's failure lines, its skipped-copy lines, and anything else that is not the summary."""
    failures, copies, other, section = [], [], [], None
    for line in stderr.splitlines():
        if line.startswith("failed: "):
            section = failures
        elif line.startswith("skipped as copies: "):
            section = copies
        elif line.startswith("  ") and section is not None:
            section.append(line.strip())
        elif not re.match(r"^(\d+ files, \d+ pages in |documents: |denials: |papers written: )", line):
            other.append(line)
    return failures, copies, other


def test_every_variant_through_one_batch(corpus, tmp_path):
    folder, written, digests = corpus
    started = time.monotonic()
    got = _intake("batch", str(folder), "--jobs", "2", "--db", f"sqlite:///{tmp_path / 'fuzz.db'}",
                  "--json-out", str(tmp_path / "results.jsonl"), peak_file=tmp_path / "peak", timeout=BATCH_SECONDS)
    seconds = time.monotonic() - started
    assert got.returncode == 1, got.stderr[-3000:]  # some files failed, the others were read
    failures, copies, other = _batch_lines(got.stderr)
    assert other == [], "\n".join(other[:20])  # no traceback, no library warning, nothing but the summary
    by_name = {path.name: path for path, _ in written}
    read = {Path(json.loads(line)["file"]).name for line in (tmp_path / "results.jsonl").read_text().splitlines()
            if "same_content_as" not in line}
    failed = {}
    for line in failures:
        path, reason = line.split(": ", 1)
        failed[Path(path).name] = reason
        assert Path(path).name in by_name, line  # each reason names its file
        assert not CLASS_NAME.search(reason) and "internal error" not in reason, line  # in words
    skipped = {Path(line.split(": same content as ")[0]).name for line in copies}
    assert read | set(failed) | skipped == set(by_name)  # every file accounted for, once
    assert not read & set(failed) and not skipped & (read | set(failed))
    assert all(_digest(path) == digests[path] for path, _ in written)  # originals untouched
    peak = _peak_mb(tmp_path / "peak")
    assert peak < MEMORY_CAP_MB
    kinds = {v.name: v.kind for _, v in written}
    outcome = Counter((kinds[n], "failed" if n in failed else "copy" if n in skipped else "read") for n in by_name)
    print(f"\nfuzz batch: {len(written)} variants in {seconds:.0f} s, peak {peak:.0f} MiB; "
          f"{len(read)} read, {len(failed)} failed, {len(skipped)} skipped as copies")
    for (kind, result), n in sorted(outcome.items()):
        print(f"  {kind:32s} {result:7s} {n}")


def _sample(written) -> list[tuple[Path, generate.Variant]]:
    """Every variant with an exact expectation, and the first two of every other kind."""
    seen: Counter = Counter()
    out = []
    for path, var in written:
        if var.expect != generate.Variant("", "", b"").expect or seen[var.kind] < 2:
            out.append((path, var))
            seen[var.kind] += 1
    return out


def test_a_sample_through_intake_process(corpus, tmp_path):
    folder, written, digests = corpus
    codes: Counter = Counter()
    for path, var in _sample(written):
        started = time.monotonic()
        got = _intake("process", str(path), "--json", peak_file=tmp_path / "peak", timeout=FILE_SECONDS)
        codes[got.returncode] += 1
        assert got.returncode in var.expect, f"{path.name} ({var.kind}): exit {got.returncode}: {got.stderr}"
        lines = got.stderr.strip().splitlines()
        if got.returncode == 0:
            assert lines == [], f"{path.name}: noise on the terminal: {lines[:5]}"
        else:
            assert len(lines) == 1 and lines[0].startswith(f"intake: error: {path}: "), f"{path.name}: {lines[:5]}"
            assert not CLASS_NAME.search(lines[0]), lines[0]
        assert _peak_mb(tmp_path / "peak") < MEMORY_CAP_MB, path.name
        assert time.monotonic() - started < FILE_SECONDS
        assert _digest(path) == digests[path]
    print(f"\nfuzz process sample: exit codes {dict(sorted(codes.items()))}")
