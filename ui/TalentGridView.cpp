#include "TalentGridView.h"

#include "DatabaseTask.h"
#include "EmployeeListPanel.h"
#include "storage/Database.h"
#include "storage/OrgRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Simutasi {

namespace {

// Grid layout of DOMAIN.md's numbering: rows from high potential (top) to low, columns from
// below expectations (left) to above.
constexpr int GridBoxes[3][3] = {
    {6, 8, 9},
    {3, 5, 7},
    {1, 2, 4},
};

QString boxColour(int box)
{
    if (TalentGrid::isSuccessionBox(box))
        return QStringLiteral("#e3f2e6");
    if (box == 1)
        return QStringLiteral("#fbe4e2");
    if (box == 4)
        return QStringLiteral("#fff3dc");
    return QStringLiteral("#ffffff");
}

// "above / high": the axes name the rest; the tooltip has the whole title.
QString shortCaption(int box)
{
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            if (GridBoxes[row][column] != box)
                continue;
            const QString performance[] = {TalentGridView::tr("below"), TalentGridView::tr("meets"),
                                           TalentGridView::tr("above")};
            const QString potential[] = {TalentGridView::tr("high"), TalentGridView::tr("medium"),
                                         TalentGridView::tr("low")};
            return TalentGridView::tr("%1 / %2").arg(performance[column], potential[row]);
        }
    }
    return {};
}

} // namespace

TalentGridView::TalentGridView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("talentGrid"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("talentScope"));
    m_scope->setMinimumContentsLength(32);
    m_scope->setMaximumWidth(520);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("talentRefresh"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("talentBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scope:"), this));
    top->addWidget(m_scope);
    top->addWidget(m_refresh);
    top->addWidget(m_busy);
    top->addStretch(1);

    m_boxGroup = new QButtonGroup(this);
    m_boxGroup->setExclusive(true);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    for (int box = 1; box <= TalentGridResult::BoxCount; ++box)
        m_boxes.append(nullptr);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const int box = GridBoxes[row][column];
            auto *button = new QPushButton(this);
            button->setObjectName(QStringLiteral("box%1").arg(box));
            button->setCheckable(true);
            button->setMinimumSize(120, 84);
            QFont font = button->font();
            font.setPointSizeF(font.pointSizeF() * 1.1);
            button->setFont(font);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            button->setToolTip(TalentGrid::boxTitle(box));
            button->setStyleSheet(
                QStringLiteral("QPushButton { background: %1; border: 1px solid #cfd7e1; "
                               "border-radius: 6px; padding: 6px; color: #17202b; }"
                               "QPushButton:checked { border: 2px solid #2f6fb5; }"
                               "QPushButton:hover { border-color: #2f6fb5; }")
                    .arg(boxColour(box)));
            m_boxes[box - 1] = button;
            m_boxGroup->addButton(button, box);
            grid->addWidget(button, row, column + 1);
        }
    }
    const QStringList potentials = {TalentGrid::potentialName(PotentialLevel::High),
                                    TalentGrid::potentialName(PotentialLevel::Medium),
                                    TalentGrid::potentialName(PotentialLevel::Low)};
    for (int row = 0; row < 3; ++row) {
        auto *label = new QLabel(potentials[row], this);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setWordWrap(true);
        label->setMaximumWidth(90);
        grid->addWidget(label, row, 0);
    }
    const QStringList performances = {TalentGrid::performanceName(PerformanceLevel::Below),
                                      TalentGrid::performanceName(PerformanceLevel::Meets),
                                      TalentGrid::performanceName(PerformanceLevel::Above)};
    for (int column = 0; column < 3; ++column) {
        auto *label = new QLabel(performances[column], this);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 3, column + 1);
    }
    auto *axis = new QLabel(tr("Potential ↑ · Performance (SKP of the last two years) →"), this);
    axis->setObjectName(QStringLiteral("cardCaption"));
    axis->setAlignment(Qt::AlignCenter);
    grid->addWidget(axis, 4, 1, 1, 3);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("talentSummary"));
    m_summary->setWordWrap(true);
    m_succession = new QPushButton(tr("Succession pool (boxes 7–9)"), this);
    m_succession->setObjectName(QStringLiteral("successionButton"));
    m_rotation = new QPushButton(tr("Rotation candidates (boxes 4, 7, 8)"), this);
    m_rotation->setObjectName(QStringLiteral("rotationButton"));
    auto *shortcuts = new QHBoxLayout;
    shortcuts->addWidget(m_succession);
    shortcuts->addWidget(m_rotation);
    shortcuts->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addLayout(grid, 1);
    left->addWidget(m_summary);
    left->addLayout(shortcuts);

    m_list = new EmployeeListPanel(QStringLiteral("talentList"),
                                   tr("Choose a box to list its employees."), this);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 5);
    body->addSpacing(12);
    body->addWidget(m_list, 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    const QString help = TalentGrid::helpText();
    for (QPushButton *button : std::as_const(m_boxes))
        button->setWhatsThis(help);
    axis->setToolTip(help);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &TalentGridView::compute);
    connect(m_refresh, &QPushButton::clicked, this, &TalentGridView::compute);
    connect(m_boxGroup, &QButtonGroup::idClicked, this, &TalentGridView::selectBox);
    connect(m_succession, &QPushButton::clicked, this, &TalentGridView::showSuccessionPool);
    connect(m_rotation, &QPushButton::clicked, this, &TalentGridView::showRotationCandidates);
    connect(m_list, &EmployeeListPanel::employeeActivated, this,
            &TalentGridView::employeeActivated);
    showResult();
}

TalentGridView::~TalentGridView()
{
    delete m_task; // waits for a running computation
}

void TalentGridView::setDatabase(Database *database)
{
    m_database = database;
    m_list->setDatabase(database);
    m_result.reset();
    m_selection = Selection::None;
    m_stale = true;
    m_pending = m_task != nullptr;
    reload();
}

void TalentGridView::reload()
{
    {
        QSignalBlocker block(m_scope);
        const qint64 chosen = opdId();
        m_scope->clear();
        if (m_database) {
            m_scope->addItem(tr("Whole province"), qint64(0));
            QList<OrgUnit> opds;
            for (const OrgUnit &unit : OrgRepository(*m_database).units()) {
                if (unit.kind == OrgUnit::Kind::Opd)
                    opds.append(unit);
            }
            std::sort(opds.begin(), opds.end(), [](const OrgUnit &a, const OrgUnit &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            for (const OrgUnit &opd : std::as_const(opds))
                m_scope->addItem(opd.name, opd.id);
            m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
        }
    }
    m_stale = true;
    showResult();
    if (isVisible())
        compute();
}

qint64 TalentGridView::opdId() const
{
    return m_scope->currentData().toLongLong();
}

bool TalentGridView::isComputing() const
{
    return m_task != nullptr;
}

void TalentGridView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_database && !isComputing())
        compute();
}

void TalentGridView::compute()
{
    if (!m_database)
        return;
    if (m_task) {
        m_pending = true; // computed again with the new scope when this one ends
        return;
    }
    m_stale = false;
    auto result = std::make_shared<TalentGridResult>();
    const QDate date = m_referenceDate;
    const qint64 opd = opdId();
    m_task = new DatabaseTask(
        m_database->path(),
        [result, date, opd](Database &database) {
            DatabaseError error;
            *result = TalentGrid::compute(database, date, opd, &error);
            return error;
        },
        this);
    DatabaseTask *task = m_task;
    connect(task, &DatabaseTask::finished, this,
            [this, task, result] { taskFinished(task, result); });
    m_busy->show();
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Computing the grid…"));
    task->start();
}

void TalentGridView::taskFinished(DatabaseTask *task,
                                  const std::shared_ptr<TalentGridResult> &result)
{
    const DatabaseError error = task->error();
    task->deleteLater();
    m_task = nullptr;
    m_busy->hide();
    m_refresh->setEnabled(true);
    if (m_pending) { // the scope or the database changed meanwhile: this result is stale
        m_pending = false;
        compute();
        return;
    }
    if (error) {
        m_result.reset();
        showResult();
        m_summary->setText(tr("The grid could not be computed: %1").arg(error.message));
        return;
    }
    m_result = std::make_unique<TalentGridResult>(*result);
    showResult();
    // The list follows the new figures.
    switch (m_selection) {
    case Selection::Box:
        selectBox(m_selectedBox);
        break;
    case Selection::SuccessionPool:
        showSuccessionPool();
        break;
    case Selection::RotationCandidates:
        showRotationCandidates();
        break;
    case Selection::None:
        showList(Selection::None, 0, tr("Choose a box to list its employees."), {});
        break;
    }
    Q_EMIT computed();
}

void TalentGridView::showResult()
{
    const QLocale locale;
    for (int box = 1; box <= TalentGridResult::BoxCount; ++box) {
        QPushButton *button = m_boxes[box - 1];
        const QString count =
            m_result ? locale.toString(qint64(m_result->box(box).size())) : QStringLiteral("–");
        button->setText(tr("Box %1\n%2\n%3").arg(box).arg(count, shortCaption(box)));
        button->setEnabled(m_result != nullptr);
    }
    m_succession->setEnabled(m_result != nullptr);
    m_rotation->setEnabled(m_result != nullptr);
    if (!m_result) {
        m_summary->setText(m_database ? QString() : tr("No database open."));
        return;
    }
    const TalentGridResult &r = *m_result;
    m_summary->setText(tr("%1 employees in scope: %2 placed; not placed %3 (%4 without SKP in "
                          "the last two years, %5 never assessed for potential).")
                           .arg(locale.toString(r.employees), locale.toString(r.placed()),
                                locale.toString(r.unplaced()),
                                locale.toString(r.withoutPerformance),
                                locale.toString(r.withoutPotential)));
}

void TalentGridView::showList(Selection selection, int box, const QString &title,
                              const QList<qint64> &ids)
{
    m_selection = selection;
    m_selectedBox = box;
    if (selection != Selection::Box) {
        // An exclusive group cannot be left with no button checked while it is exclusive.
        m_boxGroup->setExclusive(false);
        for (QPushButton *button : std::as_const(m_boxes))
            button->setChecked(false);
        m_boxGroup->setExclusive(true);
    }
    m_list->showEmployees(title, ids);
}

void TalentGridView::selectBox(int box)
{
    if (!m_result || box < 1 || box > TalentGridResult::BoxCount)
        return;
    m_boxes[box - 1]->setChecked(true);
    const QList<qint64> &ids = m_result->box(box);
    showList(Selection::Box, box, TalentGrid::boxTitle(box), ids);
}

void TalentGridView::showSuccessionPool()
{
    if (!m_result)
        return;
    const QList<qint64> ids = m_result->successionPool();
    showList(Selection::SuccessionPool, 0, tr("Succession pool (boxes 7–9)"), ids);
}

void TalentGridView::showRotationCandidates()
{
    if (!m_result)
        return;
    const QList<qint64> ids = m_result->rotationCandidates();
    showList(Selection::RotationCandidates, 0, tr("Rotation candidates (boxes 4, 7, 8)"), ids);
}

EmployeeLabelModel *TalentGridView::listModel() const
{
    return m_list->model();
}

QTableView *TalentGridView::listView() const
{
    return m_list->view();
}

QLabel *TalentGridView::listTitle() const
{
    return m_list->title();
}

} // namespace Simutasi
