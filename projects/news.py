"""What is news in engineering projects: a project published for the first time or with a new
status, a meeting announced, a protocol attached to a meeting. Each project has a feed of its
own, with its meetings."""

from django.utils.translation import gettext_lazy as _

from hub.feeds.news import NewsKind, when_and_where
from hub.registry import register_news_kind, register_news_section, register_news_source

from .models import MeetingPage, ProjectPage
from .transparency import ProjectStatus

register_news_section("projects", ProjectPage)


def status_label(value):
    return ProjectStatus(value).label if value in ProjectStatus.values else value


def project_summary(page):
    return page.summary


def meeting_outcome(page):
    return page.summary or when_and_where(page)


register_news_kind(NewsKind("project_new", _("New project: %(title)s"), project_summary))
register_news_kind(
    NewsKind(
        "project_status",
        _("Project status changed to %(detail)s: %(title)s"),
        project_summary,
        status_label,
    )
)
register_news_kind(
    NewsKind("meeting_invitation", _("Meeting invitation: %(title)s"), when_and_where)
)
register_news_kind(
    NewsKind("meeting_protocol", _("Protocol published: %(title)s"), meeting_outcome)
)


@register_news_source(ProjectPage)
def project_news(page, previous):
    if previous is None:
        return [("project_new", page.status)]
    if previous.status != page.status:
        return [("project_status", page.status)]
    return []


@register_news_source(MeetingPage)
def meeting_news(page, previous):
    """A meeting's first publication is its invitation; a protocol is news when the previous
    live version had none (including a meeting first published with its protocol)."""
    news = [] if previous is not None else [("meeting_invitation", "")]
    if page.protocol_id and (previous is None or not previous.protocol_id):
        news.append(("meeting_protocol", ""))
    return news
