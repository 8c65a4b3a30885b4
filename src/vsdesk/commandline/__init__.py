"""What both command lines (``vsdesk`` and ``vsdesk-hub``) share: the runner that turns
errors into one ``error:`` line, output helpers, passphrase input, ``FIELD=VALUE`` parsing
and capped file reads. Neither command line imports the other.
"""
