"""The open-data datasets of engineering projects and their meetings (see hub.opendata)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.filters import DayField, FilterForm, ObjectChoiceField, choices
from hub.models import NeighborhoodPage, children_of_any
from hub.opendata import Column, Dataset, register_dataset
from hub.opendata.common import (
    NEIGHBORHOODS_COLUMN,
    UPDATED_COLUMN,
    common_columns,
    field_label,
    moment_column,
    unit_columns,
)
from hub.opendata.registry import day_start, with_unit_key

from .models import MeetingPage, ProjectNeighborhood, ProjectPage
from .models.projects import ProjectFilters
from .transparency import MeetingKind, ProjectStatus

PROJECT_COLUMNS = [
    *common_columns(),
    Column("status", _("Status (code)"), " | ".join(ProjectStatus.values)),
    Column("status_label", _("Status")),
    Column("summary", field_label(ProjectPage, "summary")),
    NEIGHBORHOODS_COLUMN,
    Column("address", field_label(ProjectPage, "address")),
    Column("latitude", field_label(ProjectPage, "latitude"), _("WGS 84 degrees.")),
    Column("longitude", field_label(ProjectPage, "longitude"), _("WGS 84 degrees.")),
    Column("contact_name", field_label(ProjectPage, "contact_name")),
    Column("contact_phone", field_label(ProjectPage, "contact_phone")),
    Column("contact_email", field_label(ProjectPage, "contact_email")),
    *unit_columns(),
    moment_column("first_published", _("First published")),
    UPDATED_COLUMN,
]

projects = register_dataset(
    Dataset(
        name="projects",
        title=_("Engineering projects"),
        description=_(
            "Every engineering project: its status, neighborhoods, location, owning unit and "
            "contact."
        ),
        columns=PROJECT_COLUMNS,
        filters=ProjectFilters,
        order=10,
    )
)


def project_neighborhoods(export, project_ids):
    """{project id: titles of its neighborhoods in the export's language}, in one query."""
    found = {}
    links = (
        ProjectNeighborhood.objects.filter(project_id__in=project_ids)
        .order_by("sort_order", "pk")
        .values_list("project_id", "neighborhood__translation_key")
    )
    for project_id, key in links:
        found.setdefault(project_id, []).append(key)
    return {pk: export.neighborhood_titles(keys) for pk, keys in found.items()}


def live_projects(export):
    return with_unit_key(ProjectPage.objects.live().public().filter(locale_id=export.locale_id))


@projects.add_part
def project_rows(export):
    chosen = export.chosen
    queryset = live_projects(export)
    if "neighborhood" in chosen:
        queryset = queryset.filter(
            pk__in=ProjectNeighborhood.objects.filter(
                neighborhood__translation_key=chosen["neighborhood"].translation_key
            ).values("project_id")
        )
    if "status" in chosen:
        queryset = queryset.filter(status=chosen["status"])
    if "unit" in chosen:
        queryset = queryset.filter(unit__translation_key=chosen["unit"].translation_key)
    queryset = queryset.defer("description", "timeline", "renderings", "documents", "updates")
    for chunk in export.chunks(queryset.order_by("path")):
        neighborhoods = project_neighborhoods(export, [project.pk for project in chunk])
        for project in chunk:
            yield {
                "id": project.pk,
                "translation_key": str(project.translation_key),
                "title": project.title,
                "url": export.url(project),
                "status": project.status,
                "status_label": project.get_status_display(),
                "summary": project.summary,
                "neighborhoods": neighborhoods.get(project.pk, []),
                "address": project.address,
                "latitude": project.latitude,
                "longitude": project.longitude,
                "contact_name": project.contact_name,
                "contact_phone": project.contact_phone,
                "contact_email": project.contact_email,
                **export.unit_fields(project.unit_key),
                "first_published": project.first_published_at,
                "updated": project.last_published_at,
            }


class MeetingExportFilters(FilterForm):
    neighborhood = ObjectChoiceField(label=_("Neighborhood"), empty_label=_("All neighborhoods"))
    kind = forms.ChoiceField(label=_("Kind"), choices=choices(_("All kinds"), MeetingKind.choices))

    def setup(self, locale_id):
        self.fields["from"] = DayField(label=_("From"))
        self.fields["to"] = DayField(label=_("Until"))
        self.fields["neighborhood"].set_objects(NeighborhoodPage.choices_for(locale_id))


MEETING_COLUMNS = [
    *common_columns(),
    Column("project_id", _("Project identifier")),
    Column("project", _("Project")),
    Column("project_url", _("Project link")),
    Column("kind", _("Kind (code)"), " | ".join(MeetingKind.values)),
    Column("kind_label", _("Kind")),
    moment_column("start", _("Starts at")),
    moment_column("end", _("Ends at")),
    Column("cancelled", _("Cancelled"), "true | false"),
    Column("held", _("Held"), _("true once it has taken place and was not cancelled.")),
    Column("place", _("Place")),
    Column("online_url", _("Online link")),
    Column("venue_accessibility", _("Accessibility of the venue")),
    Column("flyer_url", _("Invitation flyer")),
    Column("protocol_url", _("Protocol")),
    Column("summary", field_label(MeetingPage, "summary")),
    NEIGHBORHOODS_COLUMN,
    *unit_columns(),
    UPDATED_COLUMN,
]

meetings = register_dataset(
    Dataset(
        name="meetings",
        title=_("Project meetings"),
        description=_(
            "Meetings about engineering projects: when and where, the invitation flyer and, "
            "once held, the protocol."
        ),
        columns=MEETING_COLUMNS,
        filters=MeetingExportFilters,
        order=20,
    )
)


def document_url(export, document):
    return export.absolute(document.url) if document else ""


@meetings.add_part
def meeting_rows(export):
    chosen = export.chosen
    queryset = with_unit_key(
        MeetingPage.objects.live().public().filter(locale_id=export.locale_id)
    ).select_related("flyer", "protocol")
    if "neighborhood" in chosen:
        paths = live_projects(export).filter(
            neighborhood_links__neighborhood__translation_key=chosen["neighborhood"].translation_key
        )
        queryset = queryset.filter(children_of_any(paths.values_list("path", flat=True)))
    if "kind" in chosen:
        queryset = queryset.filter(kind=chosen["kind"])
    if "from" in chosen:
        queryset = queryset.filter(end__gt=day_start(chosen["from"]))
    if "to" in chosen:
        queryset = queryset.filter(start__lt=day_start(chosen["to"], next_day=True))
    steplen = MeetingPage.steplen
    projects = live_projects(export)
    for chunk in export.chunks(queryset.order_by("start", "pk")):
        parents = {
            project.path: project
            for project in projects.filter(
                path__in={meeting.path[:-steplen] for meeting in chunk}
            ).only("title", "url_path", "path", "depth", "locale_id", "translation_key")
        }
        neighborhoods = project_neighborhoods(export, [p.pk for p in parents.values()])
        for meeting in chunk:
            project = parents.get(meeting.path[:-steplen])
            if project is None:
                continue  # under an unpublished or private project
            yield {
                "id": meeting.pk,
                "translation_key": str(meeting.translation_key),
                "title": meeting.title,
                "url": export.url(meeting),
                "project_id": project.pk,
                "project": project.title,
                "project_url": export.url(project),
                "kind": meeting.kind,
                "kind_label": meeting.get_kind_display(),
                "start": meeting.start,
                "end": meeting.end,
                "cancelled": meeting.cancelled,
                "held": meeting.held,
                "place": meeting.place,
                "online_url": meeting.online_url,
                "venue_accessibility": meeting.venue_accessibility,
                "flyer_url": document_url(export, meeting.flyer),
                "protocol_url": document_url(export, meeting.protocol),
                "summary": meeting.summary,
                "neighborhoods": neighborhoods.get(project.pk, []),
                **export.unit_fields(meeting.unit_key),
                "updated": meeting.last_published_at,
            }
