#include "XlsxInlineStrings.h"

#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>
#include <vector>

namespace Simutasi {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string readEntry(const orcus::zip_archive &archive, std::string_view name)
{
    std::vector<unsigned char> buffer;
    if (!archive.read_file_entry(name, buffer))
        return {};
    return std::string(buffer.begin(), buffer.end());
}

template<typename Handler>
void parseXml(const std::string &xml, Handler &handler)
{
    orcus::sax_parser<Handler> parser(xml.data(), xml.size(), handler);
    parser.parse();
}

// orcus reports an element's attributes before the element itself: collect them, then read
// them when the element starts.
class AttributeCollector : public orcus::sax_handler
{
public:
    void attribute(const orcus::sax::parser_attribute &attr)
    {
        m_attributes.emplace_back(std::string(attr.ns), std::string(attr.name),
                                  std::string(attr.value));
    }

protected:
    std::string take(std::string_view ns, std::string_view name)
    {
        for (const auto &[attrNs, attrName, value] : m_attributes) {
            if (attrNs == ns && attrName == name)
                return value;
        }
        return {};
    }
    void clearAttributes() { m_attributes.clear(); }

private:
    std::vector<std::tuple<std::string, std::string, std::string>> m_attributes;
};

// xl/workbook.xml: the relationship id of the first <sheet>.
class FirstSheetId : public AttributeCollector
{
public:
    void start_element(const orcus::sax::parser_element &elem)
    {
        if (elem.name == "sheet" && id.empty())
            id = take("r", "id");
        clearAttributes();
    }
    std::string id;
};

// xl/_rels/workbook.xml.rels: the target of one relationship id.
class RelationshipTarget : public AttributeCollector
{
public:
    explicit RelationshipTarget(std::string id)
        : m_id(std::move(id))
    {}
    void start_element(const orcus::sax::parser_element &elem)
    {
        if (elem.name == "Relationship" && take({}, "Id") == m_id)
            target = take({}, "Target");
        clearAttributes();
    }
    std::string target;

private:
    std::string m_id;
};

// "BC12" -> row 11, column 54; false when it is no cell reference.
bool parseAddress(std::string_view ref, int *row, int *column)
{
    int c = 0;
    int r = 0;
    for (const char ch : ref) {
        if (ch >= 'A' && ch <= 'Z')
            c = c * 26 + (ch - 'A' + 1);
        else if (ch >= '0' && ch <= '9')
            r = r * 10 + (ch - '0');
        else if (ch != '$')
            return false;
    }
    *row = r - 1;
    *column = c - 1;
    return r > 0 && c > 0;
}

// A worksheet: every inline-string cell with its position; rich-text runs are joined.
class InlineCells : public AttributeCollector
{
public:
    void start_element(const orcus::sax::parser_element &elem)
    {
        if (elem.name == "row") {
            const std::string r = take({}, "r");
            m_row = r.empty() ? m_row + 1 : std::stoi(r) - 1;
            m_column = -1;
        } else if (elem.name == "c") {
            startCell();
        } else if (elem.name == "t" && m_inline) {
            m_inText = true;
        }
        clearAttributes();
    }
    void end_element(const orcus::sax::parser_element &elem)
    {
        if (elem.name == "t")
            m_inText = false;
        else if (elem.name == "c" && m_inline)
            cells.append({m_row, m_column, std::exchange(m_text, QString())});
        if (elem.name == "c")
            m_inline = false;
    }
    void characters(std::string_view value, bool)
    {
        if (m_inText)
            m_text += fromUtf8(value);
    }

    QList<XlsxInlineStrings::Cell> cells;

private:
    void startCell()
    {
        int row = 0;
        int column = 0;
        if (parseAddress(take({}, "r"), &row, &column)) {
            m_row = row;
            m_column = column;
        } else {
            ++m_column;
        }
        m_inline = take({}, "t") == "inlineStr";
        m_text.clear();
    }

    int m_row = -1;
    int m_column = -1;
    bool m_inline = false;
    bool m_inText = false;
    QString m_text;
};

// "worksheets/sheet1.xml" is relative to xl/; "/xl/worksheets/sheet1.xml" to the package.
std::string partPath(const std::string &target)
{
    if (!target.empty() && target.front() == '/')
        return target.substr(1);
    return "xl/" + target;
}

} // namespace

QList<XlsxInlineStrings::Cell> XlsxInlineStrings::firstSheet(const QByteArray &workbook)
{
    orcus::zip_archive_stream_blob stream(reinterpret_cast<const uint8_t *>(workbook.constData()),
                                          std::size_t(workbook.size()));
    orcus::zip_archive archive(&stream);
    archive.load();

    FirstSheetId sheet;
    parseXml(readEntry(archive, "xl/workbook.xml"), sheet);
    RelationshipTarget relationship(sheet.id);
    parseXml(readEntry(archive, "xl/_rels/workbook.xml.rels"), relationship);
    if (relationship.target.empty())
        return {};
    const std::string xml = readEntry(archive, partPath(relationship.target));
    // Workbooks saved by Excel never have inline strings: skip the second pass over them.
    if (xml.find("inlineStr") == std::string::npos)
        return {};
    InlineCells cells;
    parseXml(xml, cells);
    return cells.cells;
}

} // namespace Simutasi
