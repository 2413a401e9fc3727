#include "ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>
#include <xlsxwriter.h>

namespace Simutasi {

namespace {

constexpr qsizetype MaxXlsxCellLength = 32767; // Excel's limit for one cell
constexpr qsizetype MaxSheetNameLength = 31;
constexpr int ProgressEvery = 500;    // rows between progress calls
constexpr int WidthSampleRows = 2000; // rows looked at to size a column without a width
constexpr int MaxColumnWidth = 60;
constexpr lxw_row_t HeaderRow = 4; // rows 0-2: title block, 3: empty
constexpr lxw_row_t FirstDataRow = HeaderRow + 1;
constexpr uint8_t PaperA4 = 9;

QString failure(const QString &path, const QString &detail)
{
    return ReportExporter::tr("The report %1 could not be saved: %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// Progress with its own pacing: the callback sees every ProgressEvery-th row and the end.
class ProgressTicker
{
public:
    ProgressTicker(const ReportExporter::Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {}
    bool step()
    {
        ++m_done;
        if (!m_progress || (m_done % ProgressEvery != 0 && m_done != m_total))
            return true;
        return m_progress(m_done, m_total);
    }
    bool start() { return !m_progress || m_progress(0, m_total); }

private:
    const ReportExporter::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

// ---- CSV

QString csvField(const QString &text)
{
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u';' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvValue(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return {};
    // Indonesian number format without grouping: decimal comma, as the Excel of the office
    // reads it.
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    switch (type) {
    case ColumnType::Date:
        return dateText(value.toDate());
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Percentage:
        return indonesian.toString(value.toDouble() * 100.0, 'f', 1).remove(u'.') + u'%';
    case ColumnType::Decimal:
        return indonesian.toString(value.toDouble(), 'f', 2).remove(u'.');
    case ColumnType::Text:
    case ColumnType::Nip:
        break;
    }
    return csvField(value.toString());
}

// ---- XLSX

struct XlsxFormats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *decimal = nullptr;

    explicit XlsxFormats(lxw_workbook *book)
    {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        subtitle = workbook_add_format(book);
        format_set_italic(subtitle);
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(header, 0xDDE6F0);
        format_set_bottom(header, LXW_BORDER_THIN);
        text = workbook_add_format(book);
        format_set_num_format(text, "@");
        date = workbook_add_format(book);
        format_set_num_format(date, "dd/mm/yyyy");
        format_set_align(date, LXW_ALIGN_LEFT);
        integer = workbook_add_format(book);
        format_set_num_format(integer, "0");
        percent = workbook_add_format(book);
        format_set_num_format(percent, "0.0%");
        decimal = workbook_add_format(book);
        format_set_num_format(decimal, "0.00");
    }

    lxw_format *of(ColumnType type) const
    {
        switch (type) {
        case ColumnType::Text:
            return nullptr;
        case ColumnType::Nip:
            return text;
        case ColumnType::Date:
            return date;
        case ColumnType::Integer:
            return integer;
        case ColumnType::Percentage:
            return percent;
        case ColumnType::Decimal:
            return decimal;
        }
        return nullptr;
    }
};

// libxlsxwriter copies the text, so a temporary UTF-8 buffer is enough.
lxw_error writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
                    lxw_format *format = nullptr)
{
    const QByteArray utf8 = text.left(MaxXlsxCellLength).toUtf8();
    return worksheet_write_string(sheet, row, col, utf8.constData(), format);
}

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &value,
                    ColumnType type, const XlsxFormats &formats)
{
    if (value.isNull())
        return LXW_NO_ERROR;
    lxw_format *format = formats.of(type);
    switch (type) {
    case ColumnType::Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return LXW_NO_ERROR;
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
        return worksheet_write_datetime(sheet, row, col, &when, format);
    }
    case ColumnType::Integer:
    case ColumnType::Percentage:
    case ColumnType::Decimal:
        return worksheet_write_number(sheet, row, col, value.toDouble(), format);
    case ColumnType::Text:
    case ColumnType::Nip:
        // As text, always: a NIP written as a number would lose its last three digits.
        return writeText(sheet, row, col, value.toString(), format);
    }
    return LXW_NO_ERROR;
}

double columnWidth(const ReportData &data, int part, int column)
{
    const ReportColumn &definition = data.part(part).columns[column];
    if (definition.width > 0)
        return definition.width;
    qsizetype width = std::min<qsizetype>(definition.title.size(), 20);
    const int rows = std::min(data.rowCount(part), WidthSampleRows);
    for (int row = 0; row < rows; ++row)
        width = std::max(width, data.cell(part, row, column).toString().size());
    return double(std::min<qsizetype>(width + 2, MaxColumnWidth));
}

void setUpPage(lxw_worksheet *sheet, int columns, int rows)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, PaperA4);
    worksheet_fit_to_pages(sheet, 1, 0); // as wide as one page, as long as it takes
    worksheet_repeat_rows(sheet, HeaderRow, HeaderRow);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    const QByteArray footer = ReportExporter::tr("&LSimutasi&RPage &P of &N").toUtf8();
    worksheet_set_footer(sheet, footer.constData());
    worksheet_freeze_panes(sheet, FirstDataRow, 0);
    worksheet_autofilter(sheet, HeaderRow, 0, HeaderRow + lxw_row_t(rows), lxw_col_t(columns - 1));
}

// Writes the workbook to `path`; Cancelled/Failed leave a file there that the caller removes.
ReportExporter::Result writeWorkbook(const QString &path, const QString &tmpDir,
                                     const ReportExportInfo &info, const ReportData &data,
                                     const ReportExporter::Progress &progress, QString *error)
{
    QByteArray tmpDirName = QFile::encodeName(tmpDir);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as written: flat memory at 100,000
    options.tmpdir = tmpDirName.data();
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book) {
        *error = ReportExporter::tr("the file cannot be created");
        return ReportExporter::Result::Failed;
    }
    const XlsxFormats formats(book);
    const QByteArray printed = ReportExporter::tr("Printed %1")
                                   .arg(info.printedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                                   .toUtf8();
    ProgressTicker ticker(progress, data.totalRows());
    bool cancelled = !ticker.start();
    QStringList sheetNames;
    for (int part = 0; part < data.partCount() && !cancelled; ++part) {
        const ReportPart &definition = data.part(part);
        const QString name = ReportExporter::sheetName(definition.name, sheetNames);
        sheetNames.append(name);
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        const int columns = int(definition.columns.size());
        const int rows = data.rowCount(part);
        for (int column = 0; column < columns; ++column)
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                                 columnWidth(data, part, column), nullptr);
        setUpPage(sheet, columns, rows);
        QString heading = info.title;
        if (data.partCount() > 1)
            heading += QStringLiteral(" — ") + definition.name;
        writeText(sheet, 0, 0, heading, formats.title);
        writeText(sheet, 1, 0, info.filterText, formats.subtitle);
        worksheet_write_string(sheet, 2, 0, printed.constData(), formats.subtitle);
        for (int column = 0; column < columns; ++column)
            writeText(sheet, HeaderRow, lxw_col_t(column), definition.columns[column].title,
                      formats.header);
        for (int row = 0; row < rows && !cancelled; ++row) {
            const lxw_row_t target = FirstDataRow + lxw_row_t(row);
            for (int column = 0; column < columns; ++column)
                writeCell(sheet, target, lxw_col_t(column), data.cell(part, row, column),
                          definition.columns[column].type, formats);
            cancelled = !ticker.step();
        }
    }
    const lxw_error closed = workbook_close(book);
    if (cancelled)
        return ReportExporter::Result::Cancelled;
    if (closed != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(closed));
        return ReportExporter::Result::Failed;
    }
    return ReportExporter::Result::Written;
}

} // namespace

ReportExporter::Result ReportExporter::write(const QString &path, const ReportExportInfo &info,
                                             const ReportData &data, const Progress &progress,
                                             QString *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, info, data, progress, error);
    return writeCsv(path, info, data, progress, error);
}

ReportExporter::Result ReportExporter::writeXlsx(const QString &path, const ReportExportInfo &info,
                                                 const ReportData &data, const Progress &progress,
                                                 QString *error)
{
    // The temporary file lies next to the target, so that the final rename stays on one file
    // system and replaces the target in one step.
    const QFileInfo target(path);
    const QString directory = target.absolutePath();
    QTemporaryFile temporary(directory + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        *error = failure(path, temporary.errorString());
        return Result::Failed;
    }
    temporary.close(); // reserved the name; libxlsxwriter writes the file itself
    QString detail;
    const Result result =
        writeWorkbook(temporary.fileName(), directory, info, data, progress, &detail);
    if (result != Result::Written) {
        if (result == Result::Failed)
            *error = failure(path, detail);
        return result; // the temporary file is removed with `temporary`
    }
    // QTemporaryFile made the file private (0600); a report is an ordinary document.
    const QFileDevice::Permissions permissions =
        target.exists() ? QFile::permissions(path)
                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary.fileName(), permissions);
    std::error_code code;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).toStdString(),
                            QFile::encodeName(path).toStdString(), code);
    if (code) {
        *error = failure(path, QString::fromLocal8Bit(code.message().c_str()));
        return Result::Failed;
    }
    temporary.setAutoRemove(false); // it has become the target
    return Result::Written;
}

ReportExporter::Result ReportExporter::writeCsv(const QString &path, const ReportExportInfo &info,
                                                const ReportData &data, const Progress &progress,
                                                QString *error)
{
    Q_UNUSED(info); // a CSV file is data only: its consumers expect the header first
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = failure(path, file.errorString());
        return Result::Failed;
    }
    ProgressTicker ticker(progress, data.totalRows());
    bool cancelled = !ticker.start();
    QString text = QChar(0xFEFF);
    const auto flush = [&text, &file] {
        const bool ok = file.write(text.toUtf8()) >= 0;
        text.clear();
        return ok;
    };
    bool ok = true;
    for (int part = 0; part < data.partCount() && !cancelled && ok; ++part) {
        const ReportPart &definition = data.part(part);
        if (data.partCount() > 1)
            text += (part > 0 ? QStringLiteral("\r\n") : QString()) + csvField(definition.name) +
                    QStringLiteral("\r\n");
        QStringList cells;
        for (const ReportColumn &column : definition.columns)
            cells.append(csvField(column.title));
        text += cells.join(u';') + QStringLiteral("\r\n");
        for (int row = 0; row < data.rowCount(part) && !cancelled && ok; ++row) {
            cells.clear();
            for (int column = 0; column < definition.columns.size(); ++column)
                cells.append(
                    csvValue(data.cell(part, row, column), definition.columns[column].type));
            text += cells.join(u';') + QStringLiteral("\r\n");
            cancelled = !ticker.step();
            if (text.size() > (1 << 16))
                ok = flush();
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return Result::Cancelled;
    }
    if (!ok || !flush() || !file.commit()) {
        *error = failure(path, file.errorString());
        return Result::Failed;
    }
    return Result::Written;
}

QString ReportExporter::sheetName(const QString &name, const QStringList &taken)
{
    QString clean;
    for (const QChar c : name) {
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        clean += forbidden.contains(c) ? u'-' : c;
    }
    clean = clean.trimmed().left(MaxSheetNameLength);
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    QString unique = clean;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clean.left(MaxSheetNameLength - suffix.size()) + suffix;
    }
    return unique;
}

} // namespace Simutasi
