"""Tests of the spreadsheet import (desktop_app.services.datasets.importing)."""
