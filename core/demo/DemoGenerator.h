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
    };

    struct Summary
    {
        int regions = 0;
        int opds = 0;
        int units = 0;
        int jabatan = 0;
        int employees = 0;
    };

    // Called now and then with (done, total) employees; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    DemoGenerator(Database &database, const Options &options);

    // Writes everything in one transaction: a cancel or an error leaves the database unchanged.
    DatabaseError generate(const Progress &progress = {});
    Summary summary() const { return m_summary; }

private:
    Database &m_database;
    Options m_options;
    Summary m_summary;
};

} // namespace Simutasi
