#pragma once

#include "domain/Assessment.h"
#include "domain/Employee.h"

#include <QDate>
#include <array>

namespace Simutasi {

// An assessed competency level of a candidate.
struct CompetencyLevel
{
    qint64 competencyId = 0;
    int level = 0;
};

// What the eligibility rules, the job-person match and the talent grid know about one employee,
// kept compact because a pool holds the whole province. The SKP and the flags are as of the
// pool's reference date.
struct CandidateFacts
{
    // SKP of the years before the reference year; [0] is the last completed year.
    static constexpr int SkpYears = 5;

    enum Flag : quint8
    {
        SanctionActive = 1,
        DisciplinaryProcess = 2,
        CourtProcess = 4,
        TugasBelajar = 8,
        IkatanDinas = 16
    };

    qint64 id = 0;
    qint64 jabatanId = 0;
    qint64 unitId = 0;
    qint64 opdId = 0;
    QDate tmtJabatan;
    QDate birthDate;
    QDate tmtCpns;
    EmployeeStatus status = EmployeeStatus::Pns;
    EducationLevel educationLevel = EducationLevel::Unknown;
    PotentialLevel potential = PotentialLevel::Unknown;
    int golonganRank = 0;      // 0 = none (PPPK, or not recorded)
    int educationFieldId = -1; // in the pool's field dictionary; -1 = not recorded
    quint8 flags = 0;
    bool inSurplusPost = false;         // the current post has more holders than its formasi
    std::array<quint8, SkpYears> skp{}; // SkpPredicate value 1-5; 0 = not recorded
    int firstLevel = 0;                 // the candidate's levels in the pool
    int levelCount = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

} // namespace Simutasi
