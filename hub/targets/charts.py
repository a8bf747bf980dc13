"""The geometry of the public page's charts, drawn on the server as SVG: a bar of a target's
value against its threshold, and a line of its daily snapshots over the period. The templates
only place what is computed here; the numbers themselves are always in a table beside them.

Coordinates are in the charts' viewBox units. The bar grows from the start of the line, so it
is mirrored in right-to-left languages; the history keeps time running left to right, as its
dates (written dir="ltr") do."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language_bidi

from hub.models.targets import Threshold

from .progress import Status, format_number, status_of

BAR_WIDTH = 100
LINE_WIDTH, LINE_HEIGHT, LINE_PAD = 300, 100, 6
HEADROOM = Decimal("1.25")
MONTHLY_FROM = 4


def scale_max(target, values, is_share):
    """The value the chart's far end stands for: 100 for shares, else a little above the
    largest of the threshold and the values."""
    if is_share:
        return Decimal(100)
    top = max([Decimal(target.low), Decimal(target.high or 0), *map(Decimal, values)])
    return max(top * HEADROOM, Decimal(1))


def _position(value, top, width=BAR_WIDTH):
    return round(float(min(max(Decimal(value), Decimal(0)), top) / top) * width, 2)


@dataclass
class Bar:
    width: float
    bar_x: float
    bar_width: float
    threshold_x: float
    band_x: float | None = None
    band_width: float | None = None
    high_x: float | None = None


def bar_chart(progress, rtl=None):
    """The bar of one Progress: the value's bar, the threshold's mark and, for a range, the
    band between its ends."""
    rtl = get_language_bidi() if rtl is None else rtl
    target = progress.target
    top = scale_max(target, [progress.measure.value], progress.is_share)

    def at(value):
        x = _position(value, top)
        return BAR_WIDTH - x if rtl else x

    length = _position(progress.measure.value, top)
    bar = Bar(
        width=BAR_WIDTH,
        bar_x=BAR_WIDTH - length if rtl else 0,
        bar_width=length,
        threshold_x=at(target.low),
    )
    if target.threshold == Threshold.RANGE and target.high is not None:
        low, high = sorted((at(target.low), at(target.high)))
        bar.band_x, bar.band_width, bar.high_x = low, high - low, at(target.high)
    return bar


@dataclass
class HistoryPoint:
    day: object
    value: Decimal
    value_display: str
    status: str
    x: float
    y: float

    @property
    def status_label(self):
        return Status.LABELS.get(self.status, self.status)


@dataclass
class History:
    width: int
    height: int
    points: list
    line: str
    threshold_y: float
    high_y: float | None


def thinned(rows):
    """At most one snapshot a month (the month's last), or a week when the snapshots span less
    than MONTHLY_FROM months, so a year of daily rows stays a short table and a light page."""
    months = {(row.day.year, row.day.month) for row in rows}
    if len(months) >= MONTHLY_FROM:
        bucket = lambda day: (day.year, day.month)  # noqa: E731
    else:
        bucket = lambda day: day.isocalendar()[:2]  # noqa: E731
    last = {}
    for row in sorted(rows, key=lambda row: row.day):
        last[bucket(row.day)] = row
    return list(last.values())


def history_chart(progress, snapshots):
    """The line of a target's snapshots within its period, oldest first, thinned; None
    without any."""
    target = progress.target
    rows = thinned([s for s in snapshots if target.period_start <= s.day <= target.period_end])
    if not rows:
        return None
    top = scale_max(target, [row.value for row in rows], progress.is_share)
    span = max((target.period_end - target.period_start).days, 1)
    inner_w, inner_h = LINE_WIDTH - 2 * LINE_PAD, LINE_HEIGHT - 2 * LINE_PAD

    def y_of(value):
        return round(LINE_PAD + inner_h - _position(value, top, inner_h), 2)

    suffix = "%" if progress.is_share else ""
    points = [
        HistoryPoint(
            day=row.day,
            value=row.value,
            value_display=format_number(row.value) + suffix,
            status=row.status or status_of(target, row.value),
            x=round(LINE_PAD + inner_w * (row.day - target.period_start).days / span, 2),
            y=y_of(row.value),
        )
        for row in sorted(rows, key=lambda row: row.day)
    ]
    high = target.high if target.threshold == Threshold.RANGE else None
    return History(
        width=LINE_WIDTH,
        height=LINE_HEIGHT,
        points=points,
        line=" ".join(f"{point.x},{point.y}" for point in points),
        threshold_y=y_of(target.low),
        high_y=y_of(high) if high is not None else None,
    )
