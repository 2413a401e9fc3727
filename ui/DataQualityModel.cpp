#include "DataQualityModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Simutasi {

DataQualityModel::DataQualityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DataQualityModel::setRows(const QList<DataQualityRow> &rows, int skpYear)
{
    beginResetModel();
    m_rows = rows;
    m_skpYear = skpYear;
    endResetModel();
}

const DataQualityRow *DataQualityModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

std::optional<DataQualityProblem> DataQualityModel::problemOf(int column)
{
    switch (column) {
    case CompleteCompetencyColumn:
        return DataQualityProblem::IncompleteCompetency;
    case MissingSkpColumn:
        return DataQualityProblem::MissingSkp;
    case InconsistentNipColumn:
        return DataQualityProblem::InconsistentNip;
    case MissingEducationFieldColumn:
        return DataQualityProblem::MissingEducationField;
    default:
        return std::nullopt;
    }
}

int DataQualityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataQualityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataQualityRow &r = m_rows[index.row()];
    const std::optional<DataQualityProblem> problem = problemOf(index.column());
    const bool completeness = index.column() == CompleteCompetencyColumn;
    if (role == OpdIdRole)
        return r.opdId;
    if (role == SortRole) {
        if (index.column() == OpdColumn)
            return r.opdName;
        if (index.column() == EmployeesColumn)
            return r.counts.employees;
        return completeness ? r.completeCompetencyShare() : r.share(*problem);
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == OpdColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                           : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && problem) {
        // The worse the figure, the stronger the warning colour.
        const double bad = completeness ? 1.0 - r.completeCompetencyShare() : r.share(*problem);
        if (bad >= 0.25)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (bad >= 0.10)
            return QBrush(QColor(0xa8, 0x64, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && problem)
        return tr("Double-click to list the employees: %1")
            .arg(DataQuality::problemTitle(*problem));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto percent = [&locale](double share) {
        return locale.toString(100.0 * share, 'f', 1) + u'%';
    };
    switch (index.column()) {
    case OpdColumn:
        return r.opdName;
    case EmployeesColumn:
        return locale.toString(r.counts.employees);
    case CompleteCompetencyColumn:
        return percent(r.completeCompetencyShare());
    default:
        return tr("%1 (%2)").arg(locale.toString(r.counts.count(*problem)),
                                 percent(r.share(*problem)));
    }
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == CompleteCompetencyColumn)
            return tr("Employees assessed on every competency their jabatan requires (at least "
                      "one competency when the jabatan has no requirement profile)");
        if (const auto problem = problemOf(section))
            return DataQuality::problemTitle(*problem);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OpdColumn:
        return QStringLiteral("OPD");
    case EmployeesColumn:
        return tr("Employees");
    case CompleteCompetencyColumn:
        return tr("Competency data\ncomplete");
    case MissingSkpColumn:
        return tr("SKP %1\nmissing").arg(m_skpYear);
    case InconsistentNipColumn:
        return tr("NIP ≠ birth\ndate/gender");
    case MissingEducationFieldColumn:
        return tr("Education field\nmissing");
    default:
        return {};
    }
}

} // namespace Simutasi
