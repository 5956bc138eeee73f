"""User actions: each validates, runs in one transaction, audits; the window and CLI call them."""
