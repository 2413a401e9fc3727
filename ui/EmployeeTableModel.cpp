#include "EmployeeTableModel.h"

#include "domain/Golongan.h"
#include "domain/Nip.h"
#include "storage/Database.h"

#include <QColor>
#include <QLocale>

namespace Simutasi {

namespace {

// Dates in the table: "27 November 2026" in Indonesian, the same order in English.
QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString golonganText(const EmployeeListRow &row)
{
    if (row.status == EmployeeStatus::Pppk)
        return row.pppkGrade > 0 ? pppkGradeToString(row.pppkGrade) : QString();
    const auto golongan = Golongan::fromRank(row.golonganRank);
    return golongan ? golongan->toString() : QString();
}

// Alignment as the int that delegates and QAbstractItemModelTester both read.
QVariant alignment(Qt::Alignment flags)
{
    return QVariant(flags.toInt());
}

bool isCentered(int column)
{
    return column == EmployeeTableModel::GenderColumn ||
           column == EmployeeTableModel::StatusColumn ||
           column == EmployeeTableModel::GolonganColumn;
}

} // namespace

EmployeeTableModel::EmployeeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(MaxCachedPages)
{}

EmployeeTableModel::~EmployeeTableModel() = default;

void EmployeeTableModel::setDatabase(Database *database)
{
    beginResetModel();
    m_repository.reset();
    m_database = database;
    if (m_database)
        m_repository = std::make_unique<EmployeeRepository>(*m_database);
    resetContents();
    endResetModel();
    Q_EMIT countsChanged();
}

void EmployeeTableModel::setFilter(const EmployeeFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    resetContents();
    endResetModel();
    Q_EMIT countsChanged();
}

void EmployeeTableModel::reload()
{
    beginResetModel();
    resetContents();
    endResetModel();
    Q_EMIT countsChanged();
}

void EmployeeTableModel::resetContents()
{
    m_pages.clear();
    m_rowCount = m_repository ? m_repository->count(m_filter) : 0;
    m_totalCount = !m_repository ? 0 : isFiltered() ? m_repository->count() : m_rowCount;
}

qint64 EmployeeTableModel::employeeId(int row) const
{
    const EmployeeListRow *r = this->row(row);
    return r ? r->id : 0;
}

int EmployeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int EmployeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EmployeeListRow *EmployeeTableModel::row(int row) const
{
    if (!m_repository || row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageNumber = row / PageSize;
    QList<EmployeeListRow> *page = m_pages.object(pageNumber);
    if (!page) {
        page = new QList<EmployeeListRow>(m_repository->page(
            m_filter, sortKeyFor(m_sortColumn), m_sortOrder, pageNumber * PageSize, PageSize));
        m_pages.insert(pageNumber, page);
    }
    const int offset = row % PageSize;
    // The data may have shrunk since the count was read (another program wrote to the file).
    return offset < page->size() ? &page->at(offset) : nullptr;
}

QVariant EmployeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case IdRole:
    case NipDigitsRole:
    case DepartedRole:
    case Qt::ForegroundRole:
        break;
    case Qt::TextAlignmentRole:
        return isCentered(index.column()) ? alignment(Qt::AlignCenter)
                                          : alignment(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }

    const EmployeeListRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case NipDigitsRole:
        return r->nip;
    case DepartedRole:
        return r->leftOn.isValid();
    case Qt::ForegroundRole:
        // Who left the province is listed in grey next to the active employees.
        return r->leftOn.isValid() ? QVariant(QColor(0x6b, 0x72, 0x80)) : QVariant();
    case Qt::ToolTipRole:
        // Long names, jabatan and units are cut off in narrow columns.
        if (index.column() == NameColumn || index.column() == JabatanColumn ||
            index.column() == UnitColumn || index.column() == OpdColumn)
            return displayData(*r, index.column());
        return {};
    default:
        return displayData(*r, index.column());
    }
}

QVariant EmployeeTableModel::displayData(const EmployeeListRow &row, int column) const
{
    switch (column) {
    case NipColumn:
        return Nip::parse(row.nip).formatted();
    case NameColumn:
        return row.fullName;
    case GenderColumn:
        return genderCode(row.gender);
    case StatusColumn:
        return employeeStatusCode(row.status);
    case GolonganColumn:
        return golonganText(row);
    case JabatanColumn:
        return row.jabatanName;
    case UnitColumn:
        // A departed employee holds no unit: the column says where they went instead.
        if (row.leftOn.isValid())
            return row.leftTo.isEmpty() ? tr("Left the province")
                                        : tr("Transferred out to %1").arg(row.leftTo);
        return row.unitName;
    case OpdColumn:
        return row.opdName;
    case TmtJabatanColumn:
        return formatDate(row.tmtJabatan);
    case BirthDateColumn:
        return formatDate(row.birthDate);
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NipColumn:
            return tr("NIP");
        case NameColumn:
            return tr("Name");
        case GenderColumn:
            return tr("L/P");
        case StatusColumn:
            return tr("Status");
        case GolonganColumn:
            return tr("Gol.");
        case JabatanColumn:
            return tr("Jabatan");
        case UnitColumn:
            return tr("Unit kerja");
        case OpdColumn:
            return tr("OPD");
        case TmtJabatanColumn:
            return tr("TMT jabatan");
        case BirthDateColumn:
            return tr("Date of birth");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case GenderColumn:
            return tr("L = laki-laki (male), P = perempuan (female)");
        case StatusColumn:
            return tr("PNS, CPNS or PPPK");
        case GolonganColumn:
            return tr("Golongan/ruang of a PNS, or the grade of a PPPK");
        case TmtJabatanColumn:
            return tr("Date from which the employee holds the current jabatan");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return isCentered(section) ? alignment(Qt::AlignCenter)
                                   : alignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

EmployeeSortKey EmployeeTableModel::sortKeyFor(int column)
{
    switch (column) {
    case NipColumn:
        return EmployeeSortKey::Nip;
    case GenderColumn:
        return EmployeeSortKey::Gender;
    case StatusColumn:
        return EmployeeSortKey::Status;
    case GolonganColumn:
        return EmployeeSortKey::Golongan;
    case JabatanColumn:
        return EmployeeSortKey::Jabatan;
    case UnitColumn:
        return EmployeeSortKey::Unit;
    case OpdColumn:
        return EmployeeSortKey::Opd;
    case TmtJabatanColumn:
        return EmployeeSortKey::TmtJabatan;
    case BirthDateColumn:
        return EmployeeSortKey::BirthDate;
    case NameColumn:
    default:
        return EmployeeSortKey::Name;
    }
}

void EmployeeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = NameColumn;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    // The rows stay the same set in another order: a layout change keeps the view's scroll
    // position and header, and persistent indexes are dropped since rows are not tracked.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Simutasi
