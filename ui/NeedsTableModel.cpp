#include "NeedsTableModel.h"

#include <QCollator>
#include <QColor>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTableView>
#include <algorithm>
#include <numeric>
#include <vector>

namespace Simutasi {

namespace {

const QColor ShortText(0xb4, 0x23, 0x18);
const QColor OverText(0x9a, 0x5b, 0x00);
const QColor LowFill(0xfd, 0xe4, 0xe2);
const QColor PartFill(0xfe, 0xf0, 0xd0);
const QColor FullFill(0xe2, 0xf4, 0xe7);
const QColor RemoteColor(0xc2, 0x41, 0x0c);
constexpr double LowFillRate = 0.8; // below this share filled a post is in real trouble

QString percentText(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

QVariant fillBackground(double rate)
{
    return rate < LowFillRate ? LowFill : rate < 1.0 ? PartFill : FullFill;
}

bool isNumberColumn(int column)
{
    return column >= NeedsTableModel::PostsColumn &&
           column <= NeedsTableModel::RemoteShortageColumn;
}

} // namespace

NeedsTableModel::NeedsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QIcon NeedsTableModel::remoteIcon()
{
    // A small mountain: drawn once, in the colour remote units are marked with everywhere.
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(RemoteColor);
        QPainterPath big;
        big.moveTo(2, 28);
        big.lineTo(13, 8);
        big.lineTo(24, 28);
        big.closeSubpath();
        painter.drawPath(big);
        painter.setBrush(RemoteColor.lighter(140));
        QPainterPath small;
        small.moveTo(16, 28);
        small.lineTo(23, 15);
        small.lineTo(30, 28);
        small.closeSubpath();
        painter.drawPath(small);
        return QIcon(pixmap);
    }();
    return icon;
}

QString NeedsTableModel::remoteToolTip()
{
    return tr("Remote area (daerah terpencil)");
}

QString NeedsTableModel::fillRateHelp()
{
    return tr("Fill rate = filled ÷ formasi. Per post, filled is the smaller of bezetting and "
              "formasi, so a surplus in one unit never hides a shortage in another; rolled up, "
              "the filled and the formasi of all posts are summed. A post without formasi counts "
              "as fully filled: nothing is missing there. Shortage = formasi − bezetting where "
              "positive, surplus = bezetting − formasi where positive, both summed per post.");
}

void NeedsTableModel::setReport(const NeedsReport &report)
{
    beginResetModel();
    m_report = report;
    m_province = {m_report.province};
    m_checked.clear();
    rebuildOrder();
    endResetModel();
    Q_EMIT checkedChanged();
}

void NeedsTableModel::setPosts(const QList<StaffingRow> &posts)
{
    NeedsReport report;
    report.rows = posts;
    for (const StaffingRow &row : posts)
        report.province.add(row);
    m_level = Level::Post;
    setReport(report);
}

void NeedsTableModel::setLevel(Level level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    rebuildOrder();
    endResetModel();
}

void NeedsTableModel::setRemoteFirst(bool remoteFirst)
{
    if (remoteFirst == m_remoteFirst)
        return;
    m_remoteFirst = remoteFirst;
    applySort();
}

void NeedsTableModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

bool NeedsTableModel::columnApplies(Level level, int column)
{
    switch (column) {
    case UnitColumn:
    case OpdColumn:
    case RegionColumn:
        return level == Level::Post;
    case PostsColumn:
    case RemoteShortageColumn:
        return level != Level::Post;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

const QList<StaffingTotals> &NeedsTableModel::groups() const
{
    switch (m_level) {
    case Level::Opd:
        return m_report.byOpd;
    case Level::Region:
        return m_report.byRegion;
    default:
        return m_province;
    }
}

int NeedsTableModel::itemCount() const
{
    return int(m_level == Level::Post ? m_report.rows.size() : groups().size());
}

const StaffingRow *NeedsTableModel::postAt(int row) const
{
    if (m_level != Level::Post || row < 0 || row >= m_order.size())
        return nullptr;
    return &m_report.rows.at(m_order.at(row));
}

const StaffingTotals *NeedsTableModel::totalsAt(int row) const
{
    if (m_level == Level::Post || row < 0 || row >= m_order.size())
        return nullptr;
    return &groups().at(m_order.at(row));
}

int NeedsTableModel::rowOfPost(qint64 unitId, qint64 jabatanId) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        const StaffingRow *post = postAt(row);
        if (post && post->unitId == unitId && post->jabatanId == jabatanId)
            return row;
    }
    return -1;
}

QList<StaffingRow> NeedsTableModel::checkedPosts() const
{
    QList<StaffingRow> posts;
    for (int row = 0; row < m_order.size(); ++row) {
        if (m_level == Level::Post && m_checked.contains(m_order.at(row)))
            posts.append(m_report.rows.at(m_order.at(row)));
    }
    return posts;
}

void NeedsTableModel::setChecked(int row, bool checked)
{
    setData(index(row, NameColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int NeedsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int NeedsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumberColumn(index.column())
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortRole)
        return sortKey(m_order.at(index.row()), index.column());
    if (role == Qt::DisplayRole)
        return displayText(m_order.at(index.row()), index.column());
    if (const StaffingRow *post = postAt(index.row())) {
        if (role == Qt::CheckStateRole && index.column() == NameColumn && m_checkable)
            return m_checked.contains(m_order.at(index.row())) ? Qt::Checked : Qt::Unchecked;
        return postData(*post, index.column(), role);
    }
    if (const StaffingTotals *totals = totalsAt(index.row()))
        return totalsData(*totals, index.column(), role);
    return {};
}

QVariant NeedsTableModel::postData(const StaffingRow &post, int column, int role) const
{
    const QLocale locale;
    switch (role) {
    case Qt::DecorationRole:
        return column == UnitColumn && post.remote ? QVariant(remoteIcon()) : QVariant();
    case Qt::ToolTipRole:
        if (column == UnitColumn && post.remote)
            return tr("%1 — %2").arg(post.unitName, remoteToolTip());
        if (column == NameColumn)
            return tr("%1\n%2").arg(post.jabatanName, JabatanTypes::displayName(post.jabatanType));
        if (column == FillRateColumn)
            return tr("%1 of %2 filled")
                .arg(locale.toString(post.filled()), locale.toString(post.formasi));
        return {};
    case Qt::ForegroundRole:
        if (column == ShortageColumn)
            return ShortText;
        if (column == SurplusColumn)
            return OverText;
        return {};
    case Qt::BackgroundRole:
        return column == FillRateColumn ? fillBackground(post.fillRate()) : QVariant();
    case RemoteRole:
        return post.remote;
    case UnitIdRole:
        return post.unitId;
    case JabatanIdRole:
        return post.jabatanId;
    default:
        return {};
    }
}

QVariant NeedsTableModel::totalsData(const StaffingTotals &totals, int column, int role) const
{
    const QLocale locale;
    if (role == Qt::ForegroundRole && column == ShortageColumn && totals.shortage > 0)
        return ShortText;
    if (role == Qt::ForegroundRole && column == SurplusColumn && totals.surplus > 0)
        return OverText;
    if (role == Qt::ForegroundRole && column == RemoteShortageColumn && totals.remoteShortage > 0)
        return RemoteColor;
    if (role == Qt::BackgroundRole && column == FillRateColumn)
        return fillBackground(totals.fillRate());
    if (role == Qt::ToolTipRole && column == FillRateColumn)
        return tr("%1 of %2 filled")
            .arg(locale.toString(totals.filled), locale.toString(totals.formasi));
    return {};
}

QVariant NeedsTableModel::sortKey(int item, int column) const
{
    if (m_level == Level::Post) {
        const StaffingRow &post = m_report.rows.at(item);
        switch (column) {
        case NameColumn:
            return post.jabatanName;
        case UnitColumn:
            return post.unitName;
        case OpdColumn:
            return post.opdName;
        case RegionColumn:
            return post.regionName;
        case FormasiColumn:
            return post.formasi;
        case BezettingColumn:
            return post.bezetting;
        case ShortageColumn:
            return post.shortage();
        case SurplusColumn:
            return post.surplus();
        case FillRateColumn:
            return post.fillRate();
        default:
            return {};
        }
    }
    const StaffingTotals &totals = groups().at(item);
    switch (column) {
    case NameColumn:
        return totals.name;
    case PostsColumn:
        return totals.posts;
    case FormasiColumn:
        return totals.formasi;
    case BezettingColumn:
        return totals.bezetting;
    case ShortageColumn:
        return totals.shortage;
    case SurplusColumn:
        return totals.surplus;
    case FillRateColumn:
        return totals.fillRate();
    case RemoteShortageColumn:
        return totals.remoteShortage;
    default:
        return {};
    }
}

QVariant NeedsTableModel::displayText(int item, int column) const
{
    const QVariant value = sortKey(item, column);
    if (!value.isValid())
        return {};
    if (column == FillRateColumn)
        return percentText(value.toDouble());
    if (!isNumberColumn(column)) {
        if (column == RegionColumn && value.toString().isEmpty())
            return tr("province-wide");
        return value;
    }
    const int number = value.toInt();
    // A post without shortage or surplus leaves the cell blank, so the real ones stand out.
    if (m_level == Level::Post && number == 0 &&
        (column == ShortageColumn || column == SurplusColumn))
        return QString();
    return QLocale().toString(number);
}

bool NeedsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable || index.column() != NameColumn ||
        !postAt(index.row()))
        return false;
    const int item = m_order.at(index.row());
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(item);
    else
        m_checked.remove(item);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QVariant NeedsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return m_level == Level::Post     ? tr("Jabatan")
                   : m_level == Level::Opd    ? tr("OPD")
                   : m_level == Level::Region ? tr("Kabupaten/kota")
                                              : tr("Province");
        case UnitColumn:
            return tr("Unit");
        case OpdColumn:
            return tr("OPD");
        case RegionColumn:
            return tr("Kabupaten/kota");
        case PostsColumn:
            return tr("Posts");
        case FormasiColumn:
            return tr("Formasi");
        case BezettingColumn:
            return tr("Bezetting");
        case ShortageColumn:
            return tr("Shortage");
        case SurplusColumn:
            return tr("Surplus");
        case FillRateColumn:
            return tr("Fill rate");
        case RemoteShortageColumn:
            return tr("Shortage in remote units");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FormasiColumn:
            return tr("Required headcount (from the Anjab/ABK)");
        case BezettingColumn:
            return tr("Employees holding the jabatan there now");
        case ShortageColumn:
        case SurplusColumn:
        case FillRateColumn:
            return fillRateHelp();
        case PostsColumn:
            return tr("Jabatan × unit combinations with a formasi or holders");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumberColumn(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags NeedsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_checkable && index.column() == NameColumn && postAt(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void NeedsTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void NeedsTableModel::rebuildOrder()
{
    m_order.resize(itemCount());
    std::iota(m_order.begin(), m_order.end(), 0);
    const bool remoteFirst = m_remoteFirst && m_level == Level::Post;
    if (m_sortColumn < 0 && !remoteFirst)
        return;
    // The keys are computed once per item, not per comparison: a province has about 100,000
    // posts, and collating names inside the comparison would take seconds.
    const int count = int(m_order.size());
    const bool byText = m_sortColumn >= 0 && !isNumberColumn(m_sortColumn);
    std::vector<double> numbers;
    std::vector<QCollatorSortKey> texts;
    const QCollator collator;
    if (m_sortColumn >= 0) {
        if (byText)
            texts.reserve(count);
        else
            numbers.reserve(count);
        for (int item = 0; item < count; ++item) {
            const QVariant key = sortKey(item, m_sortColumn);
            if (byText)
                texts.push_back(collator.sortKey(key.toString()));
            else
                numbers.push_back(key.toDouble());
        }
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto compare = [&](int a, int b) {
        if (m_sortColumn < 0)
            return 0;
        if (byText)
            return texts[a].compare(texts[b]);
        return numbers[a] < numbers[b] ? -1 : numbers[a] > numbers[b] ? 1 : 0;
    };
    // Reset callers are inside begin/endResetModel: sort without layout signals.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        if (remoteFirst && m_report.rows.at(a).remote != m_report.rows.at(b).remote)
            return m_report.rows.at(a).remote;
        const int c = compare(a, b);
        return descending ? c > 0 : c < 0;
    });
}

QTableView *createPostsTable(NeedsTableModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->horizontalHeader()->setSortIndicator(NeedsTableModel::ShortageColumn,
                                                Qt::DescendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    for (int column = 0; column < NeedsTableModel::ColumnCount; ++column)
        table->setColumnHidden(
            column, !NeedsTableModel::columnApplies(NeedsTableModel::Level::Post, column));
    return table;
}

void fitNeedsColumns(QTableView *view, int maxTextWidth)
{
    constexpr int MinTextWidth = 90;
    for (int column = 0; column < NeedsTableModel::ColumnCount; ++column) {
        if (view->isColumnHidden(column))
            continue;
        view->resizeColumnToContents(column);
        if (!isNumberColumn(column))
            view->setColumnWidth(column,
                                 std::clamp(view->columnWidth(column), MinTextWidth, maxTextWidth));
    }
}

void NeedsTableModel::applySort()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> itemsBefore;
    for (const QModelIndex &index : before)
        itemsBefore.append(m_order.at(index.row()));
    rebuildOrder();
    QList<int> rowOfItem(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        rowOfItem[m_order.at(row)] = row;
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfItem.at(itemsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Simutasi
