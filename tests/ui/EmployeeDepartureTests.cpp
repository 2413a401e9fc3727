// The Pegawai page lists the active employees; those who left the province (the demo's past
// has a few executed pindah keluar) are shown on request, say where they went, and their
// dialog does not offer their old post for editing.
#include "EmployeePageFixture.h"

#include "EmployeeDialog.h"
#include "EmployeeFilterBar.h"
#include "EmployeeForm.h"
#include "EmployeeTableModel.h"
#include "UnitSelector.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QTableView>
#include <QTest>

using namespace Simutasi;

TEST_CASE("Active, departed or all employees in the Pegawai list", "[ui][employees][departure]")
{
    Test::EmployeePageFixture f;
    EmployeeTableModel *model = f.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QComboBox *presence = f.page->filterBar()->presenceCombo();
    REQUIRE(presence->isVisible()); // in the first row, not behind "Filters"
    CHECK(presence->currentData().toInt() == int(EmployeePresence::Active));

    EmployeeFilter left;
    left.presence = EmployeePresence::Departed;
    const int departed = f.count(left);
    REQUIRE(departed > 0); // the demo's past holds executed outgoing transfers
    CHECK(f.rows() == Test::EmployeePageFixture::DemoSize - departed);
    for (int row = 0; row < f.rows(); row += 97)
        CHECK_FALSE(model->index(row, 0).data(EmployeeTableModel::DepartedRole).toBool());

    presence->setCurrentIndex(presence->findData(int(EmployeePresence::Departed)));
    REQUIRE(f.rows() == departed);
    for (int row = 0; row < f.rows(); ++row) {
        CHECK(model->index(row, 0).data(EmployeeTableModel::DepartedRole).toBool());
        CHECK(model->index(row, EmployeeTableModel::UnitColumn)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("Transferred out to ")));
        CHECK(model->index(row, EmployeeTableModel::JabatanColumn).data().toString().isEmpty());
        CHECK(model->index(row, 0).data(Qt::ForegroundRole).isValid()); // greyed
    }
    CHECK(f.page->summary() ==
          QStringLiteral("%1 employees who left the province").arg(QLocale().toString(departed)));

    // The detail card says where and when they went, and by which SK.
    const qint64 id = model->employeeId(0);
    const Employee employee = EmployeeRepository(*f.db).byId(id).value();
    REQUIRE(employee.departure.isSet());
    f.page->table()->selectRow(0);
    const auto *post = f.page->findChild<QLabel *>(QStringLiteral("detailPost"));
    REQUIRE(post);
    CHECK(post->text() == employee.departure.describe());
    CHECK(post->text().contains(employee.departure.to));
    CHECK(post->text().contains(QStringLiteral("SK ") + employee.departure.decree));

    // Their dialog: a banner, and the post is not offered for editing.
    QPointer<EmployeeDialog> dialog = f.page->openEmployee(id);
    REQUIRE(dialog);
    const auto *banner = dialog->findChild<QLabel *>(QStringLiteral("employeeDepartureBanner"));
    REQUIRE(banner);
    CHECK(banner->text() == employee.departure.describe());
    const auto *form = dialog->findChild<EmployeeForm *>();
    REQUIRE(form);
    CHECK_FALSE(form->jabatanCombo()->isEnabled());
    CHECK_FALSE(form->unitSelector()->isEnabled());
    delete dialog.data();

    // An active employee's dialog has neither.
    presence->setCurrentIndex(presence->findData(int(EmployeePresence::All)));
    CHECK(f.rows() == Test::EmployeePageFixture::DemoSize);
    CHECK(f.page->summary() == QStringLiteral("%1 employees, active and departed")
                                   .arg(QLocale().toString(Test::EmployeePageFixture::DemoSize)));
    presence->setCurrentIndex(presence->findData(int(EmployeePresence::Active)));
    CHECK(f.rows() == f.active());
    dialog = f.page->openEmployee(model->employeeId(0));
    REQUIRE(dialog);
    CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("employeeDepartureBanner")));
    delete dialog.data();
}
