#pragma once

#include "analysis/NeedsAnalysis.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSet>

class QTableView;

namespace Simutasi {

// Formasi against bezetting as a table, at one level of a NeedsReport: every jabatan in every
// unit (a post), or the roll-ups per OPD, per kabupaten/kota, or the province. The report is a
// few thousand posts even for 100,000 employees, so it is held in memory and sorted here;
// remote-area posts can be kept first whatever the sort column. In the wizard the post rows can
// carry check boxes (the vacancies to fill).
class NeedsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Level
    {
        Post,
        Opd,
        Region,
        Province
    };

    enum Column
    {
        // The figures come right after the post, so that they stay in sight on a small screen.
        NameColumn, // the jabatan of a post, or the name of the group
        UnitColumn,
        PostsColumn,
        FormasiColumn,
        BezettingColumn,
        ShortageColumn,
        SurplusColumn,
        FillRateColumn,
        RemoteShortageColumn,
        OpdColumn,
        RegionColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RemoteRole,    // bool, posts only
        UnitIdRole,    // qint64, posts only
        JabatanIdRole, // qint64, posts only
    };

    explicit NeedsTableModel(QObject *parent = nullptr);

    void setReport(const NeedsReport &report);
    // Only posts, e.g. the shortages and surpluses of a wizard; the level becomes Post.
    void setPosts(const QList<StaffingRow> &posts);
    const NeedsReport &report() const { return m_report; }
    void setLevel(Level level);
    Level level() const { return m_level; }
    // Remote-area posts before the others, then the sort column.
    void setRemoteFirst(bool remoteFirst);
    bool remoteFirst() const { return m_remoteFirst; }
    void setCheckable(bool checkable);
    static bool columnApplies(Level level, int column);

    // The post shown in a row; nullptr at the other levels.
    const StaffingRow *postAt(int row) const;
    const StaffingTotals *totalsAt(int row) const;
    int rowOfPost(qint64 unitId, qint64 jabatanId) const;
    QList<StaffingRow> checkedPosts() const; // in the order shown
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The help shown on the fill rate header and the page's "?".
    static QString fillRateHelp();
    // The mark of a unit in a remote area (daerah terpencil), used wherever units are listed.
    static QIcon remoteIcon();
    static QString remoteToolTip();

Q_SIGNALS:
    void checkedChanged();

private:
    const QList<StaffingTotals> &groups() const;
    int itemCount() const;
    QVariant postData(const StaffingRow &post, int column, int role) const;
    QVariant totalsData(const StaffingTotals &totals, int column, int role) const;
    QVariant sortKey(int item, int column) const; // the raw value: text, count or share
    QVariant displayText(int item, int column) const;
    void rebuildOrder();
    void applySort();

    NeedsReport m_report;
    QList<StaffingTotals> m_province; // the one row of the province level
    Level m_level = Level::Post;
    bool m_remoteFirst = false;
    bool m_checkable = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order;  // row -> index into the posts or groups of the level
    QSet<int> m_checked; // indexes into m_report.rows
};

// Sizes the columns of a view on a NeedsTableModel: numbers to their contents, names to their
// contents but at most maxTextWidth, so that the numbers stay in sight.
void fitNeedsColumns(QTableView *view, int maxTextWidth);
// A table of posts on `model` as the wizard's pages show them: sortable, largest shortage first,
// the columns of the post level.
QTableView *createPostsTable(NeedsTableModel *model, const QString &objectName, QWidget *parent);

} // namespace Simutasi
