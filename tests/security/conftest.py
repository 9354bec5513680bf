"""The attacks of issue 14 as tests: the demo database fixtures of the command-line tests."""

from tests.services.conftest import as_demo_user, demo_db, demo_template  # noqa: F401 - fixtures
