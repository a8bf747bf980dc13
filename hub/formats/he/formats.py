"""In Hebrew, dates and times are read as in every other language (hub.formats)."""

from hub.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS

__all__ = ["DATE_INPUT_FORMATS", "DATETIME_INPUT_FORMATS", "TIME_INPUT_FORMATS"]
