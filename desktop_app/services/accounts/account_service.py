"""Accounts: first-run setup, office profile, users and roles, login with lockout, acting head."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.delegation import DelegationPeriod, is_acting_head
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.passwords import MIN_LENGTH, check_password
from desktop_app.domain.role_changes import needs_head_confirmation
from desktop_app.domain.roles import Action, Actor, PermissionMatrix, Role
from desktop_app.domain.work_sessions import PauseReason
from desktop_app.services.runtime import ServiceContext, attempt
from desktop_app.storage.models import Delegation, LogEntry, Office, RoleRequest, Setting, User


class WorkPauser(Protocol):
    """What accounts asks of the work recorder (timing): pause the actor's open work at logout and lock."""

    def pause_own(self, session: Session, reason: str, stopped_at: dt.datetime | None = None) -> int: ...

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = MIN_LENGTH
MUST_CHANGE_KEY = "password_change_required"  # settings row: {"user_ids": [...]} reset by an administrator
IDLE_LOCK_KEY = "idle_lock"  # settings row: {"minutes": N}
PERMISSIONS_KEY = "permissions"  # settings row: {role: [action, ...]} (ServiceContext.permissions reads it)
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 120)  # the lock cannot be switched off, only made slower

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


@dataclass(frozen=True)
class OfficeProfile:
    """The office as it appears on letterheads and in the catalogue."""

    name: str
    government: str = ""
    short_name: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    head_name: str = ""
    head_nip: str = ""
    head_rank: str = ""
    logo: bytes | None = None
    is_sample: bool = False


@dataclass(frozen=True)
class DelegationInfo:
    id: int
    delegate: str
    start: dt.date
    end: dt.date
    revoked: bool


MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _check_logo(logo: bytes | None) -> None:
    if logo is None:
        return
    if len(logo) > MAX_LOGO_BYTES:
        raise BadInput("logo_too_large", str(len(logo)))
    if not logo.startswith(_IMAGE_SIGNATURES):
        raise BadInput("bad_logo")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    nip: str
    rank: str
    is_admin: bool
    active: bool

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.role.label})"


@dataclass(frozen=True)
class RoleRequestInfo:
    """A role change waiting for the Kepala Dinas: who, from what to what, asked by whom and when."""

    id: int
    user_id: int
    username: str
    full_name: str
    current_role: Role
    current_admin: bool
    role: Role
    is_admin: bool
    requested_by: str  # "Admin Kantor (Staf)"
    requested_at: dt.datetime


def _user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), user.nip, user.rank,
                    user.is_admin, user.active)


def _office_profile(office: Office) -> OfficeProfile:
    return OfficeProfile(
        name=office.name, government=office.government, short_name=office.short_name,
        address=office.address, phone=office.phone, fax=office.fax, email=office.email,
        website=office.website, head_name=office.head_name, head_nip=office.head_nip,
        head_rank=office.head_rank, logo=office.logo, is_sample=office.is_sample,
    )


class AccountService:
    """Users, the office profile, login and switching user on a shared PC."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.work: WorkPauser | None = None  # set by Services: pauses recorded work at logout and lock

    # --- first run -------------------------------------------------------------------------
    def needs_setup(self) -> bool:
        with self.ctx.db.reading() as s:
            return s.scalar(select(func.count(User.id))) == 0

    def setup(self, office: OfficeProfile, username: str, full_name: str, password: str,
              role: Role = Role.STAF, nip: str = "", rank: str = "") -> UserInfo:
        """Create the office profile and the first administrator; only on an empty database."""
        if not office.name.strip():
            raise BadInput("office_name_required")
        _check_logo(office.logo)
        with self.ctx.db.unit_of_work() as s:
            if s.scalar(select(func.count(User.id))):
                raise NotAllowed("already_set_up")
            s.add(Office(id=1, **_office_columns(office)))
            user = self._new_user(s, username, full_name, password, role, nip, rank, is_admin=True)
            actor = actor_of(user, acting=False)
            self.ctx.log(s, "office_setup", object_type="office", object_id=1,
                         object_label=office.name, actor=actor)
            self.ctx.log(s, "user_created", object_type="user", object_id=user.id,
                         object_label=user.username, detail={"role": role.value, "admin": True},
                         actor=actor)
            return _user_info(user)

    # --- office ----------------------------------------------------------------------------
    def office(self) -> OfficeProfile:
        with self.ctx.db.reading() as s:
            office = s.get(Office, 1)
            if office is None:
                raise NotAllowed("not_set_up")
            return _office_profile(office)

    @attempt("office_updated")
    def update_office(self, profile: OfficeProfile) -> None:
        if not profile.name.strip():
            raise BadInput("office_name_required")
        _check_logo(profile.logo)
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.EDIT_OFFICE)
            office = s.get(Office, 1)
            for key, value in _office_columns(profile).items():
                setattr(office, key, value)
            self.ctx.log(s, "office_updated", object_type="office", object_id=1, object_label=profile.name)

    # --- users -----------------------------------------------------------------------------
    def users(self) -> list[UserInfo]:
        with self.ctx.db.reading() as s:
            return [_user_info(u) for u in s.scalars(select(User).order_by(User.id))]

    @attempt("user_created")
    def create_user(self, username: str, full_name: str, password: str, role: Role,
                    nip: str = "", rank: str = "", is_admin: bool = False) -> UserInfo:
        """A new account. The Kepala or Sekretaris role or the administrator flag asked for it waits for
        the Kepala Dinas's confirmation (after first-run setup): until then the account is a Staf
        (or keeps the other role asked for) without the flag, and the request is in role_requests()."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.MANAGE_USERS)
            pending = self._head_must_confirm(s, actor, None, (role, is_admin))
            granted = (Role.STAF if role in (Role.KEPALA, Role.SEKRETARIS) else role, False) if pending \
                else (role, is_admin)
            user = self._new_user(s, username, full_name, password, granted[0], nip, rank, granted[1])
            self.ctx.log(s, "user_created", object_type="user", object_id=user.id,
                         object_label=user.username, detail={"role": granted[0].value, "admin": granted[1]})
            if pending:
                self._request(s, actor, user, role, is_admin)
            return _user_info(user)

    # --- role changes (maker-checker on accounts) -------------------------------------------
    def change_role(self, user_id: int, role: Role, is_admin: bool) -> bool:
        """Change an account's role and administrator flag; True when done now, False when it waits for
        the Kepala Dinas (see ``domain.role_changes``). A newer request replaces a waiting one."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.MANAGE_USERS)
            user = s.get(User, user_id)
            if user is None:
                raise BadInput("unknown_user", str(user_id))
            old = (Role(user.role), user.is_admin)
            if old == (role, is_admin):
                raise BadInput("role_unchanged", user.username)
            superseded = self._supersede(s, user.id)
            if self._head_must_confirm(s, actor, old, (role, is_admin)):
                self._request(s, actor, user, role, is_admin, superseded)
                return False
            user.role, user.is_admin = role.value, is_admin
            self.ctx.log(s, "role_changed", object_type="user", object_id=user.id, object_label=user.username,
                         detail={"from_role": old[0].value, "from_admin": old[1], "role": role.value,
                                 "admin": is_admin, "superseded": superseded})
            return True

    def role_requests(self) -> list[RoleRequestInfo]:
        """Role changes waiting for the Kepala Dinas, oldest first."""
        with self.ctx.db.reading() as s:
            users = {u.id: u for u in s.scalars(select(User))}
            out = []
            for r in s.scalars(select(RoleRequest).where(RoleRequest.decision == "").order_by(RoleRequest.id)):
                user, maker = users[r.user_id], users.get(r.requested_by)
                out.append(RoleRequestInfo(
                    r.id, user.id, user.username, user.full_name, Role(user.role), user.is_admin, Role(r.role),
                    r.is_admin, f"{maker.full_name} ({Role(maker.role).label})" if maker else "", r.requested_at))
            return out

    def confirm_role_change(self, request_id: int) -> None:
        """The Kepala Dinas confirms a waiting role change: it takes effect now (logged)."""
        self._decide(request_id, confirmed=True)

    def reject_role_change(self, request_id: int) -> None:
        """The Kepala Dinas rejects a waiting role change: the account stays as it is (logged)."""
        self._decide(request_id, confirmed=False)

    def _decide(self, request_id: int, *, confirmed: bool) -> None:
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require_actor()
            if actor.role != Role.KEPALA:  # the Kepala in person: neither a Plt. nor the flag decide this
                raise NotAllowed("kepala_confirms", actor.username)
            request = s.get(RoleRequest, request_id)
            if request is None or request.decision:
                raise BadInput("no_such_request", str(request_id))
            if request.requested_by == actor.user_id:
                raise NotAllowed("kepala_confirms", "own request")
            user = s.get(User, request.user_id)
            old = (user.role, user.is_admin)
            if confirmed:
                user.role, user.is_admin = request.role, request.is_admin
            request.decision = "confirmed" if confirmed else "rejected"
            request.decided_by, request.decided_at = actor.user_id, self.ctx.now()
            self.ctx.log(s, "role_change_confirmed" if confirmed else "role_change_rejected", object_type="user",
                         object_id=user.id, object_label=user.username,
                         detail={"request": request.id, "from_role": old[0], "from_admin": old[1],
                                 "role": request.role, "admin": request.is_admin,
                                 "requested_by": request.requested_by})

    def _head_must_confirm(self, s: Session, actor: Actor, old: tuple[Role, bool] | None,
                           new: tuple[Role, bool]) -> bool:
        """Whether this change waits for the Kepala: it is one that needs them, the Kepala is not the one
        making it, and first-run setup is over (a Kepala Dinas has logged in; until then nobody could confirm)."""
        if not needs_head_confirmation(old, new) or actor.role == Role.KEPALA:
            return False
        head_logged_in = s.scalar(select(LogEntry.id).join(User, User.id == LogEntry.actor_id)
                                  .where(LogEntry.action == "login", User.role == Role.KEPALA.value).limit(1))
        return head_logged_in is not None

    def _request(self, s: Session, actor: Actor, user: User, role: Role, is_admin: bool,
                 superseded: list[int] | None = None) -> None:
        request = RoleRequest(user_id=user.id, role=role.value, is_admin=is_admin, requested_by=actor.user_id,
                              requested_at=self.ctx.now())
        s.add(request)
        s.flush()
        self.ctx.log(s, "role_change_requested", object_type="user", object_id=user.id, object_label=user.username,
                     detail={"request": request.id, "from_role": user.role, "from_admin": user.is_admin,
                             "role": role.value, "admin": is_admin, "superseded": superseded or []})

    def _supersede(self, s: Session, user_id: int) -> list[int]:
        """Close the user's waiting requests (a newer change replaces them); their ids, for the log."""
        ids = []
        for waiting in s.scalars(select(RoleRequest).where(RoleRequest.user_id == user_id,
                                                            RoleRequest.decision == "")):
            waiting.decision, waiting.decided_at = "superseded", self.ctx.now()
            ids.append(waiting.id)
        return ids

    @attempt("user_activated", "user")
    def set_active(self, user_id: int, active: bool) -> None:
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.MANAGE_USERS)
            if user_id == actor.user_id and not active:
                raise NotAllowed("cannot_deactivate_self")
            user = s.get(User, user_id)
            if user is None:
                raise BadInput("unknown_user", str(user_id))
            user.active = active
            self.ctx.log(s, "user_activated" if active else "user_deactivated",
                         object_type="user", object_id=user.id, object_label=user.username)

    def _new_user(self, s: Session, username: str, full_name: str, password: str, role: Role,
                  nip: str, rank: str, is_admin: bool) -> User:
        username = username.strip().lower()
        if not username or not full_name.strip():
            raise BadInput("name_required")
        check_password(password, username)
        if s.scalar(select(User.id).where(User.username == username)):
            raise BadInput("username_taken", username)
        user = User(username=username, full_name=full_name.strip(), nip=nip, rank=rank, role=role.value,
                    is_admin=is_admin, active=True, password_hash=_hasher.hash(password),
                    created_at=self.ctx.now())
        s.add(user)
        s.flush()
        return user

    # --- login -----------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Actor:
        """Log in; 5 failures lock the account for 15 minutes. Becomes the context's actor."""
        return self._authenticate(username, password, "login")

    def unlock(self, password: str) -> Actor:
        """Continue the locked session with the current user's password; failures count toward lockout."""
        actor = self.ctx.require_actor()
        return self._authenticate(actor.username, password, "session_unlocked")

    def lock_session(self, idle_seconds: float = 0.0) -> None:
        """Record that the idle session was locked (the actor stays; the window keeps its work).

        Work still recorded as running pauses as of the last input, ``idle_seconds`` ago."""
        actor = self.ctx.require_actor()
        with self.ctx.db.unit_of_work() as s:
            if self.work is not None:
                self.work.pause_own(s, PauseReason.LOCKED, self.ctx.now() - dt.timedelta(seconds=max(idle_seconds, 0)))
            self.ctx.log(s, "session_locked", object_type="user", object_id=actor.user_id,
                         object_label=actor.username)

    def _authenticate(self, username: str, password: str, success_action: str) -> Actor:
        now = self.ctx.now()
        failure: NotAllowed | None = None
        with self.ctx.db.unit_of_work() as s:
            # Locked for the unit of work on a server: two PCs' failed attempts both count.
            user = s.scalar(select(User).where(User.username == username.strip().lower()).with_for_update())
            if user is None or not user.active:
                self.ctx.log(s, "login_failed", object_type="user", object_label=username[:50],
                             detail={"reason": "unknown_or_inactive"}, actor=None)
                failure = NotAllowed("bad_credentials")
            elif user.locked_until and user.locked_until > now:
                self.ctx.log(s, "login_while_locked", object_type="user", object_id=user.id,
                             object_label=user.username, detail={"until": user.locked_until.isoformat()}, actor=None)
                failure = NotAllowed("locked", user.locked_until.isoformat())
            elif not password_matches(user.password_hash, password):
                user.failed_attempts += 1
                detail = {"attempt": user.failed_attempts}
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.locked_until = now + LOCKOUT
                    user.failed_attempts = 0
                    detail["locked_until"] = user.locked_until.isoformat()
                    self.ctx.log(s, "account_locked", object_type="user", object_id=user.id,
                                 object_label=user.username, detail=detail, actor=None)
                    failure = NotAllowed("locked", user.locked_until.isoformat())
                else:
                    self.ctx.log(s, "login_failed", object_type="user", object_id=user.id,
                                 object_label=user.username, detail=detail, actor=None)
                    failure = NotAllowed("bad_credentials")
            else:
                user.failed_attempts = 0
                user.locked_until = None
                detail = None
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                    detail = {"rehashed": True}
                actor = actor_of(user, self._acting_head(s, user.id))
                self.ctx.log(s, success_action, object_type="user", object_id=user.id,
                             object_label=user.username, actor=actor, detail=detail)
        if failure is not None:
            raise failure  # raised after the commit so the failure count is kept
        self.ctx.actor = actor
        self.ctx.password_change_required = self.must_change_password()
        return actor

    def logout(self) -> None:
        if self.ctx.actor is None:
            return
        with self.ctx.db.unit_of_work() as s:
            if self.work is not None:
                self.work.pause_own(s, PauseReason.LOGOUT)
            self.ctx.log(s, "logout", object_type="user", object_id=self.ctx.actor.user_id,
                         object_label=self.ctx.actor.username)
        self.ctx.actor = None
        self.ctx.password_change_required = False

    def change_password(self, old: str, new: str) -> None:
        """The logged-in user's own password; also the way out of a password an administrator reset."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.actor
            if actor is None:
                raise NotAllowed("not_logged_in")
            user = s.get(User, actor.user_id)
            if not password_matches(user.password_hash, old):
                raise NotAllowed("bad_credentials")
            check_password(new, user.username)
            if password_matches(user.password_hash, new):
                raise BadInput("password_unchanged")
            user.password_hash = _hasher.hash(new)
            _set_must_change(s, user.id, False)
            self.ctx.log(s, "password_changed", object_type="user", object_id=user.id,
                         object_label=user.username)
        self.ctx.password_change_required = False

    @attempt("password_reset", "user")
    def reset_password(self, user_id: int, new: str) -> None:
        """An administrator sets a new password (and lifts a lockout); the user must change it at next login."""
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.MANAGE_USERS)
            user = s.get(User, user_id)
            if user is None:
                raise BadInput("unknown_user", str(user_id))
            check_password(new, user.username)
            user.password_hash = _hasher.hash(new)
            user.failed_attempts = 0
            user.locked_until = None
            forced = user.id != actor.user_id
            _set_must_change(s, user.id, forced)
            self.ctx.log(s, "password_reset", object_type="user", object_id=user.id,
                         object_label=user.username, detail={"must_change": forced})

    def must_change_password(self) -> bool:
        """Whether the logged-in user's password was reset by an administrator and must be changed now."""
        if self.ctx.actor is None:
            return False
        with self.ctx.db.reading() as s:
            row = s.get(Setting, MUST_CHANGE_KEY)
            return bool(row) and self.ctx.actor.user_id in row.value.get("user_ids", [])

    # --- locking an idle session -----------------------------------------------------------
    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the window is locked (office-wide)."""
        with self.ctx.db.reading() as s:
            row = s.get(Setting, IDLE_LOCK_KEY)
            return int(row.value.get("minutes", DEFAULT_IDLE_LOCK_MINUTES)) if row else DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, minutes: int) -> None:
        low, high = IDLE_LOCK_RANGE
        if not low <= minutes <= high:
            raise BadInput("bad_idle_minutes", f"{low}-{high}")
        with self.ctx.db.unit_of_work() as s:
            self.ctx.require(s, Action.MANAGE_USERS)
            s.merge(Setting(key=IDLE_LOCK_KEY, value={"minutes": minutes}))
            self.ctx.log(s, "idle_lock_set", object_type="setting", object_label=IDLE_LOCK_KEY,
                         detail={"minutes": minutes})

    # --- the permission matrix -------------------------------------------------------------
    def permission_matrix(self) -> PermissionMatrix:
        """Which role may take which action, as the office set it (fixed rules applied)."""
        with self.ctx.db.reading() as s:
            return self.ctx.permissions(s)

    @attempt("permissions_changed")
    def set_permissions(self, grants: Mapping[Role, Iterable[Action]]) -> bool:
        """Store the office's permission matrix; administrator only, every role given.

        A grant against a fixed rule (maker-checker, who approves, administrator-only actions) is
        refused with BadInput('permission_fixed') and nothing changes. Logged with the old and the
        new matrix; returns False (and logs nothing) when the matrix is unchanged."""
        missing = [role.value for role in Role if role not in grants]
        if missing:
            raise BadInput("bad_permissions", ", ".join(missing))
        PermissionMatrix.check(grants)
        new = PermissionMatrix(grants)
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require(s, Action.MANAGE_USERS)
            if not actor.is_admin:
                raise NotAllowed("permission", Action.MANAGE_USERS.value)
            old = self.ctx.permissions(s)
            if old == new:
                return False
            s.merge(Setting(key=PERMISSIONS_KEY, value=new.to_dict()))
            self.ctx.log(s, "permissions_changed", object_type="setting", object_label=PERMISSIONS_KEY,
                         detail={"old": old.to_dict(), "new": new.to_dict()})
            return True

    # --- acting head -----------------------------------------------------------------------
    @attempt("delegation_created")
    def delegate(self, delegate_id: int, start: dt.date, end: dt.date) -> None:
        """Appoint an acting head (Plt.) for a date range."""
        DelegationPeriod(delegate_id, start, end)  # validates the dates
        with self.ctx.db.unit_of_work() as s:
            actor = self.ctx.require_actor()
            if not (actor.is_admin or self.ctx.permissions(s).allows(actor, Action.DELEGATE)):
                raise NotAllowed("permission", Action.DELEGATE.value)
            user = s.get(User, delegate_id)
            if user is None or not user.active:
                raise BadInput("unknown_user", str(delegate_id))
            s.add(Delegation(delegate_id=delegate_id, start=start, end=end,
                             created_by=actor.user_id, created_at=self.ctx.now()))
            self.ctx.log(s, "delegation_created", object_type="user", object_id=user.id,
                         object_label=user.username, detail={"start": start.isoformat(), "end": end.isoformat()})
        if self.ctx.actor and self.ctx.actor.user_id == delegate_id:
            self.ctx.actor = replace(self.ctx.actor, acting_head=self._is_acting(delegate_id))

    def delegations(self) -> list[DelegationInfo]:
        """Every appointment of an acting head, newest first."""
        with self.ctx.db.reading() as s:
            rows = s.execute(select(Delegation, User.full_name).join(User, Delegation.delegate_id == User.id)
                             .order_by(Delegation.id.desc()))
            return [DelegationInfo(d.id, name, d.start, d.end, d.revoked) for d, name in rows]

    def _is_acting(self, user_id: int) -> bool:
        with self.ctx.db.unit_of_work() as s:
            return self._acting_head(s, user_id)

    def _acting_head(self, s: Session, user_id: int) -> bool:
        periods = [DelegationPeriod(d.delegate_id, d.start, d.end, d.revoked)
                   for d in s.scalars(select(Delegation).where(Delegation.delegate_id == user_id))]
        return is_acting_head(user_id, periods, self.ctx.now().date())


def _set_must_change(s: Session, user_id: int, required: bool) -> None:
    row = s.get(Setting, MUST_CHANGE_KEY)
    ids = set(row.value.get("user_ids", [])) if row else set()
    ids = ids | {user_id} if required else ids - {user_id}
    if row is None:
        s.add(Setting(key=MUST_CHANGE_KEY, value={"user_ids": sorted(ids)}))
    else:
        row.value = {"user_ids": sorted(ids)}


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def actor_of(user: User, acting: bool) -> Actor:
    return Actor(user.id, user.username, user.full_name, Role(user.role), user.is_admin, acting)


def _office_columns(profile: OfficeProfile) -> dict[str, object]:
    return {
        "name": profile.name.strip(), "government": profile.government, "short_name": profile.short_name,
        "address": profile.address, "phone": profile.phone, "fax": profile.fax, "email": profile.email,
        "website": profile.website, "head_name": profile.head_name, "head_nip": profile.head_nip,
        "head_rank": profile.head_rank, "logo": profile.logo, "is_sample": profile.is_sample,
    }
