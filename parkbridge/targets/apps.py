from django.apps import AppConfig


class TargetsConfig(AppConfig):
    name = "parkbridge.targets"
    label = "targets"
