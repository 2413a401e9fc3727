#include "RankingModel.h"

#include "analysis/Duration.h"
#include "domain/EmployeeHistory.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Simutasi {

RankingModel::RankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RankingModel::~RankingModel() = default;

void RankingModel::setDatabase(Database *database)
{
    beginResetModel();
    m_database = database;
    m_labels.clear();
    if (!database)
        m_ranking.reset();
    endResetModel();
}

void RankingModel::setRanking(std::unique_ptr<CandidateRanking> ranking)
{
    beginResetModel();
    m_ranking = std::move(ranking);
    m_labels.clear();
    endResetModel();
}

void RankingModel::setShortlisted(const QSet<qint64> &employeeIds)
{
    m_shortlisted = employeeIds;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const RankedCandidate *RankingModel::candidateAt(int row) const
{
    if (!m_ranking || row < 0 || row >= m_ranking->candidates().size())
        return nullptr;
    return &m_ranking->candidates().at(row);
}

int RankingModel::rowOfEmployee(qint64 employeeId) const
{
    if (!m_ranking)
        return -1;
    const QList<RankedCandidate> &candidates = m_ranking->candidates();
    for (qsizetype row = 0; row < candidates.size(); ++row) {
        if (candidates.at(row).employeeId == employeeId)
            return int(row);
    }
    return -1;
}

EmployeeLabel RankingModel::label(int row) const
{
    return candidateAt(row) ? labelOf(row) : EmployeeLabel{};
}

EmployeeLabel RankingModel::labelOf(int row) const
{
    const qint64 id = m_ranking->candidates().at(row).employeeId;
    if (!m_labels.contains(id) && m_database) {
        // The page around the row in one query: scrolling reads 100 names at a time.
        const int first = row / PageSize * PageSize;
        const int last = std::min<int>(first + PageSize, int(m_ranking->candidates().size()));
        QList<qint64> ids;
        for (int r = first; r < last; ++r)
            ids.append(m_ranking->candidates().at(r).employeeId);
        const QHash<qint64, EmployeeLabel> labels =
            EmployeeFactsRepository(*m_database).labels(ids);
        for (auto l = labels.constBegin(); l != labels.constEnd(); ++l)
            m_labels.insert(l.key(), l.value());
    }
    return m_labels.value(id, EmployeeLabel{id, {}, {}, {}, {}, {}});
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ranking ? 0 : int(m_ranking->candidates().size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor RankingModel::standingColor(CandidateStanding standing)
{
    switch (standing) {
    case CandidateStanding::Clean:
        return {0x1e, 0x7a, 0x3d};
    case CandidateStanding::Warning:
        return {0x9a, 0x5b, 0x00};
    case CandidateStanding::Blocked:
        return {0xb4, 0x23, 0x18};
    }
    return {};
}

QVariant RankingModel::displayData(const RankedCandidate &candidate, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case RankColumn:
        return locale.toString(row + 1);
    case NameColumn:
        return labelOf(row).fullName;
    case NipColumn:
        return labelOf(row).nip;
    case StandingColumn:
        return CandidateRanking::standingName(candidate.standing);
    case JpmColumn:
        return locale.toString(candidate.jpm, 'f', 1) + QStringLiteral(" %");
    case CurrentPostColumn: {
        const EmployeeLabel l = labelOf(row);
        return tr("%1, %2").arg(l.jabatanName, l.unitName);
    }
    case TimeInPostColumn:
        return candidate.monthsInPost < 0 ? tr("unknown") : Duration::text(candidate.monthsInPost);
    case SkpColumn:
        return candidate.latestSkp > 0 ? skpPredicateName(SkpPredicate(candidate.latestSkp))
                                       : tr("none");
    case NotesColumn: {
        QStringList notes;
        if (m_shortlisted.contains(candidate.employeeId))
            notes << tr("shortlisted");
        if (candidate.surplusInUnit)
            notes << tr("from a post in surplus");
        if (candidate.rotationDue)
            notes << tr("rotation due");
        return notes.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedCandidate &candidate = m_ranking->candidates().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(candidate, index.row(), column);
    case Qt::ToolTipRole:
        if (column == CurrentPostColumn)
            return labelOf(index.row()).opdName;
        if (column == StandingColumn && candidate.standing == CandidateStanding::Blocked)
            return tr("Blocked candidates can be looked at but not shortlisted");
        return {};
    case Qt::ForegroundRole:
        return column == StandingColumn ? QVariant(standingColor(candidate.standing)) : QVariant();
    case Qt::FontRole:
        if (m_shortlisted.contains(candidate.employeeId) && column == NameColumn) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == RankColumn || column == JpmColumn
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case EmployeeIdRole:
        return candidate.employeeId;
    case StandingRole:
        return int(candidate.standing);
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == RankColumn || section == StandingColumn))
        return orderHelp();
    if (role == Qt::ToolTipRole && section == JpmColumn)
        return JobPersonMatch::helpText();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case NameColumn:
        return tr("Name");
    case NipColumn:
        return tr("NIP");
    case StandingColumn:
        return tr("Eligibility");
    case JpmColumn:
        return tr("JPM");
    case CurrentPostColumn:
        return tr("Current jabatan and unit");
    case TimeInPostColumn:
        return tr("Time in post");
    case SkpColumn:
        return tr("Last SKP");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QString RankingModel::orderHelp()
{
    return tr("Every employee of the province is judged by the eligibility rules. The order is: "
              "1. eligibility — eligible, then eligible with warnings, then (only when shown) "
              "blocked; 2. job-person match (JPM), highest first; 3. tie-breakers — from a post "
              "in surplus first (moving them relieves it), then longer time in the current post, "
              "then the better SKP of the last year. Holders of the vacancy's own post are not "
              "candidates for it.");
}

} // namespace Simutasi
