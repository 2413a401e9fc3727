#pragma once

#include <QStyledItemDelegate>

namespace Simutasi {

// The editors of the history tables, chosen by the column's HistoryColumn::Kind: a line edit
// (with completion when the column suggests values), a date field that may stay empty, a spin
// box, or a combo box.
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Simutasi
