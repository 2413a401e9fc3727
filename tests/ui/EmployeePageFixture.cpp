#include "EmployeePageFixture.h"

#include "EmployeeTableModel.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace Simutasi::Test {

namespace {

QString sharedDemoDatabase()
{
    static TempDir dir;
    static const QString path = [] {
        const QString file = dir.path(QStringLiteral("shared-demo.db"));
        buildDemoDatabase(file, EmployeePageFixture::DemoSize);
        return file;
    }();
    return path;
}

} // namespace

EmployeePageFixture::EmployeePageFixture()
{
    const QString path = dir.path(QStringLiteral("demo.db"));
    REQUIRE(QFile::copy(sharedDemoDatabase(), path));
    DatabaseError error;
    db = Database::open(path, &error);
    REQUIRE(db);
    settings = settingsIn(dir.path(QStringLiteral("settings.ini")));
    page = std::make_unique<EmployeePage>(*settings);
    page->resize(1280, 760);
    page->setDatabase(db.get());
    page->show();
}

EmployeePageFixture::~EmployeePageFixture()
{
    page->setDatabase(nullptr);
}

int EmployeePageFixture::rows() const
{
    return page->model()->rowCount();
}

qint64 EmployeePageFixture::showOnly(const QString &nipDigits)
{
    page->searchField()->setText(nipDigits);
    QTest::keyClick(page->searchField(), Qt::Key_Return);
    REQUIRE(rows() == 1);
    return page->model()->employeeId(0);
}

} // namespace Simutasi::Test
