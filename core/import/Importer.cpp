#include "Importer.h"

#include "ImportSession.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

namespace Simutasi {

Importer::Importer(Database &database, ImportKind &kind, const Options &options)
    : m_database(database)
    , m_kind(kind)
    , m_fields(kind.fields())
    , m_options(options)
{
    if (m_options.user.isEmpty())
        m_options.user = Session::userName();
}

QString Importer::mappingProblem(const ImportTable &table, const ColumnMapping &mapping) const
{
    if (table.header().isEmpty())
        return tr("The file is empty: it has no header row.");
    const QList<ImportField> missing = mapping.missingRequired(m_fields);
    if (missing.isEmpty())
        return {};
    const ImportField &field = missing.constFirst();
    return tr("No column for \"%1\" was found in the header row (row %2). Head the column with "
              "one of: %3; or choose its column in the mapping.")
        .arg(field.label)
        .arg(table.headerRow())
        .arg(field.aliases.join(QStringLiteral(", ")));
}

void Importer::checkRow(const ImportRow &row, const QStringList &header,
                        const ColumnMapping &mapping, ImportSession &session, Checked *checked)
{
    ImportRecord record(row, header, mapping, m_fields);
    RowAction action = RowAction::Rejected;
    if (row.cells.size() != header.size()) {
        // Mostly a value with the delimiter in it but without quotes: every later cell of the
        // row is then in the wrong column, so nothing of the row can be trusted.
        record.rejectRow(tr("This row has %1 cells but the header row has %2; a value containing "
                            "the delimiter may be missing its quotes.")
                             .arg(row.cells.size())
                             .arg(header.size()));
    } else {
        action = m_kind.check(record, session);
    }
    ImportReport &report = checked->report;
    if (record.isRejected()) {
        ++report.rejectedRows;
        report.rejects.append(record.issues());
        return;
    }
    checked->actions.append(action);
    checked->rows.append(row.sourceRow);
    if (action == RowAction::Insert)
        ++report.inserted;
    else if (action == RowAction::Update)
        ++report.updated;
    else
        ++report.unchanged;
}

Importer::Checked Importer::check(const ImportTable &table, const ColumnMapping &mapping,
                                  ImportSession &session)
{
    Checked checked;
    if (DatabaseError error = m_kind.begin(session)) {
        checked.report.error = error;
        return checked;
    }
    const QStringList header = table.header();
    for (int i = 0; i < table.dataRowCount(); ++i) {
        const ImportRow &row = table.dataRow(i);
        if (row.isBlank())
            continue;
        ++checked.report.rowsRead;
        checkRow(row, header, mapping, session, &checked);
    }
    checked.report.missing = session.references().missing();
    return checked;
}

ImportReport Importer::preview(const ImportTable &table, const ColumnMapping &mapping)
{
    ImportReport report;
    report.fatal = mappingProblem(table, mapping);
    if (!report.fatal.isEmpty())
        return report;
    ImportSession session(m_database, {m_options.createMissing, m_options.user});
    return check(table, mapping, session).report;
}

DatabaseError Importer::write(ImportSession &session, Checked *checked, const Progress &progress)
{
    const int total = int(checked->actions.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i, total))
            return DatabaseError::make(DatabaseError::Kind::Cancelled, m_database.path());
        if (checked->actions.at(i) == RowAction::Unchanged)
            continue;
        if (DatabaseError error = m_kind.write(i, session)) {
            checked->report.failedRow = checked->rows.at(i);
            return error;
        }
    }
    if (progress && !progress(total, total))
        return DatabaseError::make(DatabaseError::Kind::Cancelled, m_database.path());
    return {};
}

ImportReport Importer::run(const ImportTable &table, const ColumnMapping &mapping,
                           const Progress &progress)
{
    ImportReport fatal;
    fatal.fatal = mappingProblem(table, mapping);
    if (!fatal.fatal.isEmpty())
        return fatal;
    // The preview is open to every reader; writing needs the role.
    fatal.error = Permissions::requireCurrent(m_database, DataAction::ImportData);
    if (fatal.error)
        return fatal;

    // Checked inside the transaction: BEGIN IMMEDIATE keeps other writers out between the
    // checks and the writes, so the plan is still true when it is carried out.
    Transaction transaction(m_database);
    if (transaction.error()) {
        fatal.error = transaction.error();
        return fatal;
    }
    ImportSession session(m_database, {m_options.createMissing, m_options.user});
    Checked checked = check(table, mapping, session);
    ImportReport &report = checked.report;
    if (report.error || (m_options.strict && report.hasRejects()))
        return report; // the transaction rolls back: nothing was written
    report.error = write(session, &checked, progress);
    if (!report.error)
        report.error = transaction.commit();
    report.created = session.references().createdCount();
    report.written = !report.error;
    return report;
}

} // namespace Simutasi
