"""intake: read health-insurance denial letters and EOBs into facts, and write the requests an appeal needs."""

__version__ = "0.1.0"
