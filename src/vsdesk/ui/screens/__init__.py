"""One module per screen; each is a :class:`~vsdesk.ui.screens.base.Screen`."""
