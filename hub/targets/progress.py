"""How far each target is: its metric's value on its scope, against its threshold.

`progress(locale)` measures every target, in one language's words, in a fixed number of queries
whatever the content holds (each metric reads its content in a few queries; targets that share
a metric and scope share one reading), and keeps the answer under the content version."""

import hashlib
import math
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from hub.cache import content_version
from hub.models import MunicipalUnit, NeighborhoodPage
from hub.models.targets import Scope as Where
from hub.models.targets import Target, Threshold

from .metrics import UNKNOWN_METRIC, Item, Measure, Metric, Scope, get_metric

# The share of the threshold from which a target that is not met is "near".
NEAR = Decimal("0.8")
CACHE_SECONDS = 600


class Status:
    MET = "met"
    NEAR = "near"
    MISSED = "missed"
    LABELS = {MET: _("Met"), NEAR: _("Near"), MISSED: _("Missed")}


@dataclass
class Progress:
    """Kept in the cache: it holds the metric's code, not the metric (whose sentences are
    functions)."""

    target: Target
    metric_code: str
    measure: Measure
    status: str

    @property
    def metric(self):
        return get_metric(self.metric_code)

    @property
    def status_label(self):
        return Status.LABELS[self.status]

    @property
    def is_share(self):
        return self.metric is not None and self.metric.kind == Metric.SHARE

    @property
    def value_display(self):
        return format_number(self.measure.value) + ("%" if self.is_share else "")

    @property
    def threshold_display(self):
        target = self.target
        suffix = "%" if target.threshold == Threshold.AT_LEAST_PERCENT else ""
        if target.threshold == Threshold.RANGE:
            return f"{format_number(target.low)}–{format_number(target.high)}"
        return f"≥ {format_number(target.low)}{suffix}"

    @property
    def fraction(self):
        """How far along, 0 to 1, for bars: the value over the threshold's lower end."""
        if not self.target.low:
            return 1.0
        return float(min(self.measure.value / self.target.low, Decimal(1)))

    def gap_sentences(self):
        """What is missing, item by item; or, for a value no item explains (a count, a
        reported number), how far below the threshold it stands."""
        if self.metric is None:
            return []
        sentences = self.metric.gap_sentences(self.measure.shortfalls, self.measure.gap_counts)
        if sentences or self.status == Status.MET:
            return sentences
        short = math.ceil(Decimal(self.target.low) - self.measure.value)
        if self.is_share:
            sentence = ngettext(
                "%(count)s percentage point below the target",
                "%(count)s percentage points below the target",
                short,
            )
        else:
            sentence = ngettext(
                "%(count)s short of the target", "%(count)s short of the target", short
            )
        return [(sentence % {"count": short}, [])]


def format_number(number):
    """12 rather than 12.00, 12.5 rather than 12.50."""
    number = Decimal(number)
    if number == number.to_integral():
        return str(number.quantize(Decimal(1)))
    return f"{number.normalize():f}"


def status_of(target, value):
    low = Decimal(target.low)
    if value >= low:
        return Status.MET
    if value >= low * NEAR:
        return Status.NEAR
    return Status.MISSED


def unit_keys(units):
    """{unit translation key: keys of it and every unit below it}, from the units of one
    language (a unit's translations share its key and its parent's)."""
    children = {}
    for unit in units:
        if unit.parent_id:
            children.setdefault(unit.parent_id, []).append(unit)
    keys = {}
    for unit in units:
        found, todo = set(), [unit]
        while todo:
            current = todo.pop()
            if current.translation_key in found:
                continue
            found.add(current.translation_key)
            todo += children.get(current.pk, [])
        keys[unit.translation_key] = frozenset(found)
    return keys


def user_unit_keys(user):
    """Translation keys of the units whose groups the user is in, and of their subunits; read
    once per user object (a request's)."""
    if not hasattr(user, "_hub_unit_keys"):
        keys = set(MunicipalUnit.objects.for_user(user).values_list("translation_key", flat=True))
        if keys:
            below = unit_keys(list(MunicipalUnit.objects.filter(locale=Locale.get_default())))
            keys = keys.union(*(below.get(key, ()) for key in keys))
        user._hub_unit_keys = keys
    return user._hub_unit_keys


def neighborhood_keys(target, quarters):
    """The translation keys of the neighborhoods the target covers; None for the whole city.
    `quarters` maps a quarter page's path to its neighborhoods' keys."""
    if target.scope == Where.NEIGHBORHOOD and target.neighborhood_id:
        return frozenset({target.neighborhood.translation_key})
    if target.scope == Where.QUARTER and target.quarter_id:
        return frozenset(quarters.get(target.quarter.path, ()))
    return None


def _quarters():
    quarters = {}
    for path, key in NeighborhoodPage.objects.values_list("path", "translation_key"):
        quarters.setdefault(path[: -NeighborhoodPage.steplen], set()).add(key)
    return quarters


def measure_targets(targets, neighborhoods=None, now=None):
    """[Progress] of `targets` (of one language). `neighborhoods` (translation keys) narrows
    every target to those neighborhoods, for the report's filters."""
    now = now or timezone.now()
    targets = list(targets)
    units = list(MunicipalUnit.objects.filter(locale_id__in={t.locale_id for t in targets}))
    keys = unit_keys(units)
    unit_key_of = {unit.pk: unit.translation_key for unit in units}
    quarters = _quarters() if any(t.scope == Where.QUARTER for t in targets) else {}
    readings, shared = {}, {}
    results = []
    for target in targets:
        metric = get_metric(target.metric)
        where = neighborhood_keys(target, quarters)
        if neighborhoods is not None:
            where = frozenset(neighborhoods) if where is None else where & frozenset(neighborhoods)
        scope = Scope(
            units=keys.get(unit_key_of.get(target.unit_id), frozenset()),
            start=target.period_start,
            end=target.period_end,
            neighborhoods=where,
            per_item=target.per_item,
            target_key=target.translation_key if metric and metric.reported else None,
            now=now,
            shared=shared,
        )
        if metric is None:
            measure = Measure(value=Decimal(0), items=[Item(title=str(UNKNOWN_METRIC), done=False)])
        else:
            if (metric.code, scope) not in readings:
                readings[metric.code, scope] = metric.compute(scope)
            measure = readings[metric.code, scope]
        results.append(Progress(target, target.metric, measure, status_of(target, measure.value)))
    return results


def targets_of(locale):
    return (
        Target.objects.filter(locale=locale)
        .select_related("unit", "quarter", "neighborhood")
        .order_by("sort_order", "code")
    )


def progress(locale=None, neighborhoods=None):
    """Every target of `locale` (the active language by default), measured; kept in the cache
    under the content version, and for a few minutes at most, since meetings pass into "held"
    and benefits expire with the clock alone."""
    locale = locale or Locale.get_active()
    hour = timezone.localtime().strftime("%Y%m%d%H")
    where = "city" if neighborhoods is None else ",".join(sorted(map(str, neighborhoods)))
    key = f"hub:targets:{content_version()}:{locale.pk}:{hour}:{hashlib.sha1(where.encode()).hexdigest()}"
    found = cache.get(key)
    if found is None:
        found = measure_targets(targets_of(locale), neighborhoods)
        cache.set(key, found, CACHE_SECONDS)
    return found
