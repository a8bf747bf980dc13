"""The project editor's transparency checklist: what the project shows residents and what it
lacks (flyer, rendering, invitation, protocol, an informing meeting held), as the work plan
asks of every coordinated project."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TransparencyPanel(Panel):
    """Read-only: nothing of the form, only the checklist of the version being edited."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Transparency checklist"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "hub/targets/admin/transparency_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["checklist"] = self.checklist()
            return context

        def checklist(self):
            """[(key, label, done)], or None for a project not yet saved (no meetings yet)."""
            from .models.meetings import meetings_of

            project = self.instance
            if project is None or not project.pk or not project.path:
                return None
            meetings = list(meetings_of([project.path]).order_by("start"))
            return project.transparency(meetings).items()
