from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's content, media makers and loader; it has no models."""

    name = "demo"
