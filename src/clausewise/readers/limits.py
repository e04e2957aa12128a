"""Limits that keep a bad or hostile file from exhausting memory or time on a 2-core laptop.

Treaty drafts are small: a long agreement with annexes is 1-5 MB as .docx or .pdf and well
under that as text. The limits are generous for real drafts and stop zip bombs, PDF
decompression bombs, XML entity expansion and mistaken choices (a video renamed .txt)
before much work is done. Each limit ends in a one-line ``ReadError`` naming it.

Documented bounds (checked by tests/test_read_hostile.py in a subprocess with an address-
space limit, and measured by bench/bench_hostile.py): every reader refuses or reads any file
within ``MAX_FILE_BYTES`` in well under a minute and under about 1 GiB of address space.
"""

#: Largest file ``read()`` accepts, in bytes (64 MiB). Pass ``max_bytes`` to change it.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Largest total unpacked size of the parts of a .docx or .odt (256 MiB), as the archive
#: declares it; Python's zipfile never inflates a part beyond its declared size, so the
#: declaration is a real bound. A guard against zip bombs.
MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = MAX_DOCX_UNPACKED_BYTES

#: Largest single XML part (document.xml, content.xml) parsed into a tree (32 MiB; the text
#: of a 1,000-page treaty takes about 20): the tree takes up to 30 times the bytes in memory.
MAX_XML_PART_BYTES = 32 * 1024 * 1024

#: Most bytes of XML, all parts of one .docx or .odt together (64 MiB): python-docx parses
#: every header, footer and comments part too, so eight 31 MB headers must not pass.
#: Any member parsed as XML counts, whatever its name (archive.check_parts).
MAX_XML_TOTAL_BYTES = 64 * 1024 * 1024

#: Most XML tags (``<``), all parts of one .docx or .odt together: a parsed tree takes about
#: 150 bytes per element, so 32 MB of ``<w:p/>`` would take a gigabyte and a minute to walk.
#: A 1,000-page treaty has about one million; 3,000,000 bound the tree to about 450 MB.
MAX_XML_TAGS = 3_000_000

#: Most lines (paragraphs) a draft may have: about ten times the longest treaty (a 1,000-page
#: convention has about 25,000). A file of nothing but line breaks would otherwise become
#: millions of objects, and every line can become a clause: at 250,000 lines, `outline` and
#: `compare` stay within 30 s and 1 GB on two cores (bench/bench_hostile.py); at 1,000,000
#: (the limit before) a dense 990,000-line text took 72 s and 1.6 GB to compare.
MAX_LINES = 250_000

#: Most members an archive may have (real .docx/.odt files have a few dozen).
MAX_ARCHIVE_MEMBERS = 10_000

#: Most bytes all the streams of one PDF may inflate to (256 MiB): a guard against PDF
#: decompression bombs (a few MB of zeros deflated inflate to gigabytes).
MAX_PDF_DECODED_BYTES = 256 * 1024 * 1024

#: Most pages of a PDF read (a long treaty with annexes has a few hundred).
MAX_PDF_PAGES = 3_000

#: Seconds a PDF may take to lay out before the reader gives up (checked between pages and
#: stream decodes): a damaged or crafted PDF must not keep the user waiting for ever. The
#: counted limits below bound the work PDFium does between two looks at the clock.
MAX_PDF_SECONDS = 90.0

#: Most bytes the images of a PDF may inflate to when they are looked at for operators in
#: disguise (1 GiB; PDFium itself never decodes an image to extract text).
MAX_PDF_IMAGE_BYTES = 1024 * 1024 * 1024

#: Most graphics-state pushes (``q`` operators) in all the streams of a PDF: each saved state
#: costs PDFium about 150 bytes, and a page of treaty text has a few dozen.
MAX_PDF_STATE_PUSHES = 1_000_000

#: Most operators that add an object to a page (text shown, a path painted, an image or form
#: drawn) in all the streams of a PDF: each object costs PDFium 300-600 bytes while its page
#: is open; a dense page of text has a few thousand, a 300-page treaty under a million.
MAX_PDF_OBJECTS = 2_000_000

#: Most objects on one page, and most characters of text on one page (a dense page of text
#: has about 5,000 characters), checked before the page's text is extracted.
MAX_PDF_PAGE_OBJECTS = 200_000
MAX_PDF_PAGE_CHARS = 60_000

#: Deepest element nesting accepted in HTML (browsers cap theirs at a few hundred too).
MAX_HTML_DEPTH = 512

#: Most tags (``<``) in a web page: Python's HTML parser takes about 5 µs a tag, so 20
#: million empty ``<p>`` (57 MB) took 97 s. A long treaty page has a few hundred thousand.
MAX_HTML_TAGS = 2_000_000

#: Deepest group nesting (``{``) accepted in RTF: Word nests a few dozen; striprtf keeps a
#: stack entry per open group, and 15 million nested groups took 1.3 GB.
MAX_RTF_DEPTH = 512

#: Most characters of pasted text accepted (the same order as the largest file).
MAX_PASTED_CHARS = 32 * 1024 * 1024

#: How many bytes the encoding detector looks at to recognise UTF-16 without a BOM.
UTF16_SNIFF_BYTES = 64 * 1024

#: Share of control characters above which a "text" file is taken to be binary data.
MAX_CONTROL_SHARE = 0.05
