"""The Virtual School's side of vsdesk: the authority's master copy of its pupils' plans.

``vsdesk-hub`` keeps the pupils (in the same tables as a teacher's vault, so the same
services edit both), the designated teachers and which pupils each one holds, the devices
enrolled for them and the authority's own keys. It runs on SQLite by default and on
PostgreSQL through a SQLAlchemy URL (docs/hub.md).

Modules:

- ``store``, ``schema``, ``clock``   the database, the hub tables, stored timestamps
- ``keys``                          the authority's keys, sealed under the hub passphrase
- ``repository``                    hub rows ↔ frozen records (Teacher, Assignment, Device…)
- ``service``                       initialise a hub; who it is (``hub_info``)
- ``teachers``, ``devices``         teachers and assignments; device registry and keyring
- ``invitations``                   enrolment: issue invitations, accept requests
- ``pupils``, ``pupil_import``      the pupil service as the authority; CSV import
- ``errors``                        HubError and its subclasses
- ``cli``, ``context``, ``files``, ``*_commands``   the ``vsdesk-hub`` command line

Nothing here imports Qt, and nothing but the command modules prints.
"""
