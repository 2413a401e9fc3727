#pragma once

#include "DatabaseError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Simutasi {

class Database;

// One candidate kept for a vacancy (a jabatan in a unit) until transfer proposals exist.
struct ShortlistEntry
{
    qint64 id = 0;
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    qint64 employeeId = 0;
    QDate addedOn;
    QString addedBy;
    QString note;
};

// A vacancy with at least one shortlisted candidate.
struct ShortlistVacancy
{
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    int candidates = 0;
};

// The persistent shortlists of candidates per vacancy. Adding and removing need the role of
// DataAction::EditShortlist (Permissions::requireCurrent); refused, nothing is written.
class ShortlistRepository
{
public:
    explicit ShortlistRepository(Database &database);

    // Adding a candidate already on the vacancy's list keeps the first entry (id set to it).
    DatabaseError add(ShortlistEntry &entry);
    DatabaseError remove(qint64 entryId);
    QList<ShortlistEntry> entries(qint64 jabatanId, qint64 unitId) const; // in order added
    QList<ShortlistVacancy> vacancies() const;

private:
    Database &m_database;
};

} // namespace Simutasi
