#include "DemoWorkflow.h"

#include "analysis/CandidatePool.h"
#include "analysis/CandidateRanking.h"
#include "storage/Database.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/SqlRows.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/UserAccounts.h"

#include <QSqlQuery>

namespace Simutasi {

namespace {

constexpr quint64 StreamSalt = 0x5750464C4F57ULL; // "WPFLOW": the workflow's own stream
constexpr int MaxRankingsPerProposal = 4;

const DemoWorkflow::DemoUser DemoUsers[] = {
    {"admin", "admin123", "Administrator Simutasi", Role::Administrator},
    {"operator", "operator123", "Rina Marlina, S.Kom.", Role::Operator},
    {"verifikator", "verifikator123", "Drs. Yohanes Manuputty", Role::Verifikator},
    {"penilai", "penilai123", "Dr. Hendrik Wattimena, M.Si.", Role::TimPenilai},
    {"penandatangan", "penandatangan123", "Ir. Samuel Rumbewas, M.M.", Role::Penandatangan},
    {"pimpinan", "pimpinan123", "Maria Kaisiepo, S.H., M.H.", Role::Pimpinan},
};

QString romanMonth(int month)
{
    static const char *const Numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                           "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return QString::fromLatin1(Numerals[month - 1]);
}

QDate firstOfNextMonth(const QDate &day, int months)
{
    return QDate(day.year(), day.month(), 1).addMonths(months);
}

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

const QString Reasons[] = {
    QStringLiteral("Pemenuhan kebutuhan pegawai sesuai formasi"),
    QStringLiteral("Pemerataan pegawai antarunit kerja"),
    QStringLiteral("Penyegaran (rotasi) setelah lama dalam jabatan"),
    QStringLiteral("Pengembangan karier pegawai"),
};

// Where employees who leave the province go (pindah keluar), and why.
const QString OtherInstansi[] = {
    QStringLiteral("Pemerintah Provinsi Sulawesi Tengah"),
    QStringLiteral("Pemerintah Provinsi Papua Barat Daya"),
    QStringLiteral("Pemerintah Kabupaten Sorong Selatan"),
    QStringLiteral("Pemerintah Kota Jayapura"),
    QStringLiteral("Kementerian Kesehatan"),
    QStringLiteral("Kementerian Pendidikan Dasar dan Menengah"),
    QStringLiteral("Badan Kepegawaian Negara"),
};
const QString LeavingReasons[] = {
    QStringLiteral("Mengikuti suami/istri (atas permintaan sendiri)"),
    QStringLiteral("Mendekati orang tua (atas permintaan sendiri)"),
    QStringLiteral("Pindah tugas ke instansi pusat (atas permintaan sendiri)"),
};

} // namespace

std::span<const DemoWorkflow::DemoUser> DemoWorkflow::users()
{
    return DemoUsers;
}

DemoWorkflow::DemoWorkflow(Database &database, int employees, quint64 seed,
                           const QDate &referenceDate)
    : m_database(database)
    , m_employees(employees)
    , m_reference(referenceDate)
    , m_random(seed ^ StreamSalt)
{}

DemoWorkflow::~DemoWorkflow() = default;

DatabaseError DemoWorkflow::writeUsers()
{
    UserAccounts accounts(m_database);
    accounts.setInCallerTransaction(true);
    for (const DemoUser &demo : DemoUsers) {
        UserAccounts::NewUser user{QString::fromLatin1(demo.name),
                                   QString::fromUtf8(demo.fullName),
                                   QString::fromLatin1(demo.password),
                                   {demo.role}};
        qint64 id = 0;
        const DatabaseError error =
            demo.role == Role::Administrator
                ? accounts.createFirstAdministrator(user, &id)
                : accounts.addUser(m_actors[int(Role::Administrator)], user, &id);
        if (error)
            return error;
        m_actors[int(demo.role)] = *accounts.user(user.name);
        ++m_summary.users;
    }
    return {};
}

DatabaseError DemoWorkflow::loadPool(const QDate &day)
{
    const EligibilityRuleSettings settings = EligibilityRuleRepository(m_database).load();
    DatabaseError error;
    m_pool = std::make_unique<CandidatePool>(
        CandidatePool::load(m_database, day, CandidateRanking::poolOptions(settings), &error));
    // Holders who could move: PNS at least two years in their post (rule 2), not yet proposed.
    m_holdersOfJabatan.clear();
    const QDate settled = day.addYears(-2);
    for (int i = 0; i < m_pool->size(); ++i) {
        const CandidateFacts &c = m_pool->at(i);
        if (c.status == EmployeeStatus::Pns && c.tmtJabatan.isValid() && c.tmtJabatan <= settled &&
            !m_proposed.contains(c.id))
            m_holdersOfJabatan[c.jabatanId].append(i);
    }
    return error;
}

QList<DemoWorkflow::Vacancy> DemoWorkflow::vacancies(bool remoteSchools)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT f.unit_id, f.jabatan_id, f.required - (SELECT count(*) FROM employee e WHERE "
        "e.unit_id = f.unit_id AND e.jabatan_id = f.jabatan_id) AS free FROM formasi f JOIN "
        "org_unit u ON u.id = f.unit_id WHERE u.closed_on IS NULL AND (? = 0 OR (u.remote = 1 "
        "AND u.kind = 'sekolah')) AND free > 0 ORDER BY f.unit_id, f.jabatan_id"));
    query.addBindValue(remoteSchools ? 1 : 0);
    QList<Vacancy> result;
    for (const Vacancy &v : SqlRows::readAll<Vacancy>(query, [](const QSqlQuery &q) {
             return Vacancy{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()};
         })) {
        const int free =
            v.free - m_claimed.value(QStringLiteral("%1:%2").arg(v.unitId).arg(v.jabatanId));
        if (free > 0 && m_holdersOfJabatan.contains(v.jabatanId))
            result.append({v.unitId, v.jabatanId, free});
    }
    return result;
}

bool DemoWorkflow::movable(qint64 employeeId)
{
    // The demo registry keeps at most four riwayat jabatan rows per employee.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM jabatan_history WHERE employee_id = ?"));
    query.addBindValue(employeeId);
    return query.exec() && query.next() && query.value(0).toInt() < 4;
}

bool DemoWorkflow::addLineFor(ProposalWorkflow &workflow, qint64 proposalId, const Vacancy &vacancy,
                              const QDate &tmt, bool byRanking, const QString &reason)
{
    LineRequest request;
    request.toUnitId = vacancy.unitId;
    request.toJabatanId = vacancy.jabatanId;
    request.plannedTmt = tmt;
    request.reason = reason;
    QList<std::pair<int, RankedCandidate>> choices; // pool index, ranking entry
    if (byRanking) {
        const EligibilityRuleSettings settings = EligibilityRuleRepository(m_database).load();
        std::optional<VacancyProfile> profile =
            VacancyProfile::load(m_database, vacancy.jabatanId, vacancy.unitId);
        if (!profile)
            return false;
        const CandidateRanking ranking(*m_pool, *profile, settings);
        const QList<RankedCandidate> &ranked = ranking.candidates();
        for (int i = 0; i < ranked.size() && choices.size() < 8; ++i) {
            if (!m_proposed.contains(ranked[i].employeeId) &&
                ranked[i].standing == CandidateStanding::Clean)
                choices.append({i, ranked[i]});
        }
        request.source = LineSource::Ranking;
        request.rankedCandidates = int(ranked.size());
    } else {
        const QList<int> &holders = m_holdersOfJabatan.value(vacancy.jabatanId);
        for (int tries = 0; tries < 8 && !holders.isEmpty(); ++tries) {
            const int index = m_random.pick(holders);
            RankedCandidate c;
            c.employeeId = m_pool->at(index).id;
            if (!m_proposed.contains(c.employeeId) && m_pool->at(index).unitId != vacancy.unitId)
                choices.append({-1, c});
        }
        request.source = LineSource::Manual;
    }
    for (const auto &[rank, candidate] : choices) {
        if (m_proposed.contains(candidate.employeeId) || !movable(candidate.employeeId))
            continue;
        request.employeeId = candidate.employeeId;
        if (byRanking) {
            request.rank = rank + 1;
            request.jpm = candidate.jpm;
        }
        request.justification.clear();
        LineCheck added = workflow.addLine(proposalId, request);
        if (!added.accepted && added.assessment.standing == CandidateStanding::Warning &&
            added.assessment.blocking.isEmpty() && added.conflicts.isEmpty()) {
            // Warnings only: the officer writes the justification the rules ask for.
            request.justification = QStringLiteral(
                "Kebutuhan unit mendesak; catatan telah diklarifikasi dengan atasan langsung.");
            added = workflow.addLine(proposalId, request);
        }
        if (!added.accepted)
            continue;
        m_proposed.insert(candidate.employeeId);
        m_claimed[QStringLiteral("%1:%2").arg(vacancy.unitId).arg(vacancy.jabatanId)] += 1;
        return true;
    }
    return false;
}

DatabaseError DemoWorkflow::addLines(ProposalWorkflow &workflow, qint64 proposalId,
                                     const Plan &plan, const QDate &tmt, int *added)
{
    QList<Vacancy> open = vacancies(plan.remoteTeachers);
    if (open.isEmpty() && plan.remoteTeachers) // a small province may have no remote school short
        open = vacancies(false);
    const QString reason = plan.remoteTeachers
                               ? QStringLiteral("Pemenuhan guru di sekolah daerah terpencil")
                               : m_random.pick(Reasons);
    int rankings = 0;
    for (int attempts = 0; *added < plan.lines && !open.isEmpty() && attempts < plan.lines * 3;
         ++attempts) {
        const int index = m_random.below(int(open.size()));
        Vacancy &vacancy = open[index];
        // About one line in three is the ranking's first eligible candidate: the "data-driven"
        // share the reports show; the others are picked by hand. A ranking judges the whole
        // province (~50 ms at 100,000 employees), so a proposal ranks for a few lines only.
        const bool byRanking = rankings < MaxRankingsPerProposal && m_random.chance(330);
        rankings += byRanking ? 1 : 0;
        if (addLineFor(workflow, proposalId, vacancy, tmt, byRanking, reason)) {
            ++*added;
            if (--vacancy.free <= 0)
                open.removeAt(index);
        } else {
            open.removeAt(index);
        }
    }
    for (int leaving = 0; leaving < plan.outgoing; ++leaving) {
        // Somebody who leaves the province (pindah keluar), from a random place in the pool (in
        // pool order, so the same seed finds the same person).
        const int size = m_pool->size();
        const int start = m_random.below(size);
        const QString &instansi = m_random.pick(OtherInstansi);
        const QString &why = m_random.pick(LeavingReasons);
        for (int k = 0; k < size; ++k) {
            const CandidateFacts &c = m_pool->at((start + k) % size);
            if (c.status != EmployeeStatus::Pns || m_proposed.contains(c.id) || c.jabatanId <= 0)
                continue;
            LineRequest request;
            request.employeeId = c.id;
            request.kind = MutasiKind::Outgoing;
            request.otherInstansi = instansi;
            request.reason = why;
            request.selfRequested = true;
            request.plannedTmt = tmt;
            request.justification =
                QStringLiteral("Permohonan pegawai disertai surat persetujuan instansi penerima.");
            if (workflow.addLine(proposalId, request).accepted) {
                m_proposed.insert(c.id);
                ++*added;
                break;
            }
            if (k > 200) // a small province may have nobody who may leave
                break;
        }
    }
    return {};
}

QString DemoWorkflow::decreeNumber(const QDate &date)
{
    const int serial = ++m_decreesOfYear[date.year()];
    return QStringLiteral("800.1.3.1/%1/BKD/%2/%3")
        .arg(serial, 4, 10, QLatin1Char('0'))
        .arg(romanMonth(date.month()))
        .arg(date.year());
}

DatabaseError DemoWorkflow::advance(qint64 id, const Plan &plan, const QDate &tmt)
{
    const auto as = [this](Role role, const QDate &day, int hour) {
        auto workflow = std::make_unique<ProposalWorkflow>(m_database, m_actors[int(role)]);
        workflow->setInCallerTransaction(true);
        workflow->setNow(at(day, hour));
        return workflow;
    };
    const QDate created = plan.created;
    const Fate fate = plan.fate;
    if (fate == Fate::Draft)
        return {};
    if (DatabaseError e = as(Role::Operator, created.addDays(2), 9)->submit(id))
        return e;
    if (fate == Fate::Returned)
        return as(Role::Verifikator, created.addDays(5), 10)
            ->returnToDraft(id, QStringLiteral("Lengkapi alasan mutasi dan surat persetujuan "
                                               "kepala OPD asal."));
    if (fate == Fate::Submitted)
        return {};
    if (fate == Fate::Cancelled)
        return as(Role::Operator, created.addDays(6), 14)
            ->cancel(id, QStringLiteral("Ditarik atas permintaan OPD pengusul."));
    if (DatabaseError e = as(Role::Verifikator, created.addDays(7), 10)
                              ->verify(id, QStringLiteral("Berkas lengkap.")))
        return e;
    if (fate == Fate::Verified)
        return {};
    const QDate meeting = created.addDays(21);
    if (fate == Fate::Rejected)
        return as(Role::TimPenilai, meeting, 13)
            ->reject(id, meeting,
                     QStringLiteral("Belum sesuai dengan analisis kebutuhan pegawai."));
    ProposalDecision decision;
    decision.meetingDate = meeting;
    decision.notes = QStringLiteral("Disetujui dalam sidang Baperjakat.");
    if (fate == Fate::Approved || m_random.chance(250)) {
        // One line not approved: the person is needed where they are.
        const QList<ProposalLine> lines = ProposalRepository(m_database).lines(id);
        if (lines.size() > 1)
            decision.lines.insert(lines.constLast().id,
                                  {false, QStringLiteral("Masih dibutuhkan di unit asal.")});
    }
    if (DatabaseError e = as(Role::TimPenilai, meeting, 13)->approve(id, decision))
        return e;
    if (fate == Fate::Approved)
        return {};
    const QDate decreeDate = meeting.addDays(10);
    if (DatabaseError e = as(Role::Penandatangan, decreeDate, 11)
                              ->markDecreeIssued(id, {0, decreeNumber(decreeDate), decreeDate}))
        return e;
    if (fate == Fate::DecreeIssued || tmt > m_reference)
        return {};
    if (DatabaseError e = as(Role::Operator, tmt, 8)->execute(id))
        return e;
    for (const ProposalLine &l : ProposalRepository(m_database).lines(id)) {
        if (l.historyId > 0) {
            ++m_summary.executedLines;
            m_claimed[QStringLiteral("%1:%2").arg(l.toUnitId).arg(l.toJabatanId)] -= 1;
        }
    }
    if (fate == Fate::Executed || tmt.addDays(14) > m_reference)
        return {};
    return as(Role::Administrator, tmt.addDays(14), 15)
        ->close(id, QStringLiteral("Seluruh pegawai telah melapor di unit baru."));
}

DatabaseError DemoWorkflow::writeProposal(const Plan &plan)
{
    ProposalWorkflow workflow(m_database, m_actors[int(Role::Operator)]);
    workflow.setInCallerTransaction(true);
    workflow.setNow(at(plan.created, 9));
    workflow.usePool(m_pool.get());
    qint64 id = 0;
    if (DatabaseError e = workflow.create(plan.title, &id))
        return e;
    ++m_summary.proposals;
    // TMT: the first of the month after the decree (about a month after the meeting).
    const QDate tmt = firstOfNextMonth(plan.created, 2);
    int added = 0;
    if (DatabaseError e = addLines(workflow, id, plan, tmt, &added))
        return e;
    if (added == 0) // a tiny province without vacancies: the empty draft stays a draft
        return {};
    if (DatabaseError e = advance(id, plan, tmt))
        return e;
    if (const auto p = ProposalRepository(m_database).proposal(id);
        p && ProposalStates::isOpen(p->state)) {
        ++m_summary.openProposals;
    } else {
        // Lines of proposals that ended without execution free their places again.
        for (const ProposalLine &l : ProposalRepository(m_database).lines(id)) {
            if (l.historyId == 0)
                m_claimed[QStringLiteral("%1:%2").arg(l.toUnitId).arg(l.toJabatanId)] -= 1;
        }
    }
    return {};
}

DatabaseError DemoWorkflow::write()
{
    m_summary = {};
    if (DatabaseError e = writeUsers())
        return e;
    // Lines per proposal grow with the province (about 1% of the employees move in a year at
    // 5,000), capped so that a 100,000-employee demo stays quick: every line goes through the
    // real checks (about 400 executed transfers and 11 s more CPU in a Debug build at 100,000).
    const int perProposal = std::clamp(m_employees / 400, 2, 40);
    const int batch = std::clamp(m_employees / 800, 3, 60);
    // Three past years, four proposals each (one a batch of teachers for remote schools), the
    // last of a year ending otherwise in two of them: cancelled, rejected. A few employees a
    // year leave for another instansi (pindah keluar): the Pegawai page lists them as departed.
    for (int yearsAgo = 3; yearsAgo >= 1; --yearsAgo) {
        const int year = m_reference.year() - yearsAgo;
        if (DatabaseError e = loadPool(QDate(year, 2, 1)))
            return e;
        const Fate odd = yearsAgo == 3   ? Fate::Cancelled
                         : yearsAgo == 2 ? Fate::Rejected
                                         : Fate::Closed;
        const QList<Plan> plans{
            {QStringLiteral("Mutasi pegawai periode I tahun %1").arg(year), QDate(year, 2, 10),
             Fate::Closed, perProposal, false, 2},
            {QStringLiteral("Mutasi pegawai periode II tahun %1").arg(year), QDate(year, 6, 9),
             Fate::Closed, perProposal, false, 1},
            {QStringLiteral("Penempatan guru di sekolah terpencil tahun %1").arg(year),
             QDate(year, 8, 4), Fate::Closed, batch / 2 + 1, true, 0},
            {QStringLiteral("Mutasi pegawai periode III tahun %1").arg(year), QDate(year, 10, 13),
             odd, perProposal, false, 1},
        };
        for (const Plan &plan : plans) {
            if (DatabaseError e = writeProposal(plan))
                return e;
        }
    }
    // The open ones, in every state, created in the weeks before the reference date.
    const QDate day = m_reference;
    if (DatabaseError e = loadPool(day.addDays(-60)))
        return e;
    const int year = day.year();
    const QList<Plan> open{
        {QStringLiteral("Mutasi pegawai periode III tahun %1").arg(year), day.addDays(-58),
         Fate::Executed, perProposal, false, 1},
        {QStringLiteral("Mutasi jabatan fungsional kesehatan"), day.addDays(-50),
         Fate::DecreeIssued, perProposal, false, 0},
        {QStringLiteral("Rotasi pegawai antar-OPD"), day.addDays(-40), Fate::Approved, perProposal,
         false, 0},
        {QStringLiteral("Penempatan guru di sekolah terpencil tahun %1").arg(year + 1),
         day.addDays(-30), Fate::Verified, batch, true, 0},
        {QStringLiteral("Pemenuhan formasi unit pelayanan"), day.addDays(-20), Fate::Submitted,
         perProposal, false, 0},
        {QStringLiteral("Mutasi pegawai atas permintaan sendiri"), day.addDays(-15), Fate::Returned,
         2, false, 1},
        {QStringLiteral("Usulan mutasi periode I tahun %1").arg(year + 1), day.addDays(-5),
         Fate::Draft, perProposal, false, 0},
    };
    for (const Plan &plan : open) {
        if (DatabaseError e = writeProposal(plan))
            return e;
    }
    return {};
}

} // namespace Simutasi
