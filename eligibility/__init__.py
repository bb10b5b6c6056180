"""eligibility: YAML question flows and tri-state rules per relief -> Assessment.

Owns: question flows, element rules with citations, the condition-tree evaluator, assessments,
interview session logic. Reads facts only. Must not import forms, templates, packets or Qt.
"""
