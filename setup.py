"""Build hook: the wheel carries the top-level rules/, templates/ and models/ as package data in intake/data/.

The folders stay where the design card puts them (one copy of each file in git); intake.resources finds
the packaged copy with importlib.resources, or the top-level folder when run from a clone. Everything
else about the build is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRS = ("rules", "templates", "models")  # intake.resources.DATA_DIRS (a test keeps them in step)
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildWithData(build_py):
    """setuptools' build_py, then a copy of each data folder into intake/data/ of the build."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the top-level folders where they are
        for name in DATA_DIRS:
            target = Path(self.build_lib, "intake", "data", name)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithData})
