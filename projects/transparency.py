"""What the work plan asks every coordinated project to show the public."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNING = "planning", _("Planning")
    APPROVED = "approved", _("Approved")
    IN_EXECUTION = "in_execution", _("In execution")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingKind(models.TextChoices):
    INFORMING = "informing", _("Public-informing meeting")
    RESIDENTS = "residents", _("Residents' meeting")
    ROUND_TABLE = "round_table", _("Round table")


@dataclass(frozen=True)
class Transparency:
    flyer: bool
    rendering: bool
    invitation: bool
    protocol: bool
    informing_meeting: bool

    LABELS = {
        "flyer": _("Flyer"),
        "rendering": _("Rendering"),
        "invitation": _("Invitation to a residents' meeting"),
        "protocol": _("Meeting protocol"),
        "informing_meeting": _("Public-informing meeting held"),
    }

    @classmethod
    def of(cls, document_kinds, has_rendering, meetings, now):
        """From a project's document kinds, whether it has a rendering, and its meetings."""
        held = [m for m in meetings if not m.cancelled and m.end <= now]
        return cls(
            flyer="flyer" in document_kinds or any(m.flyer_id for m in meetings),
            rendering=has_rendering,
            invitation=any(not m.cancelled and (m.invitation or m.flyer_id) for m in meetings),
            protocol="protocol" in document_kinds or any(m.protocol_id for m in held),
            informing_meeting=any(m.kind == MeetingKind.INFORMING for m in held),
        )

    def items(self):
        return [(key, label, getattr(self, key)) for key, label in self.LABELS.items()]

    @property
    def complete(self):
        return all(done for _key, _label, done in self.items())

    @property
    def done_count(self):
        return sum(done for _key, _label, done in self.items())

    @property
    def missing(self):
        return [label for _key, label, done in self.items() if not done]
