"""CSV and JSON written as they are read, one chunk of rows at a time, so an export of any size
starts at once and holds no more than a chunk in memory."""

import csv
import datetime
import decimal
import json

from django.utils import timezone
from django.utils.functional import Promise

BOM = "\ufeff"
ROWS_PER_WRITE = 500
# A cell Excel would read as a formula; a leading apostrophe makes it text.
FORMULA_STARTS = ("=", "@", "\t", "\r")


def plain(value):
    """A value as JSON has it: times in ISO 8601 with the city's offset, decimals as numbers."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, Promise):
        return str(value)
    return value


def cell(value):
    """A value as a CSV cell: lists joined with "; ", true/false, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(item) for item in value)
    if isinstance(value, datetime.datetime | datetime.date):
        return plain(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS) or (
        text[:1] in "+-" and len(text) > 1 and not text[1].isdigit()
    ):
        return "'" + text
    return text


class _Line:
    def write(self, text):
        return text


def csv_stream(header, keys, rows):
    """The BOM (so Excel reads UTF-8), the header row, then the rows, a few hundred per write."""
    writer = csv.writer(_Line())
    yield BOM + writer.writerow([str(label) for label in header])
    batch = []
    for row in rows:
        batch.append(writer.writerow([cell(row.get(key)) for key in keys]))
        if len(batch) == ROWS_PER_WRITE:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def json_stream(meta, keys, rows):
    """{**meta, "items": [...]}; each item has every key, in the documented order."""
    head = json.dumps(meta, ensure_ascii=False)
    yield head[:-1] + (', "items": [' if meta else '"items": [')
    batch = []
    first = True
    for row in rows:
        item = json.dumps({key: plain(row.get(key)) for key in keys}, ensure_ascii=False)
        batch.append(("\n" if first else ",\n") + item)
        first = False
        if len(batch) == ROWS_PER_WRITE:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + "\n]}\n"
