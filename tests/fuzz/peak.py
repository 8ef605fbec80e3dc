"""Run a command and report the peak resident memory of its largest process (itself or any descendant).

`python -m tests.fuzz.peak OUT_FILE CMD...`: CMD's exit code is passed on; OUT_FILE gets the peak in KiB.
The kernel keeps this figure (getrusage of waited-for children), so nothing is sampled and nothing missed."""

from __future__ import annotations

import resource
import subprocess
import sys

if __name__ == "__main__":
    code = subprocess.call(sys.argv[2:])
    with open(sys.argv[1], "w") as fh:
        fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    sys.exit(code)
