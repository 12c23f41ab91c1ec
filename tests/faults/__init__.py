"""Fault runs: the process killed at random moments of a clerk's work (issue 7)."""
