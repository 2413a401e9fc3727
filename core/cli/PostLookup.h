#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Simutasi {

class Database;

// Finds the unit and the jabatan a command-line argument or a batch file names, the way an
// officer writes them: a unit by its code ("SMAN1-KWG"), its id or its name, a jabatan by its
// name or its id, case-insensitively. Loads both lists once, so a batch of many lines asks the
// database twice in all. Closed units are not found: nobody is transferred into one.
class PostLookup
{
    Q_DECLARE_TR_FUNCTIONS(PostLookup)
public:
    explicit PostLookup(Database &database);

    // The id, or 0 with *why set to a sentence for the officer (unknown, or ambiguous).
    qint64 unit(const QString &text, QString *why) const;
    qint64 jabatan(const QString &text, QString *why) const;

private:
    QHash<qint64, QString> m_unitNames;       // open units by id
    QMultiHash<QString, qint64> m_unitsByKey; // lower-case code and name -> open unit ids
    QHash<qint64, QString> m_jabatanNames;
    QHash<QString, qint64> m_jabatanByName; // lower-case name (unique in the catalogue)
};

} // namespace Simutasi
