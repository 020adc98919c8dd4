"""Placeholder: filled in by the feature's own work."""

urlpatterns: list = []
