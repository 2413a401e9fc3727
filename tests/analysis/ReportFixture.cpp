#include "ReportFixture.h"

#include "domain/EmployeeHistory.h"
#include "storage/AssessmentRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

namespace Simutasi::Test {

ReportProvince::ReportProvince()
{
    Transaction transaction(*db);
    a = addPerson(QStringLiteral("196805101995031001"), QStringLiteral("Ahmad"), Gender::Male,
                  EmployeeStatus::Pns, QStringLiteral("IV/a"), {2020, 4, 1}, bkd.id, analisSdm.id,
                  {2015, 7, 1}, {1968, 5, 10});
    d = addPerson(QStringLiteral("198001012005031001"), QStringLiteral("Dedi"), Gender::Male,
                  EmployeeStatus::Pns, QStringLiteral("III/c"), {2018, 4, 1}, bkd.id, guruMuda.id,
                  {2023, 1, 1}, {1980, 1, 1});
    b = addPerson(QStringLiteral("198201102008042002"), QStringLiteral("Butet"), Gender::Female,
                  EmployeeStatus::Pns, QStringLiteral("III/c"), {2018, 4, 1}, bkd.id, guruMuda.id,
                  {2021, 11, 27}, {1982, 1, 10});
    c = addPerson(QStringLiteral("198201102008041003"), QStringLiteral("Cahyo"), Gender::Male,
                  EmployeeStatus::Pns, QStringLiteral("III/c"), {2018, 4, 1}, bkd.id,
                  guruPertama.id, {2021, 11, 28}, {1982, 1, 10});
    e = addPerson(QStringLiteral("199505052019031004"), QStringLiteral("Eko"), Gender::Male,
                  EmployeeStatus::Cpns, QStringLiteral("II/a"), {2024, 1, 1}, bkd.id, analisSdm.id,
                  {2019, 1, 1}, {1995, 5, 5});
    f = addPerson(QStringLiteral("196903201994031005"), QStringLiteral("Fajar"), Gender::Male,
                  EmployeeStatus::Pns, QStringLiteral("III/d"), {2019, 4, 1}, bkd.id, analisSdm.id,
                  {2024, 2, 1}, {1969, 3, 20});

    addHistory(b, sma1.id, guruMuda.id, {2015, 1, 1}, QStringLiteral("800/1/2015"));
    addHistory(b, bkd.id, guruMuda.id, {2021, 11, 27}, QStringLiteral("800/77/BKD/XI/2021"),
               {2021, 11, 20}, &bMoveHistoryId);
    addHistory(c, bkd.id, analisSdm.id, {2016, 1, 1});
    addHistory(c, bkd.id, guruPertama.id, {2021, 11, 28}, QStringLiteral("800/78/2021"));
    addSkp(b, 2019, SkpPredicate::Baik);
    addSkp(b, 2020, SkpPredicate::ButuhPerbaikan);
    addSkp(b, 2022, SkpPredicate::SangatBaik);
    addSkp(b, 2023, SkpPredicate::Baik);

    movedInDisdik = firstEmployeeIn(sma2.id, guruMuda.id);
    addHistory(movedInDisdik, sma1.id, guruMuda.id, {2019, 1, 1});
    addHistory(movedInDisdik, sma2.id, guruMuda.id, {2022, 7, 1}, QStringLiteral("800/5/2022"),
               {2022, 6, 15});
    addSkp(movedInDisdik, 2020, SkpPredicate::Baik);
    addSkp(movedInDisdik, 2021, SkpPredicate::Baik);

    Assessment potential;
    potential.employeeId = firstEmployeeIn(sma1.id, guruMuda.id);
    potential.assessedOn = QDate(2025, 6, 1);
    potential.potential = PotentialLevel::High;
    REQUIRE_FALSE(AssessmentRepository(*db).addAssessment(potential));
    REQUIRE_FALSE(transaction.commit());
}

qint64 ReportProvince::addPerson(const QString &nip, const QString &name, Gender gender,
                                 EmployeeStatus status, const QString &golongan,
                                 const QDate &tmtGolongan, qint64 unitId, qint64 jabatanId,
                                 const QDate &tmtJabatan, const QDate &birth)
{
    Employee person;
    person.nip = Nip::parse(nip);
    REQUIRE(person.nip.isValid());
    person.name = name;
    person.gender = gender;
    person.birthDate = birth;
    person.status = status;
    person.golongan = Golongan::parse(golongan);
    person.tmtGolongan = tmtGolongan;
    person.jabatanId = jabatanId;
    person.unitId = unitId;
    person.tmtJabatan = tmtJabatan;
    person.educationLevel = EducationLevel::S1;
    person.educationField = QStringLiteral("Psikologi");
    REQUIRE_FALSE(EmployeeRepository(*db).insert(person));
    return person.id;
}

void ReportProvince::addHistory(qint64 employeeId, qint64 unitId, qint64 jabatanId,
                                const QDate &tmt, const QString &sk, const QDate &skDate,
                                qint64 *id)
{
    JabatanHistoryEntry entry;
    entry.employeeId = employeeId;
    entry.unitId = unitId;
    entry.jabatanId = jabatanId;
    entry.tmt = tmt;
    entry.skNumber = sk;
    entry.skDate = skDate;
    REQUIRE_FALSE(EmployeeRepository(*db).addJabatanHistory(entry));
    if (id)
        *id = entry.id;
}

void ReportProvince::addSkp(qint64 employeeId, int year, SkpPredicate predicate)
{
    SkpRating rating{0, employeeId, year, predicate};
    REQUIRE_FALSE(EmployeeRepository(*db).addSkpRating(rating));
}

ReportFilters asOf(const QDate &date)
{
    ReportFilters filters;
    filters.asOf = date;
    return filters;
}

QJsonArray readXlsx(const QString &path)
{
    // Debian's interpreter, which has python3-openpyxl, before any other python3 on the PATH.
    const QString interpreter = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                                    ? QStringLiteral("/usr/bin/python3")
                                    : QStringLiteral("python3");
    QProcess python;
    python.start(interpreter,
                 {QStringLiteral(SIMUTASI_SOURCE_DIR "/tests/analysis/xlsx_cells.py"), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput());
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace Simutasi::Test
