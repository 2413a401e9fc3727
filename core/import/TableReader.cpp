#include "TableReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFile>

namespace Simutasi {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return TableReader::tr("tab");
    if (delimiter == u';')
        return TableReader::tr("semicolon");
    return TableReader::tr("comma");
}

} // namespace

bool TableReader::readBytes(const QString &path, QByteArray *bytes, ReadError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {tr("The file %1 could not be opened: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()),
                  0};
        return false;
    }
    *bytes = file.readAll();
    return true;
}

ImportTable TableReader::readFile(const QString &path)
{
    QByteArray bytes;
    if (!readBytes(path, &bytes, &m_error))
        return {};
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        // The OLE container of old .xls workbooks and of password-protected .xlsx files.
        m_error = {tr("%1 is an old Excel (.xls) or password-protected workbook, which cannot be "
                      "read. Save it in Excel as .xlsx without a password, or as CSV.")
                       .arg(QDir::toNativeSeparators(path)),
                   0};
        return {};
    }
    if (XlsxReader::looksLikeXlsx(bytes)) {
        m_format = Format::Xlsx;
        XlsxReader reader;
        ImportTable table = reader.read(bytes);
        m_error = reader.error();
        m_description = tr("XLSX, sheet \"%1\"").arg(reader.sheetName());
        return table;
    }
    m_format = Format::Csv;
    CsvReader reader;
    ImportTable table = reader.read(bytes);
    m_error = reader.error();
    m_description =
        tr("CSV, %1, %2 as delimiter")
            .arg(reader.encoding() == CsvReader::Encoding::Utf8 ? QStringLiteral("UTF-8")
                                                                : QStringLiteral("Windows-1252"),
                 delimiterName(reader.delimiter()));
    return table;
}

} // namespace Simutasi
