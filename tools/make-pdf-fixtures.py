#!/usr/bin/env python3
"""Lays out notices of this project's own making (tests/.../Layout/Fixtures, invented) as organizations do in a word
processor, and has LibreOffice print them to PDF: the date and the issuer right-aligned, the title centred in bold
and larger, an addressee on the left, body paragraphs justified and wrapped by the page, a page number in the footer.
The PDFs land in tests/IncidentParsing.Tests/Input/Pdf/ and are committed (a few tens of kilobytes each), so tests
and CI need no LibreOffice; this script needs it once:

    apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
    python3 tools/make-pdf-fixtures.py
"""
import json
import pathlib
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests/IncidentParsing.Tests/Layout/Fixtures"
TARGET = ROOT / "tests/IncidentParsing.Tests/Input/Pdf"
# Companies', a school's, a co-operative's and a foundation's notices: the shapes organizations publish as PDF files.
NOTICES = ["co01", "co02", "co03", "co06", "pd02", "pd03", "pd04"]
FONT = "Noto Sans CJK JP"

STYLE = {"date": "Right", "issuer": "Right", "signature": "Right", "title": "Title", "kigo": "Center", "ijo": "Right"}

HEAD = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="{FONT}" style:font-name-asian="{FONT}" fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4">
 <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def document(name):
    text = (SOURCE / f"{name}.txt").read_text(encoding="utf-8")
    roles = {r["line"]: r["role"] for r in json.loads((SOURCE / f"{name}.json").read_text(encoding="utf-8")).get("roles", [])}
    paragraphs = []
    previous = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            previous = None
            continue  # a word processor's paragraphs carry their own spacing
        role = roles.get(line, "")
        if role == "title" and previous == "title":
            # A title typed over two lines is one paragraph with a line break in it.
            paragraphs[-1] = paragraphs[-1].replace("</text:p>", f"<text:line-break/>{escape(line)}</text:p>")
        else:
            paragraphs.append(f'<text:p text:style-name="{STYLE.get(role, "Body")}">{escape(line)}</text:p>')
        previous = role
    return HEAD + "\n".join(paragraphs) + "\n" + TAIL


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        sources = []
        for name in NOTICES:
            path = pathlib.Path(work) / f"{name}.fodt"
            path.write_text(document(name), encoding="utf-8")
            sources.append(str(path))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(TARGET), *sources],
                       check=True, stdout=sys.stderr)
    for name in NOTICES:
        print(TARGET / f"{name}.pdf", (TARGET / f"{name}.pdf").stat().st_size)


if __name__ == "__main__":
    main()
