"""Hypothesis settings profiles, chosen with the `HYPOTHESIS_PROFILE` environment variable.

`ci` (the default) is deterministic and modest, so the whole suite stays fast and a failure seen in
CI is seen again on a laptop; it does not shrink (the known failures, strict xfails, would pay for
it on every run). `dev` explores more, with fresh randomness, and shrinks what it finds.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="module")
def ray_cluster():
    """A local 2-CPU Ray cluster for a module's tests (5-10 s to start). Shut down after the
    module: the tests after it fork worker pools, which a process running Ray should not do."""
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install '.[ray]')")
    pytest.importorskip("ray.data", reason="Ray Data is not installed (pip install '.[ray]')")
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, logging_level="warning")
    yield ray
    if started:
        ray.shutdown()
