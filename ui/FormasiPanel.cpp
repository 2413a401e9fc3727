#include "FormasiPanel.h"

#include "AddFormasiDialog.h"
#include "DialogSeams.h"
#include "FormasiDelegate.h"
#include "FormasiTableModel.h"
#include "PermissionUi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

FormasiPanel::FormasiPanel(QWidget *parent)
    : QFrame(parent)
    , m_model(new FormasiTableModel(this))
{
    setObjectName(QStringLiteral("card"));
    auto *title = new QLabel(tr("Formasi and bezetting"), this);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("formasiSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_add = new QPushButton(tr("Add jabatan…"), this);
    m_add->setObjectName(QStringLiteral("addFormasiButton"));
    m_add->setToolTip(tr("Add a jabatan of the catalogue to this unit's formasi"));

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(FormasiTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("formasiTable"));
    m_table->setModel(m_sorted);
    m_table->setItemDelegate(new FormasiDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FormasiTableModel::JabatanColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FormasiTableModel::JabatanColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &FormasiPanel::addJabatan);
    connect(m_model, &FormasiTableModel::totalsChanged, this, &FormasiPanel::updateSummary);
    connect(m_model, &FormasiTableModel::errorOccurred, this, [this](const QString &message) {
        DialogSeams::critical(this, tr("Formasi not changed"), message);
    });
    setUnit(0, {}, false);
}

void FormasiPanel::setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue)
{
    m_editor = editor;
    m_catalogue = catalogue;
    m_model->setEditor(editor, catalogue);
}

void FormasiPanel::setUnit(qint64 unitId, const QString &unitName, bool open)
{
    m_unitName = unitName;
    m_open = open;
    m_model->setUnit(unitId, open);
    updateEditing();
}

void FormasiPanel::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    updateEditing();
}

void FormasiPanel::updateEditing()
{
    PermissionUi::gate(m_add, m_editor && m_model->unitId() > 0 && m_open, m_mayEdit,
                       PermissionUi::neededText(DataAction::EditOrganisation));
    m_table->setEditTriggers(m_mayEdit ? QAbstractItemView::DoubleClicked |
                                             QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::AnyKeyPressed
                                       : QAbstractItemView::NoEditTriggers);
}

void FormasiPanel::reload()
{
    m_model->reload();
}

void FormasiPanel::updateSummary()
{
    if (m_model->unitId() <= 0) {
        m_summary->setText(tr("Choose a unit to see its formasi."));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(
            tr("No formasi has been set for this unit, and nobody is placed in it."));
        return;
    }
    const QLocale locale;
    const int formasi = m_model->totalFormasi();
    const int bezetting = m_model->totalBezetting();
    const int difference = bezetting - formasi;
    const QString verdict =
        difference < 0 ? tr("<span style='color:#b42318'><b>%1 short</b></span>")
                             .arg(locale.toString(-difference))
        : difference > 0 ? tr("<span style='color:#9a5b00'><b>%1 over</b></span>")
                               .arg(locale.toString(difference))
                         : tr("<span style='color:#1e7a3d'><b>exactly filled</b></span>");
    m_summary->setText(tr("Formasi %1 · bezetting %2 · %3")
                           .arg(locale.toString(formasi), locale.toString(bezetting), verdict));
}

QString FormasiPanel::summary() const
{
    return m_summary->text();
}

void FormasiPanel::addJabatan()
{
    if (!m_editor || !m_catalogue || m_model->unitId() <= 0)
        return;
    QList<Jabatan> catalogue = m_catalogue->values();
    std::sort(catalogue.begin(), catalogue.end(), [](const Jabatan &a, const Jabatan &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QSet<qint64> listed;
    for (const Jabatan &jabatan : std::as_const(catalogue)) {
        if (m_model->hasJabatan(jabatan.id))
            listed.insert(jabatan.id);
    }
    AddFormasiDialog dialog(m_unitName, catalogue, listed, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted || dialog.jabatanId() <= 0)
        return;
    if (m_model->setFormasi(dialog.jabatanId(), dialog.required())) {
        const int row = m_model->rowOf(dialog.jabatanId());
        const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
        m_table->scrollTo(index);
        m_table->selectRow(index.row());
    }
}

} // namespace Simutasi
