#pragma once

#include "TestSupport.h"

#include "domain/Employee.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <QStringList>
#include <memory>

namespace Simutasi::Test {

// A small hand-built registry for the employee filter and editor tests: a province with two
// OPDs (one with a bidang and a school below it), one jabatan of each BUP group, and a builder
// for employees whose every field is filled ("complete": also an SKP for last year).
struct EmployeeFixture
{
    static inline const QDate Reference{2026, 6, 1}; // "today" of the date filters

    TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EmployeeRepository> employees;
    OrgUnit province, disdik, bidang, school, dinkes;
    Jabatan ahliMuda, ahliMadya, ahliUtama, jptPratama, pelaksana;

    EmployeeFixture();

    // A valid NIP for the birth date, gender and CPNS year; serial tells people apart.
    static QString nipFor(const QDate &birth, Gender gender, int cpnsYear, int serial);
    // A complete PNS Ahli Muda in the school, TMT jabatan 2024-01-01, III/c.
    Employee complete(const QString &name, const QDate &birth, Gender gender = Gender::Male,
                      int cpnsYear = 2010) const;
    // Inserts the employee with an SKP for each year listed (by default last year).
    qint64 add(Employee employee, const QList<int> &skpYears = {Reference.year() - 1});

    // The names the filter lists, sorted.
    QStringList names(const EmployeeFilter &filter) const;
    EmployeeFilter filter() const; // empty, at the reference date

private:
    int m_serial = 0;
};

} // namespace Simutasi::Test
