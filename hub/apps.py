from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Municipal hub")

    def ready(self):
        from hub import security, signals  # noqa: F401  (security: the login counters)
        from hub.documents import register_permission_policies
        from hub.feeds import news  # noqa: F401  (records news on publication)
        from hub.mail import connect_notifiers
        from hub.registry import register_group_setup
        from hub.targets import (
            builtin,  # noqa: F401  (the hub's own work-plan metrics)
            feed,  # noqa: F401  (the work plan's open-data datasets)
        )
        from hub.targets.snippets import setup_work_plan
        from hub.widgets import register_date_fields

        register_permission_policies()
        register_date_fields()
        connect_notifiers()
        register_group_setup(setup_work_plan)
