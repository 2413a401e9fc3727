#pragma once

#include "ImportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

namespace Simutasi {

// Reads a CSV file the way officers receive them: RFC 4180 quoting (delimiters, doubled quotes
// and line breaks inside quoted values), CR/LF or LF line ends, UTF-8 with or without BOM or
// Windows-1252 (what Excel writes on Indonesian Windows), and a comma, semicolon or tab as the
// delimiter, detected from the first lines. The whole file is decoded at once and cut into
// fields by index, which reads 100,000 rows in well under a second.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding
    {
        Utf8,
        Windows1252
    };

    // A null delimiter (the default) means: detect it.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    ImportTable readFile(const QString &path);
    ImportTable read(const QByteArray &bytes);

    // After a read: what was found or used, and what went wrong (malformed input).
    const ReadError &error() const { return m_error; }
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_usedDelimiter; }

    // Valid UTF-8 is taken as UTF-8 (a leading BOM removed), anything else as Windows-1252.
    static QString decode(const QByteArray &bytes, Encoding *encoding = nullptr);
    // The Windows-1252 table itself, for systems whose Qt has no such codec.
    static QString decodeWindows1252(QByteArrayView bytes);
    // The candidate (comma, semicolon, tab) with the same count outside quotes on every one of
    // the first lines, preferring the one that splits the header most; comma when none occurs.
    static QChar detectDelimiter(QStringView text);

private:
    QChar m_delimiter;
    QChar m_usedDelimiter;
    Encoding m_encoding = Encoding::Utf8;
    ReadError m_error;
};

} // namespace Simutasi
