"""A dataset's current fields as the use cases read and write them: metadata, columns and rows.

Shared by the dataset, tabulation, revision, series and trash modules (one place, no import cycle).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.domain.metadata import ACCESS_LEVELS, FIELD_NAMES, DatasetMeta
from desktop_app.domain.names import check_dataset_name
from desktop_app.storage.models import Dataset, DatasetRow

_META_COLUMNS = {"name": "name", "group": "group_name"}  # DatasetMeta field -> Dataset column, where they differ


def meta_of(ds: Dataset) -> DatasetMeta:
    """The metadata of the dataset's current revision."""
    values = {name: getattr(ds, _META_COLUMNS.get(name, name)) for name in FIELD_NAMES}
    values["keywords"] = tuple(values["keywords"] or ())
    return DatasetMeta(**values)


def columns_of(ds: Dataset) -> tuple[ColumnSpec, ...]:
    return tuple(ColumnSpec(c.name, ColumnType(c.type), c.unit, c.required, tuple(c.codes)) for c in ds.columns)


def rows_of(s: Session, dataset_id: int) -> tuple[tuple[object, ...], ...]:
    values = s.scalars(select(DatasetRow.values).where(DatasetRow.dataset_id == dataset_id)
                       .order_by(DatasetRow.position))
    return tuple(tuple(v) for v in values)


def apply_meta(ds: Dataset, meta: DatasetMeta) -> None:
    check_dataset_name(meta.name)
    if meta.access_level not in ACCESS_LEVELS:
        raise BadInput("bad_access_level", meta.access_level)
    for name in FIELD_NAMES:
        value = getattr(meta, name)
        setattr(ds, _META_COLUMNS.get(name, name), value.strip() if isinstance(value, str) else value)
    ds.keywords = [k.strip() for k in meta.keywords if k.strip()]
