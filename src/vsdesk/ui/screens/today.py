"""Today: placeholder in the skeleton, filled in step 4."""

from __future__ import annotations

from vsdesk.ui.screens.placeholder import PlaceholderScreen


class TodayScreen(PlaceholderScreen):
    def title(self) -> str:
        return self.tr("Today")

    def icon_name(self) -> str:
        return "today"
