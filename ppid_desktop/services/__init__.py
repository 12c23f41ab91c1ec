"""Application services: the operations the window and the command line both call.

Each function takes the open Database, does one unit of work in one transaction, and
speaks domain types (drafts, templates) in and plain view dataclasses out.
"""
