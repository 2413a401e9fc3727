#!/usr/bin/env python3
"""Reads an .xlsx back with openpyxl (a reader independent of the writer) and prints, as JSON,
each sheet's print and view settings and every cell's Python type and value; the report tests
compare them with what they exported."""
import datetime
import json
import sys

import openpyxl


def cell(value):
    if value is None:
        return None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"t": "datetime", "v": value.isoformat()}
    return {"t": type(value).__name__, "v": value}


book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    sheets.append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "orientation": sheet.page_setup.orientation,
        "fitToPage": bool(sheet.sheet_properties.pageSetUpPr is not None
                          and sheet.sheet_properties.pageSetUpPr.fitToPage),
        # Absent means 1 page wide in OOXML (libxlsxwriter leaves the default out).
        "fitToWidth": int(sheet.page_setup.fitToWidth or 1),
        "fitToHeight": sheet.page_setup.fitToHeight,
        "printTitleRows": sheet.print_title_rows,
        "headerBold": bool(sheet.cell(row=5, column=1).font.bold),
        "dateFormat": next((c.number_format for row in sheet.iter_rows(min_row=6) for c in row
                            if isinstance(c.value, datetime.datetime)), None),
        "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
        "rows": [[cell(c) for c in row] for row in sheet.iter_rows(values_only=True)],
    })
json.dump(sheets, sys.stdout)
