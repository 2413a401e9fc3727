#include "OrgTreeFilter.h"

#include "OrgTreeModel.h"

namespace Simutasi {

OrgTreeFilter::OrgTreeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void OrgTreeFilter::setText(const QString &text)
{
    m_text = text.simplified();
    invalidateFilter();
}

void OrgTreeFilter::setShowClosed(bool show)
{
    m_showClosed = show;
    invalidateFilter();
}

void OrgTreeFilter::setExcludedSubtree(qint64 unitId)
{
    m_excluded = unitId;
    invalidateFilter();
}

bool OrgTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showClosed && !index.data(OrgTreeModel::OpenRole).toBool())
        return false;
    if (m_excluded > 0) {
        // Recursive filtering would keep the excluded unit for a matching child: check the
        // ancestors too.
        for (QModelIndex i = index; i.isValid(); i = i.parent()) {
            if (i.data(OrgTreeModel::UnitIdRole).toLongLong() == m_excluded)
                return false;
        }
    }
    return m_text.isEmpty() || index.data(OrgTreeModel::SearchTextRole)
                                   .toString()
                                   .contains(m_text, Qt::CaseInsensitive);
}

} // namespace Simutasi
