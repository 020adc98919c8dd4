from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "parkbridge.press"
    label = "press"
