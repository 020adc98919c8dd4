"""Which e-mail addresses count as confirmed. Sign-up confirms by e-mail (allauth); an address
typed by an administrator (admin, ``createsuperuser``) or proven by following an invitation
link is trusted, so those people can sign in on the web without a second confirmation."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save


def mark_verified(user, email: str | None = None) -> None:
    """Record `email` (default: the user's) as the user's confirmed primary address, unless
    another account already has it confirmed."""
    from allauth.account.models import EmailAddress

    email = (email or user.email or "").strip().lower()
    if not email:
        return
    if EmailAddress.objects.filter(email__iexact=email, verified=True).exclude(user=user).exists():
        return
    address, _ = EmailAddress.objects.get_or_create(user=user, email=email)
    changed = []
    if not address.verified:
        address.verified = True
        changed.append("verified")
    others_primary = EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk)
    if not address.primary and not others_primary.exists():
        address.primary = True
        changed.append("primary")
    if changed:
        address.save(update_fields=changed)


def _trust_addresses_set_outside_sign_up(sender, instance, created, raw=False, **kwargs):
    if raw or getattr(instance, "_parkbridge_signup", False) or not instance.email:
        return
    from allauth.account.models import EmailAddress

    if EmailAddress.objects.filter(user=instance, email__iexact=instance.email).exists():
        return  # allauth's own flows (sign-up, e-mail change) keep their record
    mark_verified(instance)


def connect_signals() -> None:
    post_save.connect(
        _trust_addresses_set_outside_sign_up,
        sender=get_user_model(),
        dispatch_uid="parkbridge.accounts.trust_addresses",
    )
