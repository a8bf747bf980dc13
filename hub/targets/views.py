"""The public transparency pages of the work plan: every target of the city
(/<lang>/targets/) and of one unit with its subunits (/<lang>/targets/<unit code>/), each with
its value against its threshold, a chart and its table, its history, and the items behind it."""

from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from hub.filters import FilterForm, ObjectChoiceField, choices
from hub.models import MunicipalUnit, NeighborhoodPage
from hub.models.targets import TargetSnapshot

from .charts import bar_chart, history_chart
from .feed import item_pages, linked
from .progress import Status, progress, unit_keys

# Lists of items longer than this are folded in <details>.
FOLD = 5
# At most this many ignored parameters are named in the message.
MAX_NAMED = 5


class TargetFilters(FilterForm):
    status = forms.ChoiceField(label=_("Status"))
    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))

    def setup(self, locale_id):
        self.fields["status"].choices = choices(_("All statuses"), list(Status.LABELS.items()))
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))

    def ignored(self, request):
        """The names of the parameters that were not understood: unknown names, and known ones
        whose values are not among the choices."""
        names = {name[:50] for name in request.GET if name not in self.fields}
        return sorted(names | set(self.unknown))[:MAX_NAMED]


def snapshots_of(progresses):
    """{target translation key: its snapshots}, in one query for every target."""
    found = {}
    keys = {entry.target.translation_key for entry in progresses}
    for snapshot in TargetSnapshot.objects.filter(target_key__in=keys).order_by("day"):
        found.setdefault(snapshot.target_key, []).append(snapshot)
    return found


def entry_of(request, item, pages, history):
    """What the template shows of one target."""
    measure = item.measure

    def url_of(page):
        return page.get_url(request)

    gaps = [
        (sentence, [linked(one, pages, url_of) for one in items if one.title])
        for sentence, items in item.gap_sentences()
    ]
    return {
        "progress": item,
        "target": item.target,
        "bar": bar_chart(item),
        "history": history_chart(item, history),
        "gaps": gaps,
        # What falls short is in the gap sentences; what counts is listed apart.
        "counted": [linked(one, pages, url_of) for one in measure.items if one.done and one.title],
        "fold": FOLD,
    }


def grouped(request, progresses, locale):
    """[(unit, [entry])], by the units' order, each unit's targets in their own order."""
    pages = item_pages(progresses, locale)
    snapshots = snapshots_of(progresses)
    groups = {}
    for item in progresses:
        history = snapshots.get(item.target.translation_key, [])
        groups.setdefault(item.target.unit, []).append(entry_of(request, item, pages, history))
    return sorted(groups.items(), key=lambda pair: (pair[0].sort_order, pair[0].name, pair[0].pk))


def summary(progresses):
    counts = {status: 0 for status in Status.LABELS}
    for item in progresses:
        counts[item.status] += 1
    return [(status, Status.LABELS[status], count) for status, count in counts.items()]


def render_targets(request, locale, *, unit=None, units=None):
    """The page for the whole city (`unit` None) or for one unit, whose own targets and its
    subunits' are those whose unit's translation key is in `units`."""
    filters = TargetFilters(request.GET, locale_id=locale.pk)
    chosen = filters.chosen
    place = chosen.get("neighborhood")
    progresses = progress(locale, {place.translation_key} if place else None)
    if units is not None:
        progresses = [p for p in progresses if p.target.unit.translation_key in units]
    shown = [p for p in progresses if not chosen.get("status") or p.status == chosen["status"]]
    context = {
        "unit": unit,
        "filters": filters,
        "ignored": filters.ignored(request),
        "filtered": bool(chosen),
        "summary": summary(progresses),
        "groups": grouped(request, shown, locale),
        "total": len(progresses),
    }
    return render(request, "hub/targets/targets_page.html", context)


@require_safe
def city_targets(request):
    return render_targets(request, Locale.get_active())


@require_safe
def unit_targets(request, code):
    locale = Locale.get_active()
    units = list(MunicipalUnit.objects.filter(locale_id=locale.pk))
    unit = next((one for one in units if one.code == code), None)
    if unit is None:
        raise Http404
    keys = unit_keys(units)[unit.translation_key]
    return render_targets(request, locale, unit=unit, units=keys)
