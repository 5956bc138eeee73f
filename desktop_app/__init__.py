"""Amends: record customer complaints, recover the customer, and prove it did."""

__version__ = "0.1.0"
