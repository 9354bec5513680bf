"""The minimum rules a password must meet on a shared office PC; each broken rule has a message code."""

from __future__ import annotations

from desktop_app.domain.errors import BadInput

MIN_LENGTH = 8
MAX_LENGTH = 256  # hashing cost stays bounded

# Guessed first on any office PC; compared without case, spaces, dashes or dots.
COMMON = frozenset({
    "password", "password1", "passw0rd", "katasandi", "rahasia", "rahasia1", "sandi123", "qwerty123",
    "qwertyuiop", "asdfghjkl", "abcdefgh", "abcd1234", "iloveyou", "admin123", "administrator",
    "bismillah", "indonesia", "padi1234", "dpmptsp", "tebingtinggi",
})


def password_problem(password: str, username: str = "") -> str | None:
    """The code of the first rule ``password`` breaks, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return "password_too_short"
    if len(password) > MAX_LENGTH:
        return "password_too_long"
    folded = password.casefold()
    if username and folded.strip() == username.strip().casefold():
        return "password_is_username"
    if password.isdigit():
        return "password_only_digits"
    if len(set(folded)) == 1:
        return "password_one_character"
    if "".join(ch for ch in folded if ch not in " -._") in COMMON:
        return "password_too_common"
    return None


def check_password(password: str, username: str = "") -> None:
    """BadInput with the broken rule's code (detail: the minimum length for the length rule)."""
    problem = password_problem(password, username)
    if problem is not None:
        raise BadInput(problem, str(MIN_LENGTH) if problem == "password_too_short" else "")


__all__ = ["COMMON", "MAX_LENGTH", "MIN_LENGTH", "check_password", "password_problem"]
