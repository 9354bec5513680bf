"""Datasets through SOP steps 1-4: programmes and agenda, create, import and correct (1), check and
confirm (2), tabulate (3), present in the catalogue (4); revisions, series by period, the Sampah and search."""

from __future__ import annotations

from desktop_app.services.datasets.agenda import AgendaItem, AgendaService, AgendaStatus, ProgrammeInfo
from desktop_app.services.datasets.area_codes import areas
from desktop_app.services.datasets.catalog import CatalogEntry, CatalogService
from desktop_app.services.datasets.column_corrections import ColumnService
from desktop_app.services.datasets.dataset_service import (
    CHANNELS,
    MAX_ATTACHMENT_BYTES,
    OUTCOMES,
    CheckSettings,
    DatasetDetail,
    DatasetMeta,
    DatasetService,
    DatasetSummary,
    NewConfirmation,
    output_chart,
    output_table,
)
from desktop_app.services.datasets.import_service import (
    ImportPart,
    ImportResult,
    ImportService,
    SheetPeriod,
    bad_cells,
    bad_rows,
    undecided_columns,
    unresolved_rows,
)
from desktop_app.services.datasets.importing import ImportPreview, Problem
from desktop_app.services.datasets.importing.model import NumberReading
from desktop_app.services.datasets.importing.unpivot import find_period_columns
from desktop_app.services.datasets.programmes import ProgrammeService
from desktop_app.services.datasets.revisions import RevisionInfo, RevisionService, served_number
from desktop_app.services.datasets.search import DATASET, SearchResult, SearchService
from desktop_app.services.datasets.series import SeriesService
from desktop_app.services.datasets.tabulation import TabulationService

__all__ = [
    "AgendaItem",
    "AgendaService",
    "AgendaStatus",
    "CHANNELS",
    "CatalogEntry",
    "CatalogService",
    "CheckSettings",
    "ColumnService",
    "DATASET",
    "DatasetDetail",
    "DatasetMeta",
    "DatasetService",
    "DatasetSummary",
    "ImportPart",
    "ImportPreview",
    "ImportResult",
    "ImportService",
    "MAX_ATTACHMENT_BYTES",
    "NewConfirmation",
    "NumberReading",
    "OUTCOMES",
    "Problem",
    "ProgrammeInfo",
    "ProgrammeService",
    "RevisionInfo",
    "RevisionService",
    "SearchResult",
    "SearchService",
    "SeriesService",
    "SheetPeriod",
    "TabulationService",
    "areas",
    "bad_cells",
    "bad_rows",
    "find_period_columns",
    "output_chart",
    "output_table",
    "served_number",
    "undecided_columns",
    "unresolved_rows",
]
