"""The engineering projects' work-plan metrics: how many coordinated projects show residents
everything the work plan asks for, and how many held a public-informing meeting in the period.

Each metric reads the source-language (Hebrew) live, public pages in a fixed number of queries
whatever the number of projects and meetings: the projects as values (their documents and
renderings as raw stream data, no block built), each with what its meetings show, found by a
probe of the tree's path index below it (a meeting is a child of its project)."""

import datetime
import json
from types import SimpleNamespace

from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Concat, Length, Substr
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.models import Locale

from hub.targets.metrics import Item, Measure, Metric, register_metric
from hub.targets.reading import gap_sentence, page_urls, raw_stream

from .models import (
    MeetingKind,
    MeetingPage,
    ProjectNeighborhood,
    ProjectPage,
    ProjectStatus,
)
from .transparency import Transparency

# What the transparency metric asks of every project, in the order its gaps are named.
TRANSPARENCY_GAPS = ("flyer", "rendering", "invitation", "protocol")
PROJECT_VALUES = ("pk", "translation_key", "title", "path", "url_path")
TRANSPARENCY_VALUES = (
    "documents_json",
    "renderings_json",
    "meeting_flyer",
    "meeting_invitation",
    "meeting_protocol",
)
# When a stand-in for meetings none of which is over yet ends.
NOT_YET = datetime.datetime.max.replace(tzinfo=datetime.UTC)


def coordinated_projects(scope):
    """The live, public Hebrew projects of the scope's units (and neighborhoods) that are not
    cancelled."""
    projects = (
        ProjectPage.objects.live()
        .public()
        .filter(locale=Locale.get_default(), unit__translation_key__in=scope.units)
        .exclude(status=ProjectStatus.CANCELLED)
    )
    if scope.neighborhoods is not None:
        links = ProjectNeighborhood.objects.filter(
            neighborhood__translation_key__in=scope.neighborhoods
        )
        projects = projects.filter(pk__in=links.values("project_id"))
    return projects


def its_meetings():
    """The live, public meetings not cancelled of the project of the outer query: its
    children, as a range of the tree's path index (one probe a project, whatever the number of
    meetings of other projects or languages)."""
    return (
        MeetingPage.objects.live()
        .public()
        .filter(
            cancelled=False,
            path__gt=OuterRef("path"),
            path__lt=Concat(OuterRef("path"), Value("Z" * (MeetingPage.steplen + 1))),
            depth=OuterRef("depth") + 1,
        )
    )


def meeting_stand_in(row, now):
    """What a project's meetings show, taken together, as one stand-in meeting with the
    attributes Transparency.of reads: it ends by `now` only when a meeting over by then has a
    protocol."""
    return SimpleNamespace(
        kind="",
        cancelled=False,
        flyer_id=1 if row["meeting_flyer"] else None,
        invitation=row["meeting_invitation"],
        protocol_id=1 if row["meeting_protocol"] else None,
        end=now if row["meeting_protocol"] else NOT_YET,
    )


def _item(project, url, missing):
    return Item(
        title=project["title"],
        done=not missing,
        key=str(project["translation_key"]),
        missing=tuple(missing),
        page_id=project["pk"],
        url=url(project["url_path"]),
    )


@register_metric(
    "projects.transparency",
    _("Projects showing flyer, rendering, invitation and protocol"),
    Metric.SHARE,
    description=_(
        "The share of the unit's coordinated projects (all but the cancelled ones) whose page "
        "shows a flyer, a rendering, an invitation to a meeting and a meeting protocol."
    ),
    gaps={
        "flyer": gap_sentence(
            ngettext_lazy(
                "%(count)s project lacks a flyer", "%(count)s projects lack a flyer", "count"
            )
        ),
        "rendering": gap_sentence(
            ngettext_lazy(
                "%(count)s project lacks a rendering",
                "%(count)s projects lack a rendering",
                "count",
            )
        ),
        "invitation": gap_sentence(
            ngettext_lazy(
                "%(count)s project lacks an invitation to a meeting",
                "%(count)s projects lack an invitation to a meeting",
                "count",
            )
        ),
        "protocol": gap_sentence(
            ngettext_lazy(
                "%(count)s project lacks a protocol", "%(count)s projects lack a protocol", "count"
            )
        ),
    },
)
def transparency(scope):
    """A flyer and a protocol count from the project's documents or from its meetings (a
    protocol only from a meeting already held); an invitation from a meeting; a cancelled
    meeting counts for nothing."""
    meetings = its_meetings()
    rows = coordinated_projects(scope).annotate(
        documents_json=raw_stream("documents"),
        renderings_json=raw_stream("renderings"),
        meeting_flyer=Exists(meetings.filter(flyer__isnull=False)),
        meeting_invitation=Exists(meetings.exclude(invitation="")),
        meeting_protocol=Exists(meetings.filter(protocol__isnull=False, end__lte=scope.now)),
    )
    url = page_urls()
    items = []
    for project in rows.values(*PROJECT_VALUES, *TRANSPARENCY_VALUES).order_by("path"):
        facts = Transparency.of(
            {block["value"].get("kind") for block in json.loads(project["documents_json"] or "[]")},
            len(json.loads(project["renderings_json"] or "[]")) > 0,
            [meeting_stand_in(project, scope.now)],
            scope.now,
        )
        missing = [gap for gap in TRANSPARENCY_GAPS if not getattr(facts, gap)]
        items.append(_item(project, url, missing))
    return Measure.share(items)


@register_metric(
    "projects.informing_meeting",
    _("Projects with a public-informing meeting held"),
    Metric.SHARE,
    description=_(
        "The share of the unit's coordinated projects that held at least one public-informing "
        "meeting in the period; cancelled meetings and meetings not yet over do not count."
    ),
    gaps={
        "informing_meeting": gap_sentence(
            ngettext_lazy(
                "%(count)s project held no public-informing meeting in the period",
                "%(count)s projects held no public-informing meeting in the period",
                "count",
            )
        )
    },
)
def informing_meeting(scope):
    """A meeting counts for the day it starts on, once it is over (by the period's end)."""
    projects = coordinated_projects(scope)
    # Grouped rather than probed a project: the index on the start finds the period's meetings.
    held = set(
        MeetingPage.objects.live()
        .public()
        .filter(
            cancelled=False,
            kind=MeetingKind.INFORMING,
            start__gte=scope.start_at,
            start__lt=scope.end_at,
            start__lte=scope.now,
            end__lte=scope.until,
        )
        .annotate(project_path=Substr("path", 1, Length("path") - MeetingPage.steplen))
        .filter(project_path__in=projects.values("path"))
        .values_list("project_path", flat=True)
        .order_by()
        .distinct()
    )
    url = page_urls()
    items = [
        _item(project, url, [] if project["path"] in held else ["informing_meeting"])
        for project in projects.values(*PROJECT_VALUES).order_by("path")
    ]
    return Measure.share(items)
