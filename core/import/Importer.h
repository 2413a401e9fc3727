#pragma once

#include "ColumnMapping.h"
#include "ImportKind.h"
#include "ImportReport.h"
#include "ImportTable.h"

#include <QCoreApplication>
#include <functional>

namespace Simutasi {

class Database;
class ImportSession;

// The one import pipeline behind the wizard and `simutasi-cli import`, for every kind: checks
// the mapping, checks every row before anything is written (preview), then writes the accepted
// rows in ONE transaction with progress and cancel. A cancel, a database error or (in strict
// mode) a single rejected row leaves the database exactly as it was.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    struct Options
    {
        bool strict = false;        // write nothing when any row is rejected
        bool createMissing = false; // create units, OPDs and jabatan the rows name
        QString user;               // for the audit trail; empty: Session::userName()
    };

    // Called with (rows written, rows to write); return false to cancel (and roll back).
    using Progress = std::function<bool(int done, int total)>;

    Importer(Database &database, ImportKind &kind, const Options &options);

    // Checks without writing: what would be inserted, updated, rejected and created.
    ImportReport preview(const ImportTable &table, const ColumnMapping &mapping);
    // Checks again inside the transaction (the database may have changed since the preview)
    // and writes. Needs the role of DataAction::ImportData (report.error is then Forbidden and
    // nothing is written); the preview does not.
    ImportReport run(const ImportTable &table, const ColumnMapping &mapping,
                     const Progress &progress = {});

    // How often the progress callback is called, in rows.
    static constexpr int ProgressStep = 500;

private:
    struct Checked
    {
        ImportReport report;
        QList<RowAction> actions; // of the accepted rows, in order
        QList<int> rows;          // their row numbers
    };

    QString mappingProblem(const ImportTable &table, const ColumnMapping &mapping) const;
    Checked check(const ImportTable &table, const ColumnMapping &mapping, ImportSession &session);
    void checkRow(const ImportRow &row, const QStringList &header, const ColumnMapping &mapping,
                  ImportSession &session, Checked *checked);
    DatabaseError write(ImportSession &session, Checked *checked, const Progress &progress);

    Database &m_database;
    ImportKind &m_kind;
    const QList<ImportField> m_fields; // asked once: building them translates every label
    Options m_options;
};

} // namespace Simutasi
