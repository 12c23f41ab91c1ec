"""Printed documents made with ReportLab (no Qt): registers, letters, SOP sheets, receipts."""
