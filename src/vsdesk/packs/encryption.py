"""Password protection for a pack: AES-256 (PDF 2.0, revision 6) through pypdf.

reportlab's own ``StandardEncryption`` offers RC4 (40/128-bit) out of the box and AES-256
only as the deprecated revision 5 and only with the extra ``pyaes`` package, so the pack
is rendered in clear in memory and encrypted by pypdf (which uses ``cryptography``, already a
vsdesk dependency) before any byte reaches the disk. The password is used and dropped: it
is not logged, stored, or put in an error message.
"""

from __future__ import annotations

from io import BytesIO

ALGORITHM = "AES-256"


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The same document (pages, outline, metadata, /Lang) with a password to open it.

    The owner password equals the user password, so whoever may open the pack may also
    print it, which is what a meeting pack is for.
    """
    from pypdf import PdfReader, PdfWriter  # ~0.1 s to import; only password packs pay it

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm=ALGORITHM)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
