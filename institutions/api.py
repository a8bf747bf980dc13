"""What institutions publish through the API (hub.api): institutions with their opening hours,
and their events; a neighborhood's are those of the institutions standing in it."""

from django.db.models import Prefetch

from hub.api.registry import register_page_type
from hub.models import children_of_any

from .models import InstitutionEventPage, InstitutionPage, OpeningHours


def institutions_in(key):
    return InstitutionPage.objects.filter(neighborhood__translation_key=key)


register_page_type(
    InstitutionPage,
    neighborhood=institutions_in,
    select=("locale", "unit", "neighborhood"),
    prefetch=(
        Prefetch("opening_hours", queryset=OpeningHours.objects.order_by("sort_order", "pk")),
    ),
)
register_page_type(
    InstitutionEventPage,
    neighborhood=lambda key: InstitutionEventPage.objects.filter(
        children_of_any(institutions_in(key).values_list("path", flat=True))
    ),
    select=("locale", "unit"),
)
