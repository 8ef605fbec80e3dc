"""The mail as it comes (issue 19): short batches of scanned letters, a mixed day, one scanned page and one
text-layer letter, each against what a person would script with the standard tools.

The reference script, spelled out: for each PDF, two files at a time, `pdftoppm -r 300 -gray` renders every
page to PGM, then one `tesseract PAGE.pgm OUT -l eng+spa tsv` runs per page, `OMP_THREAD_LIMIT=1`. An
image file (none in these cases) would go to tesseract as it is. Rendering is charged to both sides.
"""

from __future__ import annotations

import random
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from run import INTAKE, LANG, images_pdf, rasterize, timed

LETTER_LINES = ("We have reviewed the request for services and the claim is denied.",
                "The plan determined that the service is not medically necessary based on clinical criteria.",
                "You have the right to appeal this decision within 180 days of the date of this notice.",
                "To appeal, send a written request with any records that support the claim to the address below.",
                "You may ask for copies of all documents relevant to the claim free of charge.",
                "If you have questions, call member services at the number on the back of your card.")


def make_letter(path: Path, pages: int, seed: int) -> None:
    """A text-layer denial letter: letterhead, labelled IDs, a reason and the appeal paragraph, then body
    text; different values per seed (the same content twice would be skipped as a duplicate)."""
    from fpdf import FPDF

    r = random.Random(seed)
    pdf = FPDF(format="letter")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 9, "Cascade Mutual Health Plan", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10.5)
        heads = [f"Date of notice: 0{r.randint(1, 9)}/{r.randint(10, 28)}/2026",
                 f"Member ID: W{r.randint(10**8, 10**9)}", f"Claim Number: {r.randint(10**9, 10**10)}",
                 f"Date of service: 0{r.randint(1, 9)}/{r.randint(10, 28)}/2026",
                 f"Amount billed: ${r.randint(100, 9000)}.00", f"Page {p + 1} of {pages}"]
        body = list(LETTER_LINES) if p == 0 else []
        body += [" ".join(r.sample(LETTER_LINES, 1)[0].split()[:12]) for _ in range(24)]
        for line in heads + [""] + body:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def make_scanned(path: Path, pages: int, seed: int, work: Path) -> None:
    """The same kind of letter scanned: each page drawn at 300 dpi in grey, then put in a PDF as images
    (no text layer), as a scanner or a fax-to-PDF service delivers it."""
    src = work / f"{path.stem}.src.pdf"
    make_letter(src, pages, seed)
    tmp = work / f"{path.stem}.pages"
    tmp.mkdir()
    images = rasterize(src, tmp, "p")
    images_pdf(images, path)
    for img in images:
        img.unlink()
    tmp.rmdir()
    src.unlink()


def short_letters(folder: Path, n: int, seed: int, work: Path) -> tuple[list[Path], int]:
    """n scanned letters of one to three pages each; returns them and their page count."""
    folder.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    files, pages = [], 0
    for i in range(n):
        count = r.choice((1, 2, 2, 3))
        path = folder / f"letter{seed}-{i:03d}.pdf"
        make_scanned(path, count, seed * 1000 + i, work)
        files.append(path)
        pages += count
    return files, pages


def mixed_day(folder: Path, tiny: bool, work: Path) -> tuple[list[Path], int]:
    """A day's mail: short scanned letters, two scanned stacks and e-mailed PDFs with a text layer,
    about 200 pages in all (about two thirds scanned)."""
    n_short, stack, n_text = (2, 2, 1) if tiny else (40, 25, 14)
    files, pages = short_letters(folder, n_short, 7, work)
    for i in range(2):
        path = folder / f"stack{i}.pdf"
        make_scanned(path, stack, 900 + i, work)
        files.append(path)
        pages += stack
    for i in range(n_text):
        path = folder / f"emailed{i:02d}.pdf"
        make_letter(path, 5, 500 + i)
        files.append(path)
        pages += 5
    return files, pages


def script_one(pdf: Path) -> None:
    """The reference for one PDF: render every page to PGM, then one tesseract per page."""
    env = {"OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="intake-bench-ref-") as tmp:
        timed(["pdftoppm", "-r", "300", "-gray", str(pdf), str(Path(tmp) / "p")], env)
        for pgm in sorted(Path(tmp).glob("p-*.pgm")):
            timed(["tesseract", str(pgm), str(pgm.with_suffix("")), "-l", LANG, "tsv"], env)


def script(pdfs: list[Path], jobs: int = 2) -> float:
    """The reference script over files, `jobs` files at a time; wall seconds."""
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(script_one, pdfs))
    return time.monotonic() - start


def intake_batch(pdfs: list[Path], jobs: int, db: str) -> float:
    """intake batch into a new database (a new user's first batch: the schema is created too)."""
    return timed([INTAKE, "batch", "--jobs", str(jobs), "--db", db, *map(str, pdfs)])[0]


def cpu_of(fn) -> tuple[float, float]:
    """fn's result (wall seconds) and the CPU seconds its child processes used (they and their own
    children, once reaped): on a machine shared with other work the CPU figure is the steadier one."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = fn()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_of_pairs(repeats: int, reference, ours) -> dict:
    """Interleaved runs (this VM's speed drifts from minute to minute), best of each; ratio > 1: intake
    is quicker (reference seconds / intake seconds). CPU seconds are kept beside the wall times."""
    refs, runs = [], []
    for _ in range(repeats):
        refs.append(cpu_of(reference))
        runs.append(cpu_of(ours))
    ref, run = min(w for w, _ in refs), min(w for w, _ in runs)
    ref_cpu, run_cpu = min(c for _, c in refs), min(c for _, c in runs)
    return {"reference_runs_s": [w for w, _ in refs], "intake_runs_s": [w for w, _ in runs],
            "reference_cpu_s": ref_cpu, "intake_cpu_s": run_cpu, "reference_s": ref, "intake_s": run,
            "ratio": ref / run, "cpu_ratio": ref_cpu / run_cpu if run_cpu else 0.0}


def one_scanned_page(pdf: Path) -> float:
    """The reference for one scanned page: pdftoppm then one tesseract, one after the other."""
    start = time.monotonic()
    script_one(pdf)
    return time.monotonic() - start


def process(path: Path) -> float:
    return timed([INTAKE, "process", str(path), "--json"])[0]


def scan_page_inputs(work: Path) -> Path:
    path = work / "one_scanned_page.pdf"
    make_scanned(path, 1, 4242, work)
    return path


def text_letter_input(work: Path) -> Path:
    path = work / "one_text_letter.pdf"
    make_letter(path, 1, 4343)
    return path
