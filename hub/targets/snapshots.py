"""Each target's value once a day, so its progress over the period can be plotted.

`take_snapshots()` measures every target and keeps one row a target a day (a second run the same
day replaces the first). The background worker runs it every night: `daily_snapshot` takes the
day's snapshot and enqueues itself for the next night, and `schedule()` — run by
`manage.py snapshot_targets --schedule` wherever the worker is deployed — starts the chain if
no run is waiting."""

import datetime

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from hub.models import Target, TargetSnapshot

from .progress import measure_targets

# Local time of the nightly run: after the day's last edits, before the offices open.
SNAPSHOT_TIME = datetime.time(2, 0)


def take_snapshots(day=None, now=None):
    """Measure every target (in the source language: its translations share its numbers) and
    keep the values under `day` (today by default). Returns the number of targets measured."""
    now = now or timezone.now()
    day = day or timezone.localtime(now).date()
    results = measure_targets(Target.objects.filter(locale=Locale.get_default()), now=now)
    rows = [
        TargetSnapshot(
            target_key=result.target.translation_key,
            day=day,
            value=result.measure.value,
            status=result.status,
        )
        for result in results
    ]
    with transaction.atomic():
        TargetSnapshot.objects.filter(day=day, target_key__in=[r.target_key for r in rows]).delete()
        TargetSnapshot.objects.bulk_create(rows)
    return len(rows)


def next_run(now=None):
    """The next SNAPSHOT_TIME, local time, after `now`."""
    local = timezone.localtime(now or timezone.now())
    run = timezone.make_aware(datetime.datetime.combine(local.date(), SNAPSHOT_TIME))
    if run <= local:
        run = timezone.make_aware(
            datetime.datetime.combine(local.date() + datetime.timedelta(days=1), SNAPSHOT_TIME)
        )
    return run


@task(backend="background")
def daily_snapshot():
    taken = take_snapshots()
    schedule()
    return taken


def waiting():
    """The nightly run already queued, if any."""
    return (
        DBTaskResult.objects.filter(
            task_path=daily_snapshot.module_path,
            status=TaskResultStatus.READY,
        )
        .order_by("run_after")
        .first()
    )


def schedule(run_after=None):
    """Queue the next nightly run unless one is waiting; returns its run time."""
    queued = waiting()
    if queued is not None:
        return queued.run_after
    run_after = run_after or next_run()
    daily_snapshot.using(run_after=run_after).enqueue()
    return run_after
