"""Work-plan targets: their validation and thresholds, the hub's own metrics (language parity,
reported values), reported values through the unit's approval, and the nightly snapshots."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, WorkflowState

from hub.models import MunicipalUnit, ReportedValue, Target, TargetSnapshot
from hub.targets.builtin import _owned_models
from hub.targets.metrics import Scope, get_metric
from hub.targets.progress import Status, measure_targets, status_of
from hub.targets.snapshots import daily_snapshot, next_run, schedule, take_snapshots
from projects.models import ProjectPage
from tests.helpers import pdf, sign_in

YEAR = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def unit(code):
    return MunicipalUnit.objects.get(code=code, locale=Locale.get_default())


def make_target(code="test-target", metric="hub.reported", low=40, high=None, **fields):
    threshold = "range" if high is not None else fields.pop("threshold", "at_least")
    return Target.objects.create(
        code=code,
        unit=fields.pop("unit", None) or unit("community-youth-sport"),
        text="שעות הכשרה למנהלים",
        metric=metric,
        threshold=threshold,
        low=low,
        high=high,
        period_start=YEAR[0],
        period_end=YEAR[1],
        locale=Locale.get_default(),
        **fields,
    )


def evidence(title="רשימת נוכחות"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(pdf(), name="attendance.pdf")
    )


@pytest.mark.django_db
def test_a_target_refuses_a_period_that_ends_before_it_starts_and_a_half_given_range():
    target = make_target()
    target.period_end = datetime.date(2025, 12, 1)
    target.threshold, target.high = "range", None
    with pytest.raises(ValidationError) as raised:
        target.full_clean()
    assert {"period_end", "high"} <= set(raised.value.error_dict)
    target.period_end, target.threshold, target.low = YEAR[1], "at_least_percent", 140
    with pytest.raises(ValidationError) as raised:
        target.full_clean()
    assert "low" in raised.value.error_dict


@pytest.mark.django_db
def test_status_is_met_from_the_threshold_near_within_a_fifth_of_it_and_missed_below():
    target = make_target(low=40, high=50)
    assert status_of(target, Decimal(45)) == Status.MET
    assert status_of(target, Decimal(52)) == Status.MET
    assert status_of(target, Decimal(32)) == Status.NEAR
    assert status_of(target, Decimal("31.9")) == Status.MISSED


@pytest.mark.django_db
def test_a_reported_value_counts_once_approved_and_the_latest_in_the_period_wins():
    target = make_target()
    document = evidence()

    def report(value, day, live):
        return ReportedValue.objects.create(
            target=target, value=value, as_of=day, evidence=document, live=live
        )

    report(12, datetime.date(2026, 3, 1), live=True)
    report(44, datetime.date(2026, 6, 1), live=False)  # a draft
    report(90, datetime.date(2025, 12, 31), live=True)  # the period before
    [result] = measure_targets([target])
    assert result.measure.value == 12
    assert result.status == Status.MISSED
    report(41, datetime.date(2026, 5, 1), live=True)
    [result] = measure_targets([target])
    assert result.measure.value == 41
    assert result.status == Status.MET
    assert [item.detail for item in result.measure.items] == ["2026-05-01", "2026-03-01"]


@pytest.mark.django_db
def test_a_reported_value_outside_its_targets_period_is_refused():
    value = ReportedValue(
        target=make_target(), value=3, as_of=datetime.date(2027, 1, 2), evidence=evidence()
    )
    with pytest.raises(ValidationError) as raised:
        value.full_clean()
    assert "as_of" in raised.value.error_dict


@pytest.mark.django_db
def parity(owner):
    """A measuring of its own: what one measuring reads is kept for that measuring only."""
    scope = Scope(units=frozenset({owner.translation_key}), start=YEAR[0], end=YEAR[1])
    return get_metric("hub.language_parity").compute(scope)


@pytest.mark.django_db
def test_language_parity_counts_the_units_pages_live_in_every_language():
    owner = unit("engineering-coordination")
    before = parity(owner)
    project = Page.objects.filter(locale=owner.locale, depth__gt=2).live().type(ProjectPage)
    project = project.filter(projectpage__unit=owner).first().specific
    arabic = project.get_translation(Locale.objects.get(language_code="ar"))
    arabic.unpublish()
    after = parity(owner)
    assert after.total == before.total
    assert after.count == before.count - 1
    [short] = [item for item in after.items if item.key == str(project.translation_key)]
    assert short.missing == ("ar",)
    assert after.value < before.value


@pytest.mark.django_db
def test_language_parity_reads_every_unit_once_in_a_fixed_number_of_queries():
    owner = unit("engineering-coordination")
    with CaptureQueriesContext(connection) as first:
        parity(owner)
    for page in Page.objects.filter(locale__language_code="en", depth__gt=3)[:20]:
        page.specific.unpublish()
    with CaptureQueriesContext(connection) as second:
        parity(owner)
    bound = 2 + 4 * len(_owned_models())  # languages, restrictions, four a page type at most
    assert len(first) <= bound
    assert len(second) <= bound
    targets = [
        make_target(code=f"parity-{code}", metric="hub.language_parity", unit=unit(code))
        for code in ("engineering-coordination", "community-youth-sport", "digitel")
    ]
    with CaptureQueriesContext(connection) as all_three:
        measure_targets(targets)
    assert len(all_three) <= bound + 3, "each unit's pages are not read again"


# Reported values through the unit's approval.


def add_url():
    return reverse("wagtailsnippets_hub_reportedvalue:add")


def form_data(target, document, **extra):
    return {
        "target": target.pk,
        "value": "42",
        "as_of": "2026-06-30",
        "evidence": document.pk,
        "note": "",
        **extra,
    }


@pytest.mark.django_db
def test_an_editor_submits_a_value_and_only_the_units_own_manager_approves_it(client):
    target = make_target()
    document = evidence()
    sign_in(client, "community-youth-sport-editor", "he")
    response = client.post(add_url(), form_data(target, document, **{"action-publish": "1"}))
    value = ReportedValue.objects.get(target=target)
    assert not value.live, "an editor cannot publish a reported value"

    response = client.post(
        reverse("wagtailsnippets_hub_reportedvalue:edit", args=[value.pk]),
        form_data(target, document, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(value.pk), status="in_progress")
    approve = reverse(
        "wagtailsnippets_hub_reportedvalue:workflow_action",
        args=[value.pk, "approve", state.current_task_state.pk],
    )

    sign_in(client, "engineering-coordination-manager", "he")
    client.post(approve, {"comment": ""})
    value.refresh_from_db()
    assert not value.live, "another unit's manager cannot approve"
    assert [r.measure.value for r in measure_targets([target])] == [0]

    sign_in(client, "community-youth-sport-manager", "he")
    client.post(approve, {"comment": ""})
    value.refresh_from_db()
    assert value.live
    assert [r.measure.value for r in measure_targets([target])] == [42]


@pytest.mark.django_db
def test_another_units_editor_neither_sees_nor_opens_a_units_reported_values(client):
    target = make_target()
    value = ReportedValue.objects.create(
        target=target, value=5, as_of=datetime.date(2026, 2, 1), evidence=evidence(), live=True
    )
    sign_in(client, "engineering-coordination-editor", "he")
    listing = client.get(reverse("wagtailsnippets_hub_reportedvalue:list"))
    assert listing.status_code == 200
    assert f"/{value.pk}/" not in listing.content.decode()
    for name in ("edit", "history", "delete"):
        url = reverse(f"wagtailsnippets_hub_reportedvalue:{name}", args=[value.pk])
        assert client.get(url).status_code in (302, 403), name
    response = client.post(add_url(), form_data(target, evidence()))
    assert response.status_code == 200, "another unit's target is not among the choices"
    assert ReportedValue.objects.filter(target=target).count() == 1
    sign_in(client, "engineering-coordination-manager", "he")
    edit = reverse("wagtailsnippets_hub_reportedvalue:edit", args=[value.pk])
    client.post(edit, form_data(target, evidence(), value="99", **{"action-publish": "1"}))
    value.refresh_from_db()
    assert value.value == 5, "another unit's manager cannot publish it"


# The nightly snapshots.


@pytest.mark.django_db
def test_a_snapshot_keeps_one_value_a_target_a_day():
    target = make_target()
    day = datetime.date(2026, 4, 1)
    taken = take_snapshots(day=day)
    assert taken == Target.objects.filter(locale=Locale.get_default()).count()
    ReportedValue.objects.create(target=target, value=7, as_of=day, evidence=evidence(), live=True)
    take_snapshots(day=day)
    [row] = TargetSnapshot.objects.filter(target_key=target.translation_key, day=day)
    assert row.value == 7
    assert row.status == Status.MISSED


def test_the_next_run_is_tonight_or_tomorrow_night_at_two():
    local = timezone.get_current_timezone()
    evening = datetime.datetime(2026, 5, 4, 21, 0, tzinfo=local)
    night = datetime.datetime(2026, 5, 5, 1, 0, tzinfo=local)
    assert timezone.localtime(next_run(evening)).replace(tzinfo=None) == datetime.datetime(
        2026, 5, 5, 2, 0
    )
    assert timezone.localtime(next_run(night)).replace(tzinfo=None) == datetime.datetime(
        2026, 5, 5, 2, 0
    )


@pytest.mark.django_db
def test_the_worker_takes_the_nightly_snapshot_and_queues_the_next_one(run_worker):
    target = make_target(code="snapshot-target")
    past = timezone.now() - datetime.timedelta(minutes=1)
    assert schedule(run_after=past) == past
    assert schedule() == past, "a run already waits: none is added"
    run_worker()
    today = timezone.localdate()
    assert TargetSnapshot.objects.filter(target_key=target.translation_key, day=today).exists()
    done = DBTaskResult.objects.filter(task_path=daily_snapshot.module_path)
    assert done.filter(status=TaskResultStatus.SUCCESSFUL).count() == 1
    [waiting] = done.filter(status=TaskResultStatus.READY)
    assert waiting.run_after == next_run()


@pytest.mark.django_db
def test_the_snapshot_command_refuses_a_bad_day():
    from django.core.management.base import CommandError

    before = TargetSnapshot.objects.count()
    with pytest.raises(CommandError):
        call_command("snapshot_targets", "--day", "2026-13-40")
    assert TargetSnapshot.objects.count() == before


@pytest.mark.django_db
def test_a_value_no_item_explains_says_how_far_below_the_threshold_it_stands():
    target = make_target(low=40, high=50)
    ReportedValue.objects.create(
        target=target, value=Decimal("33.5"), as_of=YEAR[0], evidence=evidence(), live=True
    )
    [result] = measure_targets([target])
    assert result.status == Status.NEAR
    with translation.override("en"):
        sentences = [sentence for sentence, _items in result.gap_sentences()]
    assert sentences == ["7 short of the target"]
    ReportedValue.objects.create(
        target=target, value=45, as_of=YEAR[1], evidence=evidence(), live=True
    )
    [result] = measure_targets([target])
    assert result.gap_sentences() == []
