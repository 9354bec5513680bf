"""The bundle of use-case services over one open database (built by app.py and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.accounts import AccountService
from desktop_app.services.archive import ArchiveService, SoftCopyService
from desktop_app.services.datasets import (
    AgendaService,
    CatalogService,
    ColumnService,
    DatasetService,
    ExportService,
    ImportService,
    LetterService,
    ProgrammeService,
    RevisionService,
    SearchService,
    SeriesService,
    SiteService,
    TabulationService,
)
from desktop_app.services.publications import (
    ApprovalSheetService,
    DistributionService,
    InternetPackageService,
    PrintService,
    PublicationService,
)
from desktop_app.services.runtime import Clock, LiveUpdates, OutputService, ServiceContext, system_clock
from desktop_app.services.timing import ActivityRecords, ActivityService, PerformanceService, WorkService
from desktop_app.storage.database import Database


@dataclass
class Services:
    """Every service, sharing one context (and so one logged-in actor)."""

    ctx: ServiceContext
    accounts: AccountService
    datasets: DatasetService
    publications: PublicationService
    archive: ArchiveService
    activity: ActivityService
    agenda: AgendaService
    imports: ImportService
    catalog: CatalogService
    tabulation: TabulationService
    performance: PerformanceService
    records: ActivityRecords
    distribution: DistributionService
    search: SearchService
    work: WorkService
    letters: LetterService
    outputs: OutputService
    live: LiveUpdates
    revisions: RevisionService
    series: SeriesService
    corrections: ColumnService
    programmes: ProgrammeService
    internet: InternetPackageService
    soft_copy: SoftCopyService
    exports: ExportService
    site: SiteService
    printing: PrintService
    approval_sheets: ApprovalSheetService

    @classmethod
    def open(cls, target: Path | str, *, create: bool = True, clock: Clock = system_clock) -> Services:
        """Open the database - a SQLite file or a server URL - (running migrations) and build the services on it."""
        return cls.on(Database.open(target, create=create), clock)

    @classmethod
    def on(cls, db: Database, clock: Clock = system_clock) -> Services:
        if clock is system_clock and db.is_server:
            clock = db.now  # every PC of the office logs the server's time
        ctx = ServiceContext(db, clock)
        datasets = DatasetService(ctx)
        catalog = CatalogService(ctx, datasets)
        publications = PublicationService(ctx, datasets)
        accounts, work, performance = AccountService(ctx), WorkService(ctx), PerformanceService(ctx)
        accounts.work = work  # logging out or locking pauses the work this program recorded
        return cls(ctx, accounts, datasets, publications, ArchiveService(ctx, publications),
                   ActivityService(ctx), AgendaService(ctx), ImportService(ctx),
                   catalog=catalog, tabulation=TabulationService(ctx, datasets),
                   performance=performance, records=ActivityRecords(ctx, performance),
                   distribution=DistributionService(ctx, publications), search=SearchService(ctx), work=work,
                   letters=LetterService(ctx), outputs=OutputService(ctx), live=LiveUpdates(ctx),
                   revisions=RevisionService(ctx), series=SeriesService(ctx), corrections=ColumnService(ctx),
                   programmes=ProgrammeService(ctx),
                   internet=InternetPackageService(ctx, publications, datasets, catalog),
                   soft_copy=SoftCopyService(ctx, datasets, publications, accounts),
                   exports=ExportService(ctx, datasets), site=SiteService(ctx, catalog, datasets),
                   printing=PrintService(ctx, publications),
                   approval_sheets=ApprovalSheetService(ctx, publications, performance))

    def close(self) -> None:
        self.live.stop()
        self.ctx.db.close()
