"""Bytes -> str: refuse binary input, honour BOMs, prefer strict UTF-8, fall back to cp1252/latin-1.

Why this order: UTF-8 is by far the most common encoding of saved pages and copied text, and
strict UTF-8 almost never succeeds on text that is really cp1252 (its high bytes form invalid
sequences), so trying it first is safe. cp1252 is what Windows editors write for "ANSI" text
with curly quotes; latin-1 decodes every byte and is the last resort. Text that was decoded
twice (UTF-8 read as cp1252 and saved again: "donâ€™t") is repaired when the repair is exact.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from tracker.errors import InputError

# Magic numbers of formats people are likely to feed by mistake (documents, archives, images).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/odt?)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG", "PNG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE2) document"),
    (b"\x7fELF", "executable"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"BZh9", "bzip2 archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"\x00asm", "WebAssembly binary"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never occur in text (tab, LF, CR, FF and ESC are allowed).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_CONTROL_BYTES = bytes(sorted(_CONTROL))  # for bytes.translate(None, ...): counting in C
CONTROL_SHARE_MAX = 0.05
_SAMPLE = 8192

# Typical marks of UTF-8 read as cp1252: "â€™" (’), "Ã©" (é), "Â " (NBSP).
_MOJIBAKE = re.compile("â€[\u0080-\u02ff\u2010-\u203a\u20ac\u2122]|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]")


def _bom(data: bytes) -> tuple[str | None, int]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None, 0


def _bomless_utf16(sample: bytes) -> str | None:
    """Guess UTF-16 without BOM from where the NUL bytes fall (ASCII text leaves every other byte 0)."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def check_binary(data: bytes, name: str) -> None:
    """Raise InputError when the bytes are a known binary format or clearly not text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"binary file ({what}), not text or HTML")
    enc, _ = _bom(data)
    if enc and enc != "utf-8":
        return  # UTF-16/32 text legitimately contains NUL bytes
    sample = data[:_SAMPLE]
    if b"\x00" in sample and _bomless_utf16(sample) is None:
        raise InputError(name, "binary file (contains NUL bytes), not text or HTML")
    if b"\x00" not in sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if sample and controls / len(sample) > CONTROL_SHARE_MAX:
            raise InputError(name, "binary file (too many control characters), not text or HTML")


def _repair_mojibake(text: str) -> str:
    """Undo one round of UTF-8-read-as-cp1252 when that round trip is exact and removes the marks."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text
    return fixed if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)) else text


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). `declared` is an HTML <meta charset>, tried after UTF-8.

    Raises InputError for binary data or bytes that cannot be decoded in the encoding a BOM names.
    """
    check_binary(data, name)
    enc, skip = _bom(data)
    if enc is None:
        enc = _bomless_utf16(data[:_SAMPLE]) if b"\x00" in data[:_SAMPLE] else None
    if enc is not None:
        try:
            return data[skip:].decode(enc), enc
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"cannot decode as {enc.upper()}: {exc.reason} at byte {exc.start}"
            ) from None
    try:
        return _repair_mojibake(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    if declared:
        with contextlib.suppress(LookupError):  # an unknown charset name is ignored
            candidates.append(codecs.lookup(declared).name)
    candidates += ["cp1252", "latin-1"]
    for candidate in candidates:
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise InputError(name, "cannot decode text (not UTF-8, cp1252 or latin-1)")  # unreachable: latin-1


_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML document (so stdin and misnamed files work)."""
    head = data[:2048]
    enc, skip = _bom(head)
    if enc and enc != "utf-8":
        try:
            head = head[skip:].decode(enc, errors="ignore").encode("utf-8")
        except LookupError:
            return False
    else:
        head = head[skip:]
    if head.lstrip().startswith(b"<?xml"):
        head = head.lstrip()[head.lstrip().find(b"?>") + 2 :]
    return bool(_HTML_SNIFF.match(head))


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None
