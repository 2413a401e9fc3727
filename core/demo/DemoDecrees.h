#pragma once

#include "DemoRandom.h"
#include "storage/DatabaseError.h"

#include <QDate>

namespace Simutasi {

class Database;

// Gives the demo's past transfers their decrees: every proposal the demo workflow signed gets
// its decree recorded (content frozen from the proposal, numbers as signed) with one
// notification per employee, most informed and acknowledged, a few objections (resolved for
// old decrees, one still open on the newest), and the newest decree's answers partly pending.
// The approved proposals are left for the officer to issue. Writes inside the caller's
// transaction; deterministic for a seed and reference date.
class DemoDecrees
{
public:
    struct Summary
    {
        int decrees = 0;
        int notices = 0;
        int objections = 0;
    };

    DemoDecrees(Database &database, quint64 seed, const QDate &referenceDate);
    DatabaseError write();
    Summary summary() const { return m_summary; }

private:
    DatabaseError answer(qint64 decreeId, const QDate &decreeDate, bool newest);

    Database &m_database;
    DemoRandom m_random;
    QDate m_reference;
    Summary m_summary;
};

} // namespace Simutasi
