#pragma once

#include "ProposalState.h"
#include "analysis/EligibilityRules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Simutasi {

// The kind of mutasi of one line. Incoming and outgoing name the other instansi as free text.
enum class MutasiKind : quint8
{
    WithinOpd,     // another unit or jabatan inside the same OPD
    BetweenOpd,    // to another OPD of the province
    BetweenRegion, // to a unit in another kabupaten/kota
    Incoming,      // from another instansi into the province
    Outgoing       // out of the province to another instansi
};

// How the employee came to be proposed, for the "data-driven vs manual" reports.
enum class LineSource : quint8
{
    Ranking,   // chosen from the candidate ranking (rank and JPM recorded)
    Shortlist, // from the vacancy's shortlist
    Manual     // picked by hand
};

enum class LineDecision : quint8
{
    Pending,
    Approved,
    Rejected,
    Withdrawn // taken out of a draft; the row stays
};

// One employee's transfer inside a proposal. The "from" post is captured when the line is
// added, with its names, so the proposal still reads right after the registry changed.
struct ProposalLine
{
    qint64 id = 0;
    qint64 proposalId = 0;
    int position = 0; // 1.. in the proposal
    qint64 employeeId = 0;
    QString employeeName; // read with the line (employee's full name and NIP)
    QString nip;
    MutasiKind kind = MutasiKind::WithinOpd;
    qint64 fromUnitId = 0;
    qint64 fromJabatanId = 0;
    QString fromUnitName;
    QString fromJabatanName;
    QDate fromTmtJabatan;
    qint64 toUnitId = 0; // 0 for outgoing
    qint64 toJabatanId = 0;
    QString toUnitName; // read with the line
    QString toJabatanName;
    QString otherInstansi; // incoming: where from; outgoing: where to
    QString reason;
    QDate plannedTmt;
    bool selfRequested = false; // asked for by the employee (eligibility rule 8)
    CandidateStanding standing = CandidateStanding::Clean; // at proposal time; never Blocked
    QStringList findings;  // the warnings at proposal time, one sentence each
    QString justification; // required when standing is Warning
    LineSource source = LineSource::Manual;
    std::optional<double> jpm; // job-person match at proposal time (none for outgoing)
    int rank = 0;              // position in the ranking when source is Ranking, else 0
    int rankedCandidates = 0;  // how many candidates that ranking had
    LineDecision decision = LineDecision::Pending;
    QString decisionNote;
    qint64 historyId = 0; // the riwayat jabatan row written at execution

    bool isActive() const
    {
        return decision != LineDecision::Rejected && decision != LineDecision::Withdrawn;
    }
};

struct Proposal
{
    qint64 id = 0;
    QString number; // "USL-2026-0007"
    QString title;
    ProposalState state = ProposalState::Draft;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QDate meetingDate; // the Tim Penilai's meeting
    QString decisionNotes;
    qint64 decreeId = 0; // the decree module's id, 0 until issued
    QString decreeNumber;
    QDate decreeDate;
    QDate executedOn;
    QString cancelReason;
};

// One row of the timeline: who did what, when, from which state to which.
struct ProposalEvent
{
    qint64 id = 0;
    qint64 proposalId = 0;
    QDateTime at;
    QString user;
    QString action; // ProposalStates::actionCode, or "add_line", "withdraw_line", ...
    std::optional<ProposalState> fromState;
    std::optional<ProposalState> toState;
    QString note;
};

// A proposal in a list, with its line counts and planned TMT range.
struct ProposalSummary
{
    Proposal proposal;
    int lines = 0;    // active lines (not withdrawn or rejected)
    int approved = 0; // of which approved
    QDate firstTmt;
    QDate lastTmt;
};

struct ProposalFilter
{
    std::optional<ProposalState> state;
    bool openOnly = false;
    qint64 opdId = 0;  // lines from or to a unit of this OPD
    QDate createdFrom; // inclusive, on created_at's date
    QDate createdTo;
    int limit = 1000;
    int offset = 0;
};

} // namespace Simutasi
