#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the survey fixtures of tests/core/tst_import*.cpp with the standard library only:
    python3 tests/data/import/make_fixtures.py
The output is deterministic; commit the files it writes.

encuesta_es.csv  Spanish post-webinar survey as Excel writes it on Spanish Windows: Windows-1252, ';', CRLF.
survey_zh.xlsx   Chinese needs survey as an XLSX workbook (shared strings, one sheet).
bad_rows.csv     UTF-8 survey with rows that must be reported or imported as plain text.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2021, 1, 15, 12, 0, 0)

SPANISH = [
    ["Marca temporal", "Ciudad", "País", "Prioridad 1", "Prioridad 2", "Oferta", "Ciudad de interés",
     "País de interés", "Correo de contacto", "Comentarios"],
    ["03/12/2020", "Ciudad de México", "México", "Desarrollo turístico", "Protección del patrimonio",
     "Economía creativa", "Luoyang", "China", "turismo@cdmx.gob.mx", "Interés en intercambio de guías"],
    ["04/12/2020", "Mérida", "México", "Turismo y patrimonio digital", "Comercio electrónico", "",
     "Dunhuang", "", "contacto@merida.gob.mx", ""],
    ["05/12/2020", "Oaxaca de Juárez", "México", "Gestión de residuos", "", "Intercambio cultural", "Quanzhou",
     "China", "", "=HYPERLINK(\"http://example.org\";\"clic\")"],
    ["", "", "", "", "", "", "", "", "", ""],
    ["07/12/2020", "San José", "", "Pequeñas y medianas empresas", "", "", "", "", "", "Sin país indicado"],
]

CHINESE = [
    ["城市", "国家", "优先事项一", "优先事项二", "可提供的经验", "感兴趣的城市", "感兴趣的国家", "联系人", "日期"],
    ["洛陽", "中国", "数字旅游与数字遗产", "文化交流", "遗产保护", "墨西哥城、瓦哈卡", "墨西哥", "张伟", "2021-01-20"],
    ["西安", "中国", "旅游发展", "", "创意经济", "普埃布拉", "", "李娜", "2021-01-21"],
    ["敦煌市", "中国", "遗产保护", "电子商务", "数字旅游与数字遗产", "墨西哥城", "", "", "2021-01-22"],
]

BAD = [
    ["City", "Country", "Priority 1", "Date"],
    ["Puebla", "Mexico", "Tourism development", "2021-02-01"],
    ["X" * 10000, "Mexico", "Tourism development", "2021-02-01"],
    ["Robert'); DROP TABLE cities;--", "Mexico", "Heritage protection", "2021-02-01"],
    ["=cmd|'/C calc'!A0", "Mexico", "Heritage protection", "2021-02-01"],
    ["Morelia", "Atlantis", "Tourism development", "2021-02-01"],
    ["Durango", "Mexico", "Underwater basket weaving", "2021-02-01"],
    ["Campeche", "Mexico", "Tourism development", "the day after"],
]


def csv_text(rows, delimiter):
    def field(value):
        if any(c in value for c in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value
    return "".join(delimiter.join(field(v) for v in row) + "\r\n" for row in rows)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path, rows, sheet_name):
    strings = []
    lookup = {}
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            if value == "":
                continue
            if value not in lookup:
                lookup[value] = len(strings)
                strings.append(value)
            cells.append(f'<c r="{column_name(c)}{r}" t="s"><v>{lookup[value]}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{pkg}">'
         f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml",
         f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{main}" xmlns:r="{rel}">'
         f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{pkg}">'
         f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
         f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml",
         f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{main}" count="{len(strings)}" '
         f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>"),
        ("xl/worksheets/sheet1.xml",
         f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{main}" xmlns:r="{rel}">'
         f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>'),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for member, text in members:
            info = zipfile.ZipInfo(member, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    print("wrote", path)


def main():
    with open(os.path.join(HERE, "encuesta_es.csv"), "wb") as f:
        f.write(csv_text(SPANISH, ";").encode("cp1252"))
    with open(os.path.join(HERE, "bad_rows.csv"), "wb") as f:
        f.write(csv_text(BAD, ",").encode("utf-8"))
    write_xlsx(os.path.join(HERE, "survey_zh.xlsx"), CHINESE, "问卷结果")


if __name__ == "__main__":
    main()
