#include "MailQueue.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "workflow/Permissions.h"

#include <QSqlQuery>

namespace Simutasi {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString entity()
{
    return QStringLiteral("email_queue");
}

const QString &selectColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, idempotency_key, recipient, recipient_name, subject, body, status, attempts, "
        "last_error, created_at, sent_at FROM email_queue ");
    return columns;
}

QueuedMail fromRow(const QSqlQuery &query)
{
    QueuedMail mail;
    mail.id = query.value(0).toLongLong();
    mail.key = query.value(1).toString();
    mail.message.messageId = mail.key;
    mail.message.to = query.value(2).toString();
    mail.message.toName = query.value(3).toString();
    mail.message.subject = query.value(4).toString();
    mail.message.body = query.value(5).toString();
    mail.status = QueuedMail::statusFromCode(query.value(6).toString());
    mail.attempts = query.value(7).toInt();
    mail.lastError = query.value(8).toString();
    mail.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    mail.sentAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return mail;
}

} // namespace

QString QueuedMail::statusCode(Status status)
{
    switch (status) {
    case Status::Sending:
        return QStringLiteral("sending");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Retried:
        return QStringLiteral("retried");
    case Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QueuedMail::Status QueuedMail::statusFromCode(const QString &code)
{
    for (const Status status :
         {Status::Pending, Status::Sending, Status::Sent, Status::Failed, Status::Retried}) {
        if (statusCode(status) == code)
            return status;
    }
    return Status::Pending;
}

MailQueue::MailQueue(Database &database)
    : m_database(database)
{}

DatabaseError MailQueue::enqueue(const QString &key, const MailMessage &message,
                                 const QString &user, qint64 *id, bool *added)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    if (const DatabaseError error = enqueueInTransaction(key, message, user, id, added))
        return error;
    return transaction.commit();
}

DatabaseError MailQueue::enqueueInTransaction(const QString &key, const MailMessage &message,
                                              const QString &user, qint64 *id, bool *added)
{
    if (added)
        *added = false;
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    if (key.isEmpty() || message.to.isEmpty())
        return DatabaseError::make(DatabaseError::Kind::Constraint, m_database.path(),
                                   tr("An e-mail needs a key and a recipient."));
    if (const auto existing = messageByKey(key)) {
        if (id)
            *id = existing->id;
        return {};
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO email_queue (idempotency_key, recipient, recipient_name, subject, body, "
        "status, attempts, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 'pending', 0, '', ?, ?)"));
    const QString now = nowText();
    for (const QVariant &value :
         {QVariant(key), SqlValues::fromText(message.to), SqlValues::fromText(message.toName),
          SqlValues::fromText(message.subject), SqlValues::fromText(message.body), QVariant(now),
          QVariant(now)})
        insert.addBindValue(value);
    if (!insert.exec())
        return m_database.errorFrom(insert.lastError());
    const qint64 newId = insert.lastInsertId().toLongLong();
    QSqlQuery attachment(m_database.connection());
    attachment.prepare(QStringLiteral("INSERT INTO email_attachment (email_id, position, "
                                      "file_name, mime_type, data) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const MailAttachment &a = message.attachments.at(i);
        attachment.addBindValue(newId);
        attachment.addBindValue(int(i));
        attachment.addBindValue(a.fileName);
        attachment.addBindValue(a.mimeType);
        attachment.addBindValue(a.data);
        if (!attachment.exec())
            return m_database.errorFrom(attachment.lastError());
    }
    AuditLog audit(m_database);
    if (const DatabaseError error =
            audit.appendChanges(user, QStringLiteral("create"), entity(), newId,
                                {{QStringLiteral("recipient"), QString(), message.to},
                                 {QStringLiteral("subject"), QString(), message.subject}}))
        return error;
    if (id)
        *id = newId;
    if (added)
        *added = true;
    return {};
}

DatabaseError MailQueue::setStatus(qint64 id, QueuedMail::Status from, QueuedMail::Status to,
                                   const QString &error, bool *changed)
{
    // Only a row still in `from` changes: the guard that makes a claim or a retry happen once.
    QSqlQuery query(m_database.connection());
    const bool claim = to == QueuedMail::Status::Sending;
    query.prepare(QStringLiteral("UPDATE email_queue SET status = ?, last_error = ?, "
                                 "updated_at = ?, attempts = attempts + ?, "
                                 "sent_at = CASE WHEN ? THEN ? ELSE sent_at END "
                                 "WHERE id = ? AND status = ?"));
    const QString now = nowText();
    query.addBindValue(QueuedMail::statusCode(to));
    query.addBindValue(SqlValues::fromText(error));
    query.addBindValue(now);
    query.addBindValue(claim ? 1 : 0);
    query.addBindValue(to == QueuedMail::Status::Sent ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(QueuedMail::statusCode(from));
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    *changed = query.numRowsAffected() == 1;
    return {};
}

DatabaseError MailQueue::retry(qint64 id, const QString &user)
{
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    bool changed = false;
    if (const DatabaseError error = setStatus(id, QueuedMail::Status::Failed,
                                              QueuedMail::Status::Retried, QString(), &changed))
        return error;
    if (!changed)
        return DatabaseError::make(DatabaseError::Kind::Constraint, m_database.path(),
                                   tr("Only a failed e-mail can be sent again."));
    AuditLog audit(m_database);
    if (const DatabaseError error = audit.appendChanges(
            user, QStringLiteral("retry"), entity(), id,
            {{QStringLiteral("status"), QStringLiteral("failed"), QStringLiteral("retried")}}))
        return error;
    return transaction.commit();
}

MailQueue::RunResult MailQueue::sendPending(const Sender &sender, int limit)
{
    RunResult result;
    result.error = Permissions::requireCurrent(m_database, DataAction::NotifyEmployees);
    if (result.error)
        return result;
    QList<qint64> ids;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id FROM email_queue WHERE status IN ('pending', "
                                     "'retried') ORDER BY id") +
                      (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
        if (!query.exec()) {
            result.error = m_database.errorFrom(query.lastError());
            return result;
        }
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    for (const qint64 id : ids) {
        const std::optional<QueuedMail> mail = message(id);
        // Another run may have taken it since the list was read: only a waiting message is
        // claimed, and the claim below re-checks that status inside its transaction.
        if (!mail || (mail->status != QueuedMail::Status::Pending &&
                      mail->status != QueuedMail::Status::Retried)) {
            ++result.skipped;
            continue;
        }
        // 1. Claim it: pending/retried -> sending, committed before anything goes out.
        bool claimed = false;
        {
            Transaction transaction(m_database);
            if (!transaction.isActive()) {
                result.error = transaction.error();
                return result;
            }
            if (const DatabaseError error =
                    setStatus(id, mail->status, QueuedMail::Status::Sending, QString(), &claimed)) {
                result.error = error;
                return result;
            }
            if (const DatabaseError error = transaction.commit()) {
                result.error = error;
                return result;
            }
        }
        if (!claimed) {
            ++result.skipped;
            continue;
        }
        // 2. Send, holding no lock on the database.
        const QString failure = sender(mail->message);
        // 3. Record the outcome.
        Transaction transaction(m_database);
        if (!transaction.isActive()) {
            result.error = transaction.error();
            return result;
        }
        const QueuedMail::Status outcome =
            failure.isEmpty() ? QueuedMail::Status::Sent : QueuedMail::Status::Failed;
        bool changed = false;
        DatabaseError error =
            setStatus(id, QueuedMail::Status::Sending, outcome, failure, &changed);
        if (!error) {
            AuditLog audit(m_database);
            error = audit.appendChanges(
                QStringLiteral("smtp"), QStringLiteral("send"), entity(), id,
                {{QStringLiteral("status"), QStringLiteral("sending"),
                  QueuedMail::statusCode(outcome) +
                      (failure.isEmpty() ? QString() : QStringLiteral(": ") + failure)}});
        }
        if (!error)
            error = transaction.commit();
        if (error) {
            result.error = error;
            return result;
        }
        ++(failure.isEmpty() ? result.sent : result.failed);
    }
    return result;
}

DatabaseError MailQueue::recoverInterrupted()
{
    if (DatabaseError refusal =
            Permissions::requireCurrent(m_database, DataAction::NotifyEmployees))
        return refusal;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE email_queue SET status = 'failed', last_error = ?, "
                                 "updated_at = ? WHERE status = 'sending'"));
    query.addBindValue(tr("Interrupted while sending: delivery unknown. Check with the "
                          "recipient before sending again."));
    query.addBindValue(nowText());
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return transaction.commit();
}

std::optional<QueuedMail> MailQueue::read(const QString &where, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns() + where);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QueuedMail mail = fromRow(query);
    QSqlQuery attachments(m_database.connection());
    attachments.prepare(QStringLiteral("SELECT file_name, mime_type, data FROM email_attachment "
                                       "WHERE email_id = ? ORDER BY position"));
    attachments.addBindValue(mail.id);
    if (attachments.exec()) {
        while (attachments.next()) {
            mail.message.attachments.append({attachments.value(0).toString(),
                                             attachments.value(1).toString(),
                                             attachments.value(2).toByteArray()});
        }
    }
    return mail;
}

std::optional<QueuedMail> MailQueue::message(qint64 id) const
{
    return read(QStringLiteral("WHERE id = ?"), id);
}

std::optional<QueuedMail> MailQueue::messageByKey(const QString &key) const
{
    return read(QStringLiteral("WHERE idempotency_key = ?"), key);
}

QList<QueuedMail> MailQueue::messages(int limit) const
{
    QList<QueuedMail> list;
    QSqlQuery query(m_database.connection());
    query.prepare(selectColumns() + QStringLiteral("ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append(fromRow(query));
    return list;
}

} // namespace Simutasi
