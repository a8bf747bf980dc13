"""Opening hours: a weekly timetable (the week starts on Sunday) with dated exceptions such as
holidays. Hours that close at or before they open run past midnight into the next day. Hours
are the city's: they are read in its time zone (settings.TIME_ZONE, Asia/Jerusalem), whatever
zone is active.

"Open now" is answered twice, alike: in Python for pages already loaded (`opening_state`, which
also says until when, or when it opens next) and as a database filter for a listing (`open_q`);
the tests hold them to the same cases."""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.dates import WEEKDAYS

# Sunday = 0 … Saturday = 6; Django's WEEKDAYS (translated) start on Monday = 0.
WEEKDAY_CHOICES = [(number, WEEKDAYS[(number - 1) % 7]) for number in range(7)]

# How far ahead the next opening is looked for: the exceptions loaded cover at least this.
LOOKAHEAD_DAYS = 14
# Yesterday (hours past midnight), today and tomorrow: enough to settle most states.
NEAR_DAYS = 3
DAY = datetime.timedelta(days=1)


def weekday_of(day):
    return (day.weekday() + 1) % 7


def city_time(moment=None):
    return timezone.localtime(moment or timezone.now(), timezone.get_default_timezone())


def spans_on(day, hours, exceptions):
    """The (opens, closes) spans that start on `day`: its exceptions if it has any, otherwise the
    weekly hours of its weekday."""
    dated = [exception for exception in exceptions if exception.date == day]
    if dated:
        return [(e.opens, e.closes) for e in dated if not e.closed]
    return [(h.opens, h.closes) for h in hours if h.weekday == weekday_of(day)]


def _periods(hours, exceptions, first, days):
    """The open periods starting from `first` for `days` days, as (opens, closes) moments in
    order, periods that meet or overlap joined into one."""
    zone = timezone.get_default_timezone()
    spans = []
    for offset in range(days):
        day = first + offset * DAY
        for opens, closes in spans_on(day, hours, exceptions):
            if opens is None or closes is None:
                continue
            last_day = day + DAY if closes <= opens else day
            spans.append(
                (
                    datetime.datetime.combine(day, opens, tzinfo=zone),
                    datetime.datetime.combine(last_day, closes, tzinfo=zone),
                )
            )
    joined = []
    for opens, closes in sorted(spans):
        if joined and opens <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], closes)
        else:
            joined.append([opens, closes])
    return joined


@dataclass(frozen=True)
class OpeningState:
    """Open or closed at `now`; until when (`closes`), or when it opens next (`opens`). Either is
    None when it is beyond what the hours say (open around the clock, closed for weeks)."""

    now: datetime.datetime
    open: bool
    closes: datetime.datetime | None = None
    opens: datetime.datetime | None = None

    @property
    def opens_on(self):
        """How the day of the next opening is named: "today", "tomorrow", "weekday" (within the
        coming week) or "date"."""
        if self.opens is None:
            return ""
        days = (self.opens.date() - self.now.date()).days
        return {0: "today", 1: "tomorrow"}.get(days, "weekday" if days < 7 else "date")

    @property
    def changes(self):
        """When what is said of this state stops being true: at closing, at opening, or at
        midnight, when "tomorrow" becomes "today"."""
        if self.open:
            return self.closes
        if self.opens is None:
            return None
        midnight = datetime.datetime.combine(
            self.now.date() + DAY, datetime.time(), self.now.tzinfo
        )
        return min(self.opens, midnight)


def opening_state(hours, exceptions, moment=None):
    """The state at `moment` (now by default) of a place with weekly `hours` and dated
    `exceptions` (those from the day before `moment` on, at least).

    The days around `moment` are read first, and the whole look-ahead only when they do not
    settle it (closed for days, or open through the end of those days): most places open or
    close within a day, and a city's home page asks this of hundreds."""
    now = city_time(moment)
    horizon = now + LOOKAHEAD_DAYS * DAY
    first = now.date() - DAY
    for days in (NEAR_DAYS, LOOKAHEAD_DAYS + 2):
        settled_before = datetime.datetime.combine(first + days * DAY, datetime.time(), now.tzinfo)
        for opens, closes in _periods(hours, exceptions, first, days):
            if opens <= now < closes:
                if closes < settled_before or days > NEAR_DAYS:
                    return OpeningState(now, True, closes=closes if closes < horizon else None)
                break  # open through the last day read: a later day's hours may join on
            if opens > now:
                return OpeningState(now, False, opens=opens if opens < horizon else None)
    return OpeningState(now, False)


def is_open(hours, exceptions, moment=None):
    return opening_state(hours, exceptions, moment).open


def _time_q(now, spill):
    if spill:
        return Q(closes__lte=F("opens"), closes__gt=now)
    return Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes__lte=F("opens")))


def open_q(hours_model, exceptions_model, moment=None):
    """A filter for the pages open at `moment`, for a model with weekly `hours_model` rows and
    dated `exceptions_model` rows, both pointing at it by `institution`."""
    local = city_time(moment)
    today, now = local.date(), local.time()

    def spans(day, spill):
        own = {"institution": OuterRef("pk")}
        regular = hours_model.objects.filter(weekday=weekday_of(day), **own)
        dated = exceptions_model.objects.filter(date=day, **own)
        return (Exists(regular.filter(_time_q(now, spill))) & ~Exists(dated)) | Exists(
            dated.filter(_time_q(now, spill), closed=False)
        )

    return spans(today, spill=False) | spans(today - DAY, spill=True)


def next_to_open(places, limit):
    """The closed places that open soonest, each with an `opening` state (see
    models.opening_hours.attach_opening), by the time they open."""
    closed = [place for place in places if not place.opening.open and place.opening.opens]
    return sorted(closed, key=lambda place: (place.opening.opens, place.title))[:limit]
