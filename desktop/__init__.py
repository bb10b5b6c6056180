"""desktop: the PySide6 user interface -- the only package that imports Qt.

Owns: windows, dialogs, the background-operation helper, translations. Holds no legal logic:
it calls the services of the other packages.
"""
