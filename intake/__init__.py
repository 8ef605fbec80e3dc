"""intake: read health-insurance denial letters and EOBs into facts, and write the requests an appeal needs."""

__version__ = "0.1.0"
DISTRIBUTION = "intake-appeals"  # the name on PyPI and in pip; "intake" there is an unrelated data-catalog project
