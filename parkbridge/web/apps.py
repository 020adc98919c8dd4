from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "parkbridge.web"
    label = "web"

    def ready(self) -> None:
        from parkbridge.web.registry_state import connect_signals

        connect_signals()
