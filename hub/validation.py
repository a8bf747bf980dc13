"""Checks shared by the pages of several domains (dated pages, places)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The longest anything in the city calendar may last; the calendar relies on it to look for what
# is still on only this far back.
LONGEST_EVENT = datetime.timedelta(days=7)


def check_coordinates(latitude, longitude):
    if (latitude is None) != (longitude is None):
        raise ValidationError(_("Give both latitude and longitude, or neither."))
    if latitude is not None and not (29 <= latitude <= 34 and 34 <= longitude <= 36):
        raise ValidationError(
            _("The coordinates are outside Israel; check latitude and longitude.")
        )
