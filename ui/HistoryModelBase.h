#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Simutasi {

// One column of an editable history table: its title, the kind of editor and what it accepts.
struct HistoryColumn
{
    enum class Kind
    {
        Text,
        Date,
        Number,
        Choice
    };
    QString title;
    Kind kind = Kind::Text;
    bool required = false;
    QStringList choices; // Choice: the values offered; Text: suggestions while typing
    int minimum = 0;     // Number
    int maximum = 0;
    QString toolTip;
    bool readOnly = false; // shown, computed from the other columns
};

// The part of an editable history table (riwayat jabatan, riwayat pangkat, SKP, diklat,
// hukuman disiplin) that does not depend on the row type: columns, display of dates and
// numbers, marking of missing required values, and a signal for every edit. The rows
// themselves live in HistoryTableModel<T>.
class HistoryModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    HistoryModelBase(const QList<HistoryColumn> &columns, QObject *parent = nullptr);

    const HistoryColumn &column(int column) const { return m_columns.at(column); }
    virtual qint64 rowId(int row) const = 0; // 0 for a row not saved yet
    virtual int appendRow() = 0;             // returns the new row's number
    virtual void removeRowAt(int row) = 0;
    // A row with a required value missing, or -1: the dialog points the officer to it.
    int firstIncompleteRow() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void edited();

protected:
    virtual QVariant value(int row, int column) const = 0; // Text: QString, Date: QDate, ...
    virtual void setValue(int row, int column, const QVariant &value) = 0;
    bool isMissing(int row, int column) const;
    QString displayText(int row, int column) const;

private:
    QList<HistoryColumn> m_columns;
};

} // namespace Simutasi
