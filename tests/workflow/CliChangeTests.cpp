// simutasi-cli commands that change data log the user in and obey the roles (issue #5):
// import with --user, proposal create from --move and from a batch file, withdraw-line.
// Run on a demo database with its demo users; passwords from SIMUTASI_PASSWORD or stdin.
#include "CliDemo.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace Simutasi;
using Test::CliDemo;

namespace {

// SIMUTASI_PASSWORD for the runs in one scope, as a script sets it.
class PasswordVariable
{
public:
    explicit PasswordVariable(const QByteArray &password) { qputenv(CliPassword, password); }
    ~PasswordVariable() { qunsetenv(CliPassword); }
    PasswordVariable(const PasswordVariable &) = delete;
    PasswordVariable &operator=(const PasswordVariable &) = delete;

private:
    static constexpr const char *CliPassword = "SIMUTASI_PASSWORD";
};

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery query(sql, db.connection());
    INFO(query.lastError().text().toStdString());
    REQUIRE((query.isActive() && query.next()));
    return query.value(0).toLongLong();
}

qint64 employees(const CliDemo &demo)
{
    return countOf(*demo.open(), QStringLiteral("SELECT count(*) FROM employee"));
}

// Audit entries about anything but the accounts (a log-in writes one of its own).
qint64 dataAudit(const CliDemo &demo)
{
    return countOf(*demo.open(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE entity <> 'user'"));
}

QString writeFile(const CliDemo &demo, const QString &name, const QString &text)
{
    const QString path = demo.dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

// One new employee for an existing bidang of the demo (unique by name with its OPD).
QString newEmployeeFile(const CliDemo &demo)
{
    const auto db = demo.open();
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT u.name, o.name FROM org_unit u JOIN org_unit o ON o.id = u.opd_id "
                       "WHERE u.kind = 'bidang' ORDER BY u.id LIMIT 1")));
    REQUIRE(query.next());
    const QString nip = QStringLiteral("199005152015031001");
    REQUIRE(
        countOf(*db, QStringLiteral("SELECT count(*) FROM employee WHERE nip = '%1'").arg(nip)) ==
        0);
    return writeFile(demo, QStringLiteral("pegawai.csv"),
                     QStringLiteral("NIP;Nama;Gol/Ruang;Unit Kerja;OPD\r\n"
                                    "%1;Rahmat Hidayat;III/b;%2;%3\r\n")
                         .arg(nip, query.value(0).toString(), query.value(1).toString()));
}

// A move the rules allow without conflict: an employee into a free place of their own
// jabatan in another unit.
struct Move
{
    QString nip;
    QString unitCode;
    QString jabatan;
    QString spec() const { return nip + u'=' + unitCode + u'/' + jabatan; }
};

const QString Justification = QStringLiteral("Pemerataan guru dan tenaga kesehatan");

// `wanted` moves of different employees into different posts, found with the workflow's own
// dry run (checkLine) so that the command line must accept them.
QList<Move> allowedMoves(const CliDemo &demo, int wanted)
{
    const auto db = demo.open();
    User tester;
    tester.id = 1;
    tester.name = QStringLiteral("tester");
    tester.roles.add(Role::Operator);
    ProposalWorkflow workflow(*db, tester);
    DatabaseError error;
    const CandidatePool pool = LineAssessor(*db, workflow.now().date()).loadPool(&error);
    REQUIRE_FALSE(error);
    workflow.usePool(&pool);
    QSqlQuery posts(db->connection());
    REQUIRE(posts.exec(QStringLiteral(
        "SELECT f.unit_id, f.jabatan_id, u.code, j.name FROM formasi f "
        "JOIN org_unit u ON u.id = f.unit_id JOIN jabatan j ON j.id = f.jabatan_id "
        "WHERE u.closed_on IS NULL AND u.code <> '' AND f.required > (SELECT count(*) FROM "
        "employee e WHERE e.unit_id = f.unit_id AND e.jabatan_id = f.jabatan_id) "
        "ORDER BY f.unit_id, f.jabatan_id")));
    QList<Move> moves;
    QSet<qint64> used;
    while (moves.size() < wanted && posts.next()) {
        const qint64 unitId = posts.value(0).toLongLong();
        const qint64 jabatanId = posts.value(1).toLongLong();
        QSqlQuery people(db->connection());
        REQUIRE(people.exec(QStringLiteral("SELECT id, nip FROM employee WHERE jabatan_id = %1 "
                                           "AND unit_id <> %2 ORDER BY id")
                                .arg(jabatanId)
                                .arg(unitId)));
        while (people.next()) {
            const qint64 employeeId = people.value(0).toLongLong();
            if (used.contains(employeeId))
                continue;
            LineRequest request;
            request.employeeId = employeeId;
            request.toUnitId = unitId;
            request.toJabatanId = jabatanId;
            request.reason = QStringLiteral("Pemerataan");
            request.plannedTmt = QDate(2027, 1, 1);
            request.justification = Justification;
            const LineCheck check = workflow.checkLine(0, request);
            if (check.accepted && check.conflicts.isEmpty()) {
                used.insert(employeeId);
                moves << Move{people.value(1).toString(), posts.value(2).toString(),
                              posts.value(3).toString()};
                break;
            }
        }
    }
    REQUIRE(moves.size() == wanted);
    return moves;
}

QStringList createArguments(const QString &title)
{
    return {QStringLiteral("proposal"),        QStringLiteral("create"),
            QStringLiteral("--user"),          QStringLiteral("operator"),
            QStringLiteral("--title"),         title,
            QStringLiteral("--tmt"),           QStringLiteral("2027-01-01"),
            QStringLiteral("--reason"),        QStringLiteral("Pemerataan pegawai"),
            QStringLiteral("--justification"), Justification};
}

// The id the command printed: "Created proposal USL-2026-0020 (id 20), ...".
qint64 createdId(const QString &out)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Created proposal \\S+ \\(id (\\d+)\\)")).match(out);
    INFO(out.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).toLongLong();
}

QStringList nipsOf(const CliDemo &demo, qint64 proposalId)
{
    QStringList nips;
    for (const ProposalLine &line : ProposalRepository(*demo.open()).lines(proposalId))
        nips << line.nip;
    return nips;
}

int proposalCount(const CliDemo &demo)
{
    return ProposalRepository(*demo.open()).count({});
}

} // namespace

TEST_CASE("import on a database with accounts needs --user with the role to import",
          "[workflow][cli][import]")
{
    const CliDemo demo;
    const QString file = newEmployeeFile(demo);
    const QStringList import{QStringLiteral("import"), QStringLiteral("--kind"),
                             QStringLiteral("employees"), file};
    const qint64 employeesBefore = employees(demo);
    const qint64 auditBefore =
        countOf(*demo.open(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QString out, err;

    // Nobody named: refused before anything is read into the database.
    CHECK(demo.run(import, {}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("import needs --user: this database has user accounts")));
    CHECK(employees(demo) == employeesBefore);
    CHECK(countOf(*demo.open(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    // A dry run writes nothing, so it needs nobody.
    CHECK(demo.run(import + QStringList{QStringLiteral("--dry-run")}, {}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Would insert: 1")));

    const qint64 dataAuditBefore = dataAudit(demo);
    {
        // Pimpinan reads only: the core refuses, naming the role that is missing.
        const PasswordVariable password("pimpinan123");
        CHECK(demo.run(import + QStringList{QStringLiteral("--user"), QStringLiteral("pimpinan")},
                       {}, &out, &err) == 1);
        CHECK(err.contains(QStringLiteral("pimpinan")));
        CHECK(err.contains(QStringLiteral("Operator BKD")));
        CHECK(employees(demo) == employeesBefore);
        // Only the log-in itself is recorded.
        CHECK(dataAudit(demo) == dataAuditBefore);
    }
    {
        // A wrong password is refused like any log-in.
        const PasswordVariable password("wrong-password");
        CHECK(demo.run(import + QStringList{QStringLiteral("--user"), QStringLiteral("operator")},
                       {}, &out, &err) == 1);
        CHECK(employees(demo) == employeesBefore);
    }
    {
        const PasswordVariable password("operator123");
        REQUIRE(demo.run(import + QStringList{QStringLiteral("--user"), QStringLiteral("operator")},
                         {}, &out, &err) == 0);
    }
    CHECK(out.contains(QStringLiteral("Inserted: 1")));
    CHECK(employees(demo) == employeesBefore + 1);
    // The audit entries carry the user who logged in, not the operating-system account.
    CHECK(countOf(*demo.open(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                               "'employee' AND action = 'import' AND user_name "
                                               "= 'operator' AND id > %1")
                                    .arg(auditBefore)) >= 1);
    CHECK(countOf(*demo.open(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity <> "
                                               "'user' AND user_name <> 'operator' AND id > %1")
                                    .arg(auditBefore)) == 0);
}

TEST_CASE("proposal create makes a draft from --move, withdraw-line takes the line off",
          "[workflow][cli]")
{
    const CliDemo demo;
    const Move move = allowedMoves(demo, 1).constFirst();
    const int before = proposalCount(demo);
    QString out, err;

    // Pimpinan may not create proposals: refused with the role named, nothing created.
    QStringList arguments = createArguments(QStringLiteral("Mutasi satu pegawai"));
    arguments << QStringLiteral("--move") << move.spec();
    QStringList asPimpinan = arguments;
    asPimpinan[asPimpinan.indexOf(QStringLiteral("operator"))] = QStringLiteral("pimpinan");
    CHECK(demo.run(asPimpinan, "pimpinan123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("lacks the role Operator BKD")));
    CHECK(proposalCount(demo) == before);

    REQUIRE(demo.run(arguments, "operator123\n", &out, &err) == 0);
    const qint64 id = createdId(out);
    CHECK(out.contains(QStringLiteral("state draft, with 1 line(s)")));
    CHECK(proposalCount(demo) == before + 1);
    {
        const auto db = demo.open();
        ProposalRepository repository(*db);
        const std::optional<Proposal> proposal = repository.proposal(id);
        REQUIRE(proposal);
        CHECK(proposal->state == ProposalState::Draft);
        CHECK(proposal->title == u"Mutasi satu pegawai");
        CHECK(proposal->createdBy == u"operator");
        const QList<ProposalLine> lines = repository.lines(id);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].nip == move.nip);
        CHECK(lines[0].toJabatanName == move.jabatan);
        CHECK(lines[0].plannedTmt == QDate(2027, 1, 1));
        CHECK(lines[0].reason == u"Pemerataan pegawai");
        CHECK(lines[0].source == LineSource::Manual);
        CHECK(lines[0].decision == LineDecision::Pending);
    }

    // The same employee again: already on an open proposal, so nothing is created.
    REQUIRE(demo.run(arguments, "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("--move 1 (NIP %1)").arg(move.nip)));
    CHECK(err.contains(QStringLiteral("already on the open proposal")));
    CHECK(proposalCount(demo) == before + 1);

    // Unknown NIP, unit and jabatan are named before anything is written.
    QStringList unknown = createArguments(QStringLiteral("Salah"));
    unknown << QStringLiteral("--move") << QStringLiteral("199901012020011999=NO-SUCH/Guru Hantu");
    CHECK(demo.run(unknown, "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("there is no employee with this NIP")));
    CHECK(err.contains(QStringLiteral("\"NO-SUCH\"")));
    CHECK(err.contains(QStringLiteral("\"Guru Hantu\"")));
    CHECK(proposalCount(demo) == before + 1);
    // A --move that is not NIP=UNIT/JABATAN is a usage error.
    unknown.last() = QStringLiteral("199901012020011999");
    CHECK(demo.run(unknown, "operator123\n", &out, &err) == 2);

    // Withdrawing the draft's line: the row stays, withdrawn with the reason.
    const QString proposalId = QString::number(id);
    CHECK(demo.run({QStringLiteral("proposal"), QStringLiteral("withdraw-line"), proposalId,
                    QStringLiteral("--line"), QStringLiteral("7"), QStringLiteral("--reason"),
                    QStringLiteral("x"), QStringLiteral("--user"), QStringLiteral("operator")},
                   "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("has no line 7")));
    REQUIRE(demo.run({QStringLiteral("proposal"), QStringLiteral("withdraw-line"), proposalId,
                      QStringLiteral("--line"), QStringLiteral("1"), QStringLiteral("--reason"),
                      QStringLiteral("Pegawai sedang tugas belajar"), QStringLiteral("--user"),
                      QStringLiteral("operator")},
                     "operator123\n", &out, &err) == 0);
    const QList<ProposalLine> after = ProposalRepository(*demo.open()).lines(id);
    REQUIRE(after.size() == 1);
    CHECK(after[0].decision == LineDecision::Withdrawn);
}

TEST_CASE("proposal create takes a batch file: all lines, or nothing with the bad line named",
          "[workflow][cli]")
{
    const CliDemo demo;
    const QList<Move> moves = allowedMoves(demo, 3);
    const int before = proposalCount(demo);
    QString out, err;

    // An employee already on one of the demo's open proposals.
    QString busy;
    for (const ProposalLine &line :
         ProposalRepository(*demo.open()).lines(demo.firstIn(QStringLiteral("draft")))) {
        if (line.isActive() && busy.isEmpty())
            busy = line.nip;
    }
    REQUIRE_FALSE(busy.isEmpty());
    // Semicolons, a header in any order of case, a reason of its own on one line.
    QString bad = QStringLiteral("NIP;Unit;Jabatan;Reason;Justification;Self_Requested\n");
    for (const Move &m : moves.mid(0, 2))
        bad += QStringLiteral("%1;%2;%3;;;0\n").arg(m.nip, m.unitCode, m.jabatan);
    bad += QStringLiteral("%1;%2;%3;Permintaan OPD;;tidak\n")
               .arg(busy, moves[0].unitCode, moves[0].jabatan);
    const qint64 auditBefore = dataAudit(demo);
    QStringList arguments = createArguments(QStringLiteral("Guru ke sekolah terpencil"));
    arguments << QStringLiteral("--lines") << writeFile(demo, QStringLiteral("bad.csv"), bad)
              << QStringLiteral("--submit");
    CHECK(demo.run(arguments, "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Line 4 (NIP %1)").arg(busy)));
    CHECK(err.contains(QStringLiteral("already on the open proposal")));
    CHECK(err.contains(QStringLiteral("Nothing was created: 1 of 3 lines were refused.")));
    CHECK_FALSE(err.contains(QStringLiteral("Line 2")));
    CHECK(proposalCount(demo) == before);
    CHECK(dataAudit(demo) == auditBefore);

    // Three good lines, comma-separated this time, submitted at once.
    QString good = QStringLiteral("nip,unit,jabatan,reason,justification,self_requested\n");
    for (const Move &m : moves)
        good += QStringLiteral("%1,%2,%3,,,\n").arg(m.nip, m.unitCode, m.jabatan);
    arguments[arguments.indexOf(QStringLiteral("--lines")) + 1] =
        writeFile(demo, QStringLiteral("good.csv"), good);
    REQUIRE(demo.run(arguments, "operator123\n", &out, &err) == 0);
    const qint64 id = createdId(out);
    CHECK(out.contains(QStringLiteral("state submitted, with 3 line(s)")));
    CHECK(proposalCount(demo) == before + 1);
    CHECK(demo.stateOf(id) == u"submitted");
    QStringList expected;
    for (const Move &m : moves)
        expected << m.nip;
    CHECK(nipsOf(demo, id) == expected);
    const auto db = demo.open();
    for (const ProposalLine &line : ProposalRepository(*db).lines(id)) {
        CHECK(line.reason == u"Pemerataan pegawai");
        // --justification goes only to the lines the rules warn about.
        CHECK(line.justification ==
              (line.standing == CandidateStanding::Warning ? Justification : QString()));
        CHECK(line.isActive());
        // Every line's standing is printed next to its NIP.
        CHECK(out.contains(line.nip + u' ' + line.employeeName));
    }
}

TEST_CASE("withdraw-line takes one approved line off the decision (an upheld keberatan)",
          "[workflow][cli]")
{
    const CliDemo demo;
    const qint64 id = demo.firstIn(QStringLiteral("approved"));
    ProposalLine approved;
    for (const ProposalLine &line : ProposalRepository(*demo.open()).lines(id)) {
        if (line.decision == LineDecision::Approved)
            approved = line;
    }
    REQUIRE(approved.id > 0);
    const QStringList withdraw{QStringLiteral("proposal"),
                               QStringLiteral("withdraw-line"),
                               QString::number(id),
                               QStringLiteral("--line"),
                               QString::number(approved.position),
                               QStringLiteral("--reason"),
                               QStringLiteral("Keberatan pegawai dikabulkan")};
    QString out, err;
    CHECK(demo.run(withdraw + QStringList{QStringLiteral("--user"), QStringLiteral("pimpinan")},
                   "pimpinan123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("lacks the role")));
    // Without --line it is a usage error.
    CHECK(demo.run(withdraw.mid(0, 3) +
                       QStringList{QStringLiteral("--user"), QStringLiteral("operator")},
                   "operator123\n", &out, &err) == 2);
    REQUIRE(demo.run(withdraw + QStringList{QStringLiteral("--user"), QStringLiteral("operator")},
                     "operator123\n", &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("is withdrawn")));
    const auto db = demo.open();
    const std::optional<ProposalLine> line = ProposalRepository(*db).line(approved.id);
    REQUIRE(line);
    CHECK(line->decision == LineDecision::Withdrawn);
    CHECK(line->decisionNote == u"Keberatan pegawai dikabulkan");
}

TEST_CASE("proposal create refuses a line with warnings unless it is justified", "[workflow][cli]")
{
    const CliDemo demo;
    // A missing SKP year only warns (DOMAIN.md): take one away from an employee who may move.
    const Move move = allowedMoves(demo, 1).constFirst();
    {
        const auto db = demo.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("DELETE FROM skp_rating WHERE employee_id = (SELECT id "
                                          "FROM employee WHERE nip = '%1') AND year = (SELECT "
                                          "max(year) FROM skp_rating)")
                               .arg(move.nip)));
        REQUIRE(query.numRowsAffected() == 1);
    }
    QStringList arguments = createArguments(QStringLiteral("Mutasi dengan catatan"));
    const qsizetype option = arguments.indexOf(QStringLiteral("--justification"));
    arguments.remove(option, 2);
    arguments << QStringLiteral("--move") << move.spec();
    const int before = proposalCount(demo);
    QString out, err;
    CHECK(demo.run(arguments, "operator123\n", &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("--move 1 (NIP %1)").arg(move.nip)));
    CHECK(err.contains(QStringLiteral("written justification")));
    CHECK(proposalCount(demo) == before);

    arguments << QStringLiteral("--justification") << Justification;
    REQUIRE(demo.run(arguments, "operator123\n", &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("eligible with warnings")));
    const QList<ProposalLine> lines = ProposalRepository(*demo.open()).lines(createdId(out));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].standing == CandidateStanding::Warning);
    CHECK(lines[0].justification == Justification);
}
