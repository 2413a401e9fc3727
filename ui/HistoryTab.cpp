#include "HistoryTab.h"

#include "DialogSeams.h"
#include "HistoryDelegate.h"
#include "HistoryModelBase.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Simutasi {

HistoryTab::HistoryTab(HistoryModelBase *model, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *note = new QLabel(explanation, this);
    note->setObjectName(QStringLiteral("cardCaption"));
    note->setWordWrap(true);
    m_add = new QPushButton(tr("Add row"), this);
    m_add->setObjectName(QStringLiteral("historyAdd"));
    m_delete = new QPushButton(tr("Delete row…"), this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_delete->setToolTip(tr("Only for a row entered by mistake. The deletion is kept in the "
                            "history of changes, with the values the row had."));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(model);
    m_table->setItemDelegate(new HistoryDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sizeColumns();

    m_empty = new QLabel(tr("No rows yet. Add one with \"Add row\"."), this);
    m_empty->setObjectName(QStringLiteral("cardCaption"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);

    connect(m_add, &QPushButton::clicked, this, &HistoryTab::addRow);
    connect(m_delete, &QPushButton::clicked, this, &HistoryTab::deleteCurrentRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryTab::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryTab::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HistoryTab::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryTab::updateEmptyNote);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HistoryTab::updateEmptyNote);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HistoryTab::updateEmptyNote);
    updateButtons();
    updateEmptyNote();
}

// Dates, numbers and choices get the width they need; text columns share the rest.
void HistoryTab::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2026")) + 48;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        switch (m_model->column(column).kind) {
        case HistoryColumn::Kind::Date:
            header->resizeSection(column, dateWidth);
            break;
        case HistoryColumn::Kind::Number:
            header->resizeSection(column, 90);
            break;
        case HistoryColumn::Kind::Choice:
            header->resizeSection(column, 170);
            break;
        case HistoryColumn::Kind::Text:
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            break;
        }
    }
}

void HistoryTab::addRow()
{
    const int row = m_model->appendRow();
    const QModelIndex first = m_model->index(row, 0);
    m_table->setCurrentIndex(first);
    m_table->scrollTo(first);
    m_table->setFocus();
    if (isVisible())
        m_table->edit(first);
}

bool HistoryTab::deleteCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    if (m_model->rowId(current.row()) > 0) {
        const auto answer = DialogSeams::question(
            this, tr("Delete row?"),
            tr("Delete this row only if it was entered by mistake: a history is a record of what "
               "happened. The deletion is saved with the other changes and kept in the history "
               "of changes, with the values the row had."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_model->removeRowAt(current.row());
    return true;
}

void HistoryTab::updateButtons()
{
    m_delete->setEnabled(m_table->currentIndex().isValid() && m_model->rowCount() > 0);
}

void HistoryTab::updateEmptyNote()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace Simutasi
