"""Acting head (Plt.): a delegation of the head's powers to another user for a date range."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.errors import BadInput


@dataclass(frozen=True)
class DelegationPeriod:
    """The head's powers held by ``delegate_id`` from ``start`` to ``end`` inclusive."""

    delegate_id: int
    start: dt.date
    end: dt.date
    revoked: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise BadInput("delegation_dates", f"{self.start} > {self.end}")

    def in_force(self, today: dt.date) -> bool:
        return not self.revoked and self.start <= today <= self.end


def is_acting_head(user_id: int, delegations: Iterable[DelegationPeriod], today: dt.date) -> bool:
    """Whether the user holds a delegation in force today."""
    return any(d.delegate_id == user_id and d.in_force(today) for d in delegations)
