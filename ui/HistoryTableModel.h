#pragma once

#include "HistoryModelBase.h"

#include <functional>

namespace Simutasi {

// An editable history table over rows of type T (JabatanHistoryEntry, SkpRating, ...). Each
// column is a HistoryColumn with a getter and a setter on T, so the five history tabs of the
// employee dialog are five instances of this one model, differing only in their fields.
template<typename T>
class HistoryTableModel : public HistoryModelBase
{
public:
    struct Field
    {
        HistoryColumn column;
        std::function<QVariant(const T &)> get;
        std::function<void(T &, const QVariant &)> set;
    };

    // A column that shows and edits one plain member of the row (text, date or number).
    template<typename M>
    static Field member(const HistoryColumn &column, M T::*field)
    {
        return {column, [field](const T &row) { return QVariant::fromValue(row.*field); },
                [field](T &row, const QVariant &value) {
                    row.*field = value.value<M>();
                }};
    }

    HistoryTableModel(const QList<Field> &fields, std::function<T()> newRow,
                      QObject *parent = nullptr)
        : HistoryModelBase(columnsOf(fields), parent)
        , m_fields(fields)
        , m_newRow(std::move(newRow))
    {}

    void setRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<T> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    qint64 rowId(int row) const override { return m_rows.at(row).id; }

    int appendRow() override
    {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(m_newRow());
        endInsertRows();
        return row;
    }

    void removeRowAt(int row) override
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

protected:
    QVariant value(int row, int column) const override
    {
        return m_fields.at(column).get(m_rows.at(row));
    }
    void setValue(int row, int column, const QVariant &value) override
    {
        m_fields.at(column).set(m_rows[row], value);
    }

private:
    static QList<HistoryColumn> columnsOf(const QList<Field> &fields)
    {
        QList<HistoryColumn> columns;
        for (const Field &field : fields)
            columns << field.column;
        return columns;
    }

    QList<Field> m_fields;
    std::function<T()> m_newRow;
    QList<T> m_rows;
};

} // namespace Simutasi
