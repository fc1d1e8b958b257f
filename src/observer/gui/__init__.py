"""Qt user interface: bootstrap, main window, item models, pages, dialogs, undo commands.

Talks to observer.services only; nothing here touches the database directly.
"""
