"""Every action the program writes to the activity log has words, found by reading the code.

The log codes are collected from the source, not from a list kept by hand: every ``<x>.log(session,
ACTION, ...)`` call in the package, with ACTION a literal, a module constant, a conditional, an
f-string over an enum member, or a parameter whose values are read from the calls of its function. A new form of
call that cannot be read this way fails the test, so nothing slips through unseen.
"""

from __future__ import annotations

import ast
import enum
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_app
from desktop_app.domain.roles import Action
from desktop_app.gui.messages import action_label, attempt_label, entry_action_text, permission_label

PACKAGE = Path(desktop_app.__file__).parent


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts or "migrations" in path.parts:
            continue
        name = ".".join(("desktop_app", *path.relative_to(PACKAGE).with_suffix("").parts))
        yield name, ast.parse(path.read_text(encoding="utf-8"))


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node  # type: ignore[return-value]
    return None


class Reader:
    """Resolves the action argument of a log call to the codes it can take."""

    def __init__(self, module: str, tree: ast.Module) -> None:
        self.module, self.tree, self.parents = module, tree, _parents(tree)
        self.constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                          and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                          for t in n.targets if isinstance(t, ast.Name)}

    def values(self, node: ast.AST, at: ast.AST) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            found = getattr(importlib.import_module(self.module), node.value.id, None)
            member = getattr(found, node.attr, None)
            if isinstance(member, enum.Enum):
                return {str(member.value)}
            if node.attr == "value":
                return self.values(node.value, at)
        if isinstance(node, ast.Name):
            if node.id in self.constants:
                return {self.constants[node.id]}
            imported = getattr(importlib.import_module(self.module), node.id, None)
            if isinstance(imported, str):  # a constant imported from another module
                return {imported}
            return self.parameter(node.id, at)
        if isinstance(node, ast.IfExp):
            return self.values(node.body, at) | self.values(node.orelse, at)
        if isinstance(node, ast.JoinedStr):
            results = {""}
            for part in node.values:
                inner = part.value if isinstance(part, ast.FormattedValue) else part
                options = self.values(inner, at)
                results = {r + o for r in results for o in options}
            return results
        raise AssertionError(f"{self.module}: cannot read the log action {ast.dump(node)}")

    def parameter(self, name: str, at: ast.AST) -> set[str]:
        function = _enclosing_function(at, self.parents)
        assert function is not None, f"{self.module}: {name} is not a parameter"
        names = [a.arg for a in function.args.args]
        keyword_only = [a.arg for a in function.args.kwonlyargs]
        if name in keyword_only:  # its default, and what callers give by name
            default = function.args.kw_defaults[keyword_only.index(name)]
            found = self.values(default, default) if default is not None else set()
            for call in ast.walk(self.tree):
                if isinstance(call, ast.Call):
                    callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
                    if callee == function.name:
                        found |= {v for k in call.keywords if k.arg == name for v in self.values(k.value, call)}
            return found
        if name not in names:  # a local variable: the values of its assignments in the function
            assigned = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
            assert assigned, f"{self.module}: {name} is neither a parameter nor a local of {function.name}"
            return set().union(*(self.values(value, value) for value in assigned))
        position = names.index(name) - (1 if names and names[0] in ("self", "cls") else 0)
        found: set[str] = set()
        for call in ast.walk(self.tree):
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if callee != function.name:
                continue
            given = next((k.value for k in call.keywords if k.arg == name), None)
            if given is None and position < len(call.args):
                given = call.args[position]
            if given is not None:
                found |= self.values(given, call)
        assert found, f"{self.module}: no call of {function.name} gives {name}"
        return found


def _is_context(receiver: ast.AST) -> bool:
    """``ctx.log`` or ``self.ctx.log``: the service context's log (not, say, a staged output's ``log``)."""
    return (isinstance(receiver, ast.Name) and receiver.id in ("ctx", "self")) or (
        isinstance(receiver, ast.Attribute) and receiver.attr == "ctx")


def logged_actions() -> dict[str, str]:
    """Every action code a log call in the package can write -> the module writing it."""
    codes: dict[str, str] = {}
    for module, tree in _modules():
        reader = Reader(module, tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "log"
                    and _is_context(node.func.value) and len(node.args) >= 2 and isinstance(node.args[0], ast.Name)):
                for code in reader.values(node.args[1], node):
                    codes.setdefault(code, module)
    return codes


def attempted_codes() -> dict[str, str]:
    """Every code named by an ``@attempt(...)`` decorator -> its module."""
    codes: dict[str, str] = {}
    for module, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for decorator in node.decorator_list:
                    if (isinstance(decorator, ast.Call) and getattr(decorator.func, "id", "") == "attempt"
                            and decorator.args and isinstance(decorator.args[0], ast.Constant)):
                        codes.setdefault(decorator.args[0].value, module)
    return codes


def test_the_scan_finds_the_log_calls_of_every_kind() -> None:
    codes = logged_actions()
    # a literal, a module constant, an f-string over an enum, a parameter given by the callers, the refusal
    for code in ("publication_approved", "check_failures_accepted", "dataset_validate", "login", "refused",
                 "soft_copy_made", "backup_settings_changed", "publication_package_written"):
        assert code in codes, code
    assert len(codes) > 60


def test_every_logged_action_has_words() -> None:
    missing = {code: module for code, module in logged_actions().items() if action_label(code) == code}
    assert not missing, f"activity-log actions without words in gui/messages.action_label: {missing}"


def test_every_attempt_and_every_permission_has_words() -> None:
    missing = {code: module for code, module in attempted_codes().items() if not attempt_label(code)}
    assert not missing, f"attempts without words in gui/messages.attempt_label: {missing}"
    assert len(attempted_codes()) > 20
    assert all(permission_label(action) != action.value for action in Action)


@pytest.mark.parametrize(("detail", "label", "expected"), [
    ({"code": "maker_checker", "attempt": "publication_approved", "action": "approve_publication"},
     "Brosur Investasi 2024", "Ditolak: Setujui publikasi 'Brosur Investasi 2024'"),
    ({"code": "permission", "action": "backup"}, "", "Ditolak: Buat cadangan"),
    ({"code": "state"}, "Izin Terbit", "Ditolak: 'Izin Terbit'"),
    ({"code": "not_logged_in"}, "", "Ditolak"),
])
def test_a_refusal_names_what_was_refused(detail, label, expected) -> None:
    assert entry_action_text("refused", detail, label) == expected
    assert entry_action_text("soft_copy_made") == "Salinan data soft dibuat"
