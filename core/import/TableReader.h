#pragma once

#include "ImportTable.h"

#include <QCoreApplication>

namespace Simutasi {

// Opens a file for import whatever its format: XLSX by its ZIP signature, anything else as
// CSV. One call for the wizard and the CLI, so both accept the same files.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    enum class Format
    {
        Csv,
        Xlsx
    };

    ImportTable readFile(const QString &path);
    // The file's bytes, or false with a message naming the file: shared by every reader.
    static bool readBytes(const QString &path, QByteArray *bytes, ReadError *error);

    const ReadError &error() const { return m_error; }
    Format format() const { return m_format; }
    // "CSV, UTF-8, delimiter ;" or "XLSX, sheet Pegawai": what was detected, for the preview.
    QString description() const { return m_description; }

private:
    ReadError m_error;
    Format m_format = Format::Csv;
    QString m_description;
};

} // namespace Simutasi
