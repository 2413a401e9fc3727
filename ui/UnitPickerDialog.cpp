#include "UnitPickerDialog.h"

#include "OrgTreeFilter.h"
#include "OrgTreeModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Simutasi {

UnitPickerDialog::UnitPickerDialog(OrgTreeModel &model, qint64 movingUnitId, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("unitPickerDialog"));
    const OrgUnit *moving = model.unit(movingUnitId);
    m_currentParent = moving ? moving->parentId : 0;
    setWindowTitle(tr("Move unit"));

    m_filter = new OrgTreeFilter(this);
    m_filter->setSourceModel(&model);
    m_filter->setShowClosed(false);
    m_filter->setExcludedSubtree(movingUnitId);

    auto *intro =
        new QLabel(tr("Choose the new place of <b>%1</b>. Everything below it moves with it.")
                       .arg((moving ? moving->name : QString()).toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a unit by name or code"));
    m_search->setClearButtonEnabled(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("unitPickerTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderHidden(true);
    for (int column = 1; column < OrgTreeModel::ColumnCount; ++column)
        m_tree->setColumnHidden(column, column != OrgTreeModel::KindColumn);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::KindColumn, QHeaderView::ResizeToContents);
    m_tree->expandToDepth(0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move here"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitPickerDialog::updateOk);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        if (!text.trimmed().isEmpty()) {
            m_tree->expandAll();
            return;
        }
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    resize(560, 620);
    updateOk();
}

qint64 UnitPickerDialog::chosenUnit() const
{
    return m_tree->currentIndex().data(OrgTreeModel::UnitIdRole).toLongLong();
}

void UnitPickerDialog::choose(qint64 unitId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model.indexOf(unitId));
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void UnitPickerDialog::updateOk()
{
    const qint64 chosen = chosenUnit();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen > 0 && chosen != m_currentParent);
}

} // namespace Simutasi
