"""Dates and times in the admin the way editors type them: day/month/year in every language
(the formats are in hub/formats), a refusal that shows how to write one, and date-times whose
help text says which clock they are on.

Wagtail's date pickers stay as they are, with two of their options changed for the whole admin
(hub/static/hub/admin/dates.js): text the picker cannot read is kept as typed rather than
replaced by the current date, so that the form can say what is wrong with it."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

CITY_TIME_ZONE = "Asia/Jerusalem"


def time_zone_note():
    """The time zone the admin reads and shows times in: the editor's own (Wagtail's account
    settings), which is the city's unless they chose another."""
    zone = timezone.get_current_timezone_name()
    if zone == CITY_TIME_ZONE:
        return _("Israel time (%(zone)s)") % {"zone": zone}
    return _("Time zone: %(zone)s") % {"zone": zone}


class DateField(forms.DateField):
    widget = AdminDateInput
    default_error_messages = {
        "invalid": _("Enter the date as day/month/year, e.g. 20/12/2026."),
    }


class TimeField(forms.TimeField):
    widget = AdminTimeInput
    default_error_messages = {
        "invalid": _("Enter the time as hours:minutes, e.g. 19:00."),
    }


class DateTimeField(forms.DateTimeField):
    """A date and time, with the time zone it is read in at the end of its help text: worked out
    when the form is shown, for the editor who sees it."""

    widget = AdminDateTimeInput
    default_error_messages = {
        "invalid": _("Enter the date as day/month/year, e.g. 20/12/2026 19:00."),
    }

    def __init__(self, *, help_text="", **kwargs):
        note = lazy(time_zone_note, str)()
        help_text = format_lazy("{} {}", help_text, note) if help_text else note
        super().__init__(help_text=help_text, **kwargs)


def register_date_fields():
    """The fields above for every date, time and date-time of the admin's model forms (pages,
    snippets, the publishing schedule), in place of Wagtail's own; called once at start-up."""
    for model_field, form_field in (
        (models.DateField, DateField),
        (models.TimeField, TimeField),
        (models.DateTimeField, DateTimeField),
    ):
        register_form_field_override(model_field, override={"form_class": form_field})


def date_picker_js():
    """For Wagtail's insert_global_admin_js hook: after the picker's library, before any field."""
    return format_html('<script src="{}"></script>', versioned_static("hub/admin/dates.js"))
