#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Simutasi {

// What a reader failed on: a sentence for the officer and, when known, the line or row of the
// file where the problem starts (0 when it concerns the whole file).
struct ReadError
{
    QString message;
    int line = 0;

    bool isError() const { return !message.isEmpty(); }
    explicit operator bool() const { return isError(); }
};

// One row of a source file with the row number the officer sees in a spreadsheet program.
struct ImportRow
{
    int sourceRow = 0; // 1-based; the header row is usually row 1
    QStringList cells;

    bool isBlank() const;
};

// The cells of one CSV or XLSX sheet, as the readers deliver them and before any meaning is
// given to them: a header row (by default the first non-blank row) and the rows below it.
// Rows keep their own length: a ragged row is reported by validation, not repaired here.
class ImportTable
{
public:
    ImportTable() = default;
    explicit ImportTable(QList<ImportRow> rows);

    bool isEmpty() const { return dataRowCount() == 0 && header().isEmpty(); }
    const QList<ImportRow> &allRows() const { return m_rows; }

    // The header is a row of the file, so that title lines above it can be skipped.
    int headerIndex() const { return m_headerIndex; }
    void setHeaderIndex(int index);
    QStringList header() const;
    int headerRow() const; // the header's source row number, 0 without header

    int dataRowCount() const;
    const ImportRow &dataRow(int index) const;

private:
    QList<ImportRow> m_rows;
    int m_headerIndex = -1;
};

} // namespace Simutasi
