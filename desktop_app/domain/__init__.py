"""Plain-Python domain: records, closed lists, workflow, validation and figures. No Qt, no SQL."""
