from django.apps import AppConfig


class MarketplaceConfig(AppConfig):
    name = "parkbridge.marketplace"
    label = "marketplace"
