#pragma once

#include "TestSupport.h"
#include "analysis/CandidateFacts.h"
#include "analysis/VacancyProfile.h"
#include "core/DomainTestSupport.h" // every test file prints QString the same way (ODR)
#include "domain/Employee.h"
#include "domain/Jabatan.h"
#include "domain/OrgUnit.h"
#include "storage/Database.h"

#include <QDate>
#include <memory>

namespace Simutasi::Test {

// The reference date of the analysis tests ("today").
inline const QDate ReferenceDate(2026, 11, 27);

// A small hand-built province on a temporary database, with numbers simple enough to check by
// hand:
//   Kota Wanggar (developed): SMA 1 Wanggar, SMA 2 Wanggar; Kabupaten Rimba Raya: SMA 5 Rimba
//   Raya (remote); BKD office (no region). Jabatan Guru Ahli Muda, Guru Ahli Pertama and
//   Analis SDM Aparatur Ahli Muda. Formasi / bezetting:
//     SMA 1  Guru Ahli Muda     2 / 4   (surplus 2)
//     SMA 2  Guru Ahli Muda     3 / 3
//     SMA 2  Guru Ahli Pertama  1 / 2   (surplus 1)
//     SMA 5  Guru Ahli Muda     4 / 1   (shortage 3, remote)
//     SMA 5  Guru Ahli Pertama  2 / 0   (shortage 2, remote)
//     BKD    Analis SDM Muda    2 / 1   (shortage 1)
//     BKD    Guru Ahli Muda     0 / 1   (no formasi: surplus 1)
struct SmallProvince
{
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 kotaWanggar = 0, rimbaRaya = 0;
    OrgUnit province, disdik, bkd, sma1, sma2, sma5;
    Jabatan guruMuda, guruPertama, analisSdm;

    SmallProvince();

    // Adds a PNS with a valid NIP (born 1985-03-12, CPNS 2010-01) in the given post.
    qint64 addEmployee(qint64 unitId, qint64 jabatanId, const QString &name,
                       const QDate &tmtJabatan = QDate(2020, 1, 1));
    qint64 firstEmployeeIn(qint64 unitId, qint64 jabatanId) const;

private:
    OrgUnit addUnit(qint64 parentId, OrgUnit::Kind kind, const QString &name, qint64 regionId,
                    bool remote);
    Jabatan addJabatan(const QString &name, JabatanType type, const QStringList &fields);
    void staff(const OrgUnit &unit, const Jabatan &jabatan, int formasi, int bezetting);
    int m_serial = 0;
};

// A vacancy for Guru Ahli Muda (III/c-III/d, S1 in Pendidikan Matematika or Fisika; BUP 58)
// requiring Pedagogi 3 (weight 2), Manajemen Kelas 2 and Manajemen Risiko 3 (weight 1 each),
// with competency ids 1, 2 and 3. Unit id 99.
VacancyProfile guruVacancy();

// A PNS that passes every default rule for guruVacancy() on ReferenceDate: III/c, S1
// Pendidikan Matematika, 4 years 10 months in post, SKP Sangat Baik and Baik, born 1980.
CandidateFacts eligibleTeacher(qint64 id = 1);

} // namespace Simutasi::Test
