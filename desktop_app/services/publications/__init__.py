"""Publications through SOP steps 5-7: compose and submit, review (what changed between versions),
approve or return, publish (PDF and internet package together), and the distribution register.

Names load on first use (the command line starts without loading every use case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.faces import lazy_names

if TYPE_CHECKING:
    from desktop_app.services.publications.approval_sheet import ApprovalSheetService
    from desktop_app.services.publications.distribution import DistributionService, NewDistribution
    from desktop_app.services.publications.internet_package import (
        InternetPackageService,
        PackageResult,
        base_url,
        package_name,
        set_base_url,
    )
    from desktop_app.services.publications.printing import PrintService, publication_pdf, render_publication
    from desktop_app.services.publications.publication_service import (
        PAPERS,
        LayoutOptions,
        NoteDraft,
        PublicationService,
        PublicationSummary,
        PublishResult,
        ReviewNoteInfo,
        SectionDraft,
    )
    from desktop_app.services.publications.version_diff import CellChange, SectionDiff, VersionDiff

_WHERE = {
    "CellChange": ("desktop_app.services.publications.version_diff", "CellChange"),
    "DistributionService": ("desktop_app.services.publications.distribution", "DistributionService"),
    "InternetPackageService": ("desktop_app.services.publications.internet_package", "InternetPackageService"),
    "LayoutOptions": ("desktop_app.services.publications.publication_service", "LayoutOptions"),
    "NewDistribution": ("desktop_app.services.publications.distribution", "NewDistribution"),
    "NoteDraft": ("desktop_app.services.publications.publication_service", "NoteDraft"),
    "PAPERS": ("desktop_app.services.publications.publication_service", "PAPERS"),
    "PackageResult": ("desktop_app.services.publications.internet_package", "PackageResult"),
    "PublicationService": ("desktop_app.services.publications.publication_service", "PublicationService"),
    "PublicationSummary": ("desktop_app.services.publications.publication_service", "PublicationSummary"),
    "PublishResult": ("desktop_app.services.publications.publication_service", "PublishResult"),
    "ReviewNoteInfo": ("desktop_app.services.publications.publication_service", "ReviewNoteInfo"),
    "SectionDiff": ("desktop_app.services.publications.version_diff", "SectionDiff"),
    "SectionDraft": ("desktop_app.services.publications.publication_service", "SectionDraft"),
    "VersionDiff": ("desktop_app.services.publications.version_diff", "VersionDiff"),
    "base_url": ("desktop_app.services.publications.internet_package", "base_url"),
    "package_name": ("desktop_app.services.publications.internet_package", "package_name"),
    "set_base_url": ("desktop_app.services.publications.internet_package", "set_base_url"),
    "PrintService": ("desktop_app.services.publications.printing", "PrintService"),
    "publication_pdf": ("desktop_app.services.publications.printing", "publication_pdf"),
    "render_publication": ("desktop_app.services.publications.printing", "render_publication"),
    "ApprovalSheetService": ("desktop_app.services.publications.approval_sheet", "ApprovalSheetService"),
}
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
    "PublicationSummary",
    "PublishResult",
    "ReviewNoteInfo",
    "SectionDiff",
    "SectionDraft",
    "VersionDiff",
    "base_url",
    "package_name",
    "set_base_url",
    "PrintService",
    "publication_pdf",
    "render_publication",
    "ApprovalSheetService",
]


__getattr__ = lazy_names(__name__, _WHERE)
