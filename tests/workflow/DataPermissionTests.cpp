// Issue #5: every change outside a proposal's workflow (registry, competencies, shortlist,
// imports, notifications, rules, settings) is refused in core to a user without the role, with
// the error Permissions builds and nothing written; table-driven over Permissions::rolesFor and
// the real writers.
#include "WorkflowFixture.h"

#include "analysis/AbkCalculator.h"
#include "analysis/Shortlist.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeTemplates.h"
#include "demo/DemoGenerator.h"
#include "import/ColumnMapping.h"
#include "import/CsvReader.h"
#include "import/ImportKinds.h"
#include "import/Importer.h"
#include "mail/MailQueue.h"
#include "mail/SmtpSettings.h"
#include "registry/CompetencyEditor.h"
#include "registry/EmployeeEditor.h"
#include "registry/OrgEditor.h"
#include "session/Session.h"
#include "storage/EligibilityRuleRepository.h"
#include "storage/ShortlistRepository.h"
#include "workflow/Permissions.h"

#include "storage/OrgRepository.h"

#include <QSqlQuery>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using namespace Simutasi;

namespace {

const QList<DataAction> AllActions{DataAction::EditEmployees,    DataAction::EditOrganisation,
                                   DataAction::EditCompetencies, DataAction::EditShortlist,
                                   DataAction::ImportData,       DataAction::NotifyEmployees,
                                   DataAction::EditRules,        DataAction::EditSettings};

// One real writer of the data an action guards. write(n) makes a change that differs from
// every earlier call, so an allowed call always changes the database.
struct Writer
{
    DataAction action;
    const char *name;
    std::function<DatabaseError(int n)> write;
};

// The records of the database the writers change.
struct Targets
{
    qint64 employeeId = 0; // one whose record the editor accepts as it is
    qint64 provinceId = 0;
    qint64 unitId = 0;
    qint64 jabatanId = 0;
    QList<qint64> employees; // for distinct shortlist entries

    explicit Targets(Database &db)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT unit_id, jabatan_id FROM formasi ORDER BY unit_id, "
                                      "jabatan_id LIMIT 1")));
        REQUIRE(q.next());
        unitId = q.value(0).toLongLong();
        jabatanId = q.value(1).toLongLong();
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM employee ORDER BY id LIMIT 200")));
        while (q.next())
            employees.append(q.value(0).toLongLong());
        REQUIRE(employees.size() > 100);
        EmployeeEditor editor(db, QStringLiteral("tester"));
        for (qint64 id : std::as_const(employees)) {
            if (editor.problem(*editor.load(id)).isEmpty()) {
                employeeId = id;
                break;
            }
        }
        REQUIRE(employeeId > 0);
        for (const OrgUnit &unit : OrgRepository(db).units()) {
            if (unit.kind == OrgUnit::Kind::Province)
                provinceId = unit.id;
        }
        REQUIRE(provinceId > 0);
    }
};

ImportReport importUnit(Database &db, int n)
{
    const QByteArray csv = QStringLiteral("Nama Unit;Induk;Jenis;Kode;Kabupaten/Kota;Terpencil\r\n"
                                          "Dinas Uji %1;;;UJI-%1;;N\r\n")
                               .arg(n)
                               .toUtf8();
    CsvReader reader;
    ImportTable table = reader.read(csv);
    REQUIRE_FALSE(reader.error());
    const auto kind = ImportKinds::create(QStringLiteral("units"));
    REQUIRE(kind);
    const int header = ColumnMapping::guessHeaderIndex(kind->fields(), table);
    if (header >= 0)
        table.setHeaderIndex(header);
    const ColumnMapping mapping = ColumnMapping::detect(kind->fields(), table.header());
    Importer importer(db, *kind, {});
    // The preview writes nothing and is open to every reader.
    const ImportReport preview = importer.preview(table, mapping);
    CHECK_FALSE(preview.error);
    CHECK(preview.inserted == 1);
    return importer.run(table, mapping);
}

QList<Writer> writers(Database &db, const Targets &t)
{
    const QString user = QStringLiteral("tester");
    return {
        {DataAction::EditEmployees, "EmployeeEditor::save",
         [&db, t, user](int n) {
             EmployeeEditor editor(db, user);
             const std::optional<EmployeeRecord> before = editor.load(t.employeeId);
             REQUIRE(before);
             EmployeeRecord after = *before;
             after.employee.phone = QStringLiteral("0812%1").arg(n, 6, 10, QChar(u'0'));
             return editor.save(*before, after);
         }},
        {DataAction::EditOrganisation, "OrgEditor::setFormasi",
         [&db, t, user](int n) {
             return OrgEditor(db, user).setFormasi(t.unitId, t.jabatanId, n);
         }},
        {DataAction::EditOrganisation, "OrgEditor::addUnit",
         [&db, t, user](int n) {
             OrgEditor editor(db, user);
             OrgUnit unit;
             unit.parentId = t.provinceId;
             unit.kind = OrgUnit::Kind::Opd;
             unit.name = QStringLiteral("Badan Uji %1").arg(n);
             return editor.addUnit(unit);
         }},
        {DataAction::EditOrganisation, "AbkCalculator::setEffectiveHours",
         [&db, user](int n) {
             return AbkCalculator::setEffectiveHours(db, 1000.0 + n, user);
         }},
        {DataAction::EditOrganisation, "AbkCalculator::saveTasks",
         [&db, t, user](int n) {
             QList<AbkTask> tasks{AbkTask{}};
             tasks.first().name = QStringLiteral("Tugas uji %1").arg(n);
             tasks.first().yearlyVolume = 100;
             tasks.first().minutesPerUnit = 30;
             return AbkCalculator::saveTasks(db, t.unitId, t.jabatanId, tasks, user);
         }},
        {DataAction::EditOrganisation, "AbkCalculator::adoptAsFormasi",
         [&db, t, user](int n) {
             return AbkCalculator::adoptAsFormasi(db, t.unitId, t.jabatanId, 500 + n, user);
         }},
        {DataAction::EditCompetencies, "CompetencyEditor::addCompetency",
         [&db, user](int n) {
             Competency competency;
             competency.code = QStringLiteral("UJI%1").arg(n);
             competency.name = QStringLiteral("Kompetensi uji %1").arg(n);
             return CompetencyEditor(db, user).addCompetency(competency);
         }},
        {DataAction::EditShortlist, "ShortlistRepository::add",
         [&db, t, user](int n) {
             ShortlistEntry entry{0,  t.jabatanId, t.unitId, t.employees.at(n % t.employees.size()),
                                  {}, user,        QString()};
             return ShortlistRepository(db).add(entry);
         }},
        {DataAction::ImportData, "Importer::run",
         [&db](int n) {
             return importUnit(db, n).error;
         }},
        {DataAction::NotifyEmployees, "MailQueue::enqueue",
         [&db, user](int n) {
             MailMessage message;
             message.to = QStringLiteral("pegawai%1@example.test").arg(n);
             message.subject = QStringLiteral("Pemberitahuan");
             message.body = QStringLiteral("Isi");
             return MailQueue(db).enqueue(QStringLiteral("uji-%1").arg(n), message, user);
         }},
        {DataAction::EditRules, "EligibilityRuleRepository::save",
         [&db, user](int n) {
             EligibilityRuleRepository rules(db);
             EligibilityRuleSettings settings = rules.load();
             EligibilityRuleConfig rule = settings.rule(EligibilityRuleId::NearRetirement);
             Q_UNUSED(n);
             rule.threshold = rule.threshold == 1 ? 2 : 1;
             settings.setRule(rule);
             return rules.save(settings, user);
         }},
        {DataAction::EditSettings, "DecreeTemplates::save",
         [&db, user](int n) {
             DecreeTemplates templates = DecreeTemplates::load(db);
             templates.defaultReason = QStringLiteral("Alasan uji %1").arg(n);
             return templates.save(db, user);
         }},
        {DataAction::EditSettings, "SmtpSettings::save",
         [&db, user](int n) {
             SmtpSettings smtp = SmtpSettings::load(db);
             smtp.host = QStringLiteral("smtp%1.example.test").arg(n);
             return smtp.save(db, user);
         }},
    };
}

// The refusal Permissions builds: Forbidden, naming the user (or nobody), what was being done
// and, to an active user, every role that would do.
void checkRefusal(const DatabaseError &error, DataAction action, const QString &who,
                  bool namesRoles = true)
{
    CHECK(error.kind == DatabaseError::Kind::Forbidden);
    CHECK(error.message.contains(Permissions::purpose(action)));
    CHECK(error.message.contains(who));
    if (namesRoles) {
        for (Role role : Permissions::rolesFor(action).toList())
            CHECK(error.message.contains(Roles::name(role)));
    }
}

// A demo province in `dir`, with or without its workflow part (users, proposals, decrees).
std::unique_ptr<Database> demoDatabase(const Test::TempDir &dir, int employees, bool workflow,
                                       DemoGenerator::Summary *summary = nullptr)
{
    DatabaseError error;
    auto db = Database::open(dir.path(QStringLiteral("demo.db")), &error);
    REQUIRE(db);
    DemoGenerator::Options options;
    options.employees = employees;
    options.referenceDate = Test::WorkflowFixture::Today;
    options.workflow = workflow;
    DemoGenerator generator(*db, options);
    REQUIRE_FALSE(generator.generate());
    if (summary)
        *summary = generator.summary();
    return db;
}

} // namespace

TEST_CASE("Every writer outside the workflow asks for its action's roles",
          "[workflow][permissions]")
{
    Test::WorkflowFixture f(150);
    const Targets targets(*f.db);
    const QList<Writer> list = writers(*f.db, targets);

    // Every action is guarded by at least one real writer here.
    for (DataAction action : AllActions) {
        CHECK(std::any_of(list.begin(), list.end(),
                          [action](const Writer &w) { return w.action == action; }));
    }
    // Operators keep the registry; rules and settings are the administrator's alone; the
    // Pimpinan reads only.
    CHECK(Permissions::rolesFor(DataAction::EditRules) == RoleSet{Role::Administrator});
    CHECK(Permissions::rolesFor(DataAction::EditSettings) == RoleSet{Role::Administrator});
    CHECK(Permissions::rolesFor(DataAction::EditEmployees) ==
          RoleSet({Role::Operator, Role::Administrator}));

    int n = 1;
    for (const Writer &writer : list) {
        for (Role role : Roles::all()) {
            INFO(writer.name << " as " << Roles::code(role).toStdString());
            const Test::LoggedIn scope(RoleSet{role});
            const QString before = Test::dumpContent(*f.db);
            const DatabaseError error = writer.write(n++);
            const QString after = Test::dumpContent(*f.db);
            if (Permissions::rolesFor(writer.action).has(role)) {
                CHECK_FALSE(error);
                CHECK(after != before);
            } else {
                checkRefusal(error, writer.action, QStringLiteral("'tester'"));
                CHECK(after == before);
            }
        }
    }
}

TEST_CASE("With user accounts, nobody logged in and a deactivated user may write nothing",
          "[workflow][permissions]")
{
    Test::WorkflowFixture f(150);
    const Targets targets(*f.db);
    const QList<Writer> list = writers(*f.db, targets);
    REQUIRE_FALSE(Session::isLoggedIn());

    User deactivated = f.user(Role::Administrator);
    deactivated.roles = {Role::Administrator, Role::Operator};
    deactivated.active = false;

    int n = 1;
    for (const Writer &writer : list) {
        INFO(writer.name);
        const QString before = Test::dumpContent(*f.db);
        checkRefusal(writer.write(n++), writer.action, QStringLiteral("Nobody is logged in"),
                     false);

        Session::logIn(deactivated);
        const DatabaseError error = writer.write(n++);
        Session::logOut();
        checkRefusal(error, writer.action, QStringLiteral("'admin' is deactivated"), false);
        CHECK(Test::dumpContent(*f.db) == before);
    }

    // The real accounts of the fixture: the operator may keep the registry, not the rules.
    Session::logIn(f.user(Role::Operator));
    CHECK_FALSE(Permissions::requireCurrent(*f.db, DataAction::EditEmployees));
    const DatabaseError rules = Permissions::requireCurrent(*f.db, DataAction::EditRules);
    Session::logOut();
    CHECK(rules.message == QStringLiteral("User 'operator' lacks the role Administrator needed "
                                          "to change the eligibility rules."));
}

TEST_CASE("A database without any user account accepts changes from whoever runs the program",
          "[workflow][permissions]")
{
    Test::TempDir dir;
    // Without the demo's workflow part there are no accounts: a province being set up before
    // its first administrator.
    const auto db = demoDatabase(dir, 150, false);
    REQUIRE_FALSE(Session::isLoggedIn());

    const Targets targets(*db);
    int n = 1;
    for (const Writer &writer : writers(*db, targets)) {
        INFO(writer.name);
        const QString before = Test::dumpContent(*db);
        CHECK_FALSE(writer.write(n++));
        CHECK(Test::dumpContent(*db) != before);
    }
    // Whoever logs in is judged, even here.
    const Test::LoggedIn pimpinan(RoleSet{Role::Pimpinan});
    CHECK(Permissions::requireCurrent(*db, DataAction::EditEmployees).kind ==
          DatabaseError::Kind::Forbidden);
}

TEST_CASE("The role is asked before anything else is looked at", "[workflow][permissions]")
{
    Test::WorkflowFixture f(150);
    const Targets targets(*f.db);
    const QString before = Test::dumpContent(*f.db);
    {
        // A Pimpinan learns that the role is missing, not that the notice or the candidate is
        // wrong; an operator gets the ordinary answer.
        const Test::LoggedIn pimpinan(RoleSet{Role::Pimpinan});
        DecreeNotifications notifications(*f.db);
        const QDate day = Test::WorkflowFixture::Today;
        checkRefusal(notifications.markHandedOver(999999, day, QStringLiteral("tester")),
                     DataAction::NotifyEmployees, QStringLiteral("'tester'"));
        checkRefusal(notifications.acknowledge(999999, day, QStringLiteral("tester")),
                     DataAction::NotifyEmployees, QStringLiteral("'tester'"));
        checkRefusal(
            notifications.object(999999, day, QStringLiteral("alasan"), QStringLiteral("tester")),
            DataAction::NotifyEmployees, QStringLiteral("'tester'"));
        checkRefusal(MailQueue(*f.db).retry(999999, QStringLiteral("tester")),
                     DataAction::NotifyEmployees, QStringLiteral("'tester'"));
        const MailQueue::RunResult run =
            MailQueue(*f.db).sendPending([](const MailMessage &) { return QString(); });
        checkRefusal(run.error, DataAction::NotifyEmployees, QStringLiteral("'tester'"));
        CHECK(run.sent == 0);
        const Shortlist::AddResult added =
            Shortlist(*f.db, targets.jabatanId, targets.unitId)
                .add(targets.employeeId, TransferKind::AgencyOrdered, QStringLiteral("tester"));
        CHECK_FALSE(added.added);
        CHECK(added.refusal.isEmpty());
        checkRefusal(added.error, DataAction::EditShortlist, QStringLiteral("'tester'"));
        checkRefusal(ShortlistRepository(*f.db).remove(1), DataAction::EditShortlist,
                     QStringLiteral("'tester'"));
    }
    // resolve() judges its actor, the one the workflow judges too.
    checkRefusal(DecreeNotifications(*f.db).resolve(999999, DecreeNotice::Resolution::Rejected,
                                                    Test::WorkflowFixture::Today, QString(),
                                                    f.user(Role::Pimpinan)),
                 DataAction::NotifyEmployees, QStringLiteral("'pimpinan'"));
    CHECK(Test::dumpContent(*f.db) == before);
    {
        const Test::LoggedIn operatorScope(RoleSet{Role::Operator});
        const DatabaseError missing = DecreeNotifications(*f.db).markHandedOver(
            999999, Test::WorkflowFixture::Today, QStringLiteral("tester"));
        CHECK(missing.isError());
        CHECK(missing.kind != DatabaseError::Kind::Forbidden);
    }
}

TEST_CASE("The demo generator writes its province whoever is logged in", "[workflow][permissions]")
{
    // The demo writes through the repositories inside its one transaction, not through the
    // checked writers: a Pimpinan (or nobody) creating a demo database is not refused, and the
    // demo's own accounts do not stop it halfway.
    const Test::LoggedIn pimpinan(RoleSet{Role::Pimpinan});
    Test::TempDir dir;
    DemoGenerator::Summary summary;
    demoDatabase(dir, 300, true, &summary);
    CHECK(summary.users == RoleCount);
    CHECK(summary.proposals > 0);
}
