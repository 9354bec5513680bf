"""Importing spreadsheets staff receive from other units: .xlsx/.xlsm, .xls, .ods and .csv.

``read_preview(path)`` reads one sheet into an ``ImportPreview``: the header found under the
letterhead and title rows (a two-row header joined), data rows without blank, total and
signature rows, each column typed (INTEGER, DECIMAL, MONEY, PERCENT, DATE, PERIOD, CATEGORY,
TEXT) from Indonesian-written values, the cells that did not fit as ``problems`` and what was
left out as ``notes``. The caller shows it, lets the person fix header row, sheet and types,
and writes to the database itself.

Refusals are ``BadInput(code)`` with code ``file_missing``, ``not_a_spreadsheet``, ``encrypted``,
``too_large``, ``xml_attack``, ``unknown_encoding``, ``empty``, ``unknown_sheet``,
``bad_header_row``, ``unknown_column`` or ``bad_column_type``.

Modules: ``model`` (result types), ``guards`` (refusing unsafe files), ``cfb`` (OLE2 directory),
``sources`` (workbooks via python-calamine), ``csv_source`` (CSV text), ``layout`` (header and
data rows), ``values`` (Indonesian numbers, dates, periods), ``inference`` (column types),
``preview`` (``read_preview``).
"""

from desktop_app.services.datasets.importing.model import ImportCancelled, ImportedColumn, ImportPreview, Problem
from desktop_app.services.datasets.importing.preview import read_preview

__all__ = ["ImportCancelled", "ImportPreview", "ImportedColumn", "Problem", "read_preview"]
