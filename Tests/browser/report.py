"""Measurements the tests record; conftest prints them after pytest's own summary."""

REPORT: dict = {}


def note(line: str) -> None:
    """Adds a line to the closing report."""
    REPORT.setdefault("notes", []).append(line)
