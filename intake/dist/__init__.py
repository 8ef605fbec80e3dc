"""Beyond one machine: Celery workers on a shared queue; the database holds the work, the broker only IDs."""
