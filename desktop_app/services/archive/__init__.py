"""SOP step 8: back up the office (the backup format and its passphrase encryption), restore a backup,
the plain-folder soft copy, and moving a whole office between database engines."""
