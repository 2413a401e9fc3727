#pragma once

#include "PlainRowDelegate.h"

namespace Simutasi {

// Edits a formasi in place with a spin box (0 to 9,999), committed on Enter or when the
// editor loses focus; draws the coloured difference as a badge.
class FormasiDelegate : public PlainRowDelegate
{
    Q_OBJECT
public:
    static constexpr int Maximum = 9999;

    using PlainRowDelegate::PlainRowDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // A cell with a background colour (the difference) is drawn as a rounded badge.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Simutasi
