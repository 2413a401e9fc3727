#pragma once

#include "ImportField.h"
#include "ImportTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Simutasi {

// Which column of the file holds which field: a field key -> column index map. Detected from
// the header (case, spaces and punctuation do not matter: "TGL. LAHIR", "Tgl Lahir" and
// "tgl_lahir" are the same), then corrected by the officer, and kept as JSON so that the same
// layout of file is recognised next time (the wizard's "remember", the CLI's --mapping).
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    static ColumnMapping detect(const QList<ImportField> &fields, const QStringList &header);
    // Of the first rows, the one that looks most like a header for these fields: officers'
    // spreadsheets often start with a title and a blank line.
    // -1 when no row names any field.
    static int guessHeaderIndex(const QList<ImportField> &fields, const ImportTable &table);
    // "Tgl. Lahir" -> "tgllahir": lower case, letters and digits only.
    static QString normalizeHeader(const QString &header);

    void set(const QString &field, int column) { m_columns.insert(field, column); }
    void unset(const QString &field) { m_columns.remove(field); }
    bool isMapped(const QString &field) const { return m_columns.contains(field); }
    int column(const QString &field) const { return m_columns.value(field, -1); }
    QStringList mappedFields() const { return m_columns.keys(); }
    bool isEmpty() const { return m_columns.isEmpty(); }

    // Required fields with no column; empty when the mapping can be used.
    QList<ImportField> missingRequired(const QList<ImportField> &fields) const;

    // {"nip": "NIP Baru", "name": 2, "email": null}: a header text, a 1-based column number, or
    // null for "do not import this field". Saved with header texts so that moved columns are
    // still found.
    QJsonObject toJson(const QStringList &header) const;
    // Applies a saved mapping over this one; fields the JSON does not name keep their column.
    // False with *error set when the JSON names an unknown field or a column the file lacks.
    bool apply(const QJsonObject &json, const QList<ImportField> &fields, const QStringList &header,
               QString *error);

    bool operator==(const ColumnMapping &) const = default;

private:
    QHash<QString, int> m_columns;
};

} // namespace Simutasi
