#include "XlsxReader.h"

#include "TableReader.h"

#include "XlsxInlineStrings.h"

#include <QDate>
#include <QHash>
#include <cmath>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <stdexcept>
#include <vector>

namespace Simutasi {

namespace oss = orcus::spreadsheet;

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The strings the workbook shares between cells; rich-text runs are joined into plain text.
class SharedStrings : public oss::iface::import_shared_strings
{
public:
    size_t append(std::string_view s) override
    {
        m_strings.push_back(fromUtf8(s));
        return m_strings.size() - 1;
    }
    size_t add(std::string_view s) override
    {
        const QString text = fromUtf8(s);
        const auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        m_index.insert(text, m_strings.size());
        m_strings.push_back(text);
        return m_strings.size() - 1;
    }
    void set_segment_font(size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(oss::color_elem_t, oss::color_elem_t, oss::color_elem_t,
                                oss::color_elem_t) override
    {}
    void append_segment(std::string_view s) override { m_segments += fromUtf8(s); }
    size_t commit_segments() override
    {
        m_strings.push_back(std::exchange(m_segments, QString()));
        return m_strings.size() - 1;
    }

    QString at(size_t index) const
    {
        return index < m_strings.size() ? m_strings[index] : QString();
    }

private:
    std::vector<QString> m_strings;
    QHash<QString, size_t> m_index;
    QString m_segments;
};

// The cells of one sheet as rows of text. String cells keep their shared-string index until
// the end, because the order in which orcus reads the parts is not guaranteed.
class SheetCells : public oss::iface::import_sheet
{
public:
    explicit SheetCells(const SharedStrings *strings)
        : m_strings(strings)
    {}

    void set_auto(oss::row_t row, oss::col_t col, std::string_view s) override
    {
        set(row, col, fromUtf8(s));
    }
    void set_string(oss::row_t row, oss::col_t col, oss::string_id_t sindex) override
    {
        m_sharedCells.push_back({row, col, sindex});
    }
    void set_value(oss::row_t row, oss::col_t col, double value) override
    {
        set(row, col, XlsxReader::numberText(value));
    }
    void set_bool(oss::row_t row, oss::col_t col, bool value) override
    {
        set(row, col, value ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    }
    void set_date_time(oss::row_t row, oss::col_t col, int year, int month, int day, int, int,
                       double) override
    {
        set(row, col, QDate(year, month, day).toString(Qt::ISODate));
    }
    void set_format(oss::row_t, oss::col_t, size_t) override {}
    void set_format(oss::row_t, oss::col_t, oss::row_t, oss::col_t, size_t) override {}
    void fill_down_cells(oss::row_t row, oss::col_t col, oss::row_t size) override
    {
        const QString value = cell(row, col);
        for (oss::row_t r = row + 1; r <= row + size; ++r)
            set(r, col, value);
    }
    oss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }
    oss::iface::import_formula *get_formula() override { return &m_formula; }

    void set(oss::row_t row, oss::col_t col, const QString &text)
    {
        if (row < 0 || col < 0)
            return;
        if (std::size_t(row) >= m_rows.size())
            m_rows.resize(std::size_t(row) + 1);
        QStringList &cells = m_rows[std::size_t(row)];
        if (col >= cells.size())
            cells.resize(col + 1);
        cells[col] = text;
        m_width = std::max(m_width, int(col) + 1);
    }

    QList<ImportRow> rows()
    {
        for (const SharedCell &c : m_sharedCells)
            set(c.row, c.col, m_strings->at(c.index));
        m_sharedCells.clear();
        QList<ImportRow> result;
        result.reserve(qsizetype(m_rows.size()));
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            QStringList cells = m_rows[i];
            cells.resize(m_width);
            result.append({int(i) + 1, cells});
        }
        return result;
    }

private:
    // A formula cell: only its cached result is wanted, as the spreadsheet showed it.
    class Formula : public oss::iface::import_formula
    {
    public:
        explicit Formula(SheetCells *sheet)
            : m_sheet(sheet)
        {}
        void set_position(oss::row_t row, oss::col_t col) override
        {
            m_row = row;
            m_col = col;
            m_result.clear();
        }
        void set_formula(oss::formula_grammar_t, std::string_view) override {}
        void set_shared_formula_index(size_t) override {}
        void set_result_string(std::string_view value) override { m_result = fromUtf8(value); }
        void set_result_value(double value) override { m_result = XlsxReader::numberText(value); }
        void set_result_bool(bool value) override
        {
            m_result = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        void set_result_empty() override { m_result.clear(); }
        void commit() override { m_sheet->set(m_row, m_col, m_result); }

    private:
        SheetCells *m_sheet;
        oss::row_t m_row = 0;
        oss::col_t m_col = 0;
        QString m_result;
    };

    struct SharedCell
    {
        oss::row_t row;
        oss::col_t col;
        oss::string_id_t index;
    };

    QString cell(oss::row_t row, oss::col_t col) const
    {
        if (row < 0 || std::size_t(row) >= m_rows.size())
            return {};
        return m_rows[std::size_t(row)].value(col);
    }

    const SharedStrings *m_strings;
    std::vector<QStringList> m_rows;
    std::vector<SharedCell> m_sharedCells;
    int m_width = 0;
    Formula m_formula{this};
};

// Reads "A1", "$B$12" and "Sheet1!C3:D9" references, which orcus asks for when a sheet has
// shared formulas; only the position matters here, so the sheet name is skipped.
class A1Resolver : public oss::iface::import_reference_resolver
{
public:
    oss::src_address_t resolve_address(std::string_view address) override
    {
        const qsizetype bang =
            address.rfind('!') == std::string_view::npos ? -1 : qsizetype(address.rfind('!'));
        int column = 0;
        int row = 0;
        for (const char c : address.substr(std::size_t(bang + 1))) {
            if (c >= 'A' && c <= 'Z')
                column = column * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z')
                column = column * 26 + (c - 'a' + 1);
            else if (c >= '0' && c <= '9')
                row = row * 10 + (c - '0');
            else if (c != '$')
                throw std::invalid_argument("unreadable cell reference");
        }
        if (column == 0 || row == 0)
            throw std::invalid_argument("unreadable cell reference");
        return {0, row - 1, column - 1};
    }
    oss::src_range_t resolve_range(std::string_view range) override
    {
        const std::size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const oss::src_address_t cell = resolve_address(range);
            return {cell, cell};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

// Receives the workbook from orcus and keeps only the first sheet; later sheets are read into
// a sink that is thrown away.
class FirstSheetFactory : public oss::iface::import_factory
{
public:
    oss::iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    oss::iface::import_reference_resolver *
    get_reference_resolver(oss::formula_ref_context_t) override
    {
        return &m_resolver;
    }
    oss::iface::import_sheet *append_sheet(oss::sheet_t index, std::string_view name) override
    {
        if (index == 0) {
            m_hasSheet = true;
            m_firstName = fromUtf8(name);
            return &m_first;
        }
        return &m_ignored;
    }
    oss::iface::import_sheet *get_sheet(std::string_view name) override
    {
        return fromUtf8(name) == m_firstName ? &m_first : &m_ignored;
    }
    oss::iface::import_sheet *get_sheet(oss::sheet_t index) override
    {
        return index == 0 ? &m_first : &m_ignored;
    }
    void finalize() override {}

    QString firstName() const { return m_firstName; }
    bool hasSheet() const { return m_hasSheet; }
    QList<ImportRow> rows() { return m_first.rows(); }
    void setCell(int row, int column, const QString &text) { m_first.set(row, column, text); }

private:
    SharedStrings m_strings;
    A1Resolver m_resolver;
    SheetCells m_first{&m_strings};
    SheetCells m_ignored{&m_strings};
    QString m_firstName;
    bool m_hasSheet = false;
};

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

QString XlsxReader::numberText(double value)
{
    constexpr double ExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < ExactIntegerLimit)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

ImportTable XlsxReader::readFile(const QString &path)
{
    QByteArray bytes;
    if (!TableReader::readBytes(path, &bytes, &m_error))
        return {};
    return read(bytes);
}

ImportTable XlsxReader::read(const QByteArray &bytes)
{
    m_error = {};
    m_sheetName.clear();
    if (!looksLikeXlsx(bytes)) {
        m_error = {tr("The file is not an XLSX workbook (an XLSX file is a ZIP archive). Old .xls "
                      "files must first be saved as .xlsx or CSV."),
                   0};
        return {};
    }
    FirstSheetFactory factory;
    try {
        orcus::orcus_xlsx reader(&factory);
        reader.read_stream(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        for (const XlsxInlineStrings::Cell &cell : XlsxInlineStrings::firstSheet(bytes))
            factory.setCell(cell.row, cell.column, cell.text);
    } catch (const std::exception &e) {
        // orcus reports damaged archives and XML by throwing; the officer gets a sentence,
        // the library's words go in brackets for support.
        m_error = {tr("The XLSX workbook could not be read; it may be damaged or protected with "
                      "a password. (%1)")
                       .arg(QString::fromLocal8Bit(e.what())),
                   0};
        return {};
    } catch (...) {
        m_error = {tr("The XLSX workbook could not be read; it may be damaged or protected with "
                      "a password."),
                   0};
        return {};
    }
    if (!factory.hasSheet()) {
        m_error = {tr("The XLSX workbook has no worksheet that could be read."), 0};
        return {};
    }
    m_sheetName = factory.firstName();
    return ImportTable(factory.rows());
}

} // namespace Simutasi
