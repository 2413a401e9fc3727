#pragma once

#include "ImportReport.h"

#include <QCoreApplication>

namespace Simutasi {

// Saves the rejected rows of an import (row, column, value, reason) for the officer to work
// through: as CSV (UTF-8 with BOM, so that Excel shows the accents) or as XLSX, where every
// value is written as text so that a NIP keeps all 18 digits.
class RejectReport
{
    Q_DECLARE_TR_FUNCTIONS(RejectReport)
public:
    static bool saveCsv(const QString &path, const QList<ImportIssue> &rejects, QString *error);
    static bool saveXlsx(const QString &path, const QList<ImportIssue> &rejects, QString *error);
    // By the file's extension: .xlsx gives XLSX, anything else CSV.
    static bool save(const QString &path, const QList<ImportIssue> &rejects, QString *error);

    static QStringList header();
};

} // namespace Simutasi
