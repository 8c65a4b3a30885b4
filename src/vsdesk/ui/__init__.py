"""The desktop window (PySide6): the ONLY package of vsdesk that imports Qt.

Screens call services through :class:`~vsdesk.ui.session.AppSession` and run slow work with
:mod:`vsdesk.ui.operations`; see docs/ui.md for the contract every screen follows.
"""
