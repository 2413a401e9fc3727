#include "RequirementProfileView.h"

#include "CompetencyDictionaryModel.h"
#include "DialogSeams.h"
#include "JabatanChoice.h"
#include "PermissionUi.h"
#include "RequirementTableModel.h"
#include "registry/CompetencyEditor.h"
#include "storage/OrgRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

void fillGolongan(QComboBox *combo)
{
    for (const Golongan &g : Golongan::all())
        combo->addItem(g.withPangkat(), g.rank());
}

} // namespace

RequirementProfileView::RequirementProfileView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequirementTableModel(this))
{
    setObjectName(QStringLiteral("requirementProfile"));
    m_jabatanChoice = new QComboBox(this);
    m_jabatanChoice->setObjectName(QStringLiteral("profileJabatan"));
    JabatanChoice::makeSearchable(m_jabatanChoice);
    m_jabatanChoice->setMinimumContentsLength(36);
    m_jabatanChoice->setMaximumWidth(560);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setObjectName(QStringLiteral("pageSubtitle"));

    m_form = new QWidget(this);
    m_education = new QComboBox(m_form);
    m_education->setObjectName(QStringLiteral("profileEducation"));
    m_education->addItem(tr("(no minimum)"), int(EducationLevel::Unknown));
    for (const EducationLevel level : EducationLevels::all()) {
        if (level != EducationLevel::Unknown)
            m_education->addItem(EducationLevels::code(level), int(level));
    }
    m_fields = new QLineEdit(m_form);
    m_fields->setObjectName(QStringLiteral("profileFields"));
    m_fields->setPlaceholderText(tr("any field; separate accepted fields with \";\""));
    m_golonganMin = new QComboBox(m_form);
    m_golonganMin->setObjectName(QStringLiteral("profileGolonganMin"));
    m_golonganMax = new QComboBox(m_form);
    m_golonganMax->setObjectName(QStringLiteral("profileGolonganMax"));
    fillGolongan(m_golonganMin);
    fillGolongan(m_golonganMax);
    auto *golongan = new QHBoxLayout;
    golongan->addWidget(m_golonganMin, 1);
    golongan->addWidget(new QLabel(tr("to"), m_form));
    golongan->addWidget(m_golonganMax, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Minimum education"), m_education);
    form->addRow(tr("Accepted fields"), m_fields);
    form->addRow(tr("Golongan range"), golongan);

    m_table = new QTableView(m_form);
    m_table->setObjectName(QStringLiteral("requirementTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RequirementTableModel::CompetencyColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(26);

    m_addChoice = new QComboBox(m_form);
    m_addChoice->setObjectName(QStringLiteral("addRequirementChoice"));
    m_addChoice->setMinimumContentsLength(24);
    m_addLevel = new QSpinBox(m_form);
    m_addLevel->setObjectName(QStringLiteral("addRequirementLevel"));
    m_addLevel->setRange(Competency::MinLevel, Competency::MaxLevel);
    m_addLevel->setValue(3);
    m_addLevel->setPrefix(tr("level "));
    m_addWeight = new QDoubleSpinBox(m_form);
    m_addWeight->setObjectName(QStringLiteral("addRequirementWeight"));
    m_addWeight->setRange(0.1, 10.0);
    m_addWeight->setSingleStep(0.5);
    m_addWeight->setDecimals(1);
    m_addWeight->setValue(1.0);
    m_addWeight->setPrefix(tr("weight "));
    m_add = new QPushButton(tr("&Add"), m_form);
    m_add->setObjectName(QStringLiteral("addRequirementButton"));
    m_remove = new QPushButton(tr("Remove"), m_form);
    m_remove->setObjectName(QStringLiteral("removeRequirementButton"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addChoice, 1);
    addRow->addWidget(m_addLevel);
    addRow->addWidget(m_addWeight);
    addRow->addWidget(m_add);
    addRow->addSpacing(16);
    addRow->addWidget(m_remove);

    m_save = new QPushButton(tr("&Save profile"), m_form);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Re&vert"), m_form);
    m_revert->setObjectName(QStringLiteral("revertProfileButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    auto *competencyTitle = m_competencyTitle = new QLabel(m_form);
    competencyTitle->setWordWrap(true);
    m_form->setMaximumWidth(1000);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addSpacing(6);
    formLayout->addWidget(competencyTitle);
    formLayout->addWidget(m_table, 1);
    formLayout->addLayout(addRow);
    formLayout->addLayout(saveRow);

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(QStringLiteral("Jabatan:"), this));
    choose->addWidget(m_jabatanChoice, 1);
    choose->addWidget(m_typeLabel);
    choose->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(choose);
    auto *bounded = new QHBoxLayout;
    bounded->addWidget(m_form, 10);
    bounded->addStretch(1);
    layout->addLayout(bounded, 1);

    connect(m_jabatanChoice, &QComboBox::currentIndexChanged, this,
            &RequirementProfileView::chooseJabatan);
    connect(m_education, &QComboBox::currentIndexChanged, this, &RequirementProfileView::markDirty);
    connect(m_fields, &QLineEdit::textEdited, this, &RequirementProfileView::markDirty);
    connect(m_golonganMin, &QComboBox::currentIndexChanged, this,
            &RequirementProfileView::markDirty);
    connect(m_golonganMax, &QComboBox::currentIndexChanged, this,
            &RequirementProfileView::markDirty);
    connect(m_model, &RequirementTableModel::edited, this, [this] {
        markDirty();
        fillAddChoice();
    });
    connect(m_add, &QPushButton::clicked, this, &RequirementProfileView::addRequirement);
    connect(m_remove, &QPushButton::clicked, this, &RequirementProfileView::removeRequirement);
    connect(m_save, &QPushButton::clicked, this, &RequirementProfileView::save);
    connect(m_revert, &QPushButton::clicked, this, &RequirementProfileView::revert);
    showJabatan(0);
}

void RequirementProfileView::setEditor(CompetencyEditor *editor, Database *database)
{
    m_editor = editor;
    m_database = database;
    m_dirty = false;
    reloadLists();
}

void RequirementProfileView::reloadLists()
{
    m_dictionary.clear();
    const qint64 current = m_jabatan.id;
    if (m_editor) {
        for (const Competency &c : m_editor->repository().competencies())
            m_dictionary.insert(c.id, c);
    }
    JabatanChoice::fill(m_jabatanChoice, m_editor ? m_database : nullptr);
    {
        const QSignalBlocker block(m_jabatanChoice);
        // Without a choice yet, the first jabatan is shown: the page never opens empty.
        m_jabatanChoice->setCurrentIndex(current > 0 ? m_jabatanChoice->findData(current)
                                                     : std::min(0, m_jabatanChoice->count() - 1));
    }
    if (!m_dirty)
        showJabatan(m_jabatanChoice->currentData().toLongLong());
    else
        fillAddChoice();
}

void RequirementProfileView::chooseJabatan(int index)
{
    const qint64 id = m_jabatanChoice->itemData(index).toLongLong();
    if (id == m_jabatan.id)
        return;
    if (m_dirty &&
        DialogSeams::question(this, tr("Discard changes?"),
                              tr("The requirement profile of %1 has unsaved changes. Discard "
                                 "them?")
                                  .arg(m_jabatan.name)) != QMessageBox::Yes) {
        QSignalBlocker block(m_jabatanChoice);
        m_jabatanChoice->setCurrentIndex(m_jabatanChoice->findData(m_jabatan.id));
        return;
    }
    showJabatan(id);
}

void RequirementProfileView::showJabatan(qint64 jabatanId)
{
    std::optional<Jabatan> jabatan;
    if (m_editor && jabatanId > 0)
        jabatan = OrgRepository(*m_database).jabatan(jabatanId);
    m_jabatan = jabatan.value_or(Jabatan{});
    if (!jabatan)
        m_jabatan.id = 0;
    m_form->setEnabled(jabatan.has_value());
    m_filling = true;
    {
        QSignalBlocker block(m_jabatanChoice);
        m_jabatanChoice->setCurrentIndex(jabatan ? m_jabatanChoice->findData(jabatanId) : -1);
    }
    m_typeLabel->setText(jabatan ? JabatanTypes::displayName(jabatan->type) : QString());
    m_education->setCurrentIndex(m_education->findData(int(m_jabatan.minEducation)));
    m_fields->setText(m_jabatan.educationFields.join(QStringLiteral("; ")));
    m_golonganMin->setCurrentIndex(m_golonganMin->findData(m_jabatan.golonganRange.min.rank()));
    m_golonganMax->setCurrentIndex(m_golonganMax->findData(m_jabatan.golonganRange.max.rank()));
    QList<CompetencyRequirement> lines;
    if (jabatan && m_editor)
        lines = m_editor->repository().requirements(jabatanId);
    // As the dictionary reads: by kind, then by name.
    std::sort(lines.begin(), lines.end(), [this](const auto &a, const auto &b) {
        const Competency ca = m_dictionary.value(a.competencyId);
        const Competency cb = m_dictionary.value(b.competencyId);
        if (ca.kind != cb.kind)
            return ca.kind < cb.kind;
        return QString::localeAwareCompare(ca.name, cb.name) < 0;
    });
    m_model->setRequirements(lines, m_dictionary);
    m_table->resizeColumnToContents(RequirementTableModel::KindColumn);
    m_table->resizeColumnToContents(RequirementTableModel::MinLevelColumn);
    m_filling = false;
    m_dirty = false;
    fillAddChoice();
}

void RequirementProfileView::fillAddChoice()
{
    m_addChoice->clear();
    const QSet<qint64> retired = m_editor ? m_editor->retiredIds() : QSet<qint64>{};
    QList<Competency> offered;
    for (const Competency &c : std::as_const(m_dictionary)) {
        if (!retired.contains(c.id) && !m_model->contains(c.id))
            offered.append(c);
    }
    std::sort(offered.begin(), offered.end(), [](const Competency &a, const Competency &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Competency &c : std::as_const(offered))
        m_addChoice->addItem(
            QStringLiteral("%1 — %2").arg(c.name, CompetencyDictionaryModel::kindName(c.kind)),
            c.id);
    updateEditing();
}

void RequirementProfileView::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    updateEditing();
}

void RequirementProfileView::updateEditing()
{
    const QString needed = PermissionUi::neededText(DataAction::EditCompetencies);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_education, m_golonganMin, m_golonganMax, m_addChoice,
                                          m_addLevel, m_addWeight, m_remove})
        PermissionUi::gate(field, true, m_mayEdit, needed);
    m_fields->setReadOnly(!m_mayEdit);
    const QString weighting = tr("A level below the minimum earns part of the weight (level 2 of "
                                 "3 earns two thirds).");
    m_competencyTitle->setText(
        m_mayEdit
            ? tr("<b>Required competencies</b> — double-click a minimum level or a weight "
                 "to change it. %1")
                  .arg(weighting)
            : tr("<b>Required competencies</b>. %1 <span style='color:#9a5b00'>%2</span>")
                  .arg(weighting,
                       PermissionUi::viewOnlyText(DataAction::EditCompetencies).toHtmlEscaped()));
    PermissionUi::gate(m_add, m_addChoice->count() > 0, m_mayEdit, needed);
    PermissionUi::gate(m_save, m_dirty, m_mayEdit, needed);
    PermissionUi::gate(m_revert, m_dirty, m_mayEdit, needed);
    m_table->setEditTriggers(m_mayEdit ? QAbstractItemView::DoubleClicked |
                                             QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::SelectedClicked
                                       : QAbstractItemView::NoEditTriggers);
}

void RequirementProfileView::markDirty()
{
    if (m_filling || m_jabatan.id == 0)
        return;
    m_dirty = true;
    updateEditing();
}

void RequirementProfileView::addRequirement()
{
    const qint64 id = m_addChoice->currentData().toLongLong();
    if (id > 0)
        m_model->addRequirement(id, m_addLevel->value(), m_addWeight->value());
}

void RequirementProfileView::removeRequirement()
{
    m_model->removeRequirement(m_table->currentIndex().row());
}

Jabatan RequirementProfileView::collect() const
{
    Jabatan j = m_jabatan;
    j.minEducation = static_cast<EducationLevel>(m_education->currentData().toInt());
    j.educationFields.clear();
    for (const QString &field : m_fields->text().split(u';', Qt::SkipEmptyParts)) {
        if (!field.trimmed().isEmpty())
            j.educationFields.append(field.trimmed());
    }
    j.golonganRange.min =
        Golongan::fromRank(m_golonganMin->currentData().toInt()).value_or(j.golonganRange.min);
    j.golonganRange.max =
        Golongan::fromRank(m_golonganMax->currentData().toInt()).value_or(j.golonganRange.max);
    return j;
}

bool RequirementProfileView::save()
{
    if (!m_editor || m_jabatan.id == 0)
        return false;
    const Jabatan after = collect();
    if (const DatabaseError error =
            m_editor->saveRequirementProfile(after, m_model->requirements())) {
        DialogSeams::critical(this, tr("The requirement profile was not saved"), error.message);
        return false;
    }
    m_dirty = false;
    const qint64 id = m_jabatan.id;
    showJabatan(id);
    Q_EMIT profileSaved(id);
    return true;
}

void RequirementProfileView::revert()
{
    m_dirty = false;
    showJabatan(m_jabatan.id);
}

} // namespace Simutasi
