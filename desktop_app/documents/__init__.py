"""Plain document objects: what a publication, letter, sheet or report says, free of any renderer.

A use case in ``desktop_app.services`` gathers data and builds one of these; a renderer in
``desktop_app.render`` turns it into bytes (PDF, XLSX, HTML). Nothing here imports reportlab,
openpyxl, SQLAlchemy, Qt or the services, so the GUI may hold these objects without loading any of them.
"""
