#include "DemoDecrees.h"

#include "decree/DecreeRegistry.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <array>

namespace Simutasi {

namespace {

constexpr quint64 StreamSalt = 0x5ec7ee5ULL; // its own stream: other demo parts stay unchanged
constexpr int ObjectionPermille = 60;
constexpr int ObjectionUpheldPermille = 300;
constexpr int NewestPendingPermille = 400;

const std::array<const char *, 4> ObjectionReasons{
    "Sedang merawat orang tua yang sakit di domisili saat ini.",
    "Pasangan bertugas di kabupaten yang sama dengan unit asal.",
    "Jabatan baru tidak sesuai dengan latar belakang pendidikan.",
    "Sedang menyelesaikan tugas belajar paruh waktu di kota asal.",
};

} // namespace

DemoDecrees::DemoDecrees(Database &database, quint64 seed, const QDate &referenceDate)
    : m_database(database)
    , m_random(seed ^ StreamSalt)
    , m_reference(referenceDate)
{}

DatabaseError DemoDecrees::write()
{
    QList<std::pair<qint64, QDate>> signedProposals;
    {
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT id, decree_date FROM proposal WHERE decree_number <> '' "
                                   "AND decree_id IS NULL ORDER BY decree_date, id")))
            return m_database.errorFrom(q.lastError());
        while (q.next())
            signedProposals.append({q.value(0).toLongLong(), SqlValues::toDate(q.value(1))});
    }
    DecreeRegistry registry(m_database);
    for (qsizetype i = 0; i < signedProposals.size(); ++i) {
        qint64 decreeId = 0;
        const auto &[proposalId, date] = signedProposals.at(i);
        if (const DatabaseError error =
                registry.adoptInTransaction(proposalId, QStringLiteral("penandatangan"), &decreeId))
            return error;
        ++m_summary.decrees;
        if (const DatabaseError error = answer(decreeId, date, i == signedProposals.size() - 1))
            return error;
    }
    return {};
}

DatabaseError DemoDecrees::answer(qint64 decreeId, const QDate &decreeDate, bool newest)
{
    QList<qint64> notices;
    {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id FROM decree_notification WHERE decree_id = ? "
                                 "ORDER BY line_index"));
        q.addBindValue(decreeId);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next())
            notices.append(q.value(0).toLongLong());
    }
    bool openObjection = false;
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE decree_notification SET informed_on = ?, response = ?, response_on = ?, "
        "objection_reason = ?, resolution = ?, resolution_on = ?, resolution_note = ? "
        "WHERE id = ?"));
    for (const qint64 id : notices) {
        ++m_summary.notices;
        const QDate informed = std::min(m_reference, decreeDate.addDays(m_random.between(2, 7)));
        QString response = QStringLiteral("acknowledged");
        QDate responseOn = std::min(m_reference, informed.addDays(m_random.between(0, 5)));
        QString reason;
        QString resolution = QStringLiteral("none");
        QDate resolvedOn;
        QString note;
        if (newest && m_random.chance(NewestPendingPermille)) {
            response = QStringLiteral("none");
            responseOn = QDate();
        } else if (m_random.chance(ObjectionPermille) || (newest && !openObjection)) {
            ++m_summary.objections;
            response = QStringLiteral("objected");
            reason = QString::fromUtf8(m_random.pick(ObjectionReasons));
            if (newest) {
                openObjection = true; // the officer still has to decide it
            } else {
                // Decrees that were carried out: the objection was turned down, or (rarely)
                // upheld and settled by another transfer later.
                const bool upheld = m_random.chance(ObjectionUpheldPermille);
                resolution = upheld ? QStringLiteral("upheld") : QStringLiteral("rejected");
                resolvedOn = std::min(m_reference, responseOn.addDays(m_random.between(5, 12)));
                note = upheld ? QStringLiteral("Diterima; diusulkan penyesuaian pada periode "
                                               "berikutnya.")
                              : QStringLiteral("Ditolak: kebutuhan organisasi di unit tujuan.");
            }
        }
        for (const QVariant &value :
             {SqlValues::fromDate(informed), QVariant(response), SqlValues::fromDate(responseOn),
              QVariant(reason.isNull() ? QStringLiteral("") : reason), QVariant(resolution),
              SqlValues::fromDate(resolvedOn), QVariant(note.isNull() ? QStringLiteral("") : note),
              QVariant(id)})
            update.addBindValue(value);
        if (!update.exec())
            return m_database.errorFrom(update.lastError());
    }
    return {};
}

} // namespace Simutasi
