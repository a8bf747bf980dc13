"""CSV and JSON written as they are read, one chunk of rows at a time, so an export of any size
starts at once and holds no more than a chunk in memory."""

import csv
import datetime
import decimal
import json
import re

from django.utils import timezone
from django.utils.functional import Promise

BOM = "\ufeff"
ROWS_PER_WRITE = 500
# A cell Excel would read as a formula gets a leading apostrophe, which makes it text (OWASP's
# advice on CSV injection); a plain signed number is left alone.
FORMULA_STARTS = frozenset("=@+-\t\r")
SIGNED_NUMBER = re.compile(r"[+-]\d+(\.\d+)?")


def plain(value, zone):
    """A value as JSON has it: times in ISO 8601 with the city's offset, decimals as numbers."""
    if isinstance(value, datetime.datetime):
        return value.astimezone(zone).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [plain(item, zone) for item in value]
    if isinstance(value, Promise):
        return str(value)
    return value


def text_cell(text):
    if text and text[0] in FORMULA_STARTS and not SIGNED_NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell(value, zone):
    """A value as a CSV cell: lists joined with "; ", true/false, nothing for None."""
    if type(value) is str:
        return text_cell(value)
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(item, zone) for item in value)
    if isinstance(value, datetime.datetime):
        return value.astimezone(zone).isoformat()
    if isinstance(value, int | float | decimal.Decimal | datetime.date):
        return str(value)
    return text_cell(str(value))


class _Line:
    def write(self, text):
        return text


def csv_stream(header, keys, rows):
    """The BOM (so Excel reads UTF-8), the header row, then the rows, a few hundred per write."""
    zone = timezone.get_current_timezone()
    writer = csv.writer(_Line())
    yield BOM + writer.writerow([str(label) for label in header])
    batch = []
    for row in rows:
        batch.append(writer.writerow([cell(row.get(key), zone) for key in keys]))
        if len(batch) == ROWS_PER_WRITE:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def json_stream(meta, keys, rows):
    """{**meta, "items": [...]}; each item has every key, in the documented order."""
    zone = timezone.get_current_timezone()
    head = json.dumps(meta, ensure_ascii=False)
    yield head[:-1] + (', "items": [' if meta else '"items": [')
    batch = []
    first = True
    for row in rows:
        item = json.dumps({key: plain(row.get(key), zone) for key in keys}, ensure_ascii=False)
        batch.append(("\n" if first else ",\n") + item)
        first = False
        if len(batch) == ROWS_PER_WRITE:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + "\n]}\n"
