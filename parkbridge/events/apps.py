from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "parkbridge.events"
    label = "events"
