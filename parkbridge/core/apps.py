import os
from pathlib import Path

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def restrict_sqlite_file(sender, connection, **kwargs) -> None:
    """A SQLite database holds password hashes and confidential records: its file (and its
    journal files) are readable by the account that runs ParkBridge only, whatever the umask."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict.get("NAME") or "")
    if not name or name.startswith(("file:", ":memory:")) or "mode=memory" in name:
        return
    for path in (Path(name), Path(name + "-wal"), Path(name + "-shm"), Path(name + "-journal")):
        try:
            if path.exists() and path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except OSError:
            pass  # not ours to change; `parkbridge check` reports it


class CoreConfig(AppConfig):
    name = "parkbridge.core"
    label = "core"
    verbose_name = "Sources, provenance and access"

    def ready(self) -> None:
        connection_created.connect(restrict_sqlite_file, dispatch_uid="parkbridge.sqlite_mode")
