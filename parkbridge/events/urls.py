"""Pages of events (URL names in the `web` namespace, see `parkbridge.web.urls`)."""

from django.urls import path

from parkbridge.events import views

urlpatterns = [
    path("events/", views.event_list, name="events"),
    path("events/<int:pk>/", views.event_detail, name="event"),
]
