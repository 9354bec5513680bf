"""Tests of the spreadsheet import (desktop_app.services.importing)."""
