from django.apps import AppConfig


class MarketplaceConfig(AppConfig):
    name = "parkbridge.marketplace"
    label = "marketplace"
    verbose_name = "Marketplace and site selection"

    def ready(self) -> None:
        from parkbridge.marketplace import signals

        signals.connect()
