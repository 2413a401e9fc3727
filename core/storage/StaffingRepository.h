#pragma once

#include "DatabaseError.h"

#include <QList>

namespace Simutasi {

class Database;

// Formasi and bezetting of one jabatan in one unit, with the unit's place in the organisation.
// A post appears when it has a formasi, or holders, or both.
struct StaffingCell
{
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    qint64 opdId = 0;
    qint64 regionId = 0; // 0 when the unit has no kabupaten/kota
    bool remote = false;
    int formasi = 0;
    int bezetting = 0;
};

// Formasi against bezetting for every post of the province, aggregated in SQL (GROUP BY unit,
// jabatan) so that the whole province is one statement.
class StaffingRepository
{
public:
    explicit StaffingRepository(Database &database);

    QList<StaffingCell> cells(DatabaseError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace Simutasi
