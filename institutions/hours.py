"""Opening hours: a weekly timetable (the week starts on Sunday) with dated exceptions such as
holidays. Hours that close at or before they open run past midnight into the next day.

"Open now" is answered twice, alike: in Python for one page (`is_open`) and as a database filter
for a listing (`open_q`); the tests hold them to the same cases."""

import datetime

from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.dates import WEEKDAYS

# Sunday = 0 … Saturday = 6; Django's WEEKDAYS (translated) start on Monday = 0.
WEEKDAY_CHOICES = [(number, WEEKDAYS[(number - 1) % 7]) for number in range(7)]


def weekday_of(day):
    return (day.weekday() + 1) % 7


def _covers(opens, closes, moment, spill):
    if opens is None or closes is None:
        return False
    crosses = closes <= opens
    if spill:
        return crosses and moment < closes
    return opens <= moment and (crosses or moment < closes)


def spans_on(day, hours, exceptions):
    """The (opens, closes) spans that start on `day`: its exceptions if it has any, otherwise the
    weekly hours of its weekday."""
    dated = [exception for exception in exceptions if exception.date == day]
    if dated:
        return [(e.opens, e.closes) for e in dated if not e.closed]
    return [(h.opens, h.closes) for h in hours if h.weekday == weekday_of(day)]


def is_open(hours, exceptions, moment=None):
    local = timezone.localtime(moment or timezone.now())
    today, now = local.date(), local.time()
    yesterday = today - datetime.timedelta(days=1)
    return any(
        _covers(opens, closes, now, spill=False)
        for opens, closes in spans_on(today, hours, exceptions)
    ) or any(
        _covers(opens, closes, now, spill=True)
        for opens, closes in spans_on(yesterday, hours, exceptions)
    )


def _time_q(now, spill):
    if spill:
        return Q(closes__lte=F("opens"), closes__gt=now)
    return Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes__lte=F("opens")))


def open_q(hours_model, exceptions_model, moment=None):
    """A filter for the pages open at `moment`, for a model with weekly `hours_model` rows and
    dated `exceptions_model` rows, both pointing at it by `institution`."""
    local = timezone.localtime(moment or timezone.now())
    today, now = local.date(), local.time()

    def spans(day, spill):
        own = {"institution": OuterRef("pk")}
        regular = hours_model.objects.filter(weekday=weekday_of(day), **own)
        dated = exceptions_model.objects.filter(date=day, **own)
        return (Exists(regular.filter(_time_q(now, spill))) & ~Exists(dated)) | Exists(
            dated.filter(_time_q(now, spill), closed=False)
        )

    return spans(today, spill=False) | spans(today - datetime.timedelta(days=1), spill=True)
