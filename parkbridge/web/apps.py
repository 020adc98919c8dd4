from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parkbridge.web"
    label = "web"
