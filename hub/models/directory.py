from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from .pages import IntroPage
from .units import MunicipalUnit


class UnitDirectoryPage(IntroPage):
    """Every municipal unit with its contacts, in the page's language: where residents and
    businesses find whom to turn to."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("units directory")

    def units(self):
        return (
            MunicipalUnit.objects.filter(locale_id=self.locale_id)
            .select_related("parent")
            .prefetch_related(
                Prefetch("subunits", queryset=MunicipalUnit.objects.order_by("sort_order", "name"))
            )
            .order_by("sort_order", "name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = self.units()
        return context
