"""Hypothesis settings profiles, chosen with the `HYPOTHESIS_PROFILE` environment variable.

`ci` (the default) is deterministic and modest, so the whole suite stays fast and a failure seen in
CI is seen again on a laptop; it does not shrink (the known failures, strict xfails, would pay for
it on every run). `dev` explores more, with fresh randomness, and shrinks what it finds.
"""

from __future__ import annotations

import os

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
