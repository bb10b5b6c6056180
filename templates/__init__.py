"""templates: docxtpl DOCX templates (declarations, letters, motions) and the renderer.

Owns: template sources, the built .docx files, the state vacatur table and render().
Reads facts, eligibility and clauses. Must not import forms, packets, desktop or Qt.
"""
