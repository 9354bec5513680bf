"""State machines of datasets (steps 1–4) and publications (steps 5–7), and maker-checker."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Action
from desktop_app.domain.steps import Step


class DatasetState(str, enum.Enum):
    """Where a dataset stands in steps 1–4."""

    DRAFT = "draft"
    CHECKING = "checking"
    VALIDATED = "validated"
    PROCESSED = "processed"
    PRESENTED = "presented"


class PublicationState(str, enum.Enum):
    """Where a publication stands in steps 5–7."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    PUBLISHED = "published"


class Move(str, enum.Enum):
    """A transition request."""

    START_CHECK = "start_check"
    VALIDATE = "validate"
    RETURN = "return"
    PROCESS = "process"
    PRESENT = "present"
    SUBMIT = "submit"
    APPROVE = "approve"
    REVISE = "revise"
    PUBLISH = "publish"


@dataclass(frozen=True)
class Transition:
    """One allowed move: from a state to a state, in a step, needing a permission."""

    source: enum.Enum
    move: Move
    target: enum.Enum
    step: Step
    action: Action


D, P = DatasetState, PublicationState

DATASET_TRANSITIONS: tuple[Transition, ...] = (
    Transition(D.DRAFT, Move.START_CHECK, D.CHECKING, Step.VALIDATE, Action.CHECK_DATASET),
    Transition(D.CHECKING, Move.VALIDATE, D.VALIDATED, Step.VALIDATE, Action.VALIDATE_DATASET),
    Transition(D.CHECKING, Move.RETURN, D.DRAFT, Step.VALIDATE, Action.VALIDATE_DATASET),
    Transition(D.VALIDATED, Move.PROCESS, D.PROCESSED, Step.PROCESS, Action.PROCESS_DATASET),
    Transition(D.PROCESSED, Move.PRESENT, D.PRESENTED, Step.PRESENT, Action.PRESENT_DATASET),
)

PUBLICATION_TRANSITIONS: tuple[Transition, ...] = (
    Transition(P.DRAFT, Move.SUBMIT, P.SUBMITTED, Step.SUBMIT, Action.SUBMIT_PUBLICATION),
    Transition(P.SUBMITTED, Move.APPROVE, P.APPROVED, Step.REVIEW, Action.APPROVE_PUBLICATION),
    Transition(P.SUBMITTED, Move.RETURN, P.RETURNED, Step.REVIEW, Action.APPROVE_PUBLICATION),
    Transition(P.RETURNED, Move.REVISE, P.DRAFT, Step.SUBMIT, Action.COMPOSE_PUBLICATION),
    Transition(P.APPROVED, Move.REVISE, P.DRAFT, Step.SUBMIT, Action.COMPOSE_PUBLICATION),
    Transition(P.APPROVED, Move.PUBLISH, P.PUBLISHED, Step.PUBLISH, Action.PUBLISH_PUBLICATION),
    Transition(P.PUBLISHED, Move.PUBLISH, P.PUBLISHED, Step.PUBLISH, Action.PUBLISH_PUBLICATION),
    # A published publication built on data revised since gets a new version (approved again).
    Transition(P.PUBLISHED, Move.REVISE, P.DRAFT, Step.SUBMIT, Action.COMPOSE_PUBLICATION),
)

_TABLES = {DatasetState: DATASET_TRANSITIONS, PublicationState: PUBLICATION_TRANSITIONS}


def find_transition(state: DatasetState | PublicationState, move: Move) -> Transition:
    """The transition for a move from a state, or NotAllowed('state')."""
    for transition in _TABLES[type(state)]:
        if transition.source == state and transition.move == move:
            return transition
    raise NotAllowed("state", f"{move.value} from {state.value}")


def allowed_moves(state: DatasetState | PublicationState) -> tuple[Move, ...]:
    """Moves possible from a state, in SOP order."""
    return tuple(t.move for t in _TABLES[type(state)] if t.source == state)


DATASET_STEP = {
    D.DRAFT: Step.PREPARE, D.CHECKING: Step.VALIDATE, D.VALIDATED: Step.PROCESS,
    D.PROCESSED: Step.PRESENT, D.PRESENTED: Step.PRESENT,
}
PUBLICATION_STEP = {
    P.DRAFT: Step.SUBMIT, P.RETURNED: Step.SUBMIT, P.SUBMITTED: Step.REVIEW,
    P.APPROVED: Step.PUBLISH, P.PUBLISHED: Step.PUBLISH,
}


def check_maker_checker(approver_id: int, author_id: int, submitter_id: int | None) -> None:
    """Nobody approves (or returns) what they authored or submitted themselves."""
    if approver_id in (author_id, submitter_id):
        raise NotAllowed("maker_checker", f"user {approver_id} authored or submitted it")
