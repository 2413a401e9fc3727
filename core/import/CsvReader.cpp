#include "CsvReader.h"

#include "TableReader.h"

#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <utility>

namespace Simutasi {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five unassigned bytes map to the C1
// control of the same number, as browsers and ICU do, so that no byte is ever lost.
constexpr std::array<char16_t, 32> Cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isLineEnd(QChar c)
{
    return c == Cr || c == Lf;
}

// Line breaks in a stretch of text, counting CR LF once and a lone CR as one.
int countLineBreaks(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == Lf || (text[i] == Cr && (i + 1 == text.size() || text[i + 1] != Lf)))
            ++count;
    }
    return count;
}

// Cuts decoded text into rows. Unquoted fields are copied in one piece from the text; quoted
// ones in pieces between doubled quotes, so no field is built character by character.
class CsvParser
{
public:
    CsvParser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    QList<ImportRow> parse(ReadError *error)
    {
        QList<ImportRow> rows;
        if (m_text.isEmpty())
            return rows;
        QStringList cells;
        while (true) {
            if (!readField(&cells, error))
                return {};
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            rows.append({int(rows.size()) + 1, std::exchange(cells, {})});
            if (!skipLineEnd())
                break;
        }
        return rows;
    }

private:
    bool readField(QStringList *cells, ReadError *error)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == Quote)
            return readQuoted(cells, error);
        cells->append(m_text.mid(m_pos, unquotedEnd() - m_pos).toString());
        m_pos = unquotedEnd();
        return true;
    }

    qsizetype unquotedEnd() const
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != m_delimiter && !isLineEnd(m_text[end]))
            ++end;
        return end;
    }

    bool readQuoted(QStringList *cells, ReadError *error)
    {
        const int openingLine = m_line;
        QString field;
        ++m_pos;
        while (true) {
            const qsizetype quote = m_text.indexOf(QChar(Quote), m_pos);
            if (quote < 0) {
                error->line = openingLine;
                error->message = CsvReader::tr("Line %1: a value starts with a quote (\") but its "
                                               "closing quote is missing.")
                                     .arg(openingLine);
                return false;
            }
            const QStringView piece = m_text.mid(m_pos, quote - m_pos);
            m_line += countLineBreaks(piece);
            field.append(piece);
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == Quote) {
                field.append(QChar(Quote));
                ++m_pos;
                continue;
            }
            break;
        }
        // Text between the closing quote and the delimiter breaks RFC 4180; spreadsheets write
        // it (e.g. "12" inch), so it is kept rather than refused.
        const qsizetype end = unquotedEnd();
        field.append(m_text.mid(m_pos, end - m_pos));
        m_pos = end;
        // Excel writes line breaks inside cells as LF; a CR LF from an editor means the same.
        if (field.contains(QChar(Cr)))
            field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        cells->append(field);
        return true;
    }

    // Steps over one line end; false at the end of the text (a last line end adds no row).
    bool skipLineEnd()
    {
        if (m_pos >= m_text.size())
            return false;
        if (m_text[m_pos] == Cr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == Lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
        return m_pos < m_text.size();
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// How often each candidate delimiter occurs outside quotes in each of the first records.
struct DelimiterCounts
{
    static constexpr std::array<char16_t, 3> Candidates{u',', u';', u'\t'};
    QList<std::array<int, 3>> perRecord;
};

DelimiterCounts countDelimiters(QStringView text, int maxRecords)
{
    DelimiterCounts counts;
    std::array<int, 3> current{};
    bool quoted = false;
    bool recordHasText = false;
    for (qsizetype i = 0; i < text.size() && counts.perRecord.size() < maxRecords; ++i) {
        const QChar c = text[i];
        if (c == Quote) {
            quoted = !quoted; // a doubled quote toggles twice: no change, as it should
        } else if (!quoted && isLineEnd(c)) {
            if (recordHasText)
                counts.perRecord.append(current);
            current = {};
            recordHasText = false;
            continue;
        } else if (!quoted) {
            for (std::size_t k = 0; k < DelimiterCounts::Candidates.size(); ++k)
                current[k] += c == DelimiterCounts::Candidates[k] ? 1 : 0;
        }
        recordHasText = true;
    }
    if (recordHasText && counts.perRecord.size() < maxRecords)
        counts.perRecord.append(current);
    return counts;
}

bool isConsistent(const DelimiterCounts &counts, std::size_t k)
{
    const int header = counts.perRecord.constFirst()[k];
    return std::all_of(counts.perRecord.cbegin(), counts.perRecord.cend(),
                       [&](const std::array<int, 3> &record) { return record[k] == header; });
}

} // namespace

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString result(bytes.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QChar(b >= 0x80 && b <= 0x9F ? Cp1252High[b - 0x80] : char16_t(b));
    }
    return result;
}

QString CsvReader::decode(const QByteArray &bytes, Encoding *encoding)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    Encoding used = Encoding::Utf8;
    if (utf8.hasError()) {
        used = Encoding::Windows1252;
        // Debian's Qt knows the codec through ICU; a Qt built without ICU may not.
        QStringDecoder cp1252("windows-1252");
        text = cp1252.isValid() ? cp1252.decode(bytes) : decodeWindows1252(bytes);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (encoding)
        *encoding = used;
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    constexpr int SampleRecords = 50;
    const DelimiterCounts counts = countDelimiters(text, SampleRecords);
    if (counts.perRecord.isEmpty())
        return QChar(u',');
    // Consistency wins over frequency: a semicolon file has commas in its values ("Wanggar,
    // 12 Maret 1985"), but not the same number on every line.
    int best = -1;
    std::pair<bool, int> bestScore{false, 0};
    for (std::size_t k = 0; k < DelimiterCounts::Candidates.size(); ++k) {
        const int header = counts.perRecord.constFirst()[k];
        if (header == 0)
            continue;
        const std::pair<bool, int> score{isConsistent(counts, k), header};
        if (best < 0 || score > bestScore) {
            best = int(k);
            bestScore = score;
        }
    }
    return QChar(best < 0 ? u',' : DelimiterCounts::Candidates[std::size_t(best)]);
}

ImportTable CsvReader::readFile(const QString &path)
{
    QByteArray bytes;
    if (!TableReader::readBytes(path, &bytes, &m_error))
        return {};
    return read(bytes);
}

ImportTable CsvReader::read(const QByteArray &bytes)
{
    m_error = {};
    const QString text = decode(bytes, &m_encoding);
    m_usedDelimiter = m_delimiter.isNull() ? detectDelimiter(text) : m_delimiter;
    return ImportTable(CsvParser(text, m_usedDelimiter).parse(&m_error));
}

} // namespace Simutasi
