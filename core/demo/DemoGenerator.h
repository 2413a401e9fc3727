#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace Simutasi {

class Database;

// Builds a believable Provinsi Wanggar in an empty database: regions, ~40 OPDs with their
// units (schools, puskesmas, some remote), the jabatan catalogue with formasi (some units short,
// some over-staffed), and employees with valid unique NIPs and consistent histories. The same
// seed, size and reference date always give the same province.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options
    {
        int employees = 5000;
        quint64 seed = 20261127;
        QDate referenceDate = QDate::currentDate(); // "today" of the generated data
        bool workflow = true; // demo users and proposals (DemoWorkflow); tests may leave them out
    };

    struct Summary
    {
        int regions = 0;
        int opds = 0;
        int units = 0;
        int jabatan = 0;
        int employees = 0;
        int formasi = 0;             // total required headcount over all units
        int inconsistentRecords = 0; // the deliberate ones, see InconsistencyInterval
        int users = 0;               // the demo users, see DemoWorkflow::users()
        int proposals = 0;
        int executedTransfers = 0; // proposal lines carried out in the past three years
    };

    // Every InconsistencyInterval-th employee (0.2%) is given one deliberate flaw, in turn: a NIP
    // gender digit that disagrees with the stored gender, a golongan outside the jabatan's range,
    // or a post in a unit without formasi for the jabatan. They exist so that `check` and the
    // data-quality screens have something to find in a demo database.
    static constexpr int InconsistencyInterval = 500;
    static constexpr int ProgressInterval = 500; // employees between two progress calls

    // Called now and then with (done, total) employees; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    DemoGenerator(Database &database, const Options &options);

    // Writes everything in one transaction: a cancel or an error leaves the database unchanged.
    // Refuses a database that already holds an organisation or employees.
    DatabaseError generate(const Progress &progress = {});
    Summary summary() const { return m_summary; }

    // The refusal generate() would give for this database: an error when it already holds
    // regions, units or employees, none when it is empty. Lets a caller refuse before starting.
    static DatabaseError checkTarget(Database &database);

private:
    Database &m_database;
    Options m_options;
    Summary m_summary;
};

} // namespace Simutasi
