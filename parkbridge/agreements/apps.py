from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "parkbridge.agreements"
    label = "agreements"
