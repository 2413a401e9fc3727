// The Organisation & Positions page on a real database file: the tree, its edits through the
// page's actions (dialogs filled through DialogSeams), formasi against bezetting, the jabatan
// catalogue, and the audit entries every change leaves.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "AddFormasiDialog.h"
#include "CloseUnitDialog.h"
#include "DialogSeams.h"
#include "FormasiPanel.h"
#include "FormasiTableModel.h"
#include "JabatanCatalogueView.h"
#include "JabatanDialog.h"
#include "JabatanTableModel.h"
#include "OrgPage.h"
#include "OrgTreeModel.h"
#include "OrgUnitsView.h"
#include "UnitDetailPanel.h"
#include "UnitDialog.h"
#include "UnitPickerDialog.h"
#include "registry/OrgEditor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>

using namespace Simutasi;

namespace {

struct PageFixture
{
    Test::TempDir dir;
    QString dbPath = dir.path(QStringLiteral("registry.db"));
    std::unique_ptr<Database> db;
    std::unique_ptr<OrgPage> page;
    OrgUnitsView *units = nullptr;
    OrgTreeModel *tree = nullptr;

    PageFixture()
    {
        Test::buildSmallRegistry(dbPath, 40);
        DatabaseError error;
        db = Database::open(dbPath, &error);
        REQUIRE(db);
        page = std::make_unique<OrgPage>();
        page->resize(1280, 760);
        page->setDatabase(db.get());
        page->show();
        units = page->unitsView();
        tree = units->model();
    }

    ~PageFixture() { page->setDatabase(nullptr); }

    qint64 unitNamed(const QString &name) const
    {
        for (const OrgUnit &unit : OrgRepository(*db).units()) {
            if (unit.name == name)
                return unit.id;
        }
        return 0;
    }

    QAction *action(const char *name) const
    {
        auto *found = units->findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }

    QList<AuditEntry> audit(const QString &entity, qint64 id) const
    {
        AuditFilter filter;
        filter.entity = entity;
        filter.entityId = id;
        return AuditLog(*db).entries(filter); // newest first
    }
};

} // namespace

TEST_CASE("The organisation tree shows province, OPDs and units with their facts", "[ui][org]")
{
    PageFixture f;
    CHECK(f.tree->rowCount() == 1);
    const QModelIndex province = f.tree->index(0, 0);
    CHECK(province.data().toString() == u"Pemerintah Provinsi Wanggar");
    CHECK(f.tree->rowCount(province) == 2);
    const qint64 disdik = f.unitNamed(QStringLiteral("Dinas Pendidikan"));
    const QModelIndex opd = f.tree->indexOf(disdik);
    CHECK(f.tree->index(opd.row(), OrgTreeModel::KindColumn, opd.parent()).data().toString() ==
          u"OPD");
    CHECK(f.tree->index(opd.row(), OrgTreeModel::CodeColumn, opd.parent()).data().toString() ==
          u"DISDIK");
    // Employees are summed up the tree.
    CHECK(f.tree->totalEmployees(f.tree->unit(province)->id) == 40);
    CHECK(f.tree->totalEmployees(disdik) == 20);
    CHECK(f.units->tree()->isExpanded(f.units->tree()->model()->index(0, 0)));

    Test::ModelTesterLog log;
    QAbstractItemModelTester tester(f.tree,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(log.failures().isEmpty());

    SECTION("the search keeps the ancestors of a match")
    {
        f.units->searchField()->setText(QStringLiteral("sekretariat dinas kes"));
        QAbstractItemModel *view = f.units->tree()->model();
        REQUIRE(view->rowCount() == 1);
        const QModelIndex shownProvince = view->index(0, 0);
        REQUIRE(view->rowCount(shownProvince) == 1);
        const QModelIndex shownOpd = view->index(0, 0, shownProvince);
        CHECK(shownOpd.data().toString() == u"Dinas Kesehatan");
        CHECK(view->index(0, 0, shownOpd).data().toString() == u"Sekretariat Dinas Kesehatan");
    }
}

TEST_CASE("Adding, renaming and moving units through the page", "[ui][org][audit]")
{
    DialogSeams::ScriptedScope seams;
    PageFixture f;
    const qint64 disdik = f.unitNamed(QStringLiteral("Dinas Pendidikan"));
    const qint64 dinkes = f.unitNamed(QStringLiteral("Dinas Kesehatan"));
    f.units->selectUnit(disdik);
    REQUIRE(f.units->currentUnitId() == disdik);
    // The tree is updated in place (insert, change, move): the model must stay consistent.
    Test::ModelTesterLog log;
    QAbstractItemModelTester tester(f.tree,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // Add: the dialog is filled as an officer would.
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &unitDialog = dynamic_cast<UnitDialog &>(dialog);
        CHECK(unitDialog.kindField()->currentData().toInt() == int(OrgUnit::Kind::Bidang));
        unitDialog.nameField()->setText(QStringLiteral("Bidang Pembinaan SMK"));
        unitDialog.codeField()->setText(QStringLiteral("DISDIK.SMK"));
        unitDialog.remoteField()->setChecked(true);
        return int(QDialog::Accepted);
    });
    f.action("actionAddUnit")->trigger();
    CHECK(DialogSeams::messages().isEmpty());
    const qint64 smk = f.unitNamed(QStringLiteral("Bidang Pembinaan SMK"));
    REQUIRE(smk > 0);
    CHECK(f.units->currentUnitId() == smk); // the new unit is chosen
    const auto stored = OrgRepository(*f.db).unit(smk);
    CHECK(stored->parentId == disdik);
    CHECK(stored->code == u"DISDIK.SMK");
    CHECK(stored->remote);
    CHECK(f.tree->unit(smk)->remote);
    CHECK(f.tree->indexOf(smk, OrgTreeModel::RegionColumn).data(Qt::DecorationRole).isValid());
    CHECK(f.audit(OrgEditor::UnitEntity, smk).constFirst().action == u"create");

    // Rename in place (F2 in the tree).
    REQUIRE(f.units->renameUnit(smk, QStringLiteral("Bidang Pembinaan SMK dan SLB")));
    CHECK(f.tree->indexOf(smk).data().toString() == u"Bidang Pembinaan SMK dan SLB");
    CHECK(OrgRepository(*f.db).unit(smk)->name == u"Bidang Pembinaan SMK dan SLB");
    const AuditEntry renamed = f.audit(OrgEditor::UnitEntity, smk).constFirst();
    CHECK(renamed.action == u"update");
    CHECK(renamed.field == u"name");
    CHECK(renamed.oldValue == u"Bidang Pembinaan SMK");

    // Move with "Move to…": the picker offers the new place, the officer confirms.
    DialogSeams::queueExecHandler([dinkes](QDialog &dialog) {
        auto &picker = dynamic_cast<UnitPickerDialog &>(dialog);
        picker.choose(dinkes);
        CHECK(picker.chosenUnit() == dinkes);
        return int(QDialog::Accepted);
    });
    DialogSeams::queueButton(QMessageBox::Yes);
    f.action("actionMoveUnit")->trigger();
    CHECK(OrgRepository(*f.db).unit(smk)->parentId == dinkes);
    CHECK(OrgRepository(*f.db).opdOf(smk) == dinkes);
    CHECK(f.tree->unit(smk)->parentId == dinkes);
    CHECK(f.tree->indexOf(smk).parent() == f.tree->indexOf(dinkes));
    CHECK(f.units->currentUnitId() == smk);
    CHECK(f.audit(OrgEditor::UnitEntity, smk).constFirst().action == u"move");
    CHECK(log.failures().isEmpty());

    SECTION("drag and drop moves a unit, after asking; not onto its own branch")
    {
        QMimeData data;
        data.setData(OrgTreeModel::MimeType, QByteArray::number(dinkes));
        CHECK_FALSE(f.tree->canDropMimeData(&data, Qt::MoveAction, -1, -1, f.tree->indexOf(smk)));
        data.setData(OrgTreeModel::MimeType, QByteArray::number(smk));
        REQUIRE(f.tree->canDropMimeData(&data, Qt::MoveAction, -1, -1, f.tree->indexOf(disdik)));
        DialogSeams::queueButton(QMessageBox::Yes);
        // Refused to the view (which would remove the row itself); the page moves the unit.
        CHECK_FALSE(f.tree->dropMimeData(&data, Qt::MoveAction, -1, -1, f.tree->indexOf(disdik)));
        CHECK(Test::waitUntil([&] { return f.tree->unit(smk)->parentId == disdik; }));
        CHECK(OrgRepository(*f.db).unit(smk)->parentId == disdik);
        CHECK(DialogSeams::messages().constLast().text.contains(u"to Dinas Pendidikan?"));
    }

    SECTION("F2 in the tree renames through the page")
    {
        f.tree->setData(f.tree->indexOf(smk), QStringLiteral("Bidang SMK"));
        CHECK(Test::waitUntil([&] { return f.tree->unit(smk)->name == u"Bidang SMK"; }));
        CHECK(OrgRepository(*f.db).unit(smk)->name == u"Bidang SMK");
    }

    SECTION("a move that is not confirmed changes nothing")
    {
        DialogSeams::queueButton(QMessageBox::No);
        CHECK_FALSE(f.units->moveUnitTo(smk, disdik));
        CHECK(OrgRepository(*f.db).unit(smk)->parentId == dinkes);
    }
}

TEST_CASE("A unit with employees is closed, never removed; an unused one can be removed",
          "[ui][org][audit]")
{
    DialogSeams::ScriptedScope seams;
    PageFixture f;
    const qint64 sekretariat = f.unitNamed(QStringLiteral("Sekretariat Dinas Pendidikan"));
    REQUIRE(f.tree->directEmployees(sekretariat) > 0);
    f.units->selectUnit(sekretariat);
    Test::ModelTesterLog log;
    QAbstractItemModelTester tester(f.tree,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // Remove is refused with the reason; closing is offered, and declined here.
    DialogSeams::queueButton(QMessageBox::No);
    f.action("actionRemoveUnit")->trigger();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(u"10 employees are placed in it"));
    CHECK(DialogSeams::messages().first().text.contains(u"Close it"));
    CHECK(OrgRepository(*f.db).unit(sekretariat));

    // Close it with a date.
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        dynamic_cast<CloseUnitDialog &>(dialog).dateField()->setDate(QDate(2025, 12, 31));
        return int(QDialog::Accepted);
    });
    f.action("actionCloseUnit")->trigger();
    CHECK(OrgRepository(*f.db).unit(sekretariat)->closedOn == QDate(2025, 12, 31));
    CHECK_FALSE(f.tree->unit(sekretariat)->isOpen());
    const QModelIndex closed = f.tree->indexOf(sekretariat);
    CHECK(closed.data().toString().contains(u"closed 31 Dec 2025"));
    CHECK(closed.data(Qt::ForegroundRole).value<QColor>() != QColor(Qt::black));
    CHECK(f.units->detailPanel()->statusText() == u"Closed since 31 Dec 2025");
    CHECK_FALSE(f.action("actionCloseUnit")->isVisible());
    CHECK(f.action("actionReopenUnit")->isVisible());
    CHECK_FALSE(f.units->formasiPanel()->addButton()->isEnabled()); // a closed unit's formasi stays
    const AuditEntry entry = f.audit(OrgEditor::UnitEntity, sekretariat).constFirst();
    CHECK(entry.action == u"close");
    CHECK(entry.newValue == u"2025-12-31");

    SECTION("closed units can be hidden")
    {
        f.units->showClosedField()->setChecked(false);
        CHECK_FALSE(f.units->tree()
                        ->model()
                        ->match(f.units->tree()->model()->index(0, 0), OrgTreeModel::UnitIdRole,
                                sekretariat, 1, Qt::MatchRecursive)
                        .size());
    }

    SECTION("a unit created by mistake is removed")
    {
        const qint64 disdik = f.unitNamed(QStringLiteral("Dinas Pendidikan"));
        OrgUnit mistake{
            0, disdik, OrgUnit::Kind::Seksi, {}, QStringLiteral("Seksi Salah Ketik"), 0, false, {}};
        OrgEditor editor(*f.db, QStringLiteral("test"));
        REQUIRE_FALSE(editor.addUnit(mistake));
        f.units->reload();
        f.units->selectUnit(mistake.id);
        REQUIRE(f.units->currentUnitId() == mistake.id);
        DialogSeams::queueButton(QMessageBox::Yes);
        f.action("actionRemoveUnit")->trigger();
        CHECK_FALSE(OrgRepository(*f.db).unit(mistake.id));
        CHECK_FALSE(f.tree->unit(mistake.id));
        CHECK(f.units->currentUnitId() == disdik);
        CHECK(f.audit(OrgEditor::UnitEntity, mistake.id).constFirst().action == u"delete");
        CHECK(log.failures().isEmpty());
    }
}

TEST_CASE("Formasi is edited in place and the difference follows", "[ui][org][audit]")
{
    DialogSeams::ScriptedScope seams;
    PageFixture f;
    const qint64 sekretariat = f.unitNamed(QStringLiteral("Sekretariat Dinas Kesehatan"));
    f.units->selectUnit(sekretariat);
    FormasiPanel *panel = f.units->formasiPanel();
    FormasiTableModel *model = panel->model();
    // Nobody set a formasi, but people work there: the jabatan they hold is listed.
    REQUIRE(model->rowCount() == 1);
    const int bezetting = model->totalBezetting();
    CHECK(bezetting == f.tree->directEmployees(sekretariat));

    const int row = 0;
    const int held = model->index(row, FormasiTableModel::BezettingColumn).data().toInt();
    const qint64 jabatanId =
        model->index(row, 0).data(FormasiTableModel::JabatanIdRole).toLongLong();
    REQUIRE(model->setData(model->index(row, FormasiTableModel::FormasiColumn), held + 3));
    const QModelIndex difference = model->index(row, FormasiTableModel::DifferenceColumn);
    CHECK(difference.data().toString() == QChar(0x2212) + QStringLiteral("3"));
    CHECK(difference.data(Qt::BackgroundRole).value<QColor>().red() > 0xf0); // red-ish: short
    CHECK(OrgRepository(*f.db).formasiRequired(sekretariat, jabatanId) == held + 3);
    CHECK(panel->summary().contains(u"short"));
    const AuditEntry entry = f.audit(OrgEditor::FormasiEntity, sekretariat).constFirst();
    CHECK(entry.action == u"create");
    CHECK(entry.newValue == QString::number(held + 3));

    REQUIRE(model->setData(model->index(row, FormasiTableModel::FormasiColumn), held));
    CHECK(difference.data().toString() == u"0");
    CHECK(f.audit(OrgEditor::FormasiEntity, sekretariat).constFirst().oldValue ==
          QString::number(held + 3));
    REQUIRE(model->setData(model->index(row, FormasiTableModel::FormasiColumn), held - 1));
    CHECK(difference.data().toString() == u"+1");

    SECTION("a jabatan is added to the unit's formasi")
    {
        Jabatan kepala;
        kepala.name = QStringLiteral("Kepala Subbagian Umum");
        kepala.type = JabatanType::Pengawas;
        kepala.golonganRange = JabatanTypes::defaultGolonganRange(kepala.type);
        OrgEditor editor(*f.db, QStringLiteral("test"));
        REQUIRE_FALSE(editor.addJabatan(kepala));
        f.page->reload();
        DialogSeams::queueExecHandler([&kepala](QDialog &dialog) {
            auto &add = dynamic_cast<AddFormasiDialog &>(dialog);
            add.searchField()->setText(QStringLiteral("kepala"));
            add.choose(kepala.id);
            add.requiredField()->setValue(1);
            return int(QDialog::Accepted);
        });
        panel->addButton()->click();
        REQUIRE(model->rowCount() == 2);
        CHECK(OrgRepository(*f.db).formasiRequired(sekretariat, kepala.id) == 1);
        const int added = model->rowOf(kepala.id);
        CHECK(model->index(added, FormasiTableModel::DifferenceColumn).data().toString() ==
              QChar(0x2212) + QStringLiteral("1"));
    }
}

TEST_CASE("The jabatan catalogue adds and edits jabatan, audited", "[ui][org][audit]")
{
    DialogSeams::ScriptedScope seams;
    PageFixture f;
    JabatanCatalogueView *catalogue = f.page->catalogueView();
    const int before = catalogue->model()->rowCount();
    REQUIRE(before == 2);

    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &jabatan = dynamic_cast<JabatanDialog &>(dialog);
        jabatan.nameField()->setText(QStringLiteral("Analis Kebijakan Ahli Muda"));
        jabatan.typeField()->setCurrentIndex(
            jabatan.typeField()->findData(int(JabatanType::AhliMuda)));
        CHECK(jabatan.golonganMinField()->currentText().contains(u"III/c")); // the usual range
        jabatan.educationField()->setCurrentIndex(
            jabatan.educationField()->findData(int(EducationLevel::S1)));
        jabatan.fieldsField()->setPlainText(QStringLiteral("Ilmu Politik\nAdministrasi Publik\n"));
        return int(QDialog::Accepted);
    });
    catalogue->addJabatan();
    REQUIRE(catalogue->model()->rowCount() == before + 1);
    const qint64 id = catalogue->currentJabatanId();
    const auto stored = OrgRepository(*f.db).jabatan(id);
    REQUIRE(stored);
    CHECK(stored->name == u"Analis Kebijakan Ahli Muda");
    CHECK(stored->type == JabatanType::AhliMuda);
    CHECK(stored->minEducation == EducationLevel::S1);
    CHECK(stored->educationFields ==
          QStringList{QStringLiteral("Ilmu Politik"), QStringLiteral("Administrasi Publik")});
    const int row = catalogue->model()->rowOf(id);
    CHECK(catalogue->model()->index(row, JabatanTableModel::TypeColumn).data().toString() ==
          JabatanTypes::displayName(JabatanType::AhliMuda));
    CHECK(catalogue->model()->index(row, JabatanTableModel::GolonganColumn).data().toString() ==
          u"III/c - III/d");
    CHECK(f.audit(OrgEditor::JabatanEntity, id).size() == 6); // every field set, one entry each

    // Edit: a duplicate name is refused and the dialog comes back; then a real change.
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        dynamic_cast<JabatanDialog &>(dialog).nameField()->setText(
            QStringLiteral("guru ahli muda"));
        return int(QDialog::Accepted);
    });
    DialogSeams::queueExecHandler([](QDialog &dialog) {
        auto &jabatan = dynamic_cast<JabatanDialog &>(dialog);
        jabatan.golonganMaxField()->setCurrentIndex(
            jabatan.golonganMaxField()->findData(Golongan::parse(QStringLiteral("IV/a"))->rank()));
        jabatan.nameField()->setText(QStringLiteral("Analis Kebijakan Ahli Muda"));
        return int(QDialog::Accepted);
    });
    catalogue->editJabatan();
    REQUIRE(DialogSeams::messages().size() == 1);
    CHECK(DialogSeams::messages().first().text.contains(u"already has a jabatan"));
    CHECK(OrgRepository(*f.db).jabatan(id)->golonganRange.max.toString() == u"IV/a");
    const AuditEntry entry = f.audit(OrgEditor::JabatanEntity, id).constFirst();
    CHECK(entry.action == u"update");
    CHECK(entry.field == u"gol_max");
    CHECK(entry.oldValue == u"III/d");
    CHECK(entry.newValue == u"IV/a");
    CHECK(AuditLog(*f.db).verify().intact);
}
