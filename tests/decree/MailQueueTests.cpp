#include "SmtpSink.h"
#include "TestSupport.h"
#include "mail/MailQueue.h"
#include "mail/SmtpClient.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace Simutasi;

namespace {

MailMessage mail(int i, const QString &to = {})
{
    MailMessage message;
    message.to = to.isEmpty() ? QStringLiteral("pegawai%1@example.test").arg(i) : to;
    message.subject = QStringLiteral("Pemberitahuan %1").arg(i);
    message.body = QStringLiteral("Isi surat %1").arg(i);
    message.attachments.append({QStringLiteral("petikan-%1.pdf").arg(i),
                                QStringLiteral("application/pdf"),
                                QByteArray("%PDF-1.4 ") + QByteArray::number(i)});
    return message;
}

std::unique_ptr<Database> emptyDatabase(const Test::TempDir &dir)
{
    DatabaseError error;
    auto db = Database::open(dir.path(QStringLiteral("mail.db")), &error);
    REQUIRE(db);
    return db;
}

} // namespace

TEST_CASE("The queue stores a message once per key", "[mail][queue]")
{
    Test::TempDir dir;
    auto db = emptyDatabase(dir);
    MailQueue queue(*db);
    qint64 first = 0;
    bool added = false;
    REQUIRE_FALSE(
        queue.enqueue(QStringLiteral("k1"), mail(1), QStringLiteral("op"), &first, &added));
    CHECK(added);
    qint64 second = 0;
    REQUIRE_FALSE(
        queue.enqueue(QStringLiteral("k1"), mail(2), QStringLiteral("op"), &second, &added));
    CHECK_FALSE(added);
    CHECK(second == first);
    const auto stored = queue.message(first);
    REQUIRE(stored);
    CHECK(stored->message.subject == QStringLiteral("Pemberitahuan 1")); // the first one stays
    CHECK(stored->message.attachments.size() == 1);
    CHECK(stored->message.attachments.first().data == QByteArray("%PDF-1.4 1"));
    CHECK(stored->status == QueuedMail::Status::Pending);
    CHECK(queue.messages().size() == 1);
}

TEST_CASE("The queue delivers to a real SMTP server, once", "[mail][queue][smtp]")
{
    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    Test::TempDir dir;
    auto db = emptyDatabase(dir);
    MailQueue queue(*db);
    for (int i = 1; i <= 3; ++i)
        REQUIRE_FALSE(queue.enqueue(QStringLiteral("k%1").arg(i), mail(i), QStringLiteral("op")));
    const MailQueue::RunResult run =
        queue.sendPending(Test::smtpSender(Test::localSmtp(sink.port())));
    REQUIRE_FALSE(run.error);
    CHECK(run.sent == 3);
    CHECK(run.failed == 0);
    CHECK(sink.messages().size() == 3);
    for (const QueuedMail &m : queue.messages()) {
        CHECK(m.status == QueuedMail::Status::Sent);
        CHECK(m.attempts == 1);
        CHECK(m.sentAt.isValid());
    }
    // Draining again sends nothing, and a sent message cannot be retried.
    const MailQueue::RunResult again =
        queue.sendPending(Test::smtpSender(Test::localSmtp(sink.port())));
    CHECK(again.sent == 0);
    CHECK(sink.messages().size() == 3);
    CHECK(queue.retry(queue.messages().first().id, QStringLiteral("op")));
}

TEST_CASE("A failure keeps the reason; a retry sends it once the server is back",
          "[mail][queue][smtp]")
{
    Test::TempDir dir;
    auto db = emptyDatabase(dir);
    MailQueue queue(*db);
    qint64 id = 0;
    REQUIRE_FALSE(queue.enqueue(QStringLiteral("k"), mail(1), QStringLiteral("op"), &id));
    qint64 refusedId = 0;
    REQUIRE_FALSE(queue.enqueue(QStringLiteral("r"), mail(2, QStringLiteral("reject@example.test")),
                                QStringLiteral("op"), &refusedId));

    // The server is down.
    const MailQueue::RunResult down =
        queue.sendPending(Test::smtpSender(Test::localSmtp(Test::closedPort())));
    CHECK(down.failed == 2);
    auto failed = queue.message(id);
    REQUIRE(failed);
    CHECK(failed->status == QueuedMail::Status::Failed);
    CHECK_FALSE(failed->lastError.isEmpty());
    // A failed message is not picked up again by itself.
    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    CHECK(queue.sendPending(Test::smtpSender(Test::localSmtp(sink.port()))).sent == 0);
    CHECK(sink.messages().isEmpty());

    // The officer retries both: one goes through, the other is refused by the server (550).
    REQUIRE_FALSE(queue.retry(id, QStringLiteral("op")));
    REQUIRE_FALSE(queue.retry(refusedId, QStringLiteral("op")));
    CHECK(queue.message(id)->status == QueuedMail::Status::Retried);
    const MailQueue::RunResult back =
        queue.sendPending(Test::smtpSender(Test::localSmtp(sink.port())));
    CHECK(back.sent == 1);
    CHECK(back.failed == 1);
    CHECK(queue.message(id)->status == QueuedMail::Status::Sent);
    CHECK(queue.message(id)->attempts == 2);
    const auto refused = queue.message(refusedId);
    CHECK(refused->status == QueuedMail::Status::Failed);
    CHECK(refused->lastError.contains(QStringLiteral("550")));
    CHECK(sink.messages().size() == 1);
}

TEST_CASE("A message interrupted while sending is not sent again blindly", "[mail][queue]")
{
    Test::TempDir dir;
    auto db = emptyDatabase(dir);
    MailQueue queue(*db);
    qint64 id = 0;
    REQUIRE_FALSE(queue.enqueue(QStringLiteral("k"), mail(1), QStringLiteral("op"), &id));
    // A run that died after claiming the message: it is left in "sending".
    QSqlQuery q(db->connection());
    REQUIRE(
        q.exec(QStringLiteral("UPDATE email_queue SET status = 'sending' WHERE id = %1").arg(id)));
    int calls = 0;
    const auto counting = [&](const MailMessage &) {
        ++calls;
        return QString();
    };
    CHECK(queue.sendPending(counting).sent == 0);
    REQUIRE_FALSE(queue.recoverInterrupted());
    const auto recovered = queue.message(id);
    CHECK(recovered->status == QueuedMail::Status::Failed);
    CHECK(recovered->lastError.contains(QStringLiteral("delivery unknown")));
    CHECK(queue.sendPending(counting).sent == 0);
    CHECK(calls == 0);
}

TEST_CASE("Two programs draining one queue never send a message twice", "[mail][queue][smtp]")
{
    Test::SmtpSink sink;
    REQUIRE(sink.isRunning());
    Test::TempDir dir;
    constexpr int Messages = 12;
    {
        auto db = emptyDatabase(dir);
        MailQueue queue(*db);
        for (int i = 1; i <= Messages; ++i)
            REQUIRE_FALSE(
                queue.enqueue(QStringLiteral("k%1").arg(i), mail(i), QStringLiteral("op")));
    }
    std::atomic<int> sent = 0;
    std::atomic<int> errors = 0;
    const QString path = dir.path(QStringLiteral("mail.db"));
    const auto drain = [&] {
        DatabaseError error;
        auto db = Database::open(
            path, Database::Options{Database::OpenMode::OpenExisting, 30000, false}, &error);
        if (!db) {
            ++errors;
            return;
        }
        const MailQueue::RunResult run =
            MailQueue(*db).sendPending(Test::smtpSender(Test::localSmtp(sink.port())));
        sent += run.sent;
        if (run.error || run.failed > 0)
            ++errors;
    };
    std::thread a(drain);
    std::thread b(drain);
    a.join();
    b.join();
    CHECK(errors == 0);
    CHECK(sent == Messages);
    CHECK(sink.messages().size() == Messages);
}
