"""What the domains' metric tests share: the period, the clock, a unit with a subunit and
another unit, two neighborhoods (fixtures `units` and `neighborhoods`, loaded by
tests/conftest.py), and a target's scope as the progress builds it."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from hub.models import MunicipalUnit
from hub.targets.metrics import Scope, get_metric
from hub.targets.progress import unit_keys

START, END = datetime.date(2026, 1, 1), datetime.date(2026, 6, 30)


def at(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


NOW = at(2026, 6, 15, 12)


def make_units():
    """A unit with a subunit, and another unit, of the source language."""
    he = Locale.get_default()
    unit = MunicipalUnit.objects.create(locale=he, code="metrics-unit", name="יחידת המדדים")
    sub = MunicipalUnit.objects.create(
        locale=he, code="metrics-sub", name="מחלקת המדדים", parent=unit
    )
    other = MunicipalUnit.objects.create(locale=he, code="metrics-other", name="יחידה אחרת")
    return {"unit": unit, "sub": sub, "other": other}


@pytest.fixture
def units(db):
    return make_units()


@pytest.fixture
def neighborhoods(demo_page):
    return two_neighborhoods(demo_page)


def two_neighborhoods(demo_page):
    return {
        "jaffa-d": demo_page("neighborhoods/jaffa/jaffa-d"),
        "ajami": demo_page("neighborhoods/jaffa/ajami"),
    }


def scope_of(units, **fields):
    """The scope of a target of `units["unit"]`: it and its subunits, as the progress sees it."""
    keys = unit_keys(MunicipalUnit.objects.filter(locale=Locale.get_default()))
    values = {"start": START, "end": END, "now": NOW}
    values.update(fields)
    return Scope(units=keys[units["unit"].translation_key], **values)


def measure(code, scope):
    return get_metric(code).compute(scope)
