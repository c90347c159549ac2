#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the small XLSX fixtures of tests/io/xlsxreader_test.cpp: with openpyxl, with LibreOffice
# (soffice --headless --convert-to xlsx) and by hand (inline strings, a zip bomb, a DTD).
# Run from anywhere: /usr/bin/python3 tests/data/xlsx/make_fixtures.py  (needs python3-openpyxl and
# libreoffice-calc-nogui, both in scripts/bootstrap). The outputs are committed.
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

here = os.path.dirname(os.path.abspath(__file__))


def openpyxl_ledger():
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Info"
    first["A1"] = "Det här bladet är inte huvudboken"
    ws = wb.create_sheet("Huvudbok")
    ws["A1"] = "Huvudbok Socialnämnden"          # a title row
    ws["A2"] = "Utskriven 2021-09-03"
    ws.merge_cells("A4:B4")                       # a merged header cell over two columns
    ws["A4"] = "Kontering"
    ws["C4"] = "Period"
    ws["D4"] = "Belopp"
    ws.append([])
    ws["A5"] = "Ansvar"
    ws["B5"] = "Konto"
    ws["C5"] = datetime.date(2021, 8, 31)         # a date cell
    ws["D5"] = 1234.5
    ws["A6"] = "Totalt"
    ws["D6"] = "-1 234,50"                        # a number stored as Swedish text
    ws["E6"] = "(1 234)"
    ws["F6"] = True
    ws["G6"] = False
    ws["A7"] = 4711
    ws["B7"] = datetime.date(1900, 3, 1)          # serial 61: after the phantom leap day
    ws["C7"] = datetime.date(1900, 2, 28)         # serial 59
    wb.save(os.path.join(here, "openpyxl-ledger.xlsx"))

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws["A1"] = datetime.date(2021, 8, 31)
    ws["A2"] = 0
    wb.save(os.path.join(here, "openpyxl-1904.xlsx"))


def libreoffice():
    work = tempfile.mkdtemp()
    try:
        # openpyxl writes formulas without cached values; LibreOffice recalculates and stores them.
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Blad1"
        ws["A1"] = "Konto"
        ws["B1"] = "Belopp"
        ws["A2"] = "4010"
        ws["B2"] = 100.25
        ws["A3"] = "4020"
        ws["B3"] = 200
        ws["A4"] = "Summa"
        ws["B4"] = "=SUM(B2:B3)"
        ws["C4"] = '=IF(B4>0,"plus","minus")'
        ws["D4"] = "=1/0"
        ws["E4"] = "=B4>100"
        ws.merge_cells("A6:C6")
        ws["A6"] = "Sammanfogad"
        src = os.path.join(work, "lo-source.xlsx")
        wb.save(src)
        out = os.path.join(work, "out")
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + work + "/profile",
                        "--convert-to", "xlsx", "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "lo-source.xlsx"), os.path.join(here, "libreoffice-formulas.xlsx"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Inline" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
</Relationships>"""


def handmade(name, sheet):
    with zipfile.ZipFile(os.path.join(here, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def handmade_files():
    # A prefixed namespace, inline strings (one rich), cells without r, a formula string result.
    handmade("inline-strings.xlsx", """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="2"><x:c t="inlineStr"><x:is><x:t>Ansvar</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Kon</x:t></x:r><x:r><x:t>to</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c></x:row>
<x:row r="3"><x:c><x:v>1.5E3</x:v></x:c><x:c t="str"><x:f>A3&amp;"x"</x:f><x:v>1500x</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c></x:row>
</x:sheetData></x:worksheet>""")
    handmade("bad-number.xlsx", """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1"><v>1</v></c></row>
<row r="7"><c r="A7"><v>1</v></c><c r="B7"><v>12,5</v></c></row>
</sheetData></worksheet>""")
    handmade("doctype.xlsx", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>""")
    # 64 MB of zeros inside the sheet compress to about 64 kB: refused by the ratio bound.
    bomb = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/>"
            + " " * (64 << 20) + "</worksheet>")
    handmade("bomb.xlsx", bomb)


if __name__ == "__main__":
    openpyxl_ledger()
    libreoffice()
    handmade_files()
