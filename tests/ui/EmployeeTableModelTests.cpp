// EmployeeTableModel on a real temporary database: model contract, paging, SQL sorting and
// filtering, and how the cells are displayed.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "EmployeeTableModel.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>

using namespace Simutasi;
using Column = EmployeeTableModel::Column;

namespace {

constexpr int RegistrySize = 600;

// One registry file per test, opened once.
struct Fixture
{
    Test::TempDir dir;
    std::unique_ptr<Database> db;

    Fixture()
    {
        const QString path = dir.path(QStringLiteral("registry.db"));
        Test::buildSmallRegistry(path, RegistrySize);
        DatabaseError error;
        db = Database::open(path, &error);
        REQUIRE(db);
    }

    // Employee ids in the order a direct query gives, as the reference for the model's order.
    QList<qint64> idsOrderedBy(const QString &orderBy) const
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM employee ORDER BY ") + orderBy));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }
};

QList<qint64> modelIds(const EmployeeTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(EmployeeTableModel::IdRole).toLongLong());
    return ids;
}

QString cell(const EmployeeTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("EmployeeTableModel keeps the item model contract", "[ui][model]")
{
    Fixture f;
    Test::ModelTesterLog log;
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setDatabase(f.db.get());
    CHECK(model.rowCount() == RegistrySize);
    CHECK(model.columnCount() == EmployeeTableModel::ColumnCount);
    for (int column = 0; column < EmployeeTableModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    model.setFilter(EmployeeFilter{QStringLiteral("siti"), 0, std::nullopt});
    model.setFilter(EmployeeFilter{QStringLiteral("no such name at all"), 0, std::nullopt});
    model.setFilter(EmployeeFilter{});
    model.reload();
    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
    model.setDatabase(f.db.get());

    CHECK(log.failures().join(u'\n').toStdString().empty());
}

TEST_CASE("EmployeeTableModel counts in SQL and reads rows page by page", "[ui][model]")
{
    Fixture f;
    EmployeeTableModel model;
    model.setDatabase(f.db.get());
    const EmployeeRepository repository(*f.db);

    CHECK(model.rowCount() == repository.count());
    CHECK(model.totalCount() == RegistrySize);
    CHECK_FALSE(model.isFiltered());
    // Counting reads no rows; a cell reads only its page.
    CHECK(model.cachedPageCount() == 0);
    CHECK_FALSE(cell(model, 0, Column::NameColumn).isEmpty());
    CHECK(model.cachedPageCount() == 1);
    CHECK_FALSE(cell(model, RegistrySize - 1, Column::NameColumn).isEmpty());
    CHECK(model.cachedPageCount() == 2);
    CHECK(cell(model, RegistrySize, Column::NameColumn).isEmpty());
    CHECK(model.employeeId(RegistrySize - 1) > 0);
    CHECK(model.employeeId(RegistrySize) == 0);

    SECTION("the cache never holds more than its bound")
    {
        // The same rows asked again and again stay within the bound of pages.
        for (int round = 0; round < 3; ++round) {
            for (int row = 0; row < RegistrySize; row += 7)
                model.index(row, 0).data();
        }
        CHECK(model.cachedPageCount() <= EmployeeTableModel::MaxCachedPages);
        CHECK(model.cachedPageCount() ==
              (RegistrySize + EmployeeTableModel::PageSize - 1) / EmployeeTableModel::PageSize);
    }
}

TEST_CASE("EmployeeTableModel sorts in SQL", "[ui][model]")
{
    Fixture f;
    EmployeeTableModel model;
    model.setDatabase(f.db.get());

    SECTION("by name, ascending and descending, as the database orders names")
    {
        model.sort(Column::NameColumn, Qt::AscendingOrder);
        CHECK(modelIds(model) == f.idsOrderedBy(QStringLiteral("name COLLATE NOCASE, id")));
        // The names themselves ascend, whatever their case ("agus" among "Andi" and "Budi").
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(EmployeeTableModel::IdRole).toLongLong();
            const QString name = Test::nameOf(int(id - 1));
            CHECK(QString::compare(previous, name, Qt::CaseInsensitive) <= 0);
            previous = name;
        }
        model.sort(Column::NameColumn, Qt::DescendingOrder);
        CHECK(modelIds(model) ==
              f.idsOrderedBy(QStringLiteral("name COLLATE NOCASE DESC, id DESC")));
    }

    SECTION("by NIP")
    {
        model.sort(Column::NipColumn, Qt::AscendingOrder);
        QStringList nips;
        for (int row = 0; row < model.rowCount(); ++row)
            nips << cell(model, row, Column::NipColumn, EmployeeTableModel::NipDigitsRole);
        QStringList sorted = nips;
        sorted.sort();
        CHECK(nips == sorted);
    }

    SECTION("by TMT jabatan, newest first")
    {
        model.sort(Column::TmtJabatanColumn, Qt::DescendingOrder);
        CHECK(modelIds(model) == f.idsOrderedBy(QStringLiteral("tmt_jabatan DESC, id DESC")));
    }

    SECTION("by golongan, PPPK grades after the golongan")
    {
        model.sort(Column::GolonganColumn, Qt::AscendingOrder);
        CHECK(cell(model, 0, Column::GolonganColumn) == u"I/a");
        CHECK(cell(model, model.rowCount() - 1, Column::GolonganColumn) == u"IX");
    }
}

TEST_CASE("EmployeeTableModel filters by name and by NIP in any spelling", "[ui][model]")
{
    Fixture f;
    EmployeeTableModel model;
    model.setDatabase(f.db.get());
    const EmployeeRepository repository(*f.db);

    SECTION("part of a name, in any case")
    {
        int expected = 0;
        for (int i = 0; i < RegistrySize; ++i)
            expected += Test::fullNameOf(i).contains(u"siti", Qt::CaseInsensitive) ? 1 : 0;
        REQUIRE(expected > 0);
        REQUIRE(expected < RegistrySize);

        const EmployeeFilter filter{QStringLiteral("SiTi"), 0, std::nullopt};
        model.setFilter(filter);
        CHECK(model.isFiltered());
        CHECK(model.rowCount() == expected);
        CHECK(model.rowCount() == repository.count(filter));
        CHECK(model.totalCount() == RegistrySize);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(cell(model, row, Column::NameColumn).contains(u"siti", Qt::CaseInsensitive));
    }

    SECTION("a whole NIP written with spaces finds that one employee")
    {
        const QString digits = Test::nipOf(123);
        const QString spaced = Nip::parse(digits).formatted();
        REQUIRE(spaced.count(u' ') == 3);
        model.setFilter(EmployeeFilter{spaced, 0, std::nullopt});
        REQUIRE(model.rowCount() == 1);
        CHECK(cell(model, 0, Column::NipColumn, EmployeeTableModel::NipDigitsRole) == digits);
        CHECK(cell(model, 0, Column::NipColumn) == spaced);
        CHECK(cell(model, 0, Column::NameColumn) == Test::fullNameOf(123));
    }

    SECTION("the start of a NIP with spaces finds everyone born that month")
    {
        const QString birthMonth = Test::nipOf(40).left(6); // yyyyMM
        int expected = 0;
        for (int i = 0; i < RegistrySize; ++i)
            expected += Test::nipOf(i).contains(birthMonth) ? 1 : 0;
        model.setFilter(
            EmployeeFilter{birthMonth.left(4) + u' ' + birthMonth.mid(4), 0, std::nullopt});
        CHECK(model.rowCount() == expected);
        CHECK(model.rowCount() < RegistrySize);
    }

    SECTION("status")
    {
        EmployeeFilter filter;
        filter.status = EmployeeStatus::Pppk;
        model.setFilter(filter);
        CHECK(model.rowCount() == RegistrySize / 10);
        CHECK(cell(model, 0, Column::StatusColumn) == u"PPPK");
    }

    SECTION("clearing the filter shows everyone again")
    {
        model.setFilter(EmployeeFilter{QStringLiteral("zainal"), 0, std::nullopt});
        CHECK(model.rowCount() < RegistrySize);
        model.setFilter(EmployeeFilter{});
        CHECK(model.rowCount() == RegistrySize);
        CHECK_FALSE(model.isFiltered());
    }
}

TEST_CASE("EmployeeTableModel shows cells the way officers write them", "[ui][model]")
{
    Fixture f;
    EmployeeTableModel model;
    model.setDatabase(f.db.get());
    model.sort(Column::NipColumn, Qt::AscendingOrder);
    // Employee 0 has the smallest NIP: born 1 January 1965.
    REQUIRE(cell(model, 0, 0, EmployeeTableModel::NipDigitsRole) == Test::nipOf(0));
    CHECK(cell(model, 0, Column::NipColumn) == Nip::parse(Test::nipOf(0)).formatted());
    CHECK(cell(model, 0, Column::NameColumn) == u"Dr. Siti Aminah, S.Pd.");
    CHECK(cell(model, 0, Column::GenderColumn) == u"L");
    CHECK(cell(model, 0, Column::StatusColumn) == u"PNS");
    CHECK(cell(model, 0, Column::GolonganColumn) == u"I/a");
    CHECK(cell(model, 0, Column::JabatanColumn) == u"Analis Kepegawaian Ahli Pertama");
    CHECK(cell(model, 0, Column::UnitColumn) == u"Dinas Pendidikan");
    CHECK(cell(model, 0, Column::OpdColumn) == u"Dinas Pendidikan");
    CHECK(cell(model, 1, Column::UnitColumn) == u"Sekretariat Dinas Pendidikan");
    CHECK(cell(model, 1, Column::OpdColumn) == u"Dinas Pendidikan");
    CHECK(cell(model, 1, Column::GenderColumn) == u"P");
    CHECK(cell(model, 4, Column::GolonganColumn) == u"IX"); // a PPPK grade
    CHECK(cell(model, 0, Column::TmtJabatanColumn) == u"2 January 2019");
    CHECK(cell(model, 0, Column::BirthDateColumn) == u"1 January 1965");
    CHECK(model.index(0, Column::NameColumn).data(EmployeeTableModel::IdRole).toLongLong() ==
          model.employeeId(0));

    SECTION("dates follow the Indonesian locale")
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        model.reload();
        const QString tmt = cell(model, 0, Column::TmtJabatanColumn);
        QLocale::setDefault(previous);
        CHECK(tmt == u"2 Januari 2019");
    }

    CHECK(model.headerData(Column::NipColumn, Qt::Horizontal).toString() == u"NIP");
    CHECK(model.headerData(Column::GolonganColumn, Qt::Horizontal).toString() == u"Gol.");
}
