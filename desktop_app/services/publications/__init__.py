"""Publications through SOP steps 5-7: compose and submit, review (what changed between versions),
approve or return, publish (PDF and internet package together), and the distribution register."""

from __future__ import annotations

from desktop_app.services.publications.distribution import DistributionService, NewDistribution
from desktop_app.services.publications.internet_package import (
    InternetPackageService,
    PackageResult,
    base_url,
    package_name,
    set_base_url,
)
from desktop_app.services.publications.publication_service import (
    PAPERS,
    LayoutOptions,
    NoteDraft,
    PublicationService,
    PublishResult,
    ReviewNoteInfo,
    SectionDraft,
)
from desktop_app.services.publications.version_diff import CellChange, SectionDiff, VersionDiff

__all__ = [
    "CellChange",
    "DistributionService",
    "InternetPackageService",
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
    "package_name",
    "set_base_url",
]
