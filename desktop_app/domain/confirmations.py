"""How a dataset's source confirms it in step 2 (Validasi): the ways of asking and the answers.

Plain words shared by the service that records a confirmation, the window's form and the
command line's choices (which must not load the use cases just to list them).
"""

from __future__ import annotations

CHANNELS = ("telepon", "surat", "email", "whatsapp", "rapat")
"""How the source was asked."""

OUTCOMES = ("sesuai", "diperbaiki", "menunggu")
"""What it answered: the data matches, it was corrected, or no answer yet."""
