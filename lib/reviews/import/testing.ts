import ExcelJS from "exceljs";

// Builds real .xlsx files for tests, the way Excel would save them.

export type XlsxCell = ExcelJS.CellValue;

export async function xlsxBytes(rows: XlsxCell[][], opts: { sheetName?: string; emptySheetFirst?: boolean; dateFormat?: string } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (opts.emptySheetFirst) workbook.addWorksheet("Notes");
  const sheet = workbook.addWorksheet(opts.sheetName ?? "Reviews");
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = opts.dateFormat ?? "dd.mm.yyyy";
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
