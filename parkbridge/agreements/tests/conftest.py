"""The page tests of this app look at the same small registry as the shell's page tests."""

from parkbridge.web.tests.conftest import (  # noqa: F401  (fixtures, found by pytest by name)
    _catalogues_compiled,
    client_in,
    fresh_registry_state,
    registry,
    staff_client,
)
