"""forms: official USCIS PDFs + YAML field maps per edition -> filled PDF + continuation sheets.

Owns: the form registry, edition checks, field maps, filling and overflow. Reads facts.
Must not import templates, packets, desktop or Qt.
"""
