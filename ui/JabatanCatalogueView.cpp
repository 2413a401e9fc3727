#include "JabatanCatalogueView.h"

#include "DialogSeams.h"
#include "JabatanDialog.h"
#include "JabatanTableModel.h"
#include "PermissionUi.h"
#include "PlainRowDelegate.h"
#include "registry/OrgEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

JabatanCatalogueView::JabatanCatalogueView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JabatanTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(JabatanTableModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // any column

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jabatanSearch"));
    m_search->setPlaceholderText(tr("Find a jabatan by name, type or field of study"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("cardCaption"));
    m_add = new QPushButton(tr("Add jabatan…"), this);
    m_add->setObjectName(QStringLiteral("addJabatanButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editJabatanButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jabatanTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new PlainRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JabatanTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(JabatanTableModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("M")) * 30);
    header->resizeSection(JabatanTableModel::TypeColumn,
                          metrics.horizontalAdvance(QStringLiteral("Fungsional Ahli Pertama")) +
                              28);
    header->resizeSection(JabatanTableModel::GolonganColumn,
                          metrics.horizontalAdvance(QStringLiteral("III/a - III/d")) + 36);
    header->resizeSection(JabatanTableModel::EducationColumn,
                          metrics.horizontalAdvance(tr("Min. education")) + 36);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_search, 2);
    tools->addWidget(m_count, 1);
    tools->addWidget(m_add);
    tools->addWidget(m_edit);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(tools);
    layout->addWidget(card, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.simplified());
        updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, &JabatanCatalogueView::addJabatan);
    connect(m_edit, &QPushButton::clicked, this, &JabatanCatalogueView::editJabatan);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editJabatan();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JabatanCatalogueView::updateButtons);
    setEditor(nullptr);
}

void JabatanCatalogueView::setEditor(OrgEditor *editor)
{
    m_editor = editor;
    reload();
}

void JabatanCatalogueView::reload()
{
    m_model->setJabatans(m_editor ? m_editor->repository().jabatans() : QList<Jabatan>());
    updateButtons();
    updateCount();
}

void JabatanCatalogueView::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    updateButtons();
}

void JabatanCatalogueView::updateButtons()
{
    const QString needed = PermissionUi::neededText(DataAction::EditOrganisation);
    PermissionUi::gate(m_add, m_editor != nullptr, m_mayEdit, needed);
    PermissionUi::gate(m_edit, m_editor && currentJabatanId() > 0, m_mayEdit, needed);
}

void JabatanCatalogueView::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total
            ? tr("%1 jabatan").arg(locale.toString(total))
            : tr("%1 of %2 jabatan").arg(locale.toString(shown), locale.toString(total)));
}

qint64 JabatanCatalogueView::currentJabatanId() const
{
    return m_table->currentIndex().data(JabatanTableModel::JabatanIdRole).toLongLong();
}

void JabatanCatalogueView::selectJabatan(qint64 jabatanId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(jabatanId), 0));
    if (!index.isValid())
        return;
    m_table->scrollTo(index);
    m_table->selectRow(index.row());
}

bool JabatanCatalogueView::save(const Jabatan &jabatan)
{
    Jabatan stored = jabatan;
    const DatabaseError error =
        stored.id == 0 ? m_editor->addJabatan(stored) : m_editor->updateJabatan(stored);
    if (error) {
        DialogSeams::critical(this, tr("Jabatan not saved"), error.message);
        return false;
    }
    if (const auto reread = m_editor->repository().jabatan(stored.id))
        stored = *reread;
    m_model->jabatanChanged(stored);
    updateCount();
    selectJabatan(stored.id);
    Q_EMIT catalogueChanged(stored);
    return true;
}

void JabatanCatalogueView::addJabatan()
{
    if (!m_editor)
        return;
    Jabatan jabatan;
    jabatan.type = JabatanType::Pelaksana;
    jabatan.golonganRange = JabatanTypes::defaultGolonganRange(jabatan.type);
    JabatanDialog dialog(jabatan, this);
    // Asked again after a refusal (e.g. a duplicate name), with what was typed kept.
    while (DialogSeams::exec(dialog) == QDialog::Accepted && !save(dialog.jabatan())) {
    }
}

void JabatanCatalogueView::editJabatan()
{
    const int row = m_model->rowOf(currentJabatanId());
    if (!m_editor || row < 0)
        return;
    JabatanDialog dialog(m_model->jabatans().at(row), this);
    while (DialogSeams::exec(dialog) == QDialog::Accepted && !save(dialog.jabatan())) {
    }
}

} // namespace Simutasi
