#pragma once

#include <QStyledItemDelegate>

namespace Simutasi {

// Draws cells without the dotted focus frame: views that select whole rows already show where
// the keyboard is.
class PlainRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Simutasi
