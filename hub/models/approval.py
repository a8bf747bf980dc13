"""Approval by the managers of the unit an object belongs to. Wagtail gives snippets one
workflow per model, not per unit: this task asks, for each object, who manages its unit, so one
workflow serves every unit's reported values and no manager approves another unit's."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState


class UnitApprovalTask(Task):
    """The managers' group of the object's `unit` approves or asks for changes; the model says
    how to reach the unit in a query with `unit_lookup`."""

    class Meta:
        verbose_name = _("approval by the unit's managers")
        verbose_name_plural = _("approvals by the units' managers")

    @classmethod
    def get_description(cls):
        return _("The managers of the unit the item belongs to approve it.")

    @staticmethod
    def manages(user, obj):
        if user.is_superuser:
            return True
        unit = getattr(obj, "unit", None)
        return bool(
            unit is not None
            and unit.managers_group_id
            and user.groups.filter(pk=unit.managers_group_id).exists()
        )

    def user_can_access_editor(self, obj, user):
        return self.manages(user, obj)

    def locked_for_user(self, obj, user):
        return not self.manages(user, obj)

    def user_can_lock(self, obj, user):
        return self.manages(user, obj)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.manages(user, obj):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        allowed = Q(pk__in=[])
        for content_type_id, object_ids in _objects_by_type(states).items():
            model_class = ContentType.objects.get_for_id(content_type_id).model_class()
            mine = model_class.objects.filter(
                pk__in=object_ids, **{model_class.unit_lookup + "__managers_group__user": user}
            ).values_list("pk", flat=True)
            allowed |= Q(
                workflow_state__base_content_type_id=content_type_id,
                workflow_state__object_id__in=[str(pk) for pk in mine],
            )
        return states.filter(allowed)


def _objects_by_type(states):
    found = {}
    for content_type_id, object_id in states.values_list(
        "workflow_state__base_content_type_id", "workflow_state__object_id"
    ):
        found.setdefault(content_type_id, []).append(object_id)
    return found
