"""Publications through SOP steps 5-7: compose and submit, review (what changed between versions),
approve or return, publish (PDF and internet package together), and the distribution register."""

from __future__ import annotations

from desktop_app.services.publications.distribution import DistributionService, NewDistribution
from desktop_app.services.publications.internet_package import (
    PackageResult,
    base_url,
    build_package,
    package_name,
    set_base_url,
    stage_package,
)
from desktop_app.services.publications.publication_service import (
    PAPERS,
    LayoutOptions,
    NoteDraft,
    PublicationService,
    PublishResult,
    ReviewNoteInfo,
    SectionDraft,
    content_hash,
    letterhead_of,
)
from desktop_app.services.publications.version_diff import CellChange, SectionDiff, VersionDiff

__all__ = [
    "CellChange",
    "DistributionService",
    "LayoutOptions",
    "NewDistribution",
    "NoteDraft",
    "PAPERS",
    "PackageResult",
    "PublicationService",
    "PublishResult",
    "ReviewNoteInfo",
    "SectionDiff",
    "SectionDraft",
    "VersionDiff",
    "base_url",
    "build_package",
    "content_hash",
    "letterhead_of",
    "package_name",
    "set_base_url",
    "stage_package",
]
