"""Datasets through SOP steps 1-4: programmes and agenda, create, import and correct (1), check and
confirm (2), tabulate (3), present in the catalogue (4); revisions, series by period, the Sampah and search.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.services.datasets.agenda import AgendaItem, AgendaService, AgendaStatus, ProgrammeInfo
    from desktop_app.services.datasets.area_codes import areas
    from desktop_app.services.datasets.catalog import CatalogEntry, CatalogService
    from desktop_app.services.datasets.chart_export import SIZES, export_svg, size_of
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
    from desktop_app.services.datasets.exporting import ExportService, dataset_metadata, export_table, report_target
    from desktop_app.services.datasets.exporting import write as write_export
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
    from desktop_app.services.datasets.letters import LetterRecord, LetterService
    from desktop_app.services.datasets.programmes import ProgrammeService
    from desktop_app.services.datasets.revisions import RevisionInfo, RevisionService, served_number
    from desktop_app.services.datasets.search import DATASET, SearchResult, SearchService
    from desktop_app.services.datasets.series import SeriesService
    from desktop_app.services.datasets.static_site import STYLE as SITE_STYLE
    from desktop_app.services.datasets.static_site import (
        SiteResult,
        SiteService,
        check_target,
        folder_merge,
        html_table,
        page_html,
        spec_svg,
        staging_folder,
    )
    from desktop_app.services.datasets.static_site import css as site_css
    from desktop_app.services.datasets.tabulation import TabulationService

_WHERE = {
    "AgendaItem": ("desktop_app.services.datasets.agenda", "AgendaItem"),
    "AgendaService": ("desktop_app.services.datasets.agenda", "AgendaService"),
    "AgendaStatus": ("desktop_app.services.datasets.agenda", "AgendaStatus"),
    "CHANNELS": ("desktop_app.services.datasets.dataset_service", "CHANNELS"),
    "CatalogEntry": ("desktop_app.services.datasets.catalog", "CatalogEntry"),
    "CatalogService": ("desktop_app.services.datasets.catalog", "CatalogService"),
    "CheckSettings": ("desktop_app.services.datasets.dataset_service", "CheckSettings"),
    "ColumnService": ("desktop_app.services.datasets.column_corrections", "ColumnService"),
    "DATASET": ("desktop_app.services.datasets.search", "DATASET"),
    "DatasetDetail": ("desktop_app.services.datasets.dataset_service", "DatasetDetail"),
    "DatasetMeta": ("desktop_app.services.datasets.dataset_service", "DatasetMeta"),
    "DatasetService": ("desktop_app.services.datasets.dataset_service", "DatasetService"),
    "DatasetSummary": ("desktop_app.services.datasets.dataset_service", "DatasetSummary"),
    "ImportPart": ("desktop_app.services.datasets.import_service", "ImportPart"),
    "ImportPreview": ("desktop_app.services.datasets.importing", "ImportPreview"),
    "ImportResult": ("desktop_app.services.datasets.import_service", "ImportResult"),
    "ImportService": ("desktop_app.services.datasets.import_service", "ImportService"),
    "MAX_ATTACHMENT_BYTES": ("desktop_app.services.datasets.dataset_service", "MAX_ATTACHMENT_BYTES"),
    "NewConfirmation": ("desktop_app.services.datasets.dataset_service", "NewConfirmation"),
    "NumberReading": ("desktop_app.services.datasets.importing.model", "NumberReading"),
    "OUTCOMES": ("desktop_app.services.datasets.dataset_service", "OUTCOMES"),
    "Problem": ("desktop_app.services.datasets.importing", "Problem"),
    "ProgrammeInfo": ("desktop_app.services.datasets.agenda", "ProgrammeInfo"),
    "ProgrammeService": ("desktop_app.services.datasets.programmes", "ProgrammeService"),
    "RevisionInfo": ("desktop_app.services.datasets.revisions", "RevisionInfo"),
    "RevisionService": ("desktop_app.services.datasets.revisions", "RevisionService"),
    "SearchResult": ("desktop_app.services.datasets.search", "SearchResult"),
    "SearchService": ("desktop_app.services.datasets.search", "SearchService"),
    "SeriesService": ("desktop_app.services.datasets.series", "SeriesService"),
    "SheetPeriod": ("desktop_app.services.datasets.import_service", "SheetPeriod"),
    "TabulationService": ("desktop_app.services.datasets.tabulation", "TabulationService"),
    "areas": ("desktop_app.services.datasets.area_codes", "areas"),
    "bad_cells": ("desktop_app.services.datasets.import_service", "bad_cells"),
    "bad_rows": ("desktop_app.services.datasets.import_service", "bad_rows"),
    "find_period_columns": ("desktop_app.services.datasets.importing.unpivot", "find_period_columns"),
    "output_chart": ("desktop_app.services.datasets.dataset_service", "output_chart"),
    "output_table": ("desktop_app.services.datasets.dataset_service", "output_table"),
    "served_number": ("desktop_app.services.datasets.revisions", "served_number"),
    "undecided_columns": ("desktop_app.services.datasets.import_service", "undecided_columns"),
    "unresolved_rows": ("desktop_app.services.datasets.import_service", "unresolved_rows"),
    "LetterRecord": ("desktop_app.services.datasets.letters", "LetterRecord"),
    "LetterService": ("desktop_app.services.datasets.letters", "LetterService"),
    "SIZES": ("desktop_app.services.datasets.chart_export", "SIZES"),
    "SiteResult": ("desktop_app.services.datasets.static_site", "SiteResult"),
    "SiteService": ("desktop_app.services.datasets.static_site", "SiteService"),
    "ExportService": ("desktop_app.services.datasets.exporting", "ExportService"),
    "export_svg": ("desktop_app.services.datasets.chart_export", "export_svg"),
    "export_table": ("desktop_app.services.datasets.exporting", "export_table"),
    "report_target": ("desktop_app.services.datasets.exporting", "report_target"),
    "size_of": ("desktop_app.services.datasets.chart_export", "size_of"),
    "SITE_STYLE": ("desktop_app.services.datasets.static_site", "STYLE"),
    "check_target": ("desktop_app.services.datasets.static_site", "check_target"),
    "dataset_metadata": ("desktop_app.services.datasets.exporting", "dataset_metadata"),
    "folder_merge": ("desktop_app.services.datasets.static_site", "folder_merge"),
    "html_table": ("desktop_app.services.datasets.static_site", "html_table"),
    "page_html": ("desktop_app.services.datasets.static_site", "page_html"),
    "site_css": ("desktop_app.services.datasets.static_site", "css"),
    "spec_svg": ("desktop_app.services.datasets.static_site", "spec_svg"),
    "staging_folder": ("desktop_app.services.datasets.static_site", "staging_folder"),
    "write_export": ("desktop_app.services.datasets.exporting", "write"),
}
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
    "LetterRecord",
    "LetterService",
    "SIZES",
    "SiteResult",
    "SiteService",
    "ExportService",
    "export_svg",
    "export_table",
    "report_target",
    "size_of",
    "SITE_STYLE",
    "check_target",
    "dataset_metadata",
    "folder_merge",
    "html_table",
    "page_html",
    "site_css",
    "spec_svg",
    "staging_folder",
    "write_export",
]


__getattr__ = lazy_names(__name__, _WHERE)
