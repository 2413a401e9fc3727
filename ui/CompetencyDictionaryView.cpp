#include "CompetencyDictionaryView.h"

#include "CompetencyDialog.h"
#include "CompetencyDictionaryModel.h"
#include "DialogSeams.h"
#include "PermissionUi.h"
#include "registry/CompetencyEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace Simutasi {

CompetencyDictionaryView::CompetencyDictionaryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CompetencyDictionaryModel(this))
{
    setObjectName(QStringLiteral("competencyDictionary"));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("competencyTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CompetencyDictionaryModel::NameColumn,
                                           QHeaderView::Stretch);
    for (int column = CompetencyDictionaryModel::CodeColumn;
         column < CompetencyDictionaryModel::ColumnCount; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("competencyDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(12);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("card"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_detail);
    scroll->setMinimumWidth(340);

    m_add = new QPushButton(tr("&Add competency…"), this);
    m_add->setObjectName(QStringLiteral("addCompetencyButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCompetencyButton"));
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setObjectName(QStringLiteral("retireCompetencyButton"));
    m_retire->setToolTip(tr("A retired competency stays in the profiles and assessments that "
                            "name it, but is no longer offered for new ones."));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeCompetencyButton"));
    m_remove->setToolTip(tr("Only a competency that no assessment and no jabatan names can be "
                            "removed."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tree, 3);
    body->addWidget(scroll, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(body, 1);

    connect(m_add, &QPushButton::clicked, this, &CompetencyDictionaryView::addCompetency);
    connect(m_edit, &QPushButton::clicked, this, &CompetencyDictionaryView::editCurrent);
    connect(m_retire, &QPushButton::clicked, this,
            &CompetencyDictionaryView::retireOrReinstateCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CompetencyDictionaryView::removeCurrent);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->competency(index) && m_edit->isEnabled())
            editCurrent();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompetencyDictionaryView::showCurrent);
    showCurrent();
}

void CompetencyDictionaryView::setEditor(CompetencyEditor *editor)
{
    m_editor = editor;
    reload();
}

void CompetencyDictionaryView::reload()
{
    const qint64 current = currentId();
    if (m_editor)
        m_model->setCompetencies(m_editor->repository().competencies(), m_editor->retiredIds());
    else
        m_model->setCompetencies({}, {});
    m_tree->expandAll();
    // The first entry is shown at once, so the officer sees what a dictionary entry holds.
    const QModelIndex first = m_model->index(0, 0, m_model->kindIndex(CompetencyKind::Technical));
    selectCompetency(current > 0                  ? current
                     : m_model->competency(first) ? m_model->competency(first)->id
                                                  : 0);
    showCurrent();
}

void CompetencyDictionaryView::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    showCurrent();
}

void CompetencyDictionaryView::selectCompetency(qint64 competencyId)
{
    const QModelIndex index = m_model->indexOf(competencyId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

qint64 CompetencyDictionaryView::currentId() const
{
    const Competency *c = m_model->competency(m_tree->currentIndex().siblingAtColumn(0));
    return c ? c->id : 0;
}

void CompetencyDictionaryView::showCurrent()
{
    const Competency *c = m_model->competency(m_tree->currentIndex().siblingAtColumn(0));
    const QString needed = PermissionUi::neededText(DataAction::EditCompetencies);
    PermissionUi::gate(m_add, m_editor != nullptr, m_mayEdit, needed);
    PermissionUi::gate(m_edit, c != nullptr, m_mayEdit, needed);
    PermissionUi::gate(m_retire, c != nullptr, m_mayEdit, needed);
    PermissionUi::gate(m_remove, c != nullptr, m_mayEdit, needed);
    if (!c) {
        m_retire->setText(tr("&Retire"));
        m_detail->setText(m_editor ? tr("Choose a competency to see what its levels mean.")
                                   : QString());
        return;
    }
    const bool retired = m_model->isRetired(c->id);
    m_retire->setText(retired ? tr("Re&instate") : tr("&Retire"));
    QString html = QStringLiteral("<h3>%1 <span style='color:#5b6878'>(%2)</span></h3>")
                       .arg(c->name.toHtmlEscaped(), c->code.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>%2</p>")
                .arg(CompetencyDictionaryModel::kindName(c->kind).toHtmlEscaped(),
                     retired ? QStringLiteral(" &middot; ") + tr("retired").toHtmlEscaped()
                             : QString());
    if (!c->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(c->description.toHtmlEscaped());
    if (m_editor) {
        const CompetencyUsage usage = m_editor->repository().usage(c->id);
        html += QStringLiteral("<p style='color:#5b6878'>%1</p>")
                    .arg(tr("Assessed for %1 employees · required by %2 jabatan")
                             .arg(QLocale().toString(usage.employeeLevels),
                                  QLocale().toString(usage.requirements))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (int level = Competency::MinLevel; level <= Competency::MaxLevel; ++level) {
        const QString text = c->levelDescriptions.value(level - 1);
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(tr("Level %1").arg(level).toHtmlEscaped(),
                         text.isEmpty() ? QStringLiteral("<i style='color:#8a94a3'>%1</i>")
                                              .arg(tr("not described").toHtmlEscaped())
                                        : text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_detail->setText(html);
}

bool CompetencyDictionaryView::report(const DatabaseError &error, const QString &title)
{
    if (!error)
        return true;
    DialogSeams::critical(this, title, error.message);
    return false;
}

void CompetencyDictionaryView::addCompetency()
{
    if (!m_editor)
        return;
    Competency fresh;
    const Competency *current = m_model->competency(m_tree->currentIndex().siblingAtColumn(0));
    if (current)
        fresh.kind = current->kind;
    else if (m_tree->currentIndex().isValid() && !m_tree->currentIndex().parent().isValid())
        fresh.kind = static_cast<CompetencyKind>(m_tree->currentIndex().row());
    CompetencyDialog dialog(fresh, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    Competency added = dialog.competency();
    if (!report(m_editor->addCompetency(added), tr("The competency was not added")))
        return;
    reload();
    selectCompetency(added.id);
    Q_EMIT dictionaryChanged();
}

void CompetencyDictionaryView::editCurrent()
{
    const Competency *current = m_model->competency(m_tree->currentIndex().siblingAtColumn(0));
    if (!m_editor || !current)
        return;
    CompetencyDialog dialog(*current, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    if (!report(m_editor->updateCompetency(dialog.competency()),
                tr("The competency was not changed")))
        return;
    reload();
    Q_EMIT dictionaryChanged();
}

void CompetencyDictionaryView::retireOrReinstateCurrent()
{
    const qint64 id = currentId();
    if (!m_editor || id == 0)
        return;
    const DatabaseError error =
        m_model->isRetired(id) ? m_editor->reinstateCompetency(id) : m_editor->retireCompetency(id);
    if (!report(error, tr("The competency was not changed")))
        return;
    reload();
    Q_EMIT dictionaryChanged();
}

void CompetencyDictionaryView::removeCurrent()
{
    const Competency *current = m_model->competency(m_tree->currentIndex().siblingAtColumn(0));
    if (!m_editor || !current)
        return;
    if (const QString blocker = m_editor->removalBlocker(current->id); !blocker.isEmpty()) {
        DialogSeams::information(this, tr("Competency in use"), blocker);
        return;
    }
    if (DialogSeams::question(
            this, tr("Remove competency?"),
            tr("Remove %1 from the dictionary? Nothing refers to it.").arg(current->name)) !=
        QMessageBox::Yes)
        return;
    if (!report(m_editor->removeCompetency(current->id), tr("The competency was not removed")))
        return;
    reload();
    Q_EMIT dictionaryChanged();
}

} // namespace Simutasi
