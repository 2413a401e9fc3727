#include "FormasiTableModel.h"

#include "registry/OrgEditor.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

namespace Simutasi {

namespace {

struct Palette
{
    QColor background;
    QColor text;
};

const Palette Short{QColor(0xfd, 0xe4, 0xe2), QColor(0xb4, 0x23, 0x18)};
const Palette Over{QColor(0xfe, 0xf0, 0xd0), QColor(0x9a, 0x5b, 0x00)};
const Palette Exact{QColor(0xe2, 0xf4, 0xe7), QColor(0x1e, 0x7a, 0x3d)};

const Palette &paletteFor(int difference)
{
    return difference < 0 ? Short : difference > 0 ? Over : Exact;
}

QString signedNumber(int value)
{
    const QLocale locale;
    if (value > 0)
        return u'+' + locale.toString(value);
    if (value < 0)
        return QChar(0x2212) + locale.toString(-value); // a real minus sign
    return locale.toString(0);
}

} // namespace

FormasiTableModel::FormasiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FormasiTableModel::setEditor(OrgEditor *editor, const QHash<qint64, Jabatan> *catalogue)
{
    m_editor = editor;
    m_catalogue = catalogue;
    setUnit(0, false);
}

FormasiTableModel::Line FormasiTableModel::lineFor(qint64 jabatanId) const
{
    Line line;
    line.jabatanId = jabatanId;
    const Jabatan jabatan = m_catalogue ? m_catalogue->value(jabatanId) : Jabatan{};
    line.name = jabatan.name;
    line.type = jabatan.type;
    return line;
}

void FormasiTableModel::setUnit(qint64 unitId, bool editable)
{
    beginResetModel();
    m_unitId = unitId;
    m_editable = editable;
    m_lines.clear();
    if (m_editor && unitId > 0) {
        OrgRepository &org = m_editor->repository();
        const QHash<qint64, int> bezetting = org.bezetting(unitId);
        QHash<qint64, int> rowOfJabatan;
        const auto lineOf = [&](qint64 jabatanId) -> Line & {
            auto found = rowOfJabatan.constFind(jabatanId);
            if (found == rowOfJabatan.constEnd()) {
                found = rowOfJabatan.insert(jabatanId, int(m_lines.size()));
                m_lines.append(lineFor(jabatanId));
            }
            return m_lines[*found];
        };
        for (const Formasi &formasi : org.formasi(unitId))
            lineOf(formasi.jabatanId).formasi = formasi.required;
        for (auto it = bezetting.constBegin(); it != bezetting.constEnd(); ++it)
            lineOf(it.key()).bezetting = it.value();
        std::sort(m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

bool FormasiTableModel::hasJabatan(qint64 jabatanId) const
{
    return rowOf(jabatanId) >= 0;
}

int FormasiTableModel::rowOf(qint64 jabatanId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).jabatanId == jabatanId)
            return row;
    }
    return -1;
}

bool FormasiTableModel::setFormasi(qint64 jabatanId, int required)
{
    if (!m_editor || m_unitId <= 0)
        return false;
    if (const DatabaseError error = m_editor->setFormasi(m_unitId, jabatanId, required)) {
        Q_EMIT errorOccurred(error.message);
        return false;
    }
    int row = rowOf(jabatanId);
    if (row < 0) {
        row = int(m_lines.size());
        beginInsertRows({}, row, row);
        m_lines.append(lineFor(jabatanId));
        m_lines.last().formasi = required;
        endInsertRows();
    } else {
        m_lines[row].formasi = required;
        Q_EMIT dataChanged(index(row, FormasiColumn), index(row, DifferenceColumn));
    }
    Q_EMIT totalsChanged();
    return true;
}

int FormasiTableModel::totalFormasi() const
{
    int total = 0;
    for (const Line &line : m_lines)
        total += line.formasi.value_or(0);
    return total;
}

int FormasiTableModel::totalBezetting() const
{
    int total = 0;
    for (const Line &line : m_lines)
        total += line.bezetting;
    return total;
}

int FormasiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FormasiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormasiTableModel::displayData(const Line &line, int column) const
{
    const QLocale locale;
    switch (column) {
    case JabatanColumn:
        return line.name;
    case FormasiColumn:
        return line.formasi ? locale.toString(*line.formasi) : tr("none");
    case BezettingColumn:
        return locale.toString(line.bezetting);
    case DifferenceColumn:
        return signedNumber(line.difference());
    default:
        return {};
    }
}

QVariant FormasiTableModel::differenceStyle(const Line &line, int role) const
{
    const Palette &palette = paletteFor(line.difference());
    if (role == Qt::BackgroundRole)
        return palette.background;
    if (role == Qt::ForegroundRole)
        return palette.text;
    const int difference = line.difference();
    if (difference < 0)
        return tr("%1 short of the formasi").arg(-difference);
    if (difference > 0)
        return tr("%1 more than the formasi").arg(difference);
    return tr("Exactly as the formasi");
}

QVariant FormasiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(line, column);
    case Qt::EditRole:
        return column == FormasiColumn ? QVariant(line.formasi.value_or(0)) : QVariant();
    case SortRole:
        if (column == JabatanColumn)
            return displayData(line, column);
        return column == FormasiColumn     ? line.formasi.value_or(-1)
               : column == BezettingColumn ? line.bezetting
                                           : line.difference();
    case JabatanIdRole:
        return line.jabatanId;
    case Qt::TextAlignmentRole:
        return column >= FormasiColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::ToolTipRole:
        if (column == DifferenceColumn)
            return differenceStyle(line, role);
        if (role == Qt::ForegroundRole && column == FormasiColumn && !line.formasi)
            return QColor(0x8a, 0x94, 0xa3);
        if (role == Qt::ToolTipRole && column == JabatanColumn)
            return tr("%1\n%2").arg(line.name, JabatanTypes::displayName(line.type));
        if (role == Qt::ToolTipRole && column == FormasiColumn && m_editable)
            return tr("Double-click or press F2 to change the formasi");
        return {};
    default:
        return {};
    }
}

QVariant FormasiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= FormasiColumn ? QVariant(Qt::AlignCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JabatanColumn:
        return tr("Jabatan");
    case FormasiColumn:
        return tr("Formasi");
    case BezettingColumn:
        return tr("Bezetting");
    case DifferenceColumn:
        return tr("Difference");
    default:
        return {};
    }
}

Qt::ItemFlags FormasiTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FormasiColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FormasiTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != FormasiColumn)
        return false;
    bool ok = false;
    const int required = value.toInt(&ok);
    if (!ok)
        return false;
    return setFormasi(m_lines.at(index.row()).jabatanId, required);
}

} // namespace Simutasi
