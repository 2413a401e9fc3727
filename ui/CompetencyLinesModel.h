#pragma once

#include "CompetencyDictionaryModel.h"

#include "domain/Competency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <algorithm>

namespace Simutasi {

// Base of the tables whose rows are competency lines looked up in the competency dictionary:
// an employee's assessed levels (EmployeeLevelModel), a jabatan's requirement profile
// (RequirementTableModel). `Line` is any struct with a `competencyId`. The base keeps the lines
// and the dictionary, finds a line by its competency and shows the two columns every such table
// opens with, the competency's name and its kind; a subclass shows the rest in lineData() and
// keeps its own headers (their tr() context is the subclass).
template<typename Line>
class CompetencyLinesModel : public QAbstractTableModel
{
public:
    enum SharedColumn
    {
        CompetencyColumn,
        KindColumn,
        FirstOwnColumn // a subclass's first column
    };

    // -1 when no line is of `competencyId`.
    int rowOf(qint64 competencyId) const
    {
        const auto found =
            std::find_if(m_lines.begin(), m_lines.end(), [competencyId](const Line &line) {
                return line.competencyId == competencyId;
            });
        return found == m_lines.end() ? -1 : int(found - m_lines.begin());
    }
    bool contains(qint64 competencyId) const { return rowOf(competencyId) >= 0; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Line &line = m_lines[index.row()];
        const Competency competency = m_dictionary.value(line.competencyId);
        if (role == Qt::DisplayRole && index.column() == CompetencyColumn)
            return competency.name.isEmpty() ? QString::number(line.competencyId) : competency.name;
        if (role == Qt::DisplayRole && index.column() == KindColumn)
            return CompetencyDictionaryModel::kindName(competency.kind);
        return lineData(line, competency, index.column(), role);
    }

protected:
    // `columnCount` counts the shared columns too.
    CompetencyLinesModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {}

    // Every role of the subclass's own columns, and every role but display of the shared ones.
    virtual QVariant lineData(const Line &line, const Competency &competency, int column,
                              int role) const = 0;

    void setLines(const QList<Line> &lines, const QHash<qint64, Competency> &dictionary)
    {
        beginResetModel();
        m_lines = lines;
        m_dictionary = dictionary;
        endResetModel();
    }
    const Line *lineAt(int row) const
    {
        return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
    }

    QList<Line> m_lines;

private:
    int m_columnCount;
    QHash<qint64, Competency> m_dictionary;
};

} // namespace Simutasi
