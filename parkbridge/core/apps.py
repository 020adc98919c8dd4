from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "parkbridge.core"
    label = "core"
    verbose_name = "Sources, provenance and access"
