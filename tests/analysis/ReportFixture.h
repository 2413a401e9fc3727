#pragma once

#include "AnalysisFixture.h"
#include "domain/EmployeeHistory.h"
#include "report/ReportData.h"
#include "report/ReportFilters.h"

#include <QJsonArray>
#include <QVariantList>

namespace Simutasi::Test {

// SmallProvince with six more employees in the BKD whose DUK order, time in post, pensiun date
// and transfers are chosen to be checked by hand (ReferenceDate 2026-11-27):
//   a  IV/a TMT gol 2020-04-01, Analis SDM, TMT jabatan 2015-07-01, born 1968-05-10 (pensiun
//      2026-06-01: already past), CPNS 1995-03
//   d  III/c TMT gol 2018-04-01, Guru Ahli Muda, TMT jabatan 2023-01-01, CPNS 2005-03, born 1980
//   b  III/c TMT gol 2018-04-01, Guru Ahli Muda, TMT jabatan 2021-11-27, CPNS 2008-04, female;
//      moved from SMA 1 (Dinas Pendidikan) to the BKD on 2021-11-27, SK 800/77/BKD/XI/2021 of
//      2021-11-20; SKP 2019 Baik, 2020 Butuh Perbaikan, 2022 Sangat Baik, 2023 Baik
//   c  III/c TMT gol 2018-04-01, Guru Ahli Pertama, TMT jabatan 2021-11-28 (promotion inside
//      the BKD: no transfer)
//   e  CPNS II/a TMT gol 2024-01-01, Analis SDM, TMT jabatan 2019-01-01
//   f  III/d, Analis SDM, born 1969-03-20 (pensiun 2027-04-01, 4 months left), TMT jabatan 2024
// and a transfer inside Dinas Pendidikan: the first Guru Ahli Muda of SMA 2 moved there from
// SMA 1 on 2022-07-01 (SK 800/5/2022 of 2022-06-15), SKP 2020 and 2021 Baik (2024, 2025 Baik
// from SmallProvince). One potential assessment (high) for the first Guru Ahli Muda of SMA 1.
// The SmallProvince employees are all III/c without TMT golongan, TMT jabatan 2020-01-01.
struct ReportProvince : SmallProvince
{
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, movedInDisdik = 0;
    qint64 bMoveHistoryId = 0;

    ReportProvince();

    qint64 addPerson(const QString &nip, const QString &name, Gender gender, EmployeeStatus status,
                     const QString &golongan, const QDate &tmtGolongan, qint64 unitId,
                     qint64 jabatanId, const QDate &tmtJabatan, const QDate &birth);
    void addHistory(qint64 employeeId, qint64 unitId, qint64 jabatanId, const QDate &tmt,
                    const QString &sk = {}, const QDate &skDate = {}, qint64 *id = nullptr);
    void addSkp(qint64 employeeId, int year, SkpPredicate predicate);
};

ReportFilters asOf(const QDate &date = ReferenceDate);

// Reads an .xlsx back with python3-openpyxl (tests/analysis/xlsx_cells.py): one object per
// sheet. Fails the test when the reader cannot run.
QJsonArray readXlsx(const QString &path);

} // namespace Simutasi::Test
