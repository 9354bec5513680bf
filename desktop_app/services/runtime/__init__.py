"""What every use case runs on: the service context (database, clock, logged-in actor, permissions,
logging), write failures as message codes, the locks between PADI processes on one database, live
updates from other PCs, the integrity check of the database and its log, and the bundled libraries."""
