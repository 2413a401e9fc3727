#include "HistoryDelegate.h"

#include "HistoryModelBase.h"
#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>

namespace Simutasi {

namespace {

const HistoryColumn *columnOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const HistoryModelBase *>(index.model());
    return model ? &model->column(index.column()) : nullptr;
}

QWidget *textEditor(QWidget *parent, const HistoryColumn &column)
{
    auto *edit = new QLineEdit(parent);
    if (!column.choices.isEmpty()) {
        auto *completer = new QCompleter(column.choices, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    return edit;
}

} // namespace

QWidget *HistoryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const HistoryColumn *column = columnOf(index);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (column->kind) {
    case HistoryColumn::Kind::Date:
        return new OptionalDateEdit(parent);
    case HistoryColumn::Kind::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(column->minimum, column->maximum);
        spin->setGroupSeparatorShown(false);
        return spin;
    }
    case HistoryColumn::Kind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(column->choices);
        return combo;
    }
    case HistoryColumn::Kind::Text:
        break;
    }
    return textEditor(parent, *column);
}

void HistoryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
        date->setValue(value.toDate());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findText(value.toString())));
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
}

void HistoryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
        model->setData(index, date->value());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text().simplified());
}

} // namespace Simutasi
