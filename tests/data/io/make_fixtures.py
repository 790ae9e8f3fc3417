#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the XLSX and ODS fixtures of tests/core/tst_xlsxreader.cpp from hand-written XML.

Only the standard library is used, so the fixtures can be regenerated anywhere:
    python3 tests/data/io/make_fixtures.py
The output is deterministic (fixed timestamps, fixed member order); commit the files it writes.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2021, 1, 15, 12, 0, 0)

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def write_zip(name, members, stored=()):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as z:
        for member, text in members:
            info = zipfile.ZipInfo(member, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if member in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    print("wrote", path)


def content_types(overrides):
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + parts + '</Types>')


def rels(items):
    body = "".join(f'<Relationship Id="{i}" Type="{TYPE}{t}" Target="{target}"/>' for i, t, target in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{NS_PKG}">{body}</Relationships>'


def sheet(rows_xml, extra_ns=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"{extra_ns}>'
            '<dimension ref="A1:AA10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
            '<cols><col min="1" max="3" width="20" customWidth="1"/></cols>'
            f'<sheetData>{rows_xml}</sheetData>'
            '<mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>')


SHARED = [
    "<si><t>Ciudad</t></si>",                                                    # 0
    "<si><t>País</t></si>",                                                      # 1
    "<si><t>Querétaro</t></si>",                                                 # 2
    # Rich text: runs with formatting, joined; the phonetic guide (rPh) is not part of the value.
    '<si><r><rPr><b/></rPr><t>Ciudad de </t></r><r><rPr><i/></rPr><t xml:space="preserve">México </t></r>'
    '<r><t>(CDMX)</t></r><rPh sb="0" eb="2"><t>してぃ</t></rPh></si>',              # 3
    "<si><t>洛阳</t></si>",                                                      # 4
    "<si><t>=cmd|' /C calc'!A0</t></si>",                                        # 5
    "<si><t>Robert'); DROP TABLE cities;--</t></si>",                            # 6
    "<si><t>line one_x000D_\nline two</t></si>",                                 # 7
    "<si><t>Peñón &amp; “comillas” €</t></si>",                                  # 8
]


def make_workbook():
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<sst xmlns="{NS_MAIN}" count="{len(SHARED)}" uniqueCount="{len(SHARED)}">' + "".join(SHARED) + "</sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{NS_MAIN}">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
              '<numFmt numFmtId="165" formatCode="#,##0.00 &quot;días&quot;"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
              '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>'
              '<xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>')
    rows1 = (
        '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="inlineStr"><is><t>Población</t></is></c><c r="D1" t="inlineStr"><is><t>Fecha</t></is></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>MX</t></is></c>'
        '<c r="C2"><v>1049777</v></c><c r="D2" s="1"><v>44196</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="str"><f>"M"&amp;"X"</f><v>MX</v></c>'
        '<c r="C3" t="n"><v>9209944.0</v></c><c r="D3" s="2"><v>44211</v></c></row>'
        # Row 4 is missing: it comes back as an empty row. Row 5 skips column B.
        '<row r="5"><c r="A5" t="s"><v>4</v></c><c r="C5"><v>7057000</v></c><c r="D5" s="4"><v>44211.5</v></c></row>'
        '<row r="6"><c r="A6" t="s"><v>5</v></c><c r="B6" t="b"><v>1</v></c><c r="C6" t="e"><v>#N/A</v></c>'
        '<c r="D6" s="3"><v>2.5</v></c></row>'
        '<row r="7"><c r="A7" t="s"><v>6</v></c><c r="B7" t="b"><v>0</v></c><c r="C7"><v>-0.125</v></c>'
        '<c r="D7"><v>1.5E-3</v></c></row>'
        '<row r="8"><c r="A8" t="s"><v>7</v></c><c r="B8" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>'
        # Styled but empty cells do not widen the row.
        '<row r="9"><c r="A9" t="s"><v>8</v></c><c r="B9" s="1"/><c r="E9" s="2"/></row>'
        '<row r="10"><c r="AA10"><v>27</v></c></row>')
    rows2 = ('<row r="1"><c r="A1" t="inlineStr"><is><t>城市</t></is></c><c r="B1" t="inlineStr"><is><t>省</t></is></c></row>'
             '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>河南</t></is></c></row>'
             '<row r="3"><c r="A3" t="inlineStr"><is><t>敦煌</t></is></c><c r="B3" t="inlineStr"><is><t>甘肃</t></is></c></row>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
                '<workbookPr/><bookViews><workbookView/></bookViews><sheets>'
                '<sheet name="Ciudades" sheetId="1" r:id="rId1"/><sheet name="城市" sheetId="2" r:id="rId2"/>'
                '</sheets></workbook>')
    write_zip("workbook.xlsx", [
        ("[Content_Types].xml", content_types([
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/worksheets/sheet2.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                             ("rId2", "worksheet", "worksheets/sheet2.xml"),
                                             ("rId3", "sharedStrings", "sharedStrings.xml"),
                                             ("rId4", "styles", "styles.xml")])),
        ("xl/worksheets/sheet1.xml", sheet(rows1)),
        ("xl/worksheets/sheet2.xml", sheet(rows2)),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", styles),
    ])


def make_unusual_workbook():
    """Absolute relationship targets, a chart sheet between two worksheets, no shared strings, rows and
    cells without r attributes, the 1904 date system, and stored (uncompressed) members."""
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
                '<workbookPr date1904="1"/><sheets><sheet name="Datos" sheetId="1" r:id="rIdA"/>'
                '<sheet name="Gráfico" sheetId="2" r:id="rIdB"/><sheet name="Notas" sheetId="3" r:id="rIdC"/>'
                '</sheets></workbook>')
    styles = f'<styleSheet xmlns="{NS_MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
    data = ('<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>'
            '<row><c><v>1</v></c><c s="1"><v>0</v></c></row>'
            '<row><c t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c></row>')
    notes = '<row r="2"><c r="B2" t="inlineStr"><is><t>nota</t></is></c></row>'
    write_zip("unusual.xlsx", [
        ("[Content_Types].xml", content_types([
            ("/xl/book.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])),
        ("_rels/.rels", rels([("r1", "officeDocument", "/xl/book.xml")])),
        ("xl/book.xml", workbook),
        ("xl/_rels/book.xml.rels", rels([("rIdA", "worksheet", "/xl/sheets/data.xml"),
                                         ("rIdB", "chartsheet", "chartsheets/sheet1.xml"),
                                         ("rIdC", "worksheet", "sheets/../sheets/notes.xml"),
                                         ("rIdS", "styles", "styles.xml")])),
        ("xl/sheets/data.xml", sheet(data)),
        ("xl/sheets/notes.xml", sheet(notes)),
        ("xl/chartsheets/sheet1.xml", f'<chartsheet xmlns="{NS_MAIN}"/>'),
        ("xl/styles.xml", styles),
    ], stored={"xl/sheets/data.xml", "[Content_Types].xml"})


ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def ods_cell(text):
    return f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def make_ods():
    empty_tail = ('<table:table-row table:number-rows-repeated="1048570">'
                  '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    sheet1 = (
        '<table:table table:name="Ciudades"><table:table-column table:number-columns-repeated="1024"/>'
        '<table:table-header-rows><table:table-row>' + ods_cell("Ciudad") + ods_cell("País") + ods_cell("Población")
        + ods_cell("Fecha") + '</table:table-row></table:table-header-rows>'
        '<table:table-row>' + ods_cell("Querétaro") + ods_cell("MX")
        + '<table:table-cell office:value-type="float" office:value="1049777"><text:p>1,049,777</text:p></table:table-cell>'
        '<table:table-cell office:value-type="date" office:date-value="2020-12-31"><text:p>31/12/20</text:p></table:table-cell>'
        '</table:table-row>'
        # An empty row, then text with spans, spaces, a tab, a line break, two paragraphs and a comment.
        '<table:table-row><table:table-cell table:number-columns-repeated="4"/></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><office:annotation><dc:creator>A</dc:creator>'
        '<text:p>a comment</text:p></office:annotation><text:p>Ciudad de <text:span>México</text:span>'
        '<text:s text:c="3"/>x<text:tab/>y</text:p><text:p>segunda<text:line-break/>línea</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell office:value-type="date" office:date-value="2021-01-15T10:30:00"><text:p>x</text:p></table:table-cell>'
        '</table:table-row>'
        # Repeated non-empty cells and a repeated non-empty row.
        '<table:table-row table:number-rows-repeated="2">' + ods_cell("洛阳")
        + '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>'
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>'
        '<table:table-cell office:value-type="time" office:time-value="PT10H30M05S"><text:p>10:30:05</text:p></table:table-cell>'
        '</table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7.0">'
        '<text:p>7</text:p></table:table-cell><table:covered-table-cell/>' + ods_cell("=cmd|' /C calc'!A0")
        + '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>' + empty_tail + '</table:table>')
    sheet2 = ('<table:table table:name="城市"><table:table-row>' + ods_cell("城市") + ods_cell("省")
              + '</table:table-row><table:table-row>' + ods_cell("敦煌") + ods_cell("甘肃")
              + '</table:table-row></table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODS_NS}>'
               '<office:automatic-styles/><office:body><office:spreadsheet>'
               '<table:calculation-settings/>' + sheet1 + sheet2
               + '<table:named-expressions/></office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip("spreadsheet.ods", [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", content),
        ("META-INF/manifest.xml", manifest),
    ], stored={"mimetype"})


def make_docx():
    """A Word document: a ZIP with [Content_Types].xml that is no spreadsheet."""
    write_zip("document.docx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "word/document.xml")])),
        ("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    ])


if __name__ == "__main__":
    make_workbook()
    make_unusual_workbook()
    make_ods()
    make_docx()
