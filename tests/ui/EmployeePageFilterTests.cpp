// The Pegawai page's search and filter bar narrow the table through SQL; the counts in the
// summary follow; the chosen columns survive a restart.
#include "EmployeePageFixture.h"

#include "EmployeeFilterBar.h"
#include "EmployeeTableModel.h"
#include "UnitSelector.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Simutasi;

namespace {

EmployeeFilter defaults()
{
    EmployeeFilter filter;
    filter.rotationYears = EmployeeFilterBar::RotationYears;
    filter.bupMonths = EmployeeFilterBar::BupMonths;
    return filter;
}

} // namespace

TEST_CASE("Search and filters narrow the employee table", "[ui][employees][filter]")
{
    Test::EmployeePageFixture f;
    EmployeeFilterBar *bar = f.page->filterBar();
    REQUIRE(f.rows() == f.active());
    CHECK_FALSE(bar->isVisible());
    QTest::mouseClick(bar->toggleButton(), Qt::LeftButton);
    CHECK(bar->isVisible());

    // Status PNS, then only women, then golongan III/a to III/d.
    bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findText(QStringLiteral("PNS")));
    EmployeeFilter expected = defaults();
    expected.status = EmployeeStatus::Pns;
    CHECK(f.rows() == f.count(expected));
    CHECK(f.rows() < f.active());
    bar->genderCombo()->setCurrentIndex(bar->genderCombo()->findData(int(Gender::Female)));
    expected.gender = Gender::Female;
    CHECK(f.rows() == f.count(expected));
    bar->golonganFromCombo()->setCurrentIndex(
        bar->golonganFromCombo()->findText(QStringLiteral("III/a")));
    bar->golonganToCombo()->setCurrentIndex(
        bar->golonganToCombo()->findText(QStringLiteral("III/d")));
    expected.golonganFrom = Golongan::parse(QStringLiteral("III/a"))->rank();
    expected.golonganTo = Golongan::parse(QStringLiteral("III/d"))->rank();
    CHECK(f.rows() == f.count(expected));
    CHECK(f.rows() > 0);
    CHECK(bar->toggleButton()->text() == u"Filters (4)");
    CHECK(f.page->summary() ==
          QStringLiteral("%1 of %2 employees match")
              .arg(QLocale().toString(f.rows()), QLocale().toString(f.active())));

    SECTION("a jabatan category")
    {
        QComboBox *types = bar->jabatanTypeCombo();
        types->setCurrentIndex(types->findText(QStringLiteral("Fungsional Keahlian")));
        expected.jabatanTypes = {JabatanType::AhliUtama, JabatanType::AhliMadya,
                                 JabatanType::AhliMuda, JabatanType::AhliPertama};
        CHECK(f.rows() == f.count(expected));
    }
    SECTION("due for rotation, nearing BUP and data incomplete")
    {
        QTest::mouseClick(bar->rotationButton(), Qt::LeftButton);
        expected.rotationDue = true;
        CHECK(f.rows() == f.count(expected));
        QTest::mouseClick(bar->rotationButton(), Qt::LeftButton);
        QTest::mouseClick(bar->bupButton(), Qt::LeftButton);
        expected.rotationDue = false;
        expected.nearingBup = true;
        CHECK(f.rows() == f.count(expected));
        QTest::mouseClick(bar->incompleteButton(), Qt::LeftButton);
        expected.incomplete = true;
        CHECK(f.rows() == f.count(expected));
        CHECK(bar->incompleteButton()->toolTip().contains(u"no SKP for last year"));
    }
    SECTION("an OPD picked in the tree, with the search text")
    {
        const OrgUnit opd = [&] {
            for (const OrgUnit &unit : OrgRepository(*f.db).units()) {
                if (unit.kind == OrgUnit::Kind::Opd)
                    return unit;
            }
            return OrgUnit{};
        }();
        UnitSelector *units = bar->unitSelector();
        units->showPopup();
        QTest::keyClicks(units->popupSearch(), opd.name);
        QTest::keyClick(units->popupSearch(), Qt::Key_Return);
        CHECK(units->unitId() == opd.id);
        CHECK(units->currentText() == opd.name);
        expected.unitId = opd.id;
        CHECK(f.rows() == f.count(expected));

        f.page->searchField()->setText(QStringLiteral("a"));
        QTest::keyClick(f.page->searchField(), Qt::Key_Return);
        expected.text = QStringLiteral("a");
        CHECK(f.rows() == f.count(expected));
    }
    SECTION("clear filters shows everyone again")
    {
        QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("employeeFilterClear")),
                          Qt::LeftButton);
        CHECK(f.rows() == f.active());
        CHECK(bar->toggleButton()->text() == u"Filters");
        CHECK(f.page->summary() ==
              QStringLiteral("%1 employees").arg(QLocale().toString(f.active())));
    }
}

TEST_CASE("Golongan from after to moves the other bound", "[ui][employees][filter]")
{
    Test::EmployeePageFixture f;
    EmployeeFilterBar *bar = f.page->filterBar();
    bar->golonganToCombo()->setCurrentIndex(
        bar->golonganToCombo()->findText(QStringLiteral("II/b")));
    bar->golonganFromCombo()->setCurrentIndex(
        bar->golonganFromCombo()->findText(QStringLiteral("III/c")));
    CHECK(bar->golonganToCombo()->currentText() == u"III/c");
    const EmployeeFilter filter = bar->applyTo({});
    CHECK(filter.golonganFrom == filter.golonganTo);
}

TEST_CASE("Hidden columns and their order are remembered for the next start",
          "[ui][employees][columns]")
{
    Test::EmployeePageFixture f;
    QHeaderView *header = f.page->table()->horizontalHeader();
    header->setSectionHidden(EmployeeTableModel::GenderColumn, true);
    header->moveSection(header->visualIndex(EmployeeTableModel::OpdColumn), 1);
    header->setSortIndicator(EmployeeTableModel::TmtJabatanColumn, Qt::DescendingOrder);
    f.page->saveState();
    f.settings->sync();

    // A new page (the next start) on the same settings file.
    auto settings = Test::settingsIn(f.dir.path(QStringLiteral("settings.ini")));
    EmployeePage next(*settings);
    next.setDatabase(f.db.get());
    next.resize(1280, 760);
    next.show();
    QCoreApplication::processEvents();
    QHeaderView *restored = next.table()->horizontalHeader();
    CHECK(restored->isSectionHidden(EmployeeTableModel::GenderColumn));
    CHECK(restored->visualIndex(EmployeeTableModel::OpdColumn) == 1);
    CHECK(restored->sortIndicatorSection() == EmployeeTableModel::TmtJabatanColumn);
    CHECK(next.model()->sortColumn() == EmployeeTableModel::TmtJabatanColumn);
    CHECK(next.model()->sortOrder() == Qt::DescendingOrder);
    next.setDatabase(nullptr);
}
