"""Settings: placeholder in the skeleton, filled in step 5."""

from __future__ import annotations

from vsdesk.ui.screens.placeholder import PlaceholderScreen


class SettingsScreen(PlaceholderScreen):
    def title(self) -> str:
        return self.tr("Settings")

    def icon_name(self) -> str:
        return "settings"
