"""The hub's own metrics, measured on what every domain shares: a unit's pages in every
language, and the values units report for what no content can show."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Case, Count, Max, Min, When
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, get_page_models

from hub.models import MunicipalUnit, ReportedValue, UnitOwnedPage

from .metrics import ITEM_LIMIT, Item, Measure, Metric, register_metric


def _not_live_in(code):
    def sentence(count):
        return ngettext(
            "%(count)s page is not live in %(language)s",
            "%(count)s pages are not live in %(language)s",
            count,
        ) % {"count": count, "language": get_language_info(code)["name_translated"]}

    return sentence


def _owned_models():
    return [
        model
        for model in get_page_models()
        if issubclass(model, UnitOwnedPage) and not model._meta.abstract
    ]


@register_metric(
    "hub.language_parity",
    _("Pages live in every language"),
    Metric.SHARE,
    description=_(
        "The share of the unit's live pages that are live in Hebrew, Arabic and English."
    ),
    gaps={code: _not_live_in(code) for code, _name in settings.LANGUAGES},
)
def language_parity(scope):
    pages = scope.reading("hub.language_parity", _pages_by_unit)
    total, short, items, gaps = 0, 0, [], {}
    for unit_key in scope.units:
        reading = pages.get(unit_key)
        if reading is None:
            continue
        total += reading.total
        short += reading.short
        items += reading.items
        for gap, count in reading.gaps.items():
            gaps[gap] = gaps.get(gap, 0) + count
    done = total - short
    value = Decimal(done * 100) / total if total else Decimal(0)
    return Measure(
        value=value.quantize(Decimal("0.1")),
        items=items[:ITEM_LIMIT],
        count=done,
        total=total,
        gap_counts=gaps,
    )


@dataclass
class _UnitPages:
    total: int = 0
    short: int = 0
    items: list = field(default_factory=list)
    gaps: dict = field(default_factory=dict)


def _pages_by_unit():
    """{unit translation key: _UnitPages}: its live pages counted by translation key, and those
    live in fewer than every language, with the languages they lack — for every unit at once, in
    two queries a page type whatever the number of units and pages."""
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    wanted = [code for code, _name in settings.LANGUAGES if code in locales]
    unit_keys = dict(MunicipalUnit.objects.values_list("pk", "translation_key"))
    private = Page.objects.private_q()  # one reading of the view restrictions
    flags = [Max(Case(When(locale_id=locales[code], then=1), default=0)) for code in wanted]
    found = {}
    for model in _owned_models():
        live = model.objects.live().exclude(private).order_by()
        counts = live.values("unit__translation_key").annotate(
            pages=Count("translation_key", distinct=True)
        )
        for unit_key, count in counts.values_list("unit__translation_key", "pages"):
            found.setdefault(unit_key, _UnitPages()).total += count
        # Whole numbers only (no key to convert a row): a unit may have thousands of such pages.
        short = (
            live.values("translation_key")
            .annotate(
                languages=Count("locale_id", distinct=True),
                first=Min("pk"),
                unit=Min("unit_id"),
                **{f"in_{code}": flag for code, flag in zip(wanted, flags, strict=True)},
            )
            .filter(languages__lt=len(wanted))
            .order_by("first")
            .values_list("first", "unit", *(f"in_{code}" for code in wanted))
        )
        for first, unit_id, *present in short:
            reading = found.setdefault(unit_keys[unit_id], _UnitPages())
            missing = tuple(code for code, there in zip(wanted, present, strict=True) if not there)
            reading.short += 1
            for code in missing:
                reading.gaps[code] = reading.gaps.get(code, 0) + 1
            if len(reading.items) < ITEM_LIMIT:
                reading.items.append((first, missing))
    _name_items(found)
    return found


def _name_items(found):
    """The listed items, with their titles, in one query."""
    listed = [pk for reading in found.values() for pk, _missing in reading.items]
    pages = {
        pk: (title, key)
        for pk, title, key in Page.objects.filter(pk__in=listed).values_list(
            "pk", "title", "translation_key"
        )
    }
    for reading in found.values():
        reading.items = [
            Item(title=pages[pk][0], done=False, key=str(pages[pk][1]), missing=missing, page_id=pk)
            for pk, missing in reading.items
        ]


@register_metric(
    "hub.reported",
    _("Reported by the unit"),
    Metric.COUNT,
    description=_(
        "A value the unit reports with a document that shows it, counted once its managers "
        "approve it; the latest in the period counts."
    ),
    reported=True,
)
def reported(scope):
    reports = [
        report
        for report in scope.reading("hub.reported", _live_reports).get(scope.target_key, [])
        if scope.start <= report.as_of <= scope.end
    ]
    items = [
        Item(
            title=report.evidence.title,
            done=True,
            key=str(report.pk),
            url=report.evidence.url,
            detail=report.as_of.isoformat(),
        )
        for report in reports
    ]
    value = reports[0].value if reports else Decimal(0)
    return Measure(value=value, items=items, count=len(reports))


def _live_reports():
    """{target translation key: its approved reports, the latest first}, in one query."""
    found = {}
    reports = ReportedValue.objects.filter(live=True).select_related("evidence", "target")
    for report in reports.order_by("-as_of", "-pk"):
        found.setdefault(report.target.translation_key, []).append(report)
    return found
