from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "parkbridge.accounts"
    label = "accounts"
    verbose_name = "Accounts, rights and history"

    def ready(self) -> None:
        # Connect the change-history and login-throttling signal handlers.
        from parkbridge.accounts import addresses, history, rights, throttle
        from parkbridge.core import access

        # The rules of seeing and editing are ours; core and every app ask through
        # parkbridge.core.access (core never imports accounts).
        access.install_policy(rights)
        history.connect_signals()
        throttle.connect_signals()
        addresses.connect_signals()
