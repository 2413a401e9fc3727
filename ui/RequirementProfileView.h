#pragma once

#include "domain/Competency.h"
#include "domain/Jabatan.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Simutasi {

class CompetencyEditor;
class Database;
class RequirementTableModel;

// The requirement profile of a jabatan: minimum education level and accepted fields, golongan
// range, and the competencies with their minimum level and weight in the job-person match.
// Edits are collected and saved together through CompetencyEditor (one transaction, audited).
class RequirementProfileView : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementProfileView(QWidget *parent = nullptr);

    void setEditor(CompetencyEditor *editor, Database *database); // nullptr: nothing open
    void reloadLists();
    // Whether the logged-in user may change requirement profiles
    // (CompetencyPage::refreshPermissions): else the profile is shown without taking input.
    void setMayEdit(bool mayEdit);
    void showJabatan(qint64 jabatanId);
    qint64 jabatanId() const { return m_jabatan.id; }
    bool hasUnsavedChanges() const { return m_dirty; }

    QComboBox *jabatanChoice() const { return m_jabatanChoice; }
    QComboBox *educationField() const { return m_education; }
    QLineEdit *fieldsField() const { return m_fields; }
    QComboBox *golonganMinField() const { return m_golonganMin; }
    QComboBox *golonganMaxField() const { return m_golonganMax; }
    RequirementTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *addChoice() const { return m_addChoice; }
    QSpinBox *addLevel() const { return m_addLevel; }
    QDoubleSpinBox *addWeight() const { return m_addWeight; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    bool save();
    void revert();
    void addRequirement();
    void removeRequirement();

Q_SIGNALS:
    void profileSaved(qint64 jabatanId);

private:
    void chooseJabatan(int index);
    void markDirty();
    void fillAddChoice();
    void updateEditing();
    Jabatan collect() const;

    CompetencyEditor *m_editor = nullptr;
    Database *m_database = nullptr;
    Jabatan m_jabatan;
    QHash<qint64, Competency> m_dictionary;
    bool m_dirty = false;
    bool m_mayEdit = true;
    bool m_filling = false;

    QComboBox *m_jabatanChoice = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_competencyTitle = nullptr;
    QComboBox *m_education = nullptr;
    QLineEdit *m_fields = nullptr;
    QComboBox *m_golonganMin = nullptr;
    QComboBox *m_golonganMax = nullptr;
    RequirementTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_addChoice = nullptr;
    QSpinBox *m_addLevel = nullptr;
    QDoubleSpinBox *m_addWeight = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace Simutasi
