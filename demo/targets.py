"""The work-plan targets of seed 004, after the content they measure: each row of the work plan a
Target in Hebrew with its Arabic and English translations, the values units reported (with the
PDF that shows each; live, and one draft still awaiting the managers), a language-parity target
for every unit that publishes pages, and a made-up history of the targets so far.

The period is the work-plan year, the calendar year of today, as every date in the demo is an
offset from today. Which rows have reported values, and what they say, is chosen in
`demo/data/targets.json` so that the report shows targets met, near and missed."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale, get_page_models

from hub.models import MunicipalUnit, QuarterPage, UnitOwnedPage
from hub.models.targets import ReportedValue, Target, TargetSnapshot
from hub.permissions import unit_collection
from hub.targets.metrics import Metric, get_metric
from hub.targets.progress import measure_targets, status_of

from .loader import LANGUAGES, SOURCE_LANGUAGE, day, load_data, source_page, translate_snippet
from .loader import unit as unit_of
from .media import demo_document

PARITY_METRIC = "hub.language_parity"
REPORTED_METRIC = "hub.reported"


def period():
    """The work-plan year: the calendar year of today."""
    year = timezone.localdate().year
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _texts(entry, language, **names):
    return {
        "success_factor": entry["success_factor"][language].format(**names),
        "text": entry["text"][language].format(**names),
    }


def _add_target(entry, start, end, translations):
    """The Hebrew target `entry` unless it exists, then its translations (each text of
    `translations(language)`)."""
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    target = Target.objects.filter(code=entry["code"], locale=source).first()
    if target is None:
        quarter = entry.get("quarter")
        target = Target(
            locale=source,
            code=entry["code"],
            unit=unit_of(entry["unit"]),
            metric=entry["metric"],
            per_item=entry.get("per_item", 1),
            threshold=entry["threshold"],
            low=Decimal(str(entry["low"])),
            high=Decimal(str(entry["high"])) if entry.get("high") is not None else None,
            period_start=start,
            period_end=end,
            scope=entry.get("scope", "city"),
            quarter=source_page(QuarterPage, quarter) if quarter else None,
            sort_order=entry["sort_order"],
            **translations(SOURCE_LANGUAGE),
        )
        # Not the metric: a domain registers its metrics when its app is ready, and a target
        # whose metric is not (or no longer) registered still loads, shown as unmeasured.
        target.full_clean(exclude=["metric"])
        target.save()
    translate_snippet(target, translations)
    return target


def _publishing_units():
    """The Hebrew units that own at least one live page, in their order."""
    owned = set()
    for model in get_page_models():
        if issubclass(model, UnitOwnedPage) and not model._meta.abstract:
            live = model.objects.live().filter(locale__language_code=SOURCE_LANGUAGE)
            owned |= set(live.values_list("unit_id", flat=True).distinct())
    return MunicipalUnit.objects.filter(pk__in=owned).order_by("sort_order", "code")


def _parity_targets(spec, start, end):
    targets = []
    for number, unit in enumerate(_publishing_units()):
        names = {
            language: unit.get_translation(Locale.objects.get(language_code=language)).name
            for language in LANGUAGES
        }
        entry = {
            "code": f"language-parity-{unit.code}",
            "unit": unit.code,
            "metric": PARITY_METRIC,
            "threshold": "at_least_percent",
            "low": spec["low"],
            "sort_order": spec["sort_order"] + number,
        }
        targets.append(
            _add_target(
                entry,
                start,
                end,
                lambda language, names=names: _texts(spec, language, unit=names[language]),
            )
        )
    return targets


def _add_reported(target, report, heading, start):
    """A reported value of `target` with its evidence, unless one with that evidence exists;
    live, or a draft awaiting approval."""
    title = report["evidence"]["he"]
    if target.reported_values.filter(evidence__title=title).exists():
        return
    paragraphs = [("he", title)] + [
        (
            language,
            f"{heading[language]}: {report['evidence'][language]}. {report['note'][language]}",
        )
        for language in LANGUAGES
    ]
    evidence = demo_document(
        title,
        f"{target.code}-{report['as_of']['days'] * -1}.pdf",
        paragraphs,
        collection=unit_collection(target.unit),
    )
    reported = ReportedValue(
        target=target,
        value=Decimal(str(report["value"])),
        as_of=max(day(report["as_of"]), start),
        evidence=evidence,
        note=report["note"]["he"],
        live=report["live"],
    )
    reported.full_clean()
    reported.save()
    revision = reported.save_revision()
    if report["live"]:
        revision.publish()


def _history(targets):
    """DEMO HISTORY, not measured: weekly snapshots from the period's start to yesterday,
    rising evenly towards today's value, so the history chart has a line to draw. Real snapshots
    are recorded day by day from the day the site runs; a day that has one is left alone."""
    today = timezone.localdate()
    rows = []
    for result in measure_targets(targets):
        target = result.target
        first, last = target.period_start, min(today, target.period_end + datetime.timedelta(1))
        span = (last - first).days
        for back in range(1, span + 1, 7):
            moment = last - datetime.timedelta(days=back)
            value = _share_of(result, Decimal(moment.toordinal() - first.toordinal()) / span)
            rows.append(
                TargetSnapshot(
                    target_key=target.translation_key,
                    day=moment,
                    value=value,
                    status=status_of(target, value),
                )
            )
    TargetSnapshot.objects.bulk_create(rows, ignore_conflicts=True)


def _share_of(result, part):
    """`part` (0..1) of today's value; whole numbers for counts, as counts grow."""
    value = Decimal(result.measure.value) * part
    metric = get_metric(result.metric_code)
    if metric is not None and metric.kind == Metric.SHARE:
        return value.quantize(Decimal("0.1"))
    return value.quantize(Decimal(1))


def targets():
    data = load_data("targets.json")
    start, end = period()
    heading = data["evidence_heading"]
    source_targets = []
    for entry in data["targets"]:
        target = _add_target(
            entry, start, end, lambda language, entry=entry: _texts(entry, language)
        )
        for report in entry.get("reported", []):
            _add_reported(target, report, heading, start)
        source_targets.append(target)
    source_targets += _parity_targets(data["language_parity"], start, end)
    _history(source_targets)
