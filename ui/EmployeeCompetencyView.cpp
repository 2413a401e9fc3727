#include "EmployeeCompetencyView.h"

#include "AssessedLevelDialog.h"
#include "DateText.h"
#include "DialogSeams.h"
#include "EmployeeLevelModel.h"
#include "EmployeeTableModel.h"
#include "JabatanChoice.h"
#include "PermissionUi.h"
#include "analysis/TalentGrid.h"
#include "registry/CompetencyEditor.h"
#include "storage/AssessmentRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/OrgRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: #17202b; margin-top: 8px;"));
    return label;
}

QLabel *textBlock(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString listHtml(const QStringList &items, const QString &none)
{
    if (items.isEmpty())
        return QStringLiteral("<i style='color:#8a94a3'>%1</i>").arg(none.toHtmlEscaped());
    QString html = QStringLiteral("<ul style='margin:0; -qt-list-indent:1'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString assessmentKindName(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::Managerial:
        return EmployeeCompetencyView::tr("Managerial");
    case AssessmentKind::SocioCultural:
        return EmployeeCompetencyView::tr("Socio-cultural");
    case AssessmentKind::Potential:
        return EmployeeCompetencyView::tr("Potential");
    }
    return {};
}

} // namespace

EmployeeCompetencyView::EmployeeCompetencyView(QWidget *parent)
    : QWidget(parent)
    , m_resultModel(new EmployeeTableModel(this))
    , m_levelModel(new EmployeeLevelModel(this))
{
    setObjectName(QStringLiteral("employeeCompetency"));

    // Left: the search and its results.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("competencySearch"));
    m_search->setPlaceholderText(tr("Search by name or NIP…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("competencySearchTable"));
    m_results->setModel(m_resultModel);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(26);
    m_results->setSortingEnabled(true);
    m_results->horizontalHeader()->setSortIndicator(EmployeeTableModel::NameColumn,
                                                    Qt::AscendingOrder);
    for (int column = 0; column < EmployeeTableModel::ColumnCount; ++column) {
        if (column != EmployeeTableModel::NameColumn && column != EmployeeTableModel::NipColumn)
            m_results->hideColumn(column);
    }
    m_results->horizontalHeader()->moveSection(EmployeeTableModel::NameColumn, 0);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setSectionResizeMode(EmployeeTableModel::NameColumn,
                                                        QHeaderView::Stretch);
    m_results->setColumnWidth(
        EmployeeTableModel::NipColumn,
        m_results->fontMetrics().horizontalAdvance(QStringLiteral("00000000 000000 0 000")) + 24);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_results, 1);

    // Right: the profile of the chosen employee.
    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("competencyProfileBody"));
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_profile = textBlock(m_body, QStringLiteral("profileFacts"));
    m_history = textBlock(m_body, QStringLiteral("profileHistory"));

    m_levels = new QTableView(m_body);
    m_levels->setObjectName(QStringLiteral("levelTable"));
    m_levels->setModel(m_levelModel);
    m_levels->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levels->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levels->setAlternatingRowColors(true);
    m_levels->verticalHeader()->hide();
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->horizontalHeader()->setSectionResizeMode(EmployeeLevelModel::CompetencyColumn,
                                                       QHeaderView::ResizeToContents);
    m_levels->verticalHeader()->setDefaultSectionSize(24);
    m_levels->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_record = new QPushButton(tr("&Record level…"), m_body);
    m_record->setObjectName(QStringLiteral("recordLevelButton"));
    m_editLevel = new QPushButton(tr("&Edit level…"), m_body);
    m_editLevel->setObjectName(QStringLiteral("editLevelButton"));
    m_removeLevel = new QPushButton(tr("Remove level"), m_body);
    m_removeLevel->setObjectName(QStringLiteral("removeLevelButton"));
    auto *levelButtons = new QHBoxLayout;
    levelButtons->addWidget(m_record);
    levelButtons->addWidget(m_editLevel);
    levelButtons->addWidget(m_removeLevel);
    levelButtons->addStretch(1);

    m_currentMatch = textBlock(m_body, QStringLiteral("currentMatch"));
    m_otherJabatan = new QComboBox(m_body);
    m_otherJabatan->setObjectName(QStringLiteral("otherJabatan"));
    JabatanChoice::makeSearchable(m_otherJabatan);
    m_otherJabatan->setMinimumContentsLength(30);
    m_otherMatch = textBlock(m_body, QStringLiteral("otherMatch"));

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(16, 12, 16, 16);
    // Facts and the match with the own jabatan side by side, the levels across, then the
    // records behind the profile beside the match with another jabatan.
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_title);
    facts->addWidget(m_profile);
    facts->addStretch(1);
    auto *current = new QVBoxLayout;
    current->addWidget(sectionTitle(tr("Job-person match with the current jabatan"), m_body));
    current->addWidget(m_currentMatch);
    current->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(facts, 1);
    top->addSpacing(16);
    top->addLayout(current, 1);
    auto *records = new QVBoxLayout;
    records->addWidget(sectionTitle(tr("Training, certificates and assessments"), m_body));
    records->addWidget(m_history);
    records->addStretch(1);
    auto *other = new QVBoxLayout;
    other->addWidget(sectionTitle(tr("Job-person match with another jabatan"), m_body));
    other->addWidget(m_otherJabatan);
    other->addWidget(m_otherMatch);
    other->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(records, 1);
    bottom->addSpacing(16);
    bottom->addLayout(other, 1);
    body->addLayout(top);
    body->addWidget(sectionTitle(tr("Assessed competency levels"), m_body));
    body->addLayout(levelButtons);
    body->addWidget(m_levels);
    body->addLayout(bottom);
    body->addStretch(1);

    m_empty = new QLabel(tr("Search for an employee by name or NIP and choose them in the list "
                            "to see their competency profile."),
                         this);
    m_empty->setObjectName(QStringLiteral("placeholderDescription"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("card"));
    scroll->setWidgetResizable(true);
    auto *holder = new QWidget(scroll);
    holder->setObjectName(QStringLiteral("competencyProfile"));
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_empty, 1);
    holderLayout->addWidget(m_body);
    scroll->setWidget(holder);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    left->setMinimumWidth(340);
    splitter->setSizes({400, 800});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);

    const QString jpmHelp = JobPersonMatch::helpText();
    m_currentMatch->setWhatsThis(jpmHelp);
    m_otherMatch->setWhatsThis(jpmHelp);
    m_currentMatch->setToolTip(jpmHelp);
    m_otherMatch->setToolTip(jpmHelp);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EmployeeCompetencyView::applySearch);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEmployee(m_resultModel->employeeId(current.row()));
            });
    connect(m_record, &QPushButton::clicked, this, &EmployeeCompetencyView::recordLevel);
    connect(m_editLevel, &QPushButton::clicked, this, &EmployeeCompetencyView::editLevel);
    connect(m_removeLevel, &QPushButton::clicked, this, &EmployeeCompetencyView::removeLevel);
    connect(m_levels, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_mayEdit)
            editLevelAt(index.row());
    });
    connect(m_levels->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeeCompetencyView::updateLevelButtons);
    connect(m_otherJabatan, &QComboBox::currentIndexChanged, this,
            &EmployeeCompetencyView::showOtherMatch);
    showEmployee(0);
}

EmployeeCompetencyView::~EmployeeCompetencyView() = default;

void EmployeeCompetencyView::setEditor(CompetencyEditor *editor, Database *database)
{
    m_editor = editor;
    m_database = database;
    m_resultModel->setDatabase(database);
    m_search->clear();
    reloadLists();
    showEmployee(0);
}

void EmployeeCompetencyView::reloadLists()
{
    m_dictionary.clear();
    const qint64 chosen = m_otherJabatan->currentData().toLongLong();
    if (m_editor) {
        for (const Competency &c : m_editor->repository().competencies())
            m_dictionary.insert(c.id, c);
    }
    JabatanChoice::fill(m_otherJabatan, m_editor ? m_database : nullptr);
    const QSignalBlocker block(m_otherJabatan);
    m_otherJabatan->setCurrentIndex(chosen > 0 ? m_otherJabatan->findData(chosen) : -1);
}

void EmployeeCompetencyView::applySearch()
{
    EmployeeFilter filter = m_resultModel->filter();
    filter.text = m_search->text().trimmed();
    m_resultModel->setFilter(filter);
    if (m_resultModel->rowCount() == 1)
        m_results->selectRow(0);
}

void EmployeeCompetencyView::showEmployee(qint64 employeeId)
{
    m_employeeId = m_database ? employeeId : 0;
    m_jabatanId = 0;
    m_employeeName.clear();
    const bool shown = m_employeeId > 0;
    m_body->setVisible(shown);
    m_empty->setVisible(!shown);
    m_current.reset();
    m_other.reset();
    if (!shown) {
        m_levelModel->setLevels({}, {});
        return;
    }
    showProfile();
    showMatches();
}

void EmployeeCompetencyView::showProfile()
{
    EmployeeRepository employees(*m_database);
    const std::optional<Employee> employee = employees.byId(m_employeeId);
    if (!employee) {
        showEmployee(0);
        return;
    }
    m_jabatanId = employee->jabatanId;
    m_employeeName = employee->fullName();
    OrgRepository org(*m_database);
    const std::optional<Jabatan> jabatan = org.jabatan(employee->jabatanId);
    const std::optional<OrgUnit> unit = org.unit(employee->unitId);
    m_title->setText(m_employeeName);

    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &caption, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#5b6878' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(caption.toHtmlEscaped(), value);
    };
    const QString none =
        QStringLiteral("<i style='color:#8a94a3'>%1</i>").arg(tr("not recorded").toHtmlEscaped());
    row(QStringLiteral("NIP"), employee->nip.formatted().toHtmlEscaped());
    row(QStringLiteral("Jabatan"),
        jabatan ? QStringLiteral("%1, %2").arg(jabatan->name.toHtmlEscaped(),
                                               unit ? unit->name.toHtmlEscaped() : QString())
                : none);
    row(tr("Education"),
        QStringLiteral("%1 · %2").arg(
            employee->educationLevel == EducationLevel::Unknown
                ? none
                : EducationLevels::code(employee->educationLevel).toHtmlEscaped(),
            employee->educationField.isEmpty() ? none : employee->educationField.toHtmlEscaped()));

    AssessmentRepository assessments(*m_database);
    QStringList results;
    QString potential = none;
    for (const Assessment &a : assessments.assessments(m_employeeId)) {
        QString text = QStringLiteral("<b>%1</b>, %2")
                           .arg(assessmentKindName(a.kind).toHtmlEscaped(),
                                dateText(a.assessedOn).toHtmlEscaped());
        if (a.score)
            text += QStringLiteral(", ") + tr("score %1").arg(locale.toString(*a.score, 'f', 1));
        if (a.potential != PotentialLevel::Unknown)
            text += QStringLiteral(": ") + TalentGrid::potentialName(a.potential).toHtmlEscaped();
        if (!a.source.isEmpty())
            text += QStringLiteral(" — ") + a.source.toHtmlEscaped();
        results.append(text);
        // Newest first: the first potential found is the one the talent grid uses.
        if (a.potential != PotentialLevel::Unknown && potential == none)
            potential = QStringLiteral("%1 <span style='color:#5b6878'>(%2, %3)</span>")
                            .arg(TalentGrid::potentialName(a.potential).toHtmlEscaped(),
                                 dateText(a.assessedOn).toHtmlEscaped(), a.source.toHtmlEscaped());
    }
    row(tr("Potential"), potential);
    QStringList skp;
    for (const SkpRating &rating : employees.skpRatings(m_employeeId))
        skp.append(QStringLiteral("%1: %2")
                       .arg(rating.year)
                       .arg(skpPredicateName(rating.predicate).toHtmlEscaped()));
    std::sort(skp.begin(), skp.end(), std::greater<>());
    row(QStringLiteral("SKP"), skp.isEmpty() ? none : skp.mid(0, 3).join(QStringLiteral(" · ")));
    html += QStringLiteral("</table>");

    QStringList training;
    for (const DiklatEntry &d : employees.diklat(m_employeeId)) {
        QString text = d.name.toHtmlEscaped();
        QStringList details;
        if (!d.organizer.isEmpty())
            details << d.organizer.toHtmlEscaped();
        if (d.endDate.isValid() || d.startDate.isValid())
            details << dateText(d.endDate.isValid() ? d.endDate : d.startDate).toHtmlEscaped();
        if (d.hours > 0)
            details << tr("%1 hours").arg(d.hours).toHtmlEscaped();
        if (!details.isEmpty())
            text += QStringLiteral(" <span style='color:#5b6878'>(%1)</span>")
                        .arg(details.join(QStringLiteral(", ")));
        training.append(text);
    }
    QStringList certificates;
    for (const Certification &c : assessments.certifications(m_employeeId)) {
        QString text = c.name.toHtmlEscaped();
        if (!c.issuer.isEmpty())
            text += QStringLiteral(", ") + c.issuer.toHtmlEscaped();
        if (c.issuedOn.isValid())
            text += QStringLiteral(", ") + dateText(c.issuedOn).toHtmlEscaped();
        if (c.validUntil.isValid())
            text += QStringLiteral(" ") +
                    tr("(valid until %1)").arg(dateText(c.validUntil)).toHtmlEscaped();
        certificates.append(text);
    }
    m_profile->setText(html);
    QString history = QStringLiteral("<p style='margin:0'><b>%1</b></p>")
                          .arg(tr("Training (diklat)").toHtmlEscaped());
    history += listHtml(training, tr("No training recorded."));
    history += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p>")
                   .arg(tr("Certificates").toHtmlEscaped());
    history += listHtml(certificates, tr("No certificates recorded."));
    history += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p>")
                   .arg(tr("Assessments").toHtmlEscaped());
    history += listHtml(results, tr("No assessments recorded."));
    m_history->setText(history);

    m_levelModel->setLevels(m_editor->repository().employeeLevels(m_employeeId), m_dictionary);
    m_levels->resizeColumnToContents(EmployeeLevelModel::KindColumn);
    m_levels->resizeColumnToContents(EmployeeLevelModel::LevelColumn);
    m_levels->resizeColumnToContents(EmployeeLevelModel::DateColumn);
    // The page scrolls, not the table: it is as high as its rows (at least one empty row).
    m_levels->setFixedHeight(m_levels->horizontalHeader()->sizeHint().height() +
                             24 * std::max(1, m_levelModel->rowCount()) +
                             2 * m_levels->frameWidth());
    updateLevelButtons();
}

void EmployeeCompetencyView::setMayEdit(bool mayEdit)
{
    m_mayEdit = mayEdit;
    updateLevelButtons();
}

void EmployeeCompetencyView::updateLevelButtons()
{
    const QString needed = PermissionUi::neededText(DataAction::EditCompetencies);
    const bool chosen = m_levels->currentIndex().isValid();
    PermissionUi::gate(m_record, m_editor != nullptr, m_mayEdit, needed);
    PermissionUi::gate(m_editLevel, chosen, m_mayEdit, needed);
    PermissionUi::gate(m_removeLevel, chosen, m_mayEdit, needed);
}

QString EmployeeCompetencyView::matchHtml(const std::optional<EmployeeMatchResult> &match) const
{
    if (!match)
        return QStringLiteral("<i style='color:#8a94a3'>%1</i>")
            .arg(tr("No jabatan to compare with.").toHtmlEscaped());
    const QLocale locale;
    const QString colour = match->percent >= 80   ? QStringLiteral("#1b7f3b")
                           : match->percent >= 60 ? QStringLiteral("#a86400")
                                                  : QStringLiteral("#b3261e");
    QString html = QStringLiteral("<p><span style='font-size:x-large; font-weight:600; "
                                  "color:%1'>%2%</span> &nbsp;%3</p>")
                       .arg(colour, locale.toString(match->percent, 'f', 0),
                            match->jabatanName.toHtmlEscaped());
    if (match->gaps.isEmpty()) {
        html += QStringLiteral("<p style='color:#1b7f3b'>%1</p>")
                    .arg(match->requirementCount() == 0
                             ? tr("The jabatan sets no requirements.").toHtmlEscaped()
                             : tr("Every requirement is met.").toHtmlEscaped());
        return html;
    }
    QStringList gaps;
    for (const QString &gap : match->gaps)
        gaps.append(gap.toHtmlEscaped());
    html += QStringLiteral("<p style='margin-bottom:0'>%1</p>")
                .arg(tr("%1 of %2 requirements not met:")
                         .arg(match->gaps.size())
                         .arg(match->requirementCount())
                         .toHtmlEscaped());
    html += listHtml(gaps, QString());
    return html;
}

void EmployeeCompetencyView::showMatches()
{
    m_current.reset();
    if (m_jabatanId > 0)
        m_current = EmployeeMatch::compute(*m_database, m_employeeId, m_jabatanId, m_referenceDate);
    m_currentMatch->setText(matchHtml(m_current));
    showOtherMatch();
}

void EmployeeCompetencyView::showOtherMatch()
{
    m_other.reset();
    const qint64 jabatanId = m_otherJabatan->currentData().toLongLong();
    if (m_employeeId > 0 && jabatanId > 0)
        m_other = EmployeeMatch::compute(*m_database, m_employeeId, jabatanId, m_referenceDate);
    m_otherMatch->setText(jabatanId > 0 ? matchHtml(m_other)
                                        : QStringLiteral("<i style='color:#8a94a3'>%1</i>")
                                              .arg(tr("Choose a jabatan to compare the employee "
                                                      "with.")
                                                       .toHtmlEscaped()));
}

void EmployeeCompetencyView::recordLevel()
{
    if (!m_editor || m_employeeId == 0)
        return;
    const QSet<qint64> retired = m_editor->retiredIds();
    QList<Competency> choices;
    for (const Competency &c : m_editor->repository().competencies()) {
        if (!retired.contains(c.id) && m_levelModel->rowOf(c.id) < 0)
            choices.append(c);
    }
    if (choices.isEmpty()) {
        DialogSeams::information(this, tr("Nothing to record"),
                                 tr("The employee has a level for every competency in use. "
                                    "Choose one in the list to correct it."));
        return;
    }
    EmployeeCompetency fresh;
    fresh.employeeId = m_employeeId;
    AssessedLevelDialog dialog(m_employeeName, choices, fresh, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    if (const DatabaseError error = m_editor->setEmployeeLevel(dialog.level())) {
        DialogSeams::critical(this, tr("The level was not recorded"), error.message);
        return;
    }
    showEmployee(m_employeeId);
    const int row = m_levelModel->rowOf(dialog.level().competencyId);
    if (row >= 0)
        m_levels->selectRow(row);
    Q_EMIT levelsChanged(m_employeeId);
}

void EmployeeCompetencyView::editLevel()
{
    editLevelAt(m_levels->currentIndex().row());
}

void EmployeeCompetencyView::editLevelAt(int row)
{
    const EmployeeCompetency *current = m_levelModel->level(row);
    if (!m_editor || !current)
        return;
    const EmployeeCompetency before = *current;
    const Competency competency = m_dictionary.value(before.competencyId);
    AssessedLevelDialog dialog(m_employeeName, {competency}, before, this);
    if (DialogSeams::exec(dialog) != QDialog::Accepted)
        return;
    if (const DatabaseError error = m_editor->setEmployeeLevel(dialog.level())) {
        DialogSeams::critical(this, tr("The level was not changed"), error.message);
        return;
    }
    showEmployee(m_employeeId);
    m_levels->selectRow(m_levelModel->rowOf(before.competencyId));
    Q_EMIT levelsChanged(m_employeeId);
}

void EmployeeCompetencyView::removeLevel()
{
    const EmployeeCompetency *current = m_levelModel->level(m_levels->currentIndex().row());
    if (!m_editor || !current)
        return;
    const EmployeeCompetency before = *current;
    if (DialogSeams::question(this, tr("Remove level?"),
                              tr("Remove the assessed level of %1 for %2? The audit trail keeps "
                                 "it.")
                                  .arg(m_dictionary.value(before.competencyId).name,
                                       m_employeeName)) != QMessageBox::Yes)
        return;
    if (const DatabaseError error =
            m_editor->removeEmployeeLevel(before.employeeId, before.competencyId)) {
        DialogSeams::critical(this, tr("The level was not removed"), error.message);
        return;
    }
    showEmployee(m_employeeId);
    Q_EMIT levelsChanged(m_employeeId);
}

} // namespace Simutasi
