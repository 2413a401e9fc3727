#pragma once

#include "VacancyProfile.h"
#include "session/Session.h"
#include "storage/ShortlistRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace Simutasi {

class Database;

// The shortlist of candidates for a vacancy, kept until transfer proposals exist. A blocked
// candidate may be shown in a ranking but never shortlisted: adding one is refused with the
// reasons, judged by the same rules as the ranking.
class Shortlist
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist)
public:
    struct AddResult
    {
        bool added = false;
        qint64 entryId = 0;
        QString refusal;     // why it was not added, for the officer
        DatabaseError error; // when the database failed
    };

    Shortlist(Database &database, qint64 jabatanId, qint64 unitId);

    AddResult add(qint64 employeeId, TransferKind kind, const QString &user = Session::userName(),
                  const QString &note = {}, const QDate &day = QDate::currentDate());
    DatabaseError remove(qint64 entryId);
    QList<ShortlistEntry> entries() const;

private:
    Database &m_database;
    qint64 m_jabatanId = 0;
    qint64 m_unitId = 0;
};

} // namespace Simutasi
