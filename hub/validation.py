"""Cross-field checks shared by the pages of several domains (meetings, events, places)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy as ngettext

# The longest anything in the city calendar may last; the calendar relies on it to look for what
# is still on only this far back.
LONGEST_EVENT = datetime.timedelta(days=7)


def schedule_errors(
    start, end, place, online_url, longest=datetime.timedelta(days=1), needs_place=True
):
    """Errors, by field, of something that happens at a place or online between two moments."""
    errors = {}
    if start and end and end <= start:
        errors["end"] = _("The end must come after the start.")
    elif start and end and end - start > longest:
        errors["end"] = ngettext(
            "It can last %(days)s day at the most.",
            "It can last %(days)s days at the most.",
            longest.days,
        ) % {"days": longest.days}
    if needs_place and not place and not online_url:
        errors["place"] = _("Give a place, an online link, or both.")
    return errors


def check_coordinates(latitude, longitude):
    if (latitude is None) != (longitude is None):
        raise ValidationError(_("Give both latitude and longitude, or neither."))
    if latitude is not None and not (29 <= latitude <= 34 and 34 <= longitude <= 36):
        raise ValidationError(
            _("The coordinates are outside Israel; check latitude and longitude.")
        )
