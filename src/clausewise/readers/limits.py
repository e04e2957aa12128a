"""Limits that keep a bad or hostile file from exhausting memory on a 2-core laptop.

Treaty drafts are small: a long agreement with annexes is 1-5 MB as .docx and well under
that as text. The limits are generous for real drafts and stop zip bombs and mistaken
choices (a video renamed .txt) before any work is done.
"""

#: Largest file ``read()`` accepts, in bytes (64 MiB). Pass ``max_bytes`` to change it.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Largest total unpacked size of the parts of a .docx (512 MiB): a guard against zip bombs.
MAX_DOCX_UNPACKED_BYTES = 512 * 1024 * 1024

#: How many bytes the encoding detector looks at to recognise UTF-16 without a BOM.
UTF16_SNIFF_BYTES = 64 * 1024

#: Share of control characters above which a "text" file is taken to be binary data.
MAX_CONTROL_SHARE = 0.05
