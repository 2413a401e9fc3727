#pragma once

#include <QSortFilterProxyModel>

namespace Simutasi {

// Narrows the organisation tree: by a part of a unit's name or code (a match keeps its
// ancestors visible), optionally without closed units, and optionally without one unit's
// subtree (the "Move to…" picker cannot offer a unit as its own new place).
class OrgTreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrgTreeFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setShowClosed(bool show);
    void setExcludedSubtree(qint64 unitId); // 0: none

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_showClosed = true;
    qint64 m_excluded = 0;
};

} // namespace Simutasi
