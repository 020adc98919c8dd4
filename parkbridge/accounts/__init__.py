"""Accounts and rights: roles, who belongs to which organisation, site or event, login
throttling, and the history of every change to every record."""
