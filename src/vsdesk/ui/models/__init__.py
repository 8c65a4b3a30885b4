"""Qt item models over service results (model/view: no widget per row)."""
