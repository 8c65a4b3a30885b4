"""Monitoring returns: the Virtual School's comparable termly figures (docs/indicators.md).

Pure parts (``breakdowns``, ``records``, ``indicators``, ``compute``, ``suppression``) know
nothing of SQL or files; ``reader`` pulls plain records from the hub's store, ``csv_output``,
``committee_pdf`` and ``compare`` write what leaves the hub. No output names a pupil.
"""
