"""Pages of the marketplace and site selection (mounted at /marketplace/)."""

from django.urls import path

from parkbridge.marketplace import views

app_name = "marketplace"

urlpatterns = [
    path("", views.profile_list, name="profiles"),
    path("profiles/new/", views.profile_create, name="profile_new"),
    path("profiles/<int:pk>/", views.profile_detail, name="profile"),
    path("profiles/<int:pk>/interest/", views.express_interest, name="interest"),
    path("interests/<int:pk>/<str:action>/", views.interest_action, name="interest_action"),
    path("notifications/", views.notification_list, name="notifications"),
    path("site-selection/", views.site_selection, name="site_selection"),
]
