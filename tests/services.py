"""Services that some tests need beside Python (Redis): such a test skips with the reason where
the service is absent, so the suite passes on a bare machine, and fails instead when
``IMGMETA_REQUIRE_SERVICES=1`` (set by .ci/run, where the services run and must be tested)."""

import os
from typing import NoReturn

import pytest

REQUIRED = os.environ.get("IMGMETA_REQUIRE_SERVICES", "") == "1"


def unavailable(reason: str) -> NoReturn:
    """Skip the current test because of ``reason``, or fail it where services are required."""
    if REQUIRED:
        pytest.fail(f"{reason}, and IMGMETA_REQUIRE_SERVICES=1 says it must run here", pytrace=False)
    pytest.skip(reason)
