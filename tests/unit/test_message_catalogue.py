"""Every error code the services, the storage or the domain can raise has words in both languages.

The codes are read from the source, not from a list kept by hand: every call of one of PADI's error classes
(``PadiError`` and its subclasses) under ``desktop_app/services``, ``storage`` and ``domain``. Its code is a
literal, a conditional of literals, or one of the few computed codes listed in ``COMPUTED`` below; a new form
of call that cannot be read fails the test, so no code slips through unseen.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import desktop_app
from desktop_app import messages
from desktop_app.domain.errors import PadiError

PACKAGE = Path(desktop_app.__file__).parent
LAYERS = ("services", "storage", "domain")
TS_PATH = PACKAGE.parent / "resources" / "translations" / "padi_en.ts"

#: Codes computed at the raise site (the source of the first argument -> the codes it can take).
COMPUTED = {
    "codes[0]": {"passphrase_needed", "wrong_passphrase"},
    "next(iter(codes & {'passphrase_needed', 'wrong_passphrase'}))": {"passphrase_needed", "wrong_passphrase"},
    "kind": {"target_is_database", "target_is_backup"},  # outputs.protection
    "code": {"unknown_programme", "unknown_activity"},  # programmes._get
    "f'{kind}_name_required'": {"programme_name_required", "activity_name_required"},
    "f'{kind}_code_taken'": {"programme_code_taken", "activity_code_taken"},
    "refusal_code(exc)": {"server_login_failed", "server_no_database", "server_unreachable"},
    "problem": {"password_too_short", "password_too_long", "password_is_username", "password_only_digits",
                "password_one_character", "password_too_common"},  # domain.passwords.password_problem
}


def _sources() -> Iterator[Path]:
    for layer in LAYERS:
        yield from sorted(p for p in (PACKAGE / layer).rglob("*.py") if "migrations" not in p.parts)


def _error_classes() -> set[str]:
    for path in _sources():
        importlib.import_module(".".join(("desktop_app", *path.relative_to(PACKAGE).with_suffix("").parts)))
    found, todo = {PadiError}, [PadiError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return {cls.__name__ for cls in found}


def _codes_of(node: ast.expr) -> set[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        body, orelse = _codes_of(node.body), _codes_of(node.orelse)
        return body | orelse if body is not None and orelse is not None else None
    return COMPUTED.get(ast.unparse(node))


def raised_codes() -> dict[str, list[str]]:
    """Each code a raise site can carry -> where (``services/accounts.py:355``)."""
    classes = _error_classes() - {"Cancelled"}  # Cancelled carries its own code and is never refused with words
    codes: dict[str, list[str]] = {}
    unreadable = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in classes:
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            found = _codes_of(node.args[0]) if node.args else None
            if found is None:
                unreadable.append(f"{where} {ast.unparse(node)[:80]}")
                continue
            for code in found:
                codes.setdefault(code, []).append(where)
    assert not unreadable, f"error codes this test cannot read (add them to COMPUTED): {unreadable}"
    return codes


def english(context_name: str = messages.CONTEXT) -> dict[str, str]:
    """The finished English of one context in padi_en.ts (source -> translation)."""
    root = ET.parse(TS_PATH).getroot()
    done = {}
    for context in root.iter("context"):
        if context.findtext("name") != context_name:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and (translation.text or "").strip():
                done[message.findtext("source") or ""] = translation.text or ""
    return done


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    assert "services/accounts/account_service.py" in " ".join(codes["locked"])
    assert {"maker_checker", "bad_credentials", "server_unreachable", "password_too_common",
            "activity_code_taken", "dataset_in_trash"} <= set(codes)
    assert len(codes) > 150


def test_every_raised_code_has_an_indonesian_sentence_and_its_english() -> None:
    translated = english()
    no_text = sorted(code for code in raised_codes() if not messages.ERRORS.get(code, messages.Message()).text)
    assert not no_text, f"codes without a sentence in desktop_app/messages.py: {no_text}"
    no_english = sorted(code for code in raised_codes() if messages.ERRORS[code].text not in translated)
    assert not no_english, f"sentences without finished English in padi_en.ts: {no_english}"


def test_the_command_line_and_the_window_read_the_same_catalogue() -> None:
    from desktop_app import cli

    assert cli.MESSAGES == {code: m.for_cli for code, m in messages.ERRORS.items() if m.for_cli}
    assert cli.message_for("locked", "2026-11-24T08:15:00") == messages.sentence("locked", "2026-11-24T08:15:00")
    assert "08:15" in messages.sentence("locked", "2026-11-24T08:15:00")
    assert cli.STATE_LABELS is messages.STATES
    assert not [text for text in messages.STATES.values() if text not in english(messages.STATE_CONTEXT)]


def test_a_detail_fills_its_place_and_an_unknown_code_is_named() -> None:
    assert messages.sentence("dataset_name_taken", "Izin", cli=True) == (
        "Nama Kumpulan Data 'Izin' sudah dipakai. Pilih nama lain.")
    assert messages.sentence("no_such_code") == "Tindakan gagal (no_such_code)."
    assert messages.sentence("passphrase_too_short") == "Frasa sandi cadangan terlalu pendek (minimal 8 karakter)."
    assert messages.sentence("changed_elsewhere", "Budi|2026-11-24T08:15:09").startswith(
        "Item ini diubah oleh Budi pada 2026-11-24 08:15 sejak")


def test_the_catalogue_loads_no_qt() -> None:
    loaded = subprocess.run([sys.executable, "-c", "import sys, desktop_app.messages; "
                             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_every_finding_a_check_makes_has_words_in_both_languages() -> None:
    checks = ast.parse((PACKAGE / "domain" / "checks.py").read_text(encoding="utf-8"))
    made = {node.args[0].value for node in ast.walk(checks) if isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "Finding" and isinstance(node.args[0], ast.Constant)}
    assert made and made <= set(messages.FINDINGS), made - set(messages.FINDINGS)
    translated = english(messages.FINDING_CONTEXT)
    templates = [value for name, value in vars(messages).items() if name.startswith("_") and isinstance(value, str)
                 and "{" in value and value in translated]
    assert len(templates) == 8  # the findings that carry their value
    assert not [text for text in messages.FINDINGS.values() if text not in translated]


def test_the_command_line_and_the_window_word_a_finding_alike() -> None:
    from desktop_app import cli

    subtotal = {"label": "Sub Total", "source_row": 7, "stated": 25, "expected": 23, "first": 1, "last": 3}
    for code, value in (("duplicate_key", 2), ("total_mismatch", 1250.5), ("subtotal_mismatch", subtotal),
                        ("missing_period", "Maret 2024"), ("large_change", "2024-02: +60%"), ("empty", None)):
        assert cli.finding_message(code, value) == messages.finding(code, value)
    assert messages.finding("duplicate_key", 2) == "kunci baris sama dengan baris 3"
    assert messages.finding("subtotal_mismatch", subtotal) == (
        "subtotal “Sub Total” (baris 7 berkas sumber) tertulis 25, penjumlahan baris 1–3 = 23")
    assert messages.finding("no_such_finding") == "no_such_finding"
