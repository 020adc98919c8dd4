from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "parkbridge.organisations"
    label = "organisations"
