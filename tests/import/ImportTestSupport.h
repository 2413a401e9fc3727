#pragma once

// Shared by the import tests: a small registry on a real temporary SQLite file, NIP and CSV
// builders, and a dump of the whole database content to prove that nothing changed.

#include "TestSupport.h"
#include "core/DomainTestSupport.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "import/ColumnMapping.h"
#include "import/ImportReport.h"
#include "import/ImportTable.h"
#include "import/Importer.h"
#include "storage/Database.h"

#include <QStringList>
#include <memory>

namespace Simutasi::Test {

// A valid NIP for a birth date, gender (1 or 2) and serial; CPNS appointment at 25.
QString makeNip(const QDate &birth, int genderDigit, int serial);

// Rows joined with the delimiter and CRLF; cells are written as given (quote them yourself).
QByteArray csvBytes(const QList<QStringList> &rows, QChar delimiter = u',');

// Province -> Dinas Pendidikan (Bidang Pembinaan SMA -> SMA Negeri 3 Lembah Sari, Sekretariat)
// and Dinas Kesehatan (Sekretariat, Puskesmas Wanggar Kota), and three jabatan.
struct ImportRegistry
{
    TempDir dir;
    std::unique_ptr<Database> db;
    OrgUnit province, disdik, bidangSma, sma3, sekretariatDisdik, dinkes, sekretariatDinkes,
        puskesmas;
    Jabatan guru, kepalaBidang, pengadministrasi;

    ImportRegistry();
    QString dbPath() const { return dir.path(QStringLiteral("registry.db")); }

    // Reads CSV bytes, detects the header and the mapping for `kind`, and previews or runs.
    ImportReport preview(const QString &kind, const QByteArray &csv,
                         const Importer::Options &options = {});
    ImportReport run(const QString &kind, const QByteArray &csv,
                     const Importer::Options &options = {},
                     const Importer::Progress &progress = {});
};

ImportTable tableFromCsv(const QByteArray &csv);
ColumnMapping mappingFor(const QString &kind, ImportTable *table);

} // namespace Simutasi::Test

namespace Catch {

template<>
struct StringMaker<Simutasi::ImportIssue>
{
    static std::string convert(const Simutasi::ImportIssue &issue)
    {
        return "row " + std::to_string(issue.row) + ", " + issue.column.toStdString() + " \"" +
               issue.value.toStdString() + "\": " + issue.reason.toStdString();
    }
};

template<>
struct StringMaker<Simutasi::ReadError>
{
    static std::string convert(const Simutasi::ReadError &error)
    {
        return error.isError()
                   ? "line " + std::to_string(error.line) + ": " + error.message.toStdString()
                   : std::string("no error");
    }
};

} // namespace Catch
