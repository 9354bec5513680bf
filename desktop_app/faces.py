"""Package faces whose names load on first use (PEP 562).

A services package's ``__init__`` lists which module holds each public name; a name's module is
imported the first time the name is asked for, so the command line and the window start without
loading every use case (and the renderers and spreadsheet libraries behind them).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_names(package: str, where: Mapping[str, tuple[str, str]]) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: ``where[name]`` is (module, attribute); a name once
    loaded is kept on the package, so the next lookup is an ordinary attribute."""
    face = sys.modules[package]

    def load(name: str) -> object:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = where[name]
        value = getattr(importlib.import_module(module), attribute)
        setattr(face, name, value)
        return value

    return load
