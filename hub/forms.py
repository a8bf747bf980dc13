"""The form every page type's editor fills in, and the panel that speaks for it."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel
from wagtail.admin.utils import get_user_display_name
from wagtail.utils.timestamps import render_timestamp


class PageForm(WagtailAdminPageForm):
    """Refuses a save from a form opened before someone else saved the page. Wagtail refuses
    such a save only when autosave sends it; a normal save would silently replace the other
    editor's draft. The refused form comes back with what the editor typed and the marks of the
    latest revision, so saving it again is a deliberate overwrite."""

    newer_revision = None

    def clean(self):
        cleaned_data = super().clean()
        self.newer_revision = self.find_newer_revision()
        if self.newer_revision is not None:
            self.add_error(None, self.newer_revision_message())
        return cleaned_data

    def find_newer_revision(self):
        """The page's latest revision when it was saved after the form was opened, as Wagtail's
        edit view judges it for autosave, else None. Only the edit view binds the form with the
        editor's subscription: the live preview binds it without, and a stale form still
        previews."""
        page = self.instance
        latest = page.latest_revision if page.pk and self.subscription is not None else None
        if latest is None:
            return None
        overwrite_id = self.data.get("overwrite_revision_id")
        loaded_id = self.data.get("loaded_revision_id")
        if overwrite_id:
            stale = overwrite_id != str(latest.pk)
        elif loaded_id:
            stale = (
                loaded_id != str(latest.pk)
                or self.data.get("loaded_revision_created_at", "") != latest.created_at.isoformat()
            )
        else:
            stale = False
        return latest if stale else None

    def newer_revision_message(self):
        return _(
            "%(user)s saved this page at %(time)s, after you opened it, so your changes were "
            "not saved. They are still in the form: compare the two versions, then save again "
            "to replace that version with yours."
        ) % {
            "user": get_user_display_name(self.newer_revision.user) or _("Someone"),
            "time": render_timestamp(self.newer_revision.created_at),
        }

    def compare_url(self):
        """The comparison of the revision the editor opened with the newer one, when the editor
        opened another revision of this page."""
        newer = self.newer_revision
        value = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        if newer is None or not value or not value.isascii() or not value.isdigit():
            return None
        loaded = self.instance.revisions.filter(pk=int(value)).exclude(pk=newer.pk).first()
        if loaded is None:
            return None
        return reverse(
            "wagtailadmin_pages:revisions_compare", args=[self.instance.pk, loaded.pk, newer.pk]
        )


class NewerRevisionPanel(Panel):
    """Below the title of a page form whose save was refused because the page was saved since
    it was opened (see PageForm): what happened and the link to compare the two versions, which
    the form's own error cannot carry (Wagtail escapes form errors)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", gettext_lazy("A newer version of this page"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "hub/panels/newer_revision.html"

        def is_shown(self):
            return getattr(self.form, "newer_revision", None) is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["message"] = self.form.newer_revision_message()
            context["compare_url"] = self.form.compare_url()
            return context
