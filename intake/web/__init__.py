"""`intake serve`: the review page beside the scan (Starlette, Jinja2, htmx), over the same store."""
