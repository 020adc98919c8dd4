from django.apps import AppConfig
from django.db.backends.signals import connection_created


class CoreConfig(AppConfig):
    name = "parkbridge.core"
    label = "core"
    verbose_name = "Sources, provenance and access"

    def ready(self) -> None:
        from parkbridge.core.search_index import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="parkbridge-sqlite")
