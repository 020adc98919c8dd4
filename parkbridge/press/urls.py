from django.urls import path

from parkbridge.press import views

app_name = "press"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("upload/", views.upload, name="upload"),
    path("bulk/", views.bulk, name="bulk"),
    path(
        "proposals/<int:proposal_id>/accept/", views.decide, {"decision": "accept"}, name="accept"
    ),
    path(
        "proposals/<int:proposal_id>/reject/", views.decide, {"decision": "reject"}, name="reject"
    ),
    path("sources/", views.sources, name="sources"),
    path("feeds/<int:feed_id>/poll/", views.poll_now, name="poll"),
    path("feeds/<int:feed_id>/toggle/", views.toggle_feed, name="toggle-feed"),
    path("runs/<int:run_id>/", views.run_status, name="run"),
    path("articles/", views.articles, name="articles"),
    path("articles/<int:source_id>/", views.article, name="article"),
    path("articles/<int:source_id>/relevance/", views.relevance, name="relevance"),
    path("watches/", views.watch_list, name="watches"),
    path("watches/<int:watch_id>/delete/", views.watch_delete, name="watch-delete"),
]
