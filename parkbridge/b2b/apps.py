from django.apps import AppConfig


class B2bConfig(AppConfig):
    name = "parkbridge.b2b"
    label = "b2b"
