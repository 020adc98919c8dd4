"""Pages of people: "My ParkBridge", invitations, organisation membership (mounted at the
site root, before the registry pages)."""

from django.urls import path

from parkbridge.accounts import invitation_views, membership_views, my_views

urlpatterns = [
    path("my/", my_views.my_parkbridge, name="my-parkbridge"),
    path("my/tokens/", my_views.create_token, name="my-token-create"),
    path("my/tokens/<int:pk>/revoke/", my_views.revoke_my_token, name="my-token-revoke"),
    path("my/notifications/read/", my_views.mark_read, name="my-notifications-read"),
    path("my/join/", membership_views.find_organisation, name="my-join"),
    path(
        "my/requests/<int:pk>/withdraw/",
        membership_views.withdraw,
        name="membership-request-withdraw",
    ),
    path(
        "organisations/<int:pk>/members/",
        membership_views.organisation_members,
        name="organisation-members",
    ),
    path("organisations/<int:pk>/join/", membership_views.ask_to_join, name="organisation-join"),
    path(
        "organisations/<int:pk>/invitations/",
        invitation_views.organisation_invite,
        name="organisation-invite",
    ),
    path(
        "membership-requests/<int:pk>/approve/",
        membership_views.decide,
        {"decision": "approve"},
        name="membership-request-approve",
    ),
    path(
        "membership-requests/<int:pk>/refuse/",
        membership_views.decide,
        {"decision": "refuse"},
        name="membership-request-refuse",
    ),
    path("memberships/<int:pk>/role/", membership_views.change_role, name="membership-role"),
    path("memberships/<int:pk>/remove/", membership_views.remove_member, name="membership-remove"),
    path(
        "events/<int:pk>/invitations/",
        invitation_views.event_invitations,
        name="event-invitations",
    ),
    path("invitations/", invitation_views.administrator_invitations, name="invitations-admin"),
    path("invitations/<int:pk>/revoke/", invitation_views.revoke, name="invitation-revoke"),
    path("invite/<str:token>/", invitation_views.accept, name="invitation-accept"),
]
