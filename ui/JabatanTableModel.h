#pragma once

#include "domain/Jabatan.h"

#include <QAbstractTableModel>

namespace Simutasi {

// The jabatan catalogue as a table: name, type and level, golongan range, required education
// level and the accepted fields of study. A few hundred rows, held in memory.
class JabatanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        GolonganColumn,
        EducationColumn,
        FieldsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int JabatanIdRole = Qt::UserRole + 2;

    explicit JabatanTableModel(QObject *parent = nullptr);

    void setJabatans(const QList<Jabatan> &jabatans);
    const QList<Jabatan> &jabatans() const { return m_jabatans; }
    const Jabatan *jabatan(const QModelIndex &index) const;
    int rowOf(qint64 jabatanId) const;
    void jabatanChanged(const Jabatan &jabatan); // updated or added

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Jabatan &jabatan, int column) const;

    QList<Jabatan> m_jabatans;
};

} // namespace Simutasi
