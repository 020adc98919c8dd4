from django.apps import AppConfig


class SitesConfig(AppConfig):
    name = "parkbridge.sites"
    label = "sites"
