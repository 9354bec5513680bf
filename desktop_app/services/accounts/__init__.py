"""Accounts: first-run setup, the office profile and its letterhead, users and roles, login with
lockout, role requests and the acting head."""
