"""Printed documents made with ReportLab (no Qt): registers, letters, SOP sheets, receipts.

Each document module takes plain dataclasses (`reports.model`) and writes a PDF atomically
(`reports.output`); the services build the dataclasses from the database.
"""


class GenerationCancelled(Exception):
    """The clerk pressed Cancel while a document was being written; no file was left behind."""
