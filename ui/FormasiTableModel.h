#pragma once

#include "domain/Jabatan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace Simutasi {

class OrgEditor;

// Formasi against bezetting for one unit: per jabatan the required headcount (editable in
// place), the employees actually holding it there, and the difference, coloured: short (red),
// over (amber), exact (green). Jabatan held in the unit without a formasi are listed too, since
// every one of those employees is a surplus. Edits go through OrgEditor and are audited.
class FormasiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        JabatanColumn,
        FormasiColumn,
        BezettingColumn,
        DifferenceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int JabatanIdRole = Qt::UserRole + 2;

    explicit FormasiTableModel(QObject *parent = nullptr);

    // editor == nullptr: nothing open. catalogue: every jabatan by id.
    void setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue);
    // Reads the unit's formasi and bezetting; a closed unit's formasi is read-only.
    void setUnit(qint64 unitId, bool editable);
    void reload() { setUnit(m_unitId, m_editable); }
    qint64 unitId() const { return m_unitId; }
    bool hasJabatan(qint64 jabatanId) const;
    int rowOf(qint64 jabatanId) const;
    // Sets the formasi of a jabatan (adding it to the table); false with errorOccurred() when
    // refused.
    bool setFormasi(qint64 jabatanId, int required);

    int totalFormasi() const;
    int totalBezetting() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void totalsChanged();
    void errorOccurred(const QString &message);

private:
    struct Line
    {
        qint64 jabatanId = 0;
        QString name;
        JabatanType type = JabatanType::Pelaksana;
        std::optional<int> formasi; // none: held without a formasi
        int bezetting = 0;
        int difference() const { return bezetting - formasi.value_or(0); }
    };

    QVariant displayData(const Line &line, int column) const;
    QVariant differenceStyle(const Line &line, int role) const;
    Line lineFor(qint64 jabatanId) const;

    OrgEditor *m_editor = nullptr;
    const QHash<qint64, Jabatan> *m_catalogue = nullptr;
    qint64 m_unitId = 0;
    bool m_editable = false;
    QList<Line> m_lines;
};

} // namespace Simutasi
