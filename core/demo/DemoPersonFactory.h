#pragma once

#include "DemoNames.h"
#include "domain/Employee.h"
#include "domain/EmployeeHistory.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Simutasi {

class DemoOrganization;
class DemoRandom;

// One generated employee with the rows of their histories.
struct DemoPerson
{
    Employee employee;
    QList<JabatanHistoryEntry> jabatanHistory;
    QList<PangkatHistoryEntry> pangkatHistory;
    QList<SkpRating> skpRatings;
    QList<DiklatEntry> diklat;
    QList<Sanction> sanctions;
};

// Makes believable employees for the posts of a written DemoOrganization: a career that fits the
// jabatan (education, golongan within its range, dates in order), a valid NIP unique across the
// run, histories, and on request one deliberate inconsistency for the consistency check to find.
class DemoPersonFactory
{
public:
    enum class Inconsistency
    {
        None,
        GenderDigit,
        GolonganOutOfRange,
        NoFormasi
    };

    DemoPersonFactory(DemoRandom &random, const DemoOrganization &organization,
                      const QDate &referenceDate);

    void make(int post, Inconsistency inconsistency, DemoPerson *person);

private:
    struct Career; // the dates and grades drawn for one person

    void chooseEducation(Career &career);
    bool planPppk(Career &career);
    void planPns(Career &career);
    QDate birthBefore(const QDate &day, int age, int bup);
    void fillIdentity(Career &career, Employee &e);
    void fillGrade(Career &career, DemoPerson *person);
    void fillJabatanHistory(Career &career, DemoPerson *person);
    void fillSkp(const Career &career, DemoPerson *person);
    void fillDiklat(const Career &career, DemoPerson *person);
    void fillSanction(const Career &career, DemoPerson *person);
    void breakGolongan(const Career &career, DemoPerson *person);
    QString makeNip(const Career &career, Gender nipGender);
    QString makeEmail(const QString &name);
    QString makePhone();
    QString skNumber(const char *classification, const QDate &date);
    int noFormasiUnit(int jabatan) const;

    DemoRandom &m_random;
    const DemoOrganization &m_organization;
    QDate m_reference;
    DemoNames m_names;
    QHash<quint64, int> m_serials; // last serial per 15-digit NIP prefix
    QSet<QString> m_emails;
    QList<QStringList> m_opdFields; // education fields of each OPD's officials
    QStringList m_smaFields;
    QStringList m_d3Fields;
    QStringList m_s1Fields;
    QStringList m_phonePrefixes;
    QList<QStringList> m_trainings;  // technical training names per DemoCatalog::Track
    QList<QStringList> m_organizers; // and who gives them
    int m_bkd = -1;                  // index of the BKD among the OPDs
};

} // namespace Simutasi
