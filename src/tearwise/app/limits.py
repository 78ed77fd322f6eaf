"""Input limits shared by every edge, so the CLI and the web refuse the same things."""

from __future__ import annotations

#: Largest answers file / JSON body we accept, in bytes.
MAX_REQUEST_BYTES = 1_000_000
#: Longest account (narrative) we read, in characters.
MAX_NARRATIVE_CHARS = 20_000
