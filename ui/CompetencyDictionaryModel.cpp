#include "CompetencyDictionaryModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace Simutasi {

namespace {

// internalId of an index: 0 for a kind row, kind + 1 for a competency row under it.
constexpr quintptr KindRowId = 0;

} // namespace

CompetencyDictionaryModel::CompetencyDictionaryModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString CompetencyDictionaryModel::kindName(CompetencyKind kind)
{
    switch (kind) {
    case CompetencyKind::Technical:
        return tr("Technical");
    case CompetencyKind::Managerial:
        return tr("Managerial");
    case CompetencyKind::SocioCultural:
        return tr("Socio-cultural");
    }
    return {};
}

void CompetencyDictionaryModel::setCompetencies(const QList<Competency> &competencies,
                                                const QSet<qint64> &retired)
{
    beginResetModel();
    for (QList<Competency> &list : m_byKind)
        list.clear();
    for (const Competency &c : competencies)
        m_byKind[static_cast<std::size_t>(c.kind)].append(c);
    for (QList<Competency> &list : m_byKind) {
        std::sort(list.begin(), list.end(), [](const Competency &a, const Competency &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    }
    m_retired = retired;
    endResetModel();
}

const Competency *CompetencyDictionaryModel::competency(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == KindRowId)
        return nullptr;
    const QList<Competency> &list = m_byKind[index.internalId() - 1];
    return index.row() < list.size() ? &list[index.row()] : nullptr;
}

QModelIndex CompetencyDictionaryModel::indexOf(qint64 competencyId) const
{
    for (int kind = 0; kind < KindCount; ++kind) {
        const QList<Competency> &list = m_byKind[kind];
        for (int row = 0; row < list.size(); ++row) {
            if (list[row].id == competencyId)
                return createIndex(row, 0, quintptr(kind + 1));
        }
    }
    return {};
}

QModelIndex CompetencyDictionaryModel::kindIndex(CompetencyKind kind) const
{
    return createIndex(static_cast<int>(kind), 0, KindRowId);
}

QModelIndex CompetencyDictionaryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, KindRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CompetencyDictionaryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == KindRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, KindRowId);
}

int CompetencyDictionaryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return KindCount;
    if (parent.internalId() != KindRowId || parent.column() != 0)
        return 0;
    return int(m_byKind[parent.row()].size());
}

int CompetencyDictionaryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CompetencyDictionaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == KindRowId) {
        const auto kind = static_cast<CompetencyKind>(index.row());
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%2)").arg(kindName(kind)).arg(m_byKind[index.row()].size());
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == IdRole)
            return qint64(0);
        return {};
    }
    const Competency *c = competency(index);
    if (!c)
        return {};
    const bool retired = m_retired.contains(c->id);
    switch (role) {
    case IdRole:
        return c->id;
    case Qt::ForegroundRole:
        return retired ? QVariant(QBrush(QColor(0x8a, 0x94, 0xa3))) : QVariant();
    case Qt::ToolTipRole:
        return c->description.isEmpty() ? QVariant() : QVariant(c->description);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c->name;
        case CodeColumn:
            return c->code;
        case LevelsColumn: {
            const auto described =
                std::count_if(c->levelDescriptions.begin(), c->levelDescriptions.end(),
                              [](const QString &text) { return !text.trimmed().isEmpty(); });
            return tr("%1 of %2").arg(described).arg(Competency::MaxLevel);
        }
        case StatusColumn:
            return retired ? tr("Retired") : tr("Active");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CompetencyDictionaryModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Competency");
    case CodeColumn:
        return tr("Code");
    case LevelsColumn:
        return tr("Levels described");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Simutasi
