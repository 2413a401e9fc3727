#pragma once

#include "ImportField.h"
#include "ImportRecord.h"
#include "storage/DatabaseError.h"

#include <QList>
#include <QString>
#include <optional>

namespace Simutasi {

class ImportSession;

// What an accepted row will do to the database.
enum class RowAction
{
    Insert,
    Update,
    Unchanged,
    Rejected
};

// The part of an import that knows one kind of data (employees, SKP ratings, formasi, units):
// its fields, how a row is checked and turned into a plan, and how a plan is written. The
// Importer runs every kind through the same pipeline: mapping, checks, preview, transaction,
// progress and cancel.
class ImportKind
{
public:
    virtual ~ImportKind() = default;

    virtual QString name() const = 0; // "employees", as on the command line
    virtual QList<ImportField> fields() const = 0;

    // Reads what rows are compared with; called once per run, before the first check().
    virtual DatabaseError begin(ImportSession &session) = 0;
    // Checks one row. A row with issues recorded in `record` is rejected whatever it returns.
    virtual RowAction check(ImportRecord &record, ImportSession &session) = 0;
    // Writes the plan of the index-th accepted row (in check() order).
    virtual DatabaseError write(int index, ImportSession &session) = 0;
};

// An ImportKind that keeps one Plan per accepted row: check() calls plan(), which returns the
// action and the plan, or nothing; the plan is kept only when the row has no issue.
template<typename Plan>
class PlannedImportKind : public ImportKind
{
public:
    DatabaseError begin(ImportSession &session) final
    {
        m_plans.clear();
        return prepare(session);
    }

    RowAction check(ImportRecord &record, ImportSession &session) final
    {
        std::optional<Planned> planned = plan(record, session);
        if (!planned || record.isRejected())
            return RowAction::Rejected;
        m_plans.append(std::move(planned->plan));
        return planned->action;
    }

    DatabaseError write(int index, ImportSession &session) final
    {
        return write(m_plans.at(index), session);
    }

protected:
    struct Planned
    {
        RowAction action;
        Plan plan;
    };
    virtual DatabaseError prepare(ImportSession &session) = 0;
    virtual std::optional<Planned> plan(ImportRecord &record, ImportSession &session) = 0;
    virtual DatabaseError write(const Plan &plan, ImportSession &session) = 0;

private:
    QList<Plan> m_plans;
};

} // namespace Simutasi
