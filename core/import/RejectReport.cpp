#include "RejectReport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <xlsxwriter.h>

namespace Simutasi {

namespace {

constexpr qsizetype MaxXlsxCellLength = 32767; // Excel's limit for one cell

// Quoted also for a semicolon: Excel in an Indonesian locale splits CSV lines at semicolons.
QString csvField(const QString &text)
{
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u',' || c == u';' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QStringList cellsOf(const ImportIssue &issue)
{
    return {QString::number(issue.row), issue.column, issue.value, issue.reason};
}

QString writeError(const QString &path, const QString &detail)
{
    return RejectReport::tr("The report %1 could not be saved: %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

// libxlsxwriter copies the text, so a temporary UTF-8 buffer is enough.
lxw_error writeText(lxw_worksheet *sheet, int row, int col, const QString &text,
                    lxw_format *format = nullptr)
{
    const QByteArray utf8 = text.left(MaxXlsxCellLength).toUtf8();
    return worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format);
}

} // namespace

QStringList RejectReport::header()
{
    return {tr("Row"), tr("Column"), tr("Value"), tr("Reason")};
}

bool RejectReport::saveCsv(const QString &path, const QList<ImportIssue> &rejects, QString *error)
{
    QString text = QChar(0xFEFF);
    const auto addLine = [&text](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(csvField(cell));
        text += quoted.join(u',') + QStringLiteral("\r\n");
    };
    addLine(header());
    for (const ImportIssue &issue : rejects)
        addLine(cellsOf(issue));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

bool RejectReport::saveXlsx(const QString &path, const QList<ImportIssue> &rejects, QString *error)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book) {
        *error = writeError(path, tr("the file cannot be created"));
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, tr("Rejected").toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    const QStringList titles = header();
    for (int col = 0; col < titles.size(); ++col)
        writeText(sheet, 0, col, titles.at(col), bold);
    for (int i = 0; i < rejects.size(); ++i) {
        const ImportIssue &issue = rejects.at(i);
        worksheet_write_number(sheet, lxw_row_t(i + 1), 0, issue.row, nullptr);
        // As text, always: a NIP written as a number would lose its last three digits.
        writeText(sheet, i + 1, 1, issue.column);
        writeText(sheet, i + 1, 2, issue.value);
        writeText(sheet, i + 1, 3, issue.reason);
    }
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 2, 24, nullptr);
    worksheet_set_column(sheet, 3, 3, 90, nullptr);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        *error = writeError(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

bool RejectReport::save(const QString &path, const QList<ImportIssue> &rejects, QString *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return saveXlsx(path, rejects, error);
    return saveCsv(path, rejects, error);
}

} // namespace Simutasi
