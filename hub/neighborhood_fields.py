"""Choosing neighborhoods in the page editor: from the neighborhoods of the page's language,
grouped by quarter, with a box that narrows the list as the editor types (instead of a page
chooser that opens at the root, three levels above them)."""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.admin.staticfiles import versioned_static
from wagtail.models import Page


def grouped_neighborhoods(locale):
    """[(quarter title, [(neighborhood pk, title), …]), …] in the quarters' order; two queries."""
    neighborhoods = apps.get_model("hub", "NeighborhoodPage").objects.order_by("title")
    quarters = apps.get_model("hub", "QuarterPage").objects.order_by("quarter_number", "title")
    if locale is not None:
        neighborhoods = neighborhoods.filter(locale=locale)
        quarters = quarters.filter(locale=locale)
    by_quarter = {quarter.path: (quarter.title, []) for quarter in quarters}
    for neighborhood in neighborhoods.only("pk", "title", "path"):
        parent = neighborhood.path[: -Page.steplen]
        if parent in by_quarter:
            by_quarter[parent][1].append((neighborhood.pk, neighborhood.title))
    return [group for group in by_quarter.values() if group[1]]


class FilteredChoicesMixin:
    """Adds the narrowing box (hub/admin/filter-choices.js) above the choices."""

    filter_label = _("Find a neighborhood")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["filter_label"] = self.filter_label
        return context

    @property
    def media(self):
        return forms.Media(js=[versioned_static("hub/admin/filter-choices.js")])


class NeighborhoodCheckboxes(FilteredChoicesMixin, forms.CheckboxSelectMultiple):
    template_name = "hub/widgets/grouped_checkboxes.html"


class NeighborhoodLinksField(forms.TypedMultipleChoiceField):
    """The neighborhoods of a page's child relation of links (objects with a `neighborhood`)."""

    widget = NeighborhoodCheckboxes

    def __init__(self, **kwargs):
        kwargs.setdefault("coerce", int)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Neighborhoods"))
        super().__init__(**kwargs)
