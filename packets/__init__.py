"""packets: filing plans per relief and the bookmarked, Bates-numbered packet PDF.

Owns: plans, assembly, exhibit handling and manifests. Calls forms and templates.
Takes a progress callback and a cancel token. Must not import desktop or Qt.
"""
