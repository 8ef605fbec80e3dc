"""The lease sweeper's pace, decided without a broker: a fraction of the lease, never idle-spinning."""

from intake.dist.sweeper import sweep_interval


def test_the_sweep_runs_a_quarter_of_the_lease_apart_between_one_and_thirty_seconds():
    assert sweep_interval(8) == 2
    assert sweep_interval(110) == 27
    assert sweep_interval(3) == 1  # a lease of seconds is still not swept in a busy loop
    assert sweep_interval(3600) == 30  # a long lease does not leave a lapsed job waiting for an hour
