#pragma once

#include "domain/Competency.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <array>

namespace Simutasi {

// The competency dictionary as a tree: the three kinds (technical, managerial, socio-cultural)
// and under each its competencies by name, with code, how many levels are described and
// whether the competency is retired.
class CompetencyDictionaryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        LevelsColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64 competency id; 0 on a kind row
    static constexpr int KindCount = 3;

    explicit CompetencyDictionaryModel(QObject *parent = nullptr);

    void setCompetencies(const QList<Competency> &competencies, const QSet<qint64> &retired);
    const Competency *competency(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 competencyId) const;
    QModelIndex kindIndex(CompetencyKind kind) const;
    bool isRetired(qint64 competencyId) const { return m_retired.contains(competencyId); }
    static QString kindName(CompetencyKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::array<QList<Competency>, KindCount> m_byKind;
    QSet<qint64> m_retired;
};

} // namespace Simutasi
