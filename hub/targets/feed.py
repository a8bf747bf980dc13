"""The work plan as open data: every target with its value and status (`targets`), and every
item behind each value (`target_items`), in the export's language; and the links from an item
to its public page, which the transparency page shares."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.models.targets import Scope, Threshold
from hub.opendata import Column, Dataset, register_dataset
from hub.opendata.common import unit_columns

from .progress import progress

PAGE_FIELDS = ("pk", "translation_key", "url_path", "title", "locale_id")


@dataclass
class LinkedItem:
    """An item of a measure as the public sees it: in the visitor's language where its page is
    published in it, linked to its public page."""

    title: str
    done: bool
    key: str
    missing: tuple
    detail: str
    page: Page | None
    url: str

    @property
    def page_key(self):
        return str(self.page.translation_key) if self.page else ""


def item_pages(progresses, locale):
    """{page id the metrics name: the live, public page to show}, the page's translation in
    `locale` where it is live, else the page itself; two or three queries for every item of
    every target."""
    ids = {item.page_id for entry in progresses for item in entry.measure.items if item.page_id}
    if not ids:
        return {}
    sources = Page.objects.live().public().filter(pk__in=ids).only(*PAGE_FIELDS)
    sources = {page.pk: page for page in sources}
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key__in={page.translation_key for page in sources.values()})
        .filter(locale_id=locale.pk)
        .only(*PAGE_FIELDS)
    }
    return {pk: translated.get(page.translation_key, page) for pk, page in sources.items()}


def linked(item, pages, url_of):
    page = pages.get(item.page_id) if item.page_id else None
    return LinkedItem(
        title=page.title if page is not None else item.title,
        done=item.done,
        key=item.key,
        missing=tuple(item.missing),
        detail=item.detail,
        page=page,
        url=url_of(page) if page is not None else (item.url or ""),
    )


TARGET_COLUMNS = [
    Column("code", _("Target code"), _("The target's permanent identifier.")),
    Column(
        "translation_key",
        _("Translation key"),
        _("The same in every language: joins a row to its translations."),
    ),
    Column("text", _("Target")),
    Column("success_factor", _("Success factor")),
    *unit_columns(),
    Column("metric", _("Measured by (code)"), _("The metric's permanent identifier.")),
    Column("metric_label", _("Measured by")),
    Column("kind", _("Kind of value"), "share | count"),
    Column("threshold", _("Threshold (code)"), " | ".join(Threshold.values)),
    Column("threshold_label", _("Threshold")),
    Column("low", _("Lower end (N)")),
    Column("high", _("Upper end (M)"), _("Only for a range.")),
    Column("per_item", _("At least per item")),
    Column("period_start", _("Period starts"), _("ISO 8601 date.")),
    Column("period_end", _("Period ends"), _("ISO 8601 date.")),
    Column("scope", _("Where (code)"), " | ".join(Scope.values)),
    Column("area", _("Quarter or neighborhood"), _("Empty for the whole city.")),
    Column("value", _("Value"), _("A percentage for a share, else a number.")),
    Column("count", _("Items that count")),
    Column("total", _("Items in all"), _("Empty for a count.")),
    Column("status", _("Status (code)"), "met | near | missed"),
    Column("status_label", _("Status")),
    Column("url", _("Link")),
]

ITEM_COLUMNS = [
    Column("target_code", _("Target code"), _("Joins the item to its target.")),
    Column("item_key", _("Item key"), _("The item's identifier within its metric.")),
    Column("title", _("Title")),
    Column("done", _("Counts"), "true | false"),
    Column(
        "missing",
        _("What it lacks (codes)"),
        _("The metric's codes, separated by semicolons in the CSV."),
    ),
    Column(
        "page_id",
        _("Page identifier"),
        _("The page's number on the site, in this language where it is published in it."),
    ),
    Column(
        "page_translation_key",
        _("Page translation key"),
        _("The same in every language: joins the item to the page's translations."),
    ),
    Column("url", _("Link")),
    Column("detail", _("Detail")),
]

targets = register_dataset(
    Dataset(
        name="targets",
        title=_("Work-plan targets"),
        description=_(
            "Every target of the municipality's work plan: its unit, threshold and period, the "
            "value measured from the published content, and whether it is met."
        ),
        columns=TARGET_COLUMNS,
        order=60,
    )
)

target_items = register_dataset(
    Dataset(
        name="target_items",
        title=_("Items behind the work-plan targets"),
        description=_(
            "Every item each target's value is measured on (a project, an institution, an "
            "event), whether it counts and what it lacks."
        ),
        columns=ITEM_COLUMNS,
        order=61,
    )
)


def area_of(export, target):
    place = target.neighborhood if target.scope == Scope.NEIGHBORHOOD else None
    if target.scope == Scope.QUARTER:
        place = target.quarter
    if place is None:
        return ""
    return export.neighborhoods.get(place.translation_key, place.title)


@targets.add_part
def target_rows(export):
    page = export.absolute(reverse("targets"))
    for entry in progress(export.locale):
        target, measure = entry.target, entry.measure
        yield {
            "code": target.code,
            "translation_key": str(target.translation_key),
            "text": target.text,
            "success_factor": target.success_factor,
            **export.unit_fields(target.unit.translation_key),
            "metric": target.metric,
            "metric_label": entry.metric.label if entry.metric else "",
            "kind": entry.metric.kind if entry.metric else "",
            "threshold": target.threshold,
            "threshold_label": entry.threshold_display,
            "low": target.low,
            "high": target.high,
            "per_item": target.per_item,
            "period_start": target.period_start,
            "period_end": target.period_end,
            "scope": target.scope,
            "area": area_of(export, target),
            "value": measure.value,
            "count": measure.count,
            "total": measure.total,
            "status": entry.status,
            "status_label": entry.status_label,
            "url": f"{page}#target-{target.code}",
        }


@target_items.add_part
def item_rows(export):
    progresses = progress(export.locale)
    pages = item_pages(progresses, export.locale)
    for entry in progresses:
        for item in entry.measure.items:
            shown = linked(item, pages, export.url)
            yield {
                "target_code": entry.target.code,
                "item_key": item.key,
                "title": shown.title,
                "done": item.done,
                "missing": list(item.missing),
                "page_id": shown.page.pk if shown.page else None,
                "page_translation_key": shown.page_key,
                "url": export.absolute(shown.url) if shown.url.startswith("/") else shown.url,
                "detail": item.detail,
            }
