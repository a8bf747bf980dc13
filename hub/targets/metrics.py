"""The metrics registry. A domain registers, in its AppConfig.ready() (through its plugins
module), one small function per metric it can measure from its own content:

    @register_metric("projects.protocols", _("…"), kind=Metric.SHARE, item=…, gaps={…})
    def projects_with_protocol(scope):
        ...
        return Measure.share(items)

The function receives a Scope (the target's units, period, neighborhoods and per-item minimum)
and returns a Measure: its value and every item behind it, each saying what it lacks. Only live
content counts; drafts, cancelled meetings, meetings not yet held, expired benefits and events
outside the period never do — each function applies the rules of its own content."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

_metrics = {}


@dataclass(frozen=True)
class Scope:
    """What one target measures: content owned by `units` (translation keys of the target's
    unit and its subunits), within the period `start`–`end` (dates, both included), in the
    neighborhoods `neighborhoods` (translation keys; None for the whole city); `per_item` is
    the least an item needs to count (2 benefits per institution); `target_key` is the target's
    translation key (for reported values)."""

    units: frozenset
    start: datetime.date
    end: datetime.date
    neighborhoods: frozenset | None = None
    per_item: int = 1
    target_key: object = None
    now: datetime.datetime = field(default_factory=timezone.now)
    # What one measuring of many targets reads once for all of them (every unit's pages in every
    # language, say): a metric keeps it here under its own code. Not part of the scope's identity.
    shared: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def reading(self, name, read):
        """`read()`, once per measuring of the targets."""
        if name not in self.shared:
            self.shared[name] = read()
        return self.shared[name]

    @property
    def start_at(self):
        """The period's first moment, local time."""
        return _local_midnight(self.start)

    @property
    def end_at(self):
        """The moment after the period's last day, local time."""
        return _local_midnight(self.end + datetime.timedelta(days=1))

    @property
    def until(self):
        """Up to when things count: the period's end, or now if the period is still running."""
        return min(self.now, self.end_at)

    @property
    def as_of(self):
        """The day whose state counts (a benefit still valid): the period's last day, or today."""
        return min(timezone.localtime(self.now).date(), self.end)

    def in_period(self, moment):
        """Whether something that started at `moment` happened in the period and has begun by
        now: an event belongs to the day it starts on."""
        return self.start_at <= moment < self.end_at and moment <= self.now


def _local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


@dataclass
class Item:
    """One thing behind a value: a project, an institution, an event. `done` says whether it
    counts; `missing` names, by the metric's gap keys, what it lacks; `page_id` links it to its
    edit page in the admin and `url` to its public page."""

    title: str
    done: bool
    key: str = ""
    missing: tuple = ()
    page_id: int | None = None
    url: str = ""
    detail: str = ""


# The most items one measure lists: beyond it a metric counts what is missing without listing
# each page (a unit with thousands of pages in one language only), so the measure stays small
# to keep in the cache and to show.
ITEM_LIMIT = 200


@dataclass
class Measure:
    """`gap_counts` ({gap key: count}) is given by a metric that lists fewer items than it
    counts; otherwise the gaps are counted from the items."""

    value: Decimal
    items: list
    count: int = 0
    total: int | None = None
    gap_counts: dict | None = None

    @classmethod
    def share(cls, items):
        """The percentage of items that are done."""
        done = sum(1 for item in items if item.done)
        total = len(items)
        value = Decimal(done * 100) / total if total else Decimal(0)
        return cls(value=value.quantize(Decimal("0.1")), items=items, count=done, total=total)

    @classmethod
    def count_of(cls, items):
        """How many items are done."""
        done = sum(1 for item in items if item.done)
        return cls(value=Decimal(done), items=items, count=done)

    @property
    def shortfalls(self):
        return [item for item in self.items if not item.done]


@dataclass(frozen=True)
class Metric:
    SHARE = "share"
    COUNT = "count"

    code: str
    label: object
    kind: str
    compute: object
    description: object = ""
    # {gap key: function(count) -> sentence}, such as "2 projects lack a protocol" (an
    # ngettext call in the domain, so the catalogues have it).
    gaps: dict = field(default_factory=dict)
    reported: bool = False

    def gap_sentences(self, items, counts=None):
        """[(sentence, items)] for what the items lack, the most frequent first; `counts`
        ({gap key: count}) when the items listed are fewer than those counted."""
        by_gap = {}
        for item in items:
            for gap in item.missing or ("",):
                by_gap.setdefault(gap, []).append(item)
        counts = counts or {gap: len(gapped) for gap, gapped in by_gap.items()}
        rows = []
        for gap, count in sorted(counts.items(), key=lambda pair: -pair[1]):
            sentence = self.gaps.get(gap, default_gap)
            rows.append((sentence(count), by_gap.get(gap, [])))
        return rows


def default_gap(count):
    return ngettext("%(count)s item falls short", "%(count)s items fall short", count) % {
        "count": count
    }


def register_metric(code, label, kind, description="", gaps=None, reported=False):
    def register(func):
        _metrics[code] = Metric(code, label, kind, func, description, gaps or {}, reported)
        return func

    return register


def get_metric(code):
    return _metrics.get(code)


def all_metrics():
    return dict(_metrics)


def metric_choices():
    return [(code, metric.label) for code, metric in sorted(_metrics.items())]


UNKNOWN_METRIC = _("This metric is no longer measured.")
