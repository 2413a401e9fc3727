#include "ProposalListModel.h"

#include "DateText.h"
#include "workflow/ProposalRepository.h"

#include <QLocale>

namespace Simutasi {

ProposalListModel::ProposalListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProposalListModel::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void ProposalListModel::setFilter(const ProposalFilter &filter)
{
    m_filter = filter;
    reload();
}

void ProposalListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_database) {
        ProposalRepository repository(*m_database);
        ProposalFilter first = m_filter;
        first.offset = 0;
        first.limit = PageSize;
        m_total = repository.count(m_filter);
        m_rows = repository.list(first);
    }
    endResetModel();
}

int ProposalListModel::rowOf(qint64 proposalId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).proposal.id == proposalId)
            return row;
    }
    return -1;
}

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalListModel::tmtRange(const QDate &first, const QDate &last)
{
    if (!first.isValid())
        return {};
    if (first == last || !last.isValid())
        return dateText(first);
    return tr("%1 – %2").arg(dateText(first), dateText(last));
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposalSummary &row = m_rows.at(index.row());
    const Proposal &proposal = row.proposal;
    if (role == IdRole)
        return proposal.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == LinesColumn || index.column() == ApprovedColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return proposal.title;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return proposal.number;
    case TitleColumn:
        return proposal.title;
    case StateColumn:
        return ProposalStates::name(proposal.state);
    case LinesColumn:
        return locale.toString(row.lines);
    case ApprovedColumn:
        return locale.toString(row.approved);
    case TmtColumn:
        return tmtRange(row.firstTmt, row.lastTmt);
    case CreatedByColumn:
        return proposal.createdBy;
    case CreatedAtColumn:
        return dateText(proposal.createdAt.toLocalTime().date());
    default:
        return {};
    }
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case LinesColumn:
        return tr("Lines");
    case ApprovedColumn:
        return tr("Approved");
    case TmtColumn:
        return tr("Planned TMT");
    case CreatedByColumn:
        return tr("Created by");
    case CreatedAtColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool ProposalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && m_rows.size() < m_total;
}

void ProposalListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ProposalFilter next = m_filter;
    next.offset = int(m_rows.size());
    next.limit = PageSize;
    const QList<ProposalSummary> more = ProposalRepository(*m_database).list(next);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the list shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace Simutasi
