"""Benchmark the appeal packet: a 500-page packet from 60 records, mostly text layer, and one of 60 records
scanned at 300 dpi (about 0.7 MB a page, with the scanner's text layer), against a 20-page one: peak RSS
of the `intake packet` process, wall time, and the time `intake records add` spends, OCR included.

Run: .venv/bin/python bench/packet.py [small large scans]   (a few minutes; prints a table and writes
bench/results/packet.json; names pick scenarios, all three by default)"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.records_factory import RecordSpec, render  # noqa: E402

DENIAL = ROOT / "sample_docs" / "bd_classic_mednec.pdf"
KINDS = ["office_note", "test_result", "imaging_report", "operative_report", "discharge_summary",
         "medical_necessity_letter"]


def specs_for(pages: int, records: int, scans: int, big_scans: bool = False) -> list[RecordSpec]:
    """`records` records adding up to `pages` pages; `scans` of them image-only (2 pages each); with
    big_scans every record is a 300 dpi scan with a text layer."""
    if big_scans:
        return [RecordSpec(s.kind, s.dates, s.author, pages=s.pages, scan="pdf300")
                for s in specs_for(pages, records, 0)]
    truth = json.loads(Path(str(DENIAL) + ".truth.json").read_text())
    day = dt.date.fromisoformat(truth["fields"]["service_dates"][0])
    left, out = pages - 1 - 2 * scans, []
    text_records = records - scans
    for i in range(records):
        scan = i < scans
        n = 2 if scan else max(1, left // (text_records - (i - scans)))
        left -= 0 if scan else n
        kind = KINDS[i % len(KINDS)]
        dates = [(day - dt.timedelta(days=3 * i)).isoformat()]
        if kind == "discharge_summary":
            dates.append((day - dt.timedelta(days=3 * i - 2)).isoformat())
        out.append(RecordSpec(kind, dates, truth["fields"]["provider"], pages=n, scan="pdf" if scan else ""))
    return out


# The command is started by a small launcher of its own: a child's peak RSS as the kernel reports it
# includes the memory of the process it was forked from, and this one holds the rendered records.
LAUNCH = """import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)"""


def intake(*args, cwd: Path, env: dict) -> tuple[float, int]:
    """Wall seconds and the `intake` process's own peak RSS in MiB (its qpdf child's too, if larger)."""
    exe = Path(sys.executable).with_name("intake")
    start = time.perf_counter()
    got = subprocess.run([sys.executable, "-c", LAUNCH, str(exe), *args], cwd=cwd, env=env, capture_output=True,
                         text=True)
    took = time.perf_counter() - start
    code, rss = (int(x) for x in got.stdout.split()[-2:])
    if code != 0:
        raise SystemExit(f"intake {' '.join(args[:2])} failed: {got.stderr[-300:]}")
    return took, rss // 1024


def scenario(name: str, pages: int, records: int, scans: int, big_scans: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="intake-bench-packet-") as tmp:
        root = Path(tmp)
        env = dict(os.environ, INTAKE_HOME=str(root / "home"), INTAKE_DATABASE_URL=f"sqlite:///{root / 'c.db'}",
                   OMP_THREAD_LIMIT="1")
        shutil.copy(DENIAL, root / DENIAL.name)
        intake("batch", DENIAL.name, "--out", "papers", "--jobs", "1", cwd=root, env=env)
        specs = specs_for(pages, records, scans, big_scans)
        files = [str(render(s, root / f"r{i:03}.pdf", seed=i)) for i, s in enumerate(specs)]
        scanned = [f for f, s in zip(files, specs) if s.scan == "pdf"]
        text = [f for f, s in zip(files, specs) if s.scan != "pdf"]
        size = sum(os.path.getsize(f) for f in files)
        scan_s = intake("records", "add", "1", *scanned, cwd=root, env=env)[0] if scanned else 0.0
        text_s, _ = intake("records", "add", "1", *text, cwd=root, env=env)
        add_s = scan_s + text_s
        best = None
        for _ in range(3):
            got = intake("packet", "1", "--out", "out", "--all", cwd=root, env=env)
            best = got if best is None or got[1] < best[1] else best
        from pypdf import PdfReader

        total = len(PdfReader(str(next((root / "out").glob("appeal-packet-*.pdf")))).pages)
        packet_mib = round(os.path.getsize(next((root / "out").glob("appeal-packet-*.pdf"))) / 2**20)
    return {"name": name, "records": records, "scanned_records": records if big_scans else scans,
            "records_mib": round(size / 2**20), "packet_mib": packet_mib, "packet_pages": total,
            "records_add_s": round(add_s, 1), "records_add_scanned_s": round(scan_s, 1),
            "records_add_text_layer_s": round(text_s, 1), "packet_s": round(best[0], 2), "packet_peak_rss_mib": best[1]}


SCENARIOS = {"small": ("20-page packet", 20, 3, 1, False), "large": ("500-page packet", 500, 60, 6, False),
             "scans": ("500 scanned pages", 500, 60, 0, True)}


def main() -> None:
    names = sys.argv[1:] or list(SCENARIOS)
    rows = {n: scenario(*SCENARIOS[n]) for n in names}
    for row in rows.values():
        print(f"{row['name']:<18} {row['packet_pages']:>4} pages  {row['records']:>3} records "
              f"({row['scanned_records']} scanned, {row['records_mib']} MiB): records add {row['records_add_s']:>6.1f} s "
              f"(scans {row['records_add_scanned_s']} s, text layer {row['records_add_text_layer_s']} s), "
              f"packet {row['packet_s']:>5.2f} s ({row['packet_mib']} MiB), peak RSS {row['packet_peak_rss_mib']} MiB")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    saved = out / "packet.json"
    everything = json.loads(saved.read_text()) if saved.exists() else {}
    everything.update(rows)
    if "small" in everything:
        for n in ("large", "scans"):
            if n in everything:
                ratio = everything[n]["packet_peak_rss_mib"] / everything["small"]["packet_peak_rss_mib"]
                everything[f"rss_ratio_{n}"] = round(ratio, 3)
                print(f"peak RSS ratio {everything[n]['name']} / 20 pages: {ratio:.2f} (target <= 1.2)")
    saved.write_text(json.dumps(everything, indent=1))


if __name__ == "__main__":
    main()
