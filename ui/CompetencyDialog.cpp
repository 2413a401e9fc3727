#include "CompetencyDialog.h"

#include "CompetencyDictionaryModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

CompetencyDialog::CompetencyDialog(const Competency &competency, QWidget *parent)
    : QDialog(parent)
    , m_id(competency.id)
{
    setObjectName(QStringLiteral("competencyDialog"));
    setWindowTitle(competency.id > 0 ? tr("Edit competency") : tr("New competency"));
    setMinimumWidth(520);

    m_code = new QLineEdit(competency.code, this);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_code->setMaxLength(12);
    m_code->setPlaceholderText(tr("short code, e.g. PED"));
    m_name = new QLineEdit(competency.name, this);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindField"));
    for (const CompetencyKind kind :
         {CompetencyKind::Technical, CompetencyKind::Managerial, CompetencyKind::SocioCultural})
        m_kind->addItem(CompetencyDictionaryModel::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(competency.kind)));
    m_description = new QPlainTextEdit(competency.description, this);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Description"), m_description);
    for (int level = Competency::MinLevel; level <= Competency::MaxLevel; ++level) {
        auto *field = new QLineEdit(competency.levelDescriptions.value(level - 1), this);
        field->setObjectName(QStringLiteral("level%1Field").arg(level));
        field->setPlaceholderText(tr("what an employee at level %1 can do").arg(level));
        m_levels.append(field);
        form->addRow(tr("Level %1").arg(level), field);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &CompetencyDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &CompetencyDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void CompetencyDialog::updateOk()
{
    m_ok->setEnabled(!m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
}

Competency CompetencyDialog::competency() const
{
    Competency c;
    c.id = m_id;
    c.code = m_code->text();
    c.name = m_name->text();
    c.kind = static_cast<CompetencyKind>(m_kind->currentData().toInt());
    c.description = m_description->toPlainText();
    for (const QLineEdit *field : m_levels)
        c.levelDescriptions.append(field->text().trimmed());
    // Trailing empty levels are simply not described.
    while (!c.levelDescriptions.isEmpty() && c.levelDescriptions.constLast().isEmpty())
        c.levelDescriptions.removeLast();
    return c;
}

} // namespace Simutasi
