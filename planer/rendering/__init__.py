"""Rendering: one document context → .docx (docxtpl), .html and .pdf (Jinja, WeasyPrint)."""
