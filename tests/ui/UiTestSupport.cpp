#include "UiTestSupport.h"

#include "DialogSeams.h"
#include "LoginDialog.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QMutex>
#include <QSettings>
#include <QThread>
#include <map>

namespace Simutasi::Test {

namespace {

QMutex logMutex;
QStringList modelTesterFailures;
QtMessageHandler previousHandler = nullptr;

void collectModelTesterMessages(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
        const QMutexLocker lock(&logMutex);
        modelTesterFailures.append(message);
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QStringList FirstNames = {
    QStringLiteral("Siti"),    QStringLiteral("Budi"),       QStringLiteral("agus"),
    QStringLiteral("Dewi"),    QStringLiteral("Rahmat"),     QStringLiteral("Nur"),
    QStringLiteral("Yohanes"), QStringLiteral("Made"),       QStringLiteral("Putu"),
    QStringLiteral("Andi"),    QStringLiteral("Maria"),      QStringLiteral("Zainal"),
    QStringLiteral("Eka"),     QStringLiteral("Fransiskus"), QStringLiteral("Lusi"),
    QStringLiteral("Wayan"),   QStringLiteral("Hendra")};
const QStringList LastNames = {
    QStringLiteral("Aminah"),      QStringLiteral("Santoso"),    QStringLiteral("Hidayat"),
    QStringLiteral("Lestari"),     QStringLiteral("Wirawan"),    QStringLiteral("de Fretes"),
    QStringLiteral("Sitorus"),     QStringLiteral("Manuhutu"),   QStringLiteral("Rumbewas"),
    QStringLiteral("Kurniawan"),   QStringLiteral("Pattiasina"), QStringLiteral("Yanti"),
    QStringLiteral("Siregar"),     QStringLiteral("Maturbongs"), QStringLiteral("Wanggai"),
    QStringLiteral("Simanjuntak"), QStringLiteral("Tuhumury"),   QStringLiteral("Saputra"),
    QStringLiteral("Nainggolan"),  QStringLiteral("Mofu"),       QStringLiteral("Sembiring"),
    QStringLiteral("Latuconsina"), QStringLiteral("Rahayu")};

QString frontTitleOf(int index)
{
    return index % 7 == 0 ? QStringLiteral("Dr.") : QString();
}

QString backTitleOf(int index)
{
    return index % 3 == 0   ? QStringLiteral("S.Pd.")
           : index % 5 == 0 ? QStringLiteral("S.E., M.M.")
                            : QString();
}

} // namespace

std::unique_ptr<Settings> settingsIn(const QString &iniPath)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath, QSettings::IniFormat));
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

ModelTesterLog::ModelTesterLog()
{
    const QMutexLocker lock(&logMutex);
    modelTesterFailures.clear();
    previousHandler = qInstallMessageHandler(collectModelTesterMessages);
}

ModelTesterLog::~ModelTesterLog()
{
    qInstallMessageHandler(previousHandler);
    previousHandler = nullptr;
}

QStringList ModelTesterLog::failures() const
{
    const QMutexLocker lock(&logMutex);
    return modelTesterFailures;
}

QString nipOf(int index)
{
    const QDate birth = QDate(1965, 1, 1).addDays(qint64(index) * 17);
    const int cpnsMonth = index % 12 + 1;
    return birth.toString(QStringLiteral("yyyyMMdd")) +
           QStringLiteral("%1%2").arg(birth.year() + 24).arg(cpnsMonth, 2, 10, QLatin1Char('0')) +
           (index % 2 ? QStringLiteral("2") : QStringLiteral("1")) +
           QStringLiteral("%1").arg(index % 900 + 1, 3, 10, QLatin1Char('0'));
}

QString nameOf(int index)
{
    return FirstNames.at(index % FirstNames.size()) + u' ' +
           LastNames.at((index / FirstNames.size() + index) % LastNames.size());
}

QString fullNameOf(int index)
{
    Employee e;
    e.frontTitle = frontTitleOf(index);
    e.name = nameOf(index);
    e.backTitle = backTitleOf(index);
    return e.fullName();
}

void buildSmallRegistry(const QString &path, int employees)
{
    DatabaseError error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    REQUIRE(db);
    {
        OrgRepository org(*db);
        EmployeeRepository repo(*db);
        Transaction transaction(*db);
        REQUIRE(transaction.isActive());

        OrgUnit province{0,
                         0,
                         OrgUnit::Kind::Province,
                         QStringLiteral("PROV"),
                         QStringLiteral("Pemerintah Provinsi Wanggar"),
                         0,
                         false,
                         {}};
        REQUIRE_FALSE(org.addUnit(province));
        QList<OrgUnit> units;
        for (const auto &[code, name] :
             {std::pair{QStringLiteral("DISDIK"), QStringLiteral("Dinas Pendidikan")},
              std::pair{QStringLiteral("DINKES"), QStringLiteral("Dinas Kesehatan")}}) {
            OrgUnit opd{0, province.id, OrgUnit::Kind::Opd, code, name, 0, false, {}};
            REQUIRE_FALSE(org.addUnit(opd));
            OrgUnit unit{
                0,     opd.id, OrgUnit::Kind::Bidang, {}, QStringLiteral("Sekretariat ") + name, 0,
                false, {}};
            REQUIRE_FALSE(org.addUnit(unit));
            units << opd << unit;
        }
        Jabatan guru;
        guru.name = QStringLiteral("Guru Ahli Muda");
        guru.type = JabatanType::AhliMuda;
        REQUIRE_FALSE(org.addJabatan(guru));
        Jabatan analis;
        analis.name = QStringLiteral("Analis Kepegawaian Ahli Pertama");
        analis.type = JabatanType::AhliPertama;
        REQUIRE_FALSE(org.addJabatan(analis));

        for (int i = 0; i < employees; ++i) {
            Employee e;
            e.nip = Nip::parse(nipOf(i));
            REQUIRE(e.nip.isValid());
            e.frontTitle = frontTitleOf(i);
            e.name = nameOf(i);
            e.backTitle = backTitleOf(i);
            e.gender = e.nip.gender();
            e.birthDate = e.nip.birthDate();
            e.birthPlace = QStringLiteral("Wanggar");
            if (i % 10 == 4) {
                e.status = EmployeeStatus::Pppk;
                e.pppkGrade = 9;
            } else {
                e.status = i % 13 == 6 ? EmployeeStatus::Cpns : EmployeeStatus::Pns;
                e.golongan = Golongan::fromRank(i % 17 + 1);
            }
            e.jabatanId = i % 2 ? guru.id : analis.id;
            e.unitId = units.at(i % units.size()).id;
            e.tmtJabatan = QDate(2019, 1, 2).addDays(i);
            REQUIRE_FALSE(repo.insert(e));
        }
        REQUIRE_FALSE(transaction.commit());
    }
}

void buildDemoDatabase(const QString &path, int employees)
{
    DatabaseError error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    REQUIRE(db);
    DemoGenerator::Options options;
    options.employees = employees;
    options.referenceDate = DemoReferenceDate;
    DemoGenerator generator(*db, options);
    REQUIRE_FALSE(generator.generate());
}

QString sharedDemoDatabase(int employees)
{
    static TempDir dir;
    static std::map<int, QString> built;
    QString &path = built[employees];
    if (path.isEmpty()) {
        path = dir.path(QStringLiteral("demo-shared-%1.db").arg(employees));
        buildDemoDatabase(path, employees);
    }
    return path;
}

void queueLogIn(const QString &name, const QString &password)
{
    DialogSeams::queueExecHandler([name, password](QDialog &dialog) {
        auto *login = dynamic_cast<LoginDialog *>(&dialog);
        REQUIRE(login);
        login->nameField()->setText(name);
        login->passwordField()->setText(password.isEmpty() ? name + QStringLiteral("123")
                                                           : password);
        return login->attempt() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
}

void switchUser(QWidget &window, const QString &name)
{
    queueLogIn(name);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSwitchUser"));
    REQUIRE(action);
    action->trigger();
    REQUIRE(Session::currentUser().name == name);
}

} // namespace Simutasi::Test
