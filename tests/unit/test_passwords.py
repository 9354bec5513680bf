"""Minimum password rules."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.domain.passwords import check_password, password_problem


@pytest.mark.parametrize(("password", "username", "code"), [
    ("pendek1", "siti", "password_too_short"),
    ("x" * 257 + "y", "siti", "password_too_long"),
    ("Siti.Rahma", "siti.rahma", "password_is_username"),
    ("19700101", "siti", "password_only_digits"),
    ("aaaaaaaaaa", "siti", "password_one_character"),
    ("Kata-Sandi", "siti", "password_too_common"),
    ("Password1", "siti", "password_too_common"),
    ("rahasia-123", "siti", None),
    ("padi-demo", "kepala", None),
    ("kopi pagi di kantor", "", None),
])
def test_rules(password: str, username: str, code: str | None) -> None:
    assert password_problem(password, username) == code


def test_check_raises_bad_input_with_the_code() -> None:
    with pytest.raises(BadInput) as err:
        check_password("1234567", "siti")
    assert err.value.code == "password_too_short" and err.value.detail == "8"
    check_password("teh-manis-hangat", "siti")
