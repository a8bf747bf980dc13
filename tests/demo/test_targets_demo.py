"""The demo's work plan (seed 004): every row a target in Hebrew, Arabic and English, values the
units reported with the document that shows them (one still awaiting approval), a history to
plot, and a report that has targets met, near and missed."""

import json
import re
from collections import Counter

import pytest
from django.utils import timezone
from wagtail.models import Locale

from demo.loader import DATA_DIR, SEEDS_DIR
from hub.models import ReportedValue, Target, TargetSnapshot
from hub.targets.progress import Status, measure_targets, targets_of

pytestmark = pytest.mark.django_db

DATA = json.loads((DATA_DIR / "targets.json").read_text(encoding="utf-8"))
SEED_ROWS = {entry["code"]: entry for entry in DATA["targets"]}
METRICS = {
    "project-transparency": "projects.transparency",
    "informing-meetings": "projects.informing_meeting",
    "digitel-benefits": "institutions.benefits",
    "community-space-events": "institutions.community_events",
    "open-beit-am": "institutions.open_beit_am",
    "facility-upgrades": "institutions.upgrades",
    "holiday-events": "institutions.holiday_events",
}
ARABIC = re.compile("[\u0600-\u06ff]")
HEBREW = re.compile("[\u0590-\u05ff]")


def _words(text):
    return set(re.findall(r"[\w\"'%-]+", text))


def hebrew_progress():
    return measure_targets(targets_of(Locale.objects.get(language_code="he")))


def test_every_row_of_seed_004_is_a_target_in_three_languages():
    assert len(SEED_ROWS) == 14
    seed = next(SEEDS_DIR.glob("004_*.txt")).read_text(encoding="utf-8")
    seed_words = _words(seed)
    year = timezone.localdate().year
    for code in SEED_ROWS:
        versions = {
            target.locale.language_code: target
            for target in Target.objects.filter(code=code).select_related("locale", "unit")
        }
        assert set(versions) == {"he", "ar", "en"}, code
        he, ar, en = versions["he"], versions["ar"], versions["en"]
        # The Hebrew is the work plan's own wording.
        words = _words(he.text)
        assert len(words & seed_words) >= 0.8 * len(words), he.text
        assert HEBREW.search(he.success_factor) and HEBREW.search(he.text)
        assert ARABIC.search(ar.text) and not HEBREW.search(ar.text)
        assert ARABIC.search(ar.success_factor)
        assert re.search("[A-Za-z]{4}", en.text)
        assert not HEBREW.search(en.text) and not ARABIC.search(en.text)
        # Each translation points at its language's unit, and shares the numbers.
        for version in (ar, en):
            assert version.unit.locale_id == version.locale_id
            assert version.unit.translation_key == he.unit.translation_key
            assert (version.metric, version.low, version.high, version.threshold) == (
                he.metric,
                he.low,
                he.high,
                he.threshold,
            )
        assert (he.period_start.isoformat(), he.period_end.isoformat()) == (
            f"{year}-01-01",
            f"{year}-12-31",
        )


def test_targets_are_measured_by_the_metrics_the_work_plan_needs():
    targets = {t.code: t for t in Target.objects.filter(locale__language_code="he")}
    for code, metric in METRICS.items():
        assert targets[code].metric == metric, code
    assert targets["digitel-benefits"].per_item == 2
    assert targets["community-space-events"].per_item == 2
    assert (targets["facility-upgrades"].low, targets["facility-upgrades"].high) == (14, 16)
    assert targets["open-beit-am"].low == 70
    holidays = targets["holiday-events"]
    assert (holidays.scope, holidays.quarter.slug, holidays.low) == ("quarter", "jaffa", 5)
    reported = {code for code, target in targets.items() if target.metric == "hub.reported"}
    assert reported == set(SEED_ROWS) - set(METRICS)
    parity = [target for target in targets.values() if target.metric == "hub.language_parity"]
    assert {target.unit.code for target in parity} >= {
        "engineering-coordination",
        "community-centers",
        "jaffa-administration",
    }
    assert all(target.low == 90 for target in parity)


def test_reported_values_come_with_their_evidence_and_one_awaits_approval():
    values = ReportedValue.objects.select_related("evidence", "target")
    live = [value for value in values if value.live]
    drafts = [value for value in values if not value.live]
    assert len(live) >= 4 and len(drafts) >= 1
    for value in values:
        assert value.evidence.file.name.endswith(".pdf")
        with value.evidence.file.open("rb") as file:
            assert file.read(5) == b"%PDF-"
        assert value.revisions.exists()
        assert value.target.period_start <= value.as_of <= value.target.period_end
    for value in live:
        assert value.live_revision_id is not None
    # The draft waits for the managers; until they approve, the approved value counts.
    draft = drafts[0]
    measured = next(result for result in hebrew_progress() if result.target.pk == draft.target_id)
    approved = draft.target.reported_values.filter(live=True).order_by("-as_of").first()
    assert measured.measure.value == approved.value != draft.value


def test_the_report_shows_targets_met_near_and_missed():
    statuses = Counter(result.status for result in hebrew_progress())
    assert statuses[Status.MET] >= 1
    assert statuses[Status.NEAR] >= 1
    assert statuses[Status.MISSED] >= 1


def test_every_target_has_a_history_rising_to_today():
    today = timezone.localdate()
    for result in hebrew_progress():
        points = list(
            TargetSnapshot.objects.filter(
                target_key=result.target.translation_key, day__lt=today
            ).order_by("day")
        )
        assert len(points) >= 4, result.target.code
        values = [point.value for point in points]
        assert values == sorted(values), result.target.code
        assert values[-1] <= result.measure.value
