"""The wheel on its own: built, installed into a fresh virtual environment and run from another folder.

A person who installs the wheel instead of running a clone must get the same facts and papers; this builds
the sdist and the wheel (from that sdist) with `python -m build`, installs the wheel (not editable) with
only the runtime packages it declares, and compares its results with the repository's set-up.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from intake import __version__
from intake.resources import rules_digest
from tests.conftest import ROOT, SAMPLES

LETTERS = ("b_bd_narrative_exper.pdf", "c_bd_eob_es_notcov.pdf")  # born digital: an English letter, a Spanish EOB
NOT_BUILT = {".git", ".venv", "sample_docs", "tests", "bench", "out", "build", "dist", "docs"}
DATE = "2026-03-02"


def _copy_source(target: Path) -> Path:
    """A copy of the clone to build from, so the build's egg-info and build/ never land in the repository."""
    def skip(folder, names):
        top = Path(folder).resolve() == ROOT
        return [n for n in names if (top and n in NOT_BUILT) or n == "__pycache__" or n.endswith(".egg-info")]

    shutil.copytree(ROOT, target, ignore=skip)
    return target


def _run(cmd, cwd: Path, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"{cmd[0]} {cmd[1:3]} failed ({r.returncode}):\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
    return r


def _install_args(venv: Path) -> list:
    """pip into the fresh venv: from the wheelhouse scripts/test.sh collects (no network), else from the index.

    Either way constrained to requirements.lock, and given only the wheel: what it declares is what it gets."""
    house = Path(os.environ.get("INTAKE_WHEELHOUSE") or Path(sys.prefix) / "wheelhouse")
    source = ["--no-index", "--find-links", house] if house.is_dir() else []
    return [sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q", "--no-compile",
            "--disable-pip-version-check", *source, "-c", ROOT / "requirements.lock"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(sdist, wheel, venv): both built from a copy of the clone, the wheel installed into a new venv."""
    base = tmp_path_factory.mktemp("wheel")
    src = _copy_source(base / "src")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", base / "dist", src], base, env)
    sdist, = (base / "dist").glob("*.tar.gz")
    wheel, = (base / "dist").glob("*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], base, env)
    _run(_install_args(venv) + [wheel], base, env, timeout=600)
    return sdist, wheel, venv


@pytest.fixture(scope="module")
def user_env(built, tmp_path_factory):
    """The environment of a user of the installed wheel: its venv's bin first, no PYTHONPATH, another HOME."""
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_") and k != "PYTHONPATH"}
    env.update(PATH=f"{built[2] / 'bin'}{os.pathsep}{env.get('PATH', '')}", HOME=str(home),
               INTAKE_HOME=str(home / "data"), OMP_THREAD_LIMIT="1")
    return env


def test_the_distributions_carry_the_data_folders_once(built):
    sdist, wheel, _ = built
    assert wheel.name == f"intake_appeals-{__version__}-py3-none-any.whl"
    with tarfile.open(sdist) as tar:
        in_sdist = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    with zipfile.ZipFile(wheel) as zf:
        in_wheel = set(zf.namelist())
        metadata = zf.read(f"intake_appeals-{__version__}.dist-info/METADATA").decode()
    for rel in ("rules/fields.yaml", "templates/es/claim_file_request.md", "models/intake_en/meta.json"):
        assert rel in in_sdist
        assert f"intake/data/{rel}" in in_wheel
        assert rel not in in_wheel  # no top-level rules/ in site-packages
    assert "intake/db/migrations/versions/0001_initial_schema.py" in in_wheel
    assert "intake/db/migrations/script.py.mako" in in_wheel
    for rel in ("templates/review.html", "static/htmx.min.js", "static/HTMX.txt", "static/app.js", "static/reorder.js"):
        assert f"intake/web/{rel}" in in_wheel  # intake serve's pages and assets
    required = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert any(line.startswith("Requires-Dist: spacy") for line in required)
    assert all("extra ==" in line for line in required if "pytest" in line or "hypothesis" in line)


def test_the_installed_wheel_runs_from_another_folder(built, user_env, tmp_path):
    _, _, venv = built
    site = _run([venv / "bin" / "python", "-c", "import intake, intake.resources as r; "
                 "print(intake.__file__); print(r.rules_dir()); print(r.templates_dir()); print(r.models_dir())"],
                tmp_path, user_env).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in site), site  # the wheel's copy, never the clone's

    version = _run(["intake", "--version"], tmp_path, user_env).stdout
    digest = rules_digest(ROOT / "rules")
    assert f"intake {__version__} (intake-appeals" in version
    assert "tesseract 5" in version or "tesseract 4" in version
    assert "eng" in version and "spa" in version
    assert f"rules {digest} ({venv}" in version

    check = _run(["intake", "rules", "check"], tmp_path, user_env).stdout
    assert check.startswith(f"rules ok ({digest})")

    meta = json.loads(Path(site[3], "intake_en", "meta.json").read_text())
    assert meta["intake_rules_digest"] == digest  # the shipped pipelines are loaded, not rebuilt per process


def test_the_installed_wheel_creates_and_migrates_a_case_database(built, user_env, tmp_path):
    _, _, venv = built
    made = _run(["intake", "db", "upgrade", "--db", f"sqlite:///{tmp_path / 'new.db'}"], tmp_path, user_env)
    assert made.stdout.startswith("schema up to date") and (tmp_path / "new.db").exists()
    # an older database is brought up by the Alembic migrations, which the wheel must carry and find
    script = ("import sys; from sqlalchemy import create_engine, text; from intake.db.engine import "
              "SCHEMA_HEAD, upgrade_schema; e = create_engine(sys.argv[1]); upgrade_schema(e, force=True); "
              "print(e.connect().execute(text('SELECT version_num FROM alembic_version')).scalar() == SCHEMA_HEAD)")
    migrated = _run([venv / "bin" / "python", "-c", script, f"sqlite:///{tmp_path / 'old.db'}"], tmp_path, user_env)
    assert migrated.stdout.strip() == "True"


def _process(cmd: list, out: Path, cwd: Path, env: dict) -> list:
    files = [SAMPLES / name for name in LETTERS]
    r = _run(cmd + ["process", *files, "--json", "--out", out, "--date", DATE], cwd, env)
    return json.loads(r.stdout.replace(str(out), "OUT"))


def _paper_texts(out: Path) -> dict:
    """Every paper written, by path below the output folder: the DOCX body, the calendar without the moment it
    was written (DTSTAMP), the PDF's text as poppler reads it (fpdf2 stamps the creation time into the file)."""
    texts = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        rel = str(path.relative_to(out))
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as zf:
                texts[rel] = zf.read("word/document.xml")
        elif path.suffix == ".pdf":
            assert path.read_bytes()[:5] == b"%PDF-"
            texts[rel] = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout
        else:
            lines = path.read_text().splitlines()
            texts[rel] = [line for line in lines if not line.startswith("DTSTAMP:")]
    return texts


def test_the_wheel_gives_the_repository_s_results_and_papers(built, user_env, tmp_path):
    repo_env = dict(os.environ, OMP_THREAD_LIMIT="1", HOME=str(tmp_path), INTAKE_HOME=str(tmp_path / "data"))
    expected = _process([sys.executable, "-m", "intake"], tmp_path / "repo-out", ROOT, repo_env)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    got = _process(["intake"], tmp_path / "wheel-out", elsewhere, user_env)

    assert got == expected
    assert {r["document_type"] for r in got} >= {"denial_letter", "eob"}
    papers = _paper_texts(tmp_path / "wheel-out")
    assert any(p.endswith("claim_file_request.pdf") for p in papers)
    assert any(p.endswith("records_request_1.docx") for p in papers)
    assert all(len(text) > 200 for name, text in papers.items() if name.endswith(".pdf"))  # papers with words on them
    assert papers == _paper_texts(tmp_path / "repo-out")  # same papers, word for word
