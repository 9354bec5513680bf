"""The one folder-sync helper every writer uses."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.storage import durable


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot open a folder for fsync")
def test_a_folder_is_synced(tmp_path, monkeypatch):
    synced = []
    real = os.fsync
    monkeypatch.setattr(durable.os, "fsync", lambda fd: (synced.append(os.fstat(fd).st_ino), real(fd)))
    durable.sync_folder(tmp_path)
    assert synced == [tmp_path.stat().st_ino]


def test_a_missing_folder_or_a_refused_sync_is_no_error(tmp_path, monkeypatch):
    durable.sync_folder(tmp_path / "tidak-ada")

    def refused(_fd: int) -> None:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(durable.os, "fsync", refused)
    durable.sync_folder(tmp_path)
