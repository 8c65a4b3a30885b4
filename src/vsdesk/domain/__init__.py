"""The PEP domain: plain Python, no Qt, no SQL, no files (DESIGN §2)."""
