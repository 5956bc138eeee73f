"""Benchmarks for Amends: a large generated archive and scripts that print figures."""
