#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Simutasi {

class Database;
struct CheckEmployeeRow;

// Looks for records that contradict themselves or the organisation: invalid NIPs, NIPs whose
// birth date or gender disagree with the stored ones, golongan outside the jabatan's range,
// posts without formasi, missing jabatan or unit, and damage to the database file itself.
class ConsistencyChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyChecker)
public:
    // An error is wrong data; a warning may be legitimate (ranges and formasi are configurable
    // and often lag behind reality) but deserves a look.
    enum class Severity
    {
        Warning,
        Error
    };
    enum class Kind
    {
        InvalidNip,
        BirthDateMismatch,
        GenderMismatch,
        GolonganOutOfRange,
        NoFormasi,
        MissingJabatan,
        MissingUnit,
        Integrity
    };

    struct Finding
    {
        Kind kind = Kind::InvalidNip;
        Severity severity = Severity::Error;
        qint64 employeeId = 0; // 0 for findings about the file
        QString nip;
        QString name;
        QString message;
    };

    explicit ConsistencyChecker(Database &database);

    DatabaseError run();
    const QList<Finding> &findings() const { return m_findings; }
    int count(Kind kind) const;
    int count(Severity severity) const;

    static QList<Kind> kinds();
    static QString kindName(Kind kind);
    static QString severityName(Severity severity);

private:
    void checkEmployee(const CheckEmployeeRow &row);
    void checkNip(const CheckEmployeeRow &row);
    void checkPost(const CheckEmployeeRow &row);
    void add(Kind kind, Severity severity, const CheckEmployeeRow &row, const QString &message);

    Database &m_database;
    QList<Finding> m_findings;
};

} // namespace Simutasi
