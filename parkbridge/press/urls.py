from django.urls import path

from parkbridge.press import views

app_name = "press"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("upload/", views.upload, name="upload"),
    path(
        "proposals/<int:proposal_id>/accept/", views.decide, {"decision": "accept"}, name="accept"
    ),
    path(
        "proposals/<int:proposal_id>/reject/", views.decide, {"decision": "reject"}, name="reject"
    ),
]
