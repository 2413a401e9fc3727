#include "FormasiDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QSpinBox>

namespace Simutasi {

QWidget *FormasiDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("formasiEditor"));
    spin->setRange(0, Maximum);
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    return spin;
}

void FormasiDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->setValue(index.data(Qt::EditRole).toInt());
    spin->selectAll();
}

void FormasiDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole); // an unchanged value writes nothing
}

void FormasiDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant background = index.data(Qt::BackgroundRole);
    if (!background.isValid()) {
        PlainRowDelegate::paint(painter, option, index);
        return;
    }
    // The row's own background and selection first, without text; then the badge.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    plain.backgroundBrush = QBrush();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int width = std::max(metrics.horizontalAdvance(text) + 20, 40);
    const int height = metrics.height() + 4;
    const QRect badge(option.rect.center().x() - width / 2, option.rect.center().y() - height / 2,
                      width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background.value<QColor>());
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(index.data(Qt::ForegroundRole).value<QColor>());
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Simutasi
