"""Sync: the bundle format, its crypto, the merge of changes, and the transports.

Modules of the bundle envelope (docs/bundle-format.md):

- ``crypto``         every cryptographic call of the layer (Ed25519, X25519, HPKE, SHA-256)
- ``bundle_format``  the header, canonical JSON and the byte layout (pure, no I/O)
- ``bundle_writer``  build and sign a bundle; write a file atomically
- ``bundle_reader``  check a bundle in a fixed order and open it, changing nothing
- ``bundle_errors``  one ``BundleError`` subclass, with a stable ``code``, per refusal

Nothing is re-exported here on purpose: importing ``vsdesk.sync.merge`` should not have to
load the crypto backend, and each module keeps its own ``__all__``.
"""
