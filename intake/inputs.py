"""Which files are mail: the one rule for folders given to process and batch and for the watched inbox."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

SUPPORTED = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
TEMP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".download", ".swp")
CLUTTER = {".DS_Store", "Thumbs.db", "desktop.ini", "@eaDir", ".AppleDouble", "__MACOSX"}


def ignored(path: Path) -> bool:
    """Temporary names (a copy still arriving), hidden files and system clutter are never documents,
    wherever they sit in a folder."""
    name = path.name
    return (name in CLUTTER or name.startswith((".", "~$", "~")) or name.lower().endswith(TEMP_SUFFIXES)
            or any(part in CLUTTER or part.startswith(".") for part in path.parts[:-1] if part not in (".", "..")))


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Files as given (a wrong one gets its own one-line error); folders walked in name order for files
    that are not ignored and have a document's suffix. The watched inbox takes every file that is not
    ignored: one with another suffix is failed with its reason instead of lying there unseen."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and not ignored(f.relative_to(path)):
                    yield str(f)
        else:
            yield p
