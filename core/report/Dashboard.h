#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace Simutasi {

class Database;
struct User;

// What the Beranda dashboard shows, computed in one go (off the GUI thread: at 100,000
// employees the talent grid and the data-quality board take most of a second).
struct DashboardFigures
{
    struct OpdValue
    {
        qint64 opdId = 0;
        QString opdName;
        double value = 0; // a count, or a share 0..1
    };
    struct MonthCount
    {
        QDate month; // the first of the month
        int transfers = 0;
    };
    struct StateCount
    {
        QString stateCode;
        QString stateName;
        int proposals = 0;
    };

    int employees = 0;
    int openVacancies = 0;               // formasi shortage of the province, summed per post
    bool hasWorkflow = false;            // the proposal tables exist
    int proposalsWaiting = 0;            // open proposals whose next step the user may take
    QList<OpdValue> shortages;           // the largest first, at most MaxBars
    QList<MonthCount> transfersPerMonth; // the last Months months, oldest first
    QList<StateCount> proposalsByState;  // every state, in lifecycle order
    std::array<int, 9> boxes{};          // 9-box: employees per box (index 0 = box 1)
    int unplaced = 0;                    // not on the grid (no SKP or no potential)
    QList<OpdValue> completeness;        // share with complete competency data, lowest first
};

class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static constexpr int MaxBars = 8;
    static constexpr int Months = 12;

    // `user`: whose waiting proposals are counted (nobody logged in: none).
    static DashboardFigures compute(Database &database, const QDate &referenceDate,
                                    const User &user, DatabaseError *error = nullptr);
    // Open proposals in a state whose next action (other than cancelling) `user` may take.
    static int proposalsWaitingFor(Database &database, const User &user);
    // Transfers (changes of unit in riwayat jabatan) per month from `first` to `last` month.
    static QList<DashboardFigures::MonthCount>
    transfersPerMonth(Database &database, const QDate &first, const QDate &last);
};

} // namespace Simutasi
