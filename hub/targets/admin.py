"""The work plan in the admin: the report of every unit's targets and the dashboard panel.

The report (Reports → Work-plan targets) lists every target with its status, the items behind
it and what they lack, narrowed by quarter or neighborhood, and exports the same rows as CSV.
It is for the units' editors and managers and for superusers. The dashboard panel shows an
editor or manager the targets of their own units (and subunits) with what is missing."""

import django_filters
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from hub.models import MunicipalUnit, NeighborhoodPage, QuarterPage, Target
from hub.opendata.writers import csv_stream

from .metrics import UNKNOWN_METRIC
from .progress import Status, progress, user_unit_keys

TEMPLATES = "hub/targets/admin/"


def may_view_report(user):
    """Superusers, and users with admin access who edit or manage for a unit."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        user.has_perm("wagtailadmin.access_admin") and MunicipalUnit.objects.for_user(user).exists()
    )


def targets_locale():
    """The admin's language when the targets are translated into it, else the source language."""
    active = Locale.get_active()
    if Target.objects.filter(locale=active).exists():
        return active
    return Locale.get_default()


def edit_url(item):
    if item.page_id:
        return reverse("wagtailadmin_pages:edit", args=[item.page_id])
    return item.url


def gap_rows(row):
    """[{sentence, items: [{title, url}]}] for what a target's items lack."""
    return [
        {
            "sentence": sentence,
            "items": [{"title": item.title, "url": edit_url(item)} for item in items],
        }
        for sentence, items in row.gap_sentences()
    ]


def describe(row):
    """What the templates show of one target's progress."""
    measure = row.measure
    return {
        "target": row.target,
        "unit": row.target.unit,
        "metric": row.metric.label if row.metric else UNKNOWN_METRIC,
        "status": row.status,
        "status_label": row.status_label,
        "value": row.value_display,
        "threshold": row.threshold_display,
        "count": measure.count,
        "total": measure.total,
        "gaps": gap_rows(row),
        "listed_done": sum(1 for item in measure.items if item.done),
        "items": [
            {
                "title": item.title,
                "url": edit_url(item),
                "detail": item.detail,
                "done": item.done,
                "missing": list(item.missing),
            }
            for item in measure.items
        ],
    }


# --- The dashboard panel ---


def own_rows(user):
    """The progress of the targets of the user's units and their subunits."""
    mine = user_unit_keys(user)
    if not mine:
        return []
    return [row for row in progress(targets_locale()) if row.target.unit.translation_key in mine]


class ObligationsPanel(Component):
    """The targets of the user's units, each with its status and what is missing."""

    name = "work_plan_obligations"
    order = 50
    template_name = TEMPLATES + "obligations_panel.html"

    def __init__(self, rows=(), summary=None):
        self.rows = rows
        self.summary = summary

    def get_context_data(self, parent_context=None):
        return {
            "rows": self.rows,
            "summary": self.summary,
            "report_url": reverse("work_plan_targets"),
        }


def city_summary():
    """[(status, label, count)] over every target, for superusers."""
    counts = {status: 0 for status in Status.LABELS}
    for row in progress(targets_locale()):
        counts[row.status] += 1
    if not any(counts.values()):
        return None
    return [(status, label, counts[status]) for status, label in Status.LABELS.items()]


@hooks.register("construct_homepage_panels")
def obligations_panel(request, panels):
    user = request.user
    if user.is_superuser:
        summary = city_summary()
        if summary:
            panels.append(ObligationsPanel(summary=summary))
        return
    rows = own_rows(user)
    if rows:
        panels.append(ObligationsPanel(rows=[describe(row) for row in rows]))


# --- The report ---


class TargetFilterSet(WagtailFilterSet):
    quarter = django_filters.ChoiceFilter(
        label=_("Quarter"), empty_label=_("All quarters"), method="keep"
    )
    neighborhood = django_filters.ChoiceFilter(
        label=_("Neighborhood"), empty_label=_("All neighborhoods"), method="keep"
    )

    class Meta:
        model = Target
        fields = []

    def __init__(self, *args, quarters=(), neighborhoods=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["quarter"].extra["choices"] = quarters
        self.filters["neighborhood"].extra["choices"] = neighborhoods

    def keep(self, queryset, name, value):
        """The report measures the targets in the chosen places (see TargetsReportView)."""
        return queryset


def places(model, locale, ordering):
    """The live pages of `model` in `locale`, or in the source language if it has none."""
    pages = model.objects.live().order_by(ordering, "title")
    return list(pages.filter(locale=locale)) or list(pages.filter(locale=Locale.get_default()))


class TargetsReportView(ReportView):
    page_title = _("Work-plan targets")
    header_icon = "tasks"
    template_name = TEMPLATES + "report.html"
    results_template_name = TEMPLATES + "report_results.html"
    index_url_name = "work_plan_targets"
    index_results_url_name = "work_plan_targets_results"
    filterset_class = TargetFilterSet
    paginate_by = None

    def dispatch(self, request, *args, **kwargs):
        # A 403 of its own: Wagtail turns PermissionDenied into a redirect to the dashboard.
        if not may_view_report(request.user):
            return TemplateResponse(request, TEMPLATES + "forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def places(self):
        locale = Locale.get_active()
        return {
            "quarter": places(QuarterPage, locale, "quarter_number"),
            "neighborhood": places(NeighborhoodPage, locale, "title"),
        }

    def get_filterset_kwargs(self):
        choices = {
            name: [(str(page.pk), page.title) for page in pages]
            for name, pages in self.places.items()
        }
        return {
            **super().get_filterset_kwargs(),
            "quarters": choices["quarter"],
            "neighborhoods": choices["neighborhood"],
        }

    @cached_property
    def filter_errors(self):
        """Messages for filter values that are not among the choices, or that exclude each
        other (a neighborhood outside the chosen quarter)."""
        if self.filters is None:
            return []
        if not self.filters.is_valid():
            return [
                gettext("%(field)s: %(error)s")
                % {"field": self.filters.form[name].label, "error": error}
                for name, errors in self.filters.form.errors.items()
                for error in errors
            ]
        data = self.filters.form.cleaned_data
        if data.get("quarter") and data.get("neighborhood") and not self.neighborhoods:
            return [gettext("The neighborhood chosen is not in the quarter chosen.")]
        return []

    @cached_property
    def neighborhoods(self):
        """The translation keys of the neighborhoods chosen, or None for the whole city."""
        if self.filters is None or not self.filters.is_valid():
            return None
        data = self.filters.form.cleaned_data
        chosen = None
        if data.get("quarter"):
            quarter = next(p for p in self.places["quarter"] if str(p.pk) == data["quarter"])
            chosen = set(
                NeighborhoodPage.objects.child_of(quarter).values_list("translation_key", flat=True)
            )
        if data.get("neighborhood"):
            page = next(p for p in self.places["neighborhood"] if str(p.pk) == data["neighborhood"])
            chosen = {page.translation_key} if chosen is None else chosen & {page.translation_key}
        return None if chosen is None else frozenset(chosen)

    def filter_queryset(self, queryset):
        """The filters choose where the targets are measured (get_queryset), not which rows."""
        return queryset

    def get_queryset(self):
        if self.filter_errors:
            return []
        return [describe(row) for row in progress(targets_locale(), self.neighborhoods)]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        query = self.request.GET.copy()
        for name in (self.page_kwarg, "_w_filter_fragment"):
            query.pop(name, None)
        context.update(
            filter_errors=self.filter_errors,
            csv_url=reverse("work_plan_targets_csv") + ("?" + query.urlencode() if query else ""),
            statuses=Status.LABELS,
        )
        return context


CSV_COLUMNS = [
    ("unit", _("Unit")),
    ("code", _("Code")),
    ("target", _("Target")),
    ("metric", _("Measured by")),
    ("value", _("Value")),
    ("threshold", _("Threshold")),
    ("status", _("Status")),
    ("item", _("Item")),
    ("counts", _("Counts")),
    ("lacks", _("Lacks")),
    ("link", _("Link")),
]


def csv_rows(rows, absolute):
    """One line an item, its target's columns repeated; a target with no items has one line.
    What an item lacks is given by the metric's gap keys (flyer, protocol…), the same in every
    language."""
    for row in rows:
        target = row["target"]
        base = {
            "unit": str(row["unit"]),
            "code": target.code,
            "target": target.text,
            "metric": str(row["metric"]),
            "value": row["value"],
            "threshold": row["threshold"],
            "status": str(row["status_label"]),
        }
        if not row["items"]:
            yield base
        for item in row["items"]:
            yield {
                **base,
                "item": item["title"],
                "counts": item["done"],
                "lacks": item["missing"],
                "link": absolute(item["url"]) if item["url"] else "",
            }


class TargetsCSVView(TargetsReportView):
    """The report's rows and their items, with the report's filters."""

    def render_to_response(self, context, **response_kwargs):
        if self.filter_errors:
            return HttpResponse(
                "\n".join(self.filter_errors), status=400, content_type="text/plain; charset=utf-8"
            )
        keys = [key for key, _label in CSV_COLUMNS]
        lines = csv_stream(
            [label for _key, label in CSV_COLUMNS],
            keys,
            csv_rows(context["object_list"], self.request.build_absolute_uri),
        )
        response = HttpResponse("".join(lines), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="work-plan-targets.csv"'
        return response


@hooks.register("register_admin_urls")
def report_urls():
    report = "reports/work-plan-targets/"
    return [
        path(report, TargetsReportView.as_view(), name="work_plan_targets"),
        path(
            f"{report}results/",
            TargetsReportView.as_view(results_only=True),
            name="work_plan_targets_results",
        ),
        path(f"{report}csv/", TargetsCSVView.as_view(), name="work_plan_targets_csv"),
    ]


class TargetsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_report(request.user)


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return TargetsMenuItem(
        _("Work-plan targets"), reverse("work_plan_targets"), icon_name="tasks", order=920
    )
