"""vsdesk: a designated teacher's encrypted, offline copy of looked-after pupils' PEPs."""

__version__ = "0.1.0"
