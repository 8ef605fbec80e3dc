"""What the wheel declares and where intake finds its data: imports declared, locks exact, folders found."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from intake import DISTRIBUTION, __version__, about, resources
from tests.conftest import ROOT, intake_cmd

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _pins(lock: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / lock).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and version and re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+", name), f"{lock}: not name==version: {line}"
            pins[canonicalize_name(name.split("[")[0])] = version
    return pins


def _third_party_imports() -> dict[str, str]:
    """Top-level modules intake imports that are neither the standard library nor intake, with one importer."""
    found = {}
    for path in (ROOT / "intake").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "intake":
                    found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def test_every_imported_package_is_a_declared_dependency():
    declared = {canonicalize_name(Requirement(d).name) for d in PYPROJECT["project"]["dependencies"]}
    owners = packages_distributions()
    undeclared = {mod: where for mod, where in _third_party_imports().items()
                  if not {canonicalize_name(d) for d in owners.get(mod, [mod])} & declared}
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"


def test_the_runtime_lock_pins_every_dependency_exactly_and_no_test_tool():
    runtime, test = _pins("requirements.lock"), _pins("requirements-test.lock")
    for dep in PYPROJECT["project"]["dependencies"]:
        req = Requirement(dep)
        name = canonicalize_name(req.name)
        assert name in runtime, f"{req.name} is a dependency without a pin in requirements.lock"
        assert req.specifier.contains(runtime[name], prereleases=True), f"{req.name}=={runtime[name]} vs {dep}"
    assert not set(runtime) & set(test), "a package pinned in both locks"
    for tool in ("pytest", "hypothesis", "jsonschema", "build"):
        assert tool in test and tool not in runtime


def test_the_distribution_is_named_apart_from_pypi_s_intake():
    project = PYPROJECT["project"]
    assert project["name"] == DISTRIBUTION != "intake"
    assert project["scripts"] == {"intake": "intake.cli:main"}
    assert project["requires-python"] == ">=3.11"


def test_the_build_maps_exactly_the_data_folders_intake_reads():
    setup_py = ast.parse((ROOT / "setup.py").read_text())
    mapped = next(ast.literal_eval(n.value) for n in ast.walk(setup_py)
                  if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "DATA_DIRS")
    assert tuple(mapped) == resources.DATA_DIRS
    manifest = (ROOT / "MANIFEST.in").read_text().split()
    assert all(f"graft {name}" in " ".join(manifest) for name in resources.DATA_DIRS)


def test_a_clone_reads_its_top_level_folders(monkeypatch):
    for var in ("INTAKE_RULES_DIR", "INTAKE_TEMPLATES_DIR", "INTAKE_MODELS_DIR"):
        monkeypatch.delenv(var, raising=False)
    assert resources.rules_dir() == ROOT / "rules"
    assert resources.templates_dir() == ROOT / "templates"
    assert resources.models_dir() == ROOT / "models"


def test_the_environment_still_overrides_the_shipped_folders(monkeypatch, tmp_path):
    monkeypatch.setenv("INTAKE_RULES_DIR", str(tmp_path / "r"))
    monkeypatch.setenv("INTAKE_TEMPLATES_DIR", str(tmp_path / "t"))
    assert resources.rules_dir() == tmp_path / "r" and resources.templates_dir() == tmp_path / "t"
    assert about.rules_line().startswith("rules: cannot be read in")


def test_tesseract_s_answers_are_read():
    assert about.parse_version("tesseract 5.3.0\n leptonica-1.82.0\n") == "5.3.0"
    assert about.parse_version("") is None
    langs = about.parse_langs('List of available languages in "/usr/share/tessdata/" (2):\neng\nosd\n')
    assert langs == ["eng", "osd"]
    assert about.tesseract_line("5.3.0", langs) == "tesseract 5.3.0 (languages: eng, osd; missing spa)"
    assert about.tesseract_line(None, []).startswith("tesseract: not found")


def test_version_names_the_package_tesseract_and_the_rules_digest(rules):
    r = intake_cmd("--version", cwd=Path("/"))
    assert r.returncode == 0 and r.stderr == ""
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"intake {__version__} ({DISTRIBUTION}, Python 3.")
    assert re.fullmatch(r"tesseract \d+\.\d+\S* \(languages: .*eng.*spa.*\)", lines[1])
    assert lines[2] == f"rules {rules.digest} ({ROOT / 'rules'})"


def test_a_bad_option_is_a_usage_error_not_a_bug():
    r = intake_cmd("process", "--no-such-option")
    assert r.returncode == 2 and "No such option" in r.stderr and "internal error" not in r.stderr
    assert intake_cmd().returncode == 2  # no command: the help, as a usage error


def test_every_intake_package_goes_into_the_wheel():
    """A sub-package missing from the wheel is a ModuleNotFoundError for everyone who installs it."""
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = conf["tool"]["setuptools"]["packages"]["find"]["include"]
    found = sorted(".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "intake").rglob("__init__.py"))
    import fnmatch

    assert all(any(fnmatch.fnmatch(name, pat) for pat in include) for name in found), found
