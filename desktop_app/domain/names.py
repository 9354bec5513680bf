"""Names people give the office's items: printable, and short enough for every place they are shown."""

from __future__ import annotations

import re

from desktop_app.domain.errors import BadInput

MAX_DATASET_NAME = 200  # the column holds 300; titles, sheet names and file names are made from it

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def check_dataset_name(name: str) -> None:
    """BadInput for a dataset name with control characters (invisible; a terminal would obey an escape
    sequence) or longer than MAX_DATASET_NAME characters."""
    if _CONTROL.search(name):
        raise BadInput("name_has_control_characters", name.encode("unicode_escape").decode("ascii")[:100])
    if len(name.strip()) > MAX_DATASET_NAME:
        raise BadInput("dataset_name_too_long", str(len(name.strip())))


__all__ = ["MAX_DATASET_NAME", "check_dataset_name"]
