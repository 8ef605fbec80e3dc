"""Damaged and hostile variants of the sample documents, made the same way every time (a fixed seed).

Run as a script to look at them: `python -m tests.fuzz.generate OUT_DIR` writes every variant and prints
the count by kind. Most variants are made from one-page sources and are either cheap to reject or small
to read, so the whole set goes through one `intake batch` in a few minutes of CI."""

from __future__ import annotations

import io
import random
import struct
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_docs"
SEED = 20261129

# one-page samples of every input type; full-size ones are only cut or given a wrong head (cheap to
# reject), the cropped copies (a third of the page) take the damage that may still leave a readable page
FULL = {"pdf_text": "bd_classic_mednec.pdf", "pdf_text2": "e_bd_side_mednec.pdf", "pdf_scan": "copy_eob_oon.pdf",
        "png": "lowres_grid_oon.png", "jpeg": "photo_approval.jpg", "tiff": "faxs_eob_paid.tif",
        "tiff_multi": "d_stack_fax_same_member.tif"}
EXT = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "tiff": ".tif"}


@dataclass(frozen=True)
class Variant:
    name: str  # file name, unique
    kind: str  # what was done to it
    data: bytes
    expect: frozenset[int] = frozenset({0, 3, 4, 5})  # exit codes `intake process` may give


def _kind_of(name: str) -> str:
    return "pdf" if name.startswith("pdf") else name.split("_")[0]


def sources() -> dict[str, bytes]:
    """The samples, and small one-page copies of them (top third of the page) in every format."""
    from PIL import Image

    out = {key: (SAMPLES / name).read_bytes() for key, name in FULL.items()}
    page = Image.open(SAMPLES / FULL["png"]).convert("L")
    top = page.crop((0, 0, page.width, page.height // 3))
    photo = Image.open(SAMPLES / FULL["jpeg"]).convert("RGB")
    photo = photo.crop((0, 0, photo.width, photo.height // 3)).resize((photo.width // 2, photo.height // 6))
    fax = Image.open(SAMPLES / FULL["tiff"])
    fax = fax.crop((0, 0, fax.width, fax.height // 2))
    out["png_small"] = _save(top, "PNG", dpi=(150, 150))
    out["jpeg_small"] = _save(photo, "JPEG", quality=80, dpi=(150, 150))
    out["tiff_small"] = _save(fax, "TIFF", compression="group4", dpi=(204, 196))
    out["tiff_lzw"] = _save(top, "TIFF", compression="tiff_lzw", dpi=(150, 150))
    out["pdf_scan_small"] = _image_pdf(top)
    return out


def _save(img, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _fpdf(**kw):
    """fpdf2 with its date and file ID fixed, so the same bytes come out on every run."""
    import datetime

    from fpdf import FPDF

    class Fixed(FPDF):
        def file_id(self):
            return "<%s><%s>" % ("0" * 32, "0" * 32)

    pdf = Fixed(**kw)
    pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    return pdf


def _image_pdf(img) -> bytes:
    pdf = _fpdf(unit="pt", format=(img.width * 72 / 150, img.height * 72 / 150))
    pdf.add_page()
    pdf.image(img, 0, 0, pdf.w, pdf.h)
    return bytes(pdf.output())


# --- byte-level damage, any format ------------------------------------------------------------------

def truncated(data: bytes, rnd: random.Random) -> bytes:
    return data[: max(1, int(len(data) * rnd.uniform(0.005, 0.995)))]


def bit_flipped(data: bytes, rnd: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.choice([1, 4, 16, 64])):
        i = rnd.randrange(min(len(out), 64) if rnd.random() < 0.2 else len(out))
        out[i] ^= 1 << rnd.randrange(8)
    return bytes(out)


def zeroed(data: bytes, rnd: random.Random) -> bytes:
    size = min(len(data) // 2, rnd.choice([16, 256, 4096]))
    at = rnd.randrange(len(data) - size)
    return data[:at] + b"\0" * size + data[at + size:]


def spliced(a: bytes, b: bytes, rnd: random.Random) -> bytes:
    return a[: len(a) * rnd.randint(3, 7) // 10] + b[len(b) // 2:]


MAGIC = {"pdf": b"%PDF-1.4\n", "png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff\xe0", "tiff": b"II*\x00"}


def magic_swapped(data: bytes, own: str, other: str) -> bytes:
    return MAGIC[other] + data[len(MAGIC[own]):]


# --- hand-written PDFs -------------------------------------------------------------------------------

def pdf_of(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF from its objects (numbered from 1, object 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


TEXT = b"BT /F1 12 Tf 72 700 Td (Member ID: W000000000  Claim denied: not medically necessary) Tj ET"
HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page(content: bytes = TEXT, media: bytes = b"[0 0 612 792]", font: bytes = HELV,
             resources_extra: bytes = b"", more: list[bytes] | None = None) -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> %s>> >>"
            % (media, resources_extra), stream(content), font]
    return pdf_of(objs + (more or []))


def hostile_pdfs() -> list[Variant]:
    v = []
    loop = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]
    v.append(Variant("pdf_tree_loop.pdf", "pdf page tree loop", pdf_of(loop), frozenset({3})))
    self_loop = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>", stream(b"")]
    v.append(Variant("pdf_tree_self_loop.pdf", "pdf page tree loop", pdf_of(self_loop)))
    for count in (b"99999999", b"2147483647", b"-1"):
        objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count %s >>" % count,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
                b"<< /Font << /F1 5 0 R >> >> >>", stream(TEXT), HELV]
        v.append(Variant(f"pdf_count_{count.decode().strip('-')}{'neg' if count.startswith(b'-') else ''}.pdf",
                         "pdf claiming 99,999,999 pages", pdf_of(objs)))
    many = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count 99999999 >>" % b" ".join([b"3 0 R"] * 3000),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]
    v.append(Variant("pdf_count_kids.pdf", "pdf claiming 99,999,999 pages", pdf_of(many), frozenset({5})))
    for i, box in enumerate([b"[0 0 1e9 1e9]", b"[0 0 14400 14400]", b"[0 0 0 0]", b"[0 0 -612 -792]",
                             b"[0 0 1 1]", b"[0 0 612]", b"[(a) (b) (c) (d)]", b"[0 0 99999999999999999999 5]",
                             b"[0 0 3 100000]", b"[1e38 1e38 -1e38 -1e38]"]):
        v.append(Variant(f"pdf_mediabox_{i}.pdf", "absurd MediaBox", one_page(media=box)))
    for i, box in enumerate([b"[0 0 1e9 1e9]", b"[0 0 0 0]", b"[0 0 -612 -792]"]):  # no text: drawn by poppler
        v.append(Variant(f"pdf_mediabox_drawn_{i}.pdf", "absurd MediaBox", one_page(b"0 0 m 9 9 l S", media=box)))
    rnd = random.Random(SEED + 2)
    for i in range(10, 30):  # and random ones: huge, tiny, negative, inverted
        box = [rnd.choice([0, -1, 1, 1e-9, 3, 612, 14400, 2 ** 31, 1e20, -1e20]) for _ in range(4)]
        v.append(Variant(f"pdf_mediabox_{i}.pdf", "absurd MediaBox", one_page(media=b"[%s]" % b" ".join(
            repr(x).encode() for x in box))))
    for i, content in enumerate([b"BT /F1 12 Tf 72 700 Td (unclosed", b"q q q q q q q q 1 0 0 1 0 0 cm Q",
                                 b"BT /F9 12 Tf 72 700 Td (no such font) Tj ET", b"\xff\xfe\x00garbage\x01" * 50,
                                 b"BT /F1 1e30 Tf 1e30 1e30 Td (huge) Tj ET", b"0 0 1e30 1e30 re f",
                                 b"/Im1 Do", b"BI /W 100 /H 100 /BPC 8 /CS /G ID \x00\x01 EI", b"[" * 5000,
                                 b"BT " + b"(x) Tj " * 20000 + b"ET"]):
        v.append(Variant(f"pdf_content_{i}.pdf", "broken content stream", one_page(content)))
    flate = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
             stream(b"x\x9c not zlib at all", b"/Filter /FlateDecode ")]
    v.append(Variant("pdf_content_bad_flate.pdf", "broken content stream", pdf_of(flate)))
    long_len = one_page().replace(b"/Length %d" % len(TEXT), b"/Length 99999999")
    v.append(Variant("pdf_content_bad_length.pdf", "broken content stream", long_len))
    fonts = [b"<< /Type /Font /Subtype /TrueType /BaseFont /Bad /FontDescriptor 6 0 R /FirstChar 0 /LastChar 255 >>",
             b"<< /Type /Font /Subtype /Type0 /BaseFont /Bad /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Bad /Widths [%s] /FirstChar 0 /LastChar 9 >>" % (b"1e30 " * 10),
             b"<< /Type /Font /Subtype /Type3 /FontMatrix [0 0 0 0 0 0] /CharProcs << >> /Encoding << >> "
             b"/FirstChar 0 /LastChar 255 /Widths [] /FontBBox [0 0 0 0] >>", b"<< /Type /Font >>"]
    for i, font in enumerate(fonts):
        desc = [b"<< /Type /FontDescriptor /FontName /Bad /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                b"/Ascent 1000 /Descent 0 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
                stream(bytes(random.Random(i).randrange(256) for _ in range(2000)))]
        v.append(Variant(f"pdf_font_{i}.pdf", "bad font", one_page(font=font, more=desc)))
    for i, (w, h, filt) in enumerate([(60000, 60000, b"/Filter /FlateDecode"), (100000, 100000, b""),
                                      (30000, 30000, b"/Filter /DCTDecode"), (2 ** 31 - 1, 2, b"")]):
        data = zlib.compress(b"\0" * 65536) if b"Flate" in filt else (b"\xff\xd8\xff" if b"DCT" in filt else b"\0" * 64)
        img = stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 "
                           b"/ColorSpace /DeviceGray %s " % (w, h, filt))
        v.append(Variant(f"pdf_huge_image_{i}.pdf", "huge embedded image",
                         one_page(b"q 612 0 0 792 0 0 cm /Im1 Do Q", resources_extra=b"/XObject << /Im1 6 0 R >>",
                                  more=[img])))
    v += encrypted_pdfs()
    return v


def encrypted_pdfs() -> list[Variant]:
    out = []
    for i, (user, expect) in enumerate([("secret", {4}), ("", {0}), ("x" * 32, {4})]):
        pdf = _fpdf()
        pdf.set_encryption(owner_password=f"owner{i}", user_password=user)
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 10, "Claim denied: not medically necessary")
        kind = "encrypted, user password" if user else "encrypted, no user password"
        out.append(Variant(f"pdf_encrypted_{i}.pdf", kind, bytes(pdf.output()), frozenset(expect)))
    return out


# --- images with hostile headers ---------------------------------------------------------------------

def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bombs() -> list[Variant]:
    sig = b"\x89PNG\r\n\x1a\n"
    out = []
    for i, (w, h, depth, color) in enumerate([(20000, 20000, 1, 0), (100000, 100000, 8, 0), (65535, 65535, 16, 6)]):
        row = b"\0" + b"\0" * ((w * depth * (4 if color == 6 else 1) + 7) // 8)
        comp = zlib.compressobj(9)
        body = b"".join(comp.compress(row) for _ in range(min(h, 2000))) + comp.flush()
        data = sig + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, color, 0, 0, 0)) + _chunk(b"IDAT", body) \
            + _chunk(b"IEND", b"")
        out.append(Variant(f"png_bomb_{i}.png", "PNG decompression bomb", data, frozenset({5})))
    text_bomb = sig + _chunk(b"IHDR", struct.pack(">IIBBBBB", 10, 10, 8, 0, 0, 0, 0)) \
        + _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"A" * 50_000_000, 9)) \
        + _chunk(b"IDAT", zlib.compress(b"\0" + b"\xff" * 10) * 1) + _chunk(b"IEND", b"")
    out.append(Variant("png_bomb_text.png", "PNG decompression bomb", text_bomb))
    return out


def _tiff(entries: list[tuple[int, int, int, int]], data: bytes = b"\0" * 64) -> bytes:
    """A little-endian TIFF with one IFD of (tag, type, count, value) entries; data after the IFD."""
    ifd_at = 8
    data_at = ifd_at + 2 + 12 * len(entries) + 4
    out = b"II*\x00" + struct.pack("<I", ifd_at) + struct.pack("<H", len(entries))
    for tag, typ, count, value in sorted(entries):
        out += struct.pack("<HHII", tag, typ, count, data_at if value == -1 else value)
    return out + b"\0\0\0\0" + data


def tiff_tags() -> list[Variant]:
    base = {256: (3, 1, 100), 257: (3, 1, 100), 258: (3, 1, 8), 259: (3, 1, 1), 262: (3, 1, 1), 273: (4, 1, -1),
            277: (3, 1, 1), 278: (3, 1, 100), 279: (4, 1, 64), 296: (3, 1, 2)}
    bad = [{256: (4, 1, 4_000_000_000)}, {257: (4, 1, 4_000_000_000)}, {256: (4, 1, 0)}, {258: (3, 1, 0)},
           {258: (3, 1, 64)}, {259: (3, 1, 4)}, {259: (3, 1, 31337)}, {262: (3, 1, 99)}, {273: (4, 1, 0xFFFFFF00)},
           {277: (3, 1, 65535)}, {278: (4, 1, 0)}, {279: (4, 1, 0xFFFFFFFF)}, {279: (4, 1, 0)}, {296: (3, 1, 0)},
           {282: (5, 1, -1)}, {274: (3, 1, 9)}, {256: (3, 1, 60000), 257: (3, 1, 60000)}, {284: (3, 1, 7)},
           {339: (3, 1, 9)}, {317: (3, 1, 5)}, {322: (3, 1, 16), 323: (3, 1, 16)}, {320: (3, 3, -1)}]
    rnd = random.Random(SEED + 1)
    for _ in range(40):  # and random absurd values in two or three tags at once
        bad.append({rnd.choice(sorted(base) + [274, 282, 284, 317, 338, 339]): (rnd.choice([3, 4]), 1, rnd.choice(
            [0, 1, 2, 7, 255, 65535, 2 ** 31, 2 ** 32 - 1])) for _ in range(rnd.randint(2, 3))})
    out = []
    for i, change in enumerate(bad):
        tags = {**base, **change}
        out.append(Variant(f"tiff_tags_{i}.tif", "TIFF absurd tag values",
                           _tiff([(t, typ, c, val) for t, (typ, c, val) in tags.items()])))
    return out


def jpeg_cut(data: bytes, rnd: random.Random) -> bytes:
    """Cut somewhere inside the entropy-coded scan (after the SOS marker)."""
    sos = data.find(b"\xff\xda")
    return data[: rnd.randrange(sos + 4, len(data) - 2)]


def header_only() -> list[Variant]:
    heads = {"pdf": [b"%PDF-1.7\n", b"%PDF-1.7\n%%EOF\n", b"%PDF-1.7\ntrailer << /Root 1 0 R >>\n%%EOF"],
             "png": [MAGIC["png"], MAGIC["png"] + _chunk(b"IHDR", struct.pack(">IIBBBBB", 100, 100, 8, 0, 0, 0, 0))],
             "jpeg": [b"\xff\xd8\xff", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"],
             "tiff": [b"II*\x00", b"II*\x00\x08\x00\x00\x00\x00\x00", b"MM\x00*\xff\xff\xff\xff"]}
    out = [Variant(f"empty_{k}{EXT[k]}", "empty file", b"", frozenset({3})) for k in EXT]
    for k, items in heads.items():
        out += [Variant(f"header_{k}_{i}{EXT[k]}", "header only", h, frozenset({3})) for i, h in enumerate(items)]
    return out


# --- the whole set -----------------------------------------------------------------------------------

def variants() -> list[Variant]:
    """Every variant, in a fixed order, the same bytes on every run."""
    src = sources()
    v: list[Variant] = hostile_pdfs() + png_bombs() + tiff_tags() + header_only()
    rnd = random.Random(SEED)
    small = [k for k in src if k.endswith(("_small", "_lzw", "text", "text2"))]
    for key in src:  # every source, cut at random points; the big ones are cheap to reject this way
        for n in range(10):
            v.append(Variant(f"{key}_cut{n}{EXT[_kind_of(key)]}", "truncated", truncated(src[key], rnd)))
    for key in small:
        for n in range(14):
            v.append(Variant(f"{key}_flip{n}{EXT[_kind_of(key)]}", "bit-flipped", bit_flipped(src[key], rnd)))
        for n in range(8):
            v.append(Variant(f"{key}_zero{n}{EXT[_kind_of(key)]}", "zeroed block", zeroed(src[key], rnd)))
    for n in range(40):
        a, b = rnd.sample(sorted(src), 2)
        v.append(Variant(f"splice{n}_{a}_{b}{EXT[_kind_of(a)]}", "spliced halves", spliced(src[a], src[b], rnd)))
    for key in src:
        own = _kind_of(key)
        for other in MAGIC:
            if other != own:
                v.append(Variant(f"{key}_as_{other}{EXT[other]}", "swapped magic number",
                                 magic_swapped(src[key], own, other)))
    for key in small:  # the same content under another name: read by content (and named as a duplicate)
        wrong = [e for k, e in EXT.items() if k != _kind_of(key)]
        v.append(Variant(f"{key}_wrong_ext{rnd.choice(wrong)}", "wrong extension", src[key], frozenset({0})))
    for key in ("jpeg", "jpeg_small"):
        for n in range(12):
            v.append(Variant(f"{key}_midscan{n}.jpg", "JPEG cut mid-scan", jpeg_cut(src[key], rnd)))
    return v


def write(out_dir: Path) -> list[tuple[Path, Variant]]:
    """Each variant as a file of its own, read-only (0400): intake must never change an original."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for var in variants():
        path = out_dir / var.name
        path.write_bytes(var.data)
        path.chmod(0o400)
        written.append((path, var))
    return written


if __name__ == "__main__":
    made = write(Path(sys.argv[1]))
    for kind, n in sorted(Counter(v.kind for _, v in made).items()):
        print(f"{n:5d}  {kind}")
    print(f"{len(made):5d}  in all")
