"""Pupils: placeholder in the skeleton, filled in step 3."""

from __future__ import annotations

from vsdesk.ui.screens.placeholder import PlaceholderScreen


class PupilsScreen(PlaceholderScreen):
    def title(self) -> str:
        return self.tr("Pupils")

    def icon_name(self) -> str:
        return "pupils"
