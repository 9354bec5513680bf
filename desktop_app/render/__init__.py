"""Renderers: pure functions from a plain document object (``desktop_app.documents``) to bytes.

``pdf`` draws with reportlab, ``xlsx`` writes workbooks with openpyxl, ``web`` writes HTML. No renderer
imports a use case (``desktop_app.services``), storage or the GUI; the use case writes the bytes.
"""
