"""casefile: client profiles stored in an encrypted SQLite (SQLCipher) database.

Owns: the SQLModel tables, opening/keying the database, storage of profiles, backups,
migrations, export/import bundles and the fictional demo client.
Must not import: facts, eligibility, forms, clauses, templates, packets, desktop, or Qt.
"""
