"""PDF documents (letters, summaries, case sheets) made with ReportLab: no Qt, no SQL.

Functions here take domain objects and return PDF bytes; fonts are embedded and subset.
"""
