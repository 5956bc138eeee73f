"""Qt widgets only: one module per screen; no SQL here, the archive answers every question."""
