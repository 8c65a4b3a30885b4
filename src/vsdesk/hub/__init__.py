"""The Virtual School's side of vsdesk: the authority's master copy of its pupils' plans.

``vsdesk-hub`` keeps the pupils (in the same tables as a teacher's vault, so the same
services edit both), the designated teachers and which pupils each one holds, the devices
enrolled for them and the authority's own keys. It runs on SQLite by default and on
PostgreSQL through a SQLAlchemy URL (docs/hub.md).

Shaped like the client, imports pointing downward only:

- ``commands``  the ``vsdesk-hub`` command line: ``main``, ``context`` and a
  ``*_commands`` module per group; shares its runner, output and passphrase helpers
  with ``vsdesk`` through :mod:`vsdesk.commandline`
- ``services``  use-cases: ``authority`` (initialise a hub; who it is), ``teachers``,
  ``devices``, ``invitations`` (enrolment), ``pupils`` and ``pupil_import`` (CSV), ``sync``
- ``storage``   ``store`` (the database), ``schema`` (hub tables), ``repository`` (rows ↔
  frozen records), ``keys`` (the authority's keys under the hub passphrase), ``clock``
  (stored timestamps)
- ``errors``    HubError and its subclasses, used by all three

Nothing here imports Qt, and nothing but the command modules prints.
"""
