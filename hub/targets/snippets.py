"""Targets and reported values in the admin.

Targets are the city's work plan: the work-plan editors' group (`setup_work_plan`) and the
superusers edit them. Reported values belong to the target's unit: its editors and managers
write them, only its managers publish them (approving publishes), and the one workflow of the
model sends the editors' values to the managers of the value's own unit (hub.models.approval). Every
screen of a reported value — editing, history, revisions, workflow, locking, deleting — answers
only for the units the user belongs to.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.models import Locale, Workflow, WorkflowContentType, WorkflowTask
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hub.models import ReportedValue, Target, UnitApprovalTask

from .progress import user_unit_keys

# Per-object screens of a snippet viewset: each answers only for the user's units (reverting
# to a revision is the edit view's).
OBJECT_VIEWS = [
    "edit_view_class",
    "delete_view_class",
    "usage_view_class",
    "history_view_class",
    "inspect_view_class",
    "revisions_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "unpublish_view_class",
    "preview_on_edit_view_class",
    "lock_view_class",
    "unlock_view_class",
    "workflow_action_view_class",
    "collect_workflow_action_data_view_class",
    "confirm_workflow_cancellation_view_class",
    "workflow_preview_view_class",
    "workflow_history_view_class",
    "workflow_history_detail_view_class",
]


class UnitPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, for the objects of the user's own units."""

    def _mine(self, user):
        if user.is_superuser:
            return Q()
        return Q(**{f"{self.model.unit_lookup}__translation_key__in": user_unit_keys(user)})

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and (
            user.is_superuser or instance.unit.translation_key in user_unit_keys(user)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        found = super().instances_user_has_any_permission_for(user, actions)
        return found.filter(self._mine(user))


register_permission_policy(ReportedValue, UnitPermissionPolicy(ReportedValue))


def _own_objects_only(view_class):
    class OwnObjectsOnly(view_class):
        def get_object(self, *args, **kwargs):
            instance = super().get_object(*args, **kwargs)
            user = self.request.user
            if not user.is_superuser and instance.unit.translation_key not in user_unit_keys(user):
                raise PermissionDenied
            return instance

    OwnObjectsOnly.__name__ = view_class.__name__
    return OwnObjectsOnly


class ReportedValueForm(WagtailAdminModelForm):
    """A unit reports only on its own targets that take reported values, in the source
    language (a target's translations share its value)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        targets = Target.objects.filter(metric="hub.reported", locale=Locale.get_default())
        if for_user is not None and not for_user.is_superuser:
            targets = targets.filter(unit__translation_key__in=user_unit_keys(for_user))
        self.fields["target"].queryset = targets.select_related("unit")


class ReportedValueViewSet(SnippetViewSet):
    model = ReportedValue
    icon = "clipboard-list"
    menu_label = _("Reported values")
    list_display = ["target", "value", "as_of", LiveStatusTagColumn()]
    list_filter = []
    search_fields = None
    # The unit's own targets in a list, rather than a chooser listing every unit's.
    edit_handler = ObjectList(
        [FieldPanel("target", widget=forms.Select), *ReportedValue.panels[1:]],
        base_form_class=ReportedValueForm,
    )
    ordering = ["-as_of", "-pk"]
    copy_view_enabled = False

    def register_chooser_viewset(self):
        """Nothing links to a reported value: no chooser, whose listing would show every unit's."""

    def get_queryset(self, request):
        user = request.user
        values = ReportedValue.objects.select_related("target", "target__unit")
        if user.is_superuser:
            return values
        return values.filter(target__unit__translation_key__in=user_unit_keys(user))


for _name in OBJECT_VIEWS:
    setattr(ReportedValueViewSet, _name, _own_objects_only(getattr(SnippetViewSet, _name)))


class TargetViewSet(SnippetViewSet):
    model = Target
    icon = "list-ol"
    menu_label = _("Targets")
    list_display = ["text", "unit", "metric", "period_end"]
    search_fields = None
    ordering = ["sort_order", "code"]


class WorkPlanGroup(SnippetViewSetGroup):
    items = (TargetViewSet, ReportedValueViewSet)
    menu_icon = "list-ol"
    menu_label = _("Work plan")
    menu_order = 210


WORK_PLAN_PERMISSIONS = ["add_target", "change_target", "delete_target"]


def setup_work_plan():
    """Create or bring up to date the work-plan editors' group, and the one workflow by which
    every reported value goes to its unit's managers. Named in the source language."""
    with translation.override(settings.LANGUAGE_CODE):
        group_name = gettext("Work-plan editors")
        workflow_name = gettext("Reported values – approval by the unit's managers")
        task_name = gettext("Approval by the unit's managers")
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="hub", codename__in=WORK_PLAN_PERMISSIONS
        ),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    workflow, _created = Workflow.objects.get_or_create(name=workflow_name)
    task = UnitApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is None:
        task = UnitApprovalTask.objects.create(name=task_name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(ReportedValue),
        defaults={"workflow": workflow},
    )
    return group
