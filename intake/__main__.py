"""Allow `python -m intake` where the console script is not on PATH."""

from intake.cli import main

main()
