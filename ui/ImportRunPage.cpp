#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Simutasi {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are written in one go: if you cancel, or anything goes wrong, the "
                   "database stays exactly as it was."));

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("importRunText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMinimumWidth(420);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_poll = new QTimer(this);
    m_poll->setInterval(100);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_poll, &QTimer::timeout, this, &ImportRunPage::poll);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_job = std::make_unique<ImportJob>(m_wizard->jobRequest(ImportJob::Mode::Run));
    connect(m_job.get(), &ImportJob::finished, this, &ImportRunPage::runFinished);
    m_finished = false;
    m_cancel->setEnabled(true);
    m_text->setText(tr("Checking the rows again…"));
    m_progress->setRange(0, 0);
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    m_job->start();
    m_poll->start();
}

bool ImportRunPage::isRunning() const
{
    return m_job && !m_finished;
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling: nothing will be written…"));
}

void ImportRunPage::poll()
{
    if (!m_job || m_job->wasCancelled() || m_job->total() <= 0)
        return;
    const QLocale locale;
    m_progress->setRange(0, m_job->total());
    m_progress->setValue(m_job->done());
    m_text->setText(tr("Writing row %1 of %2…")
                        .arg(locale.toString(m_job->done()), locale.toString(m_job->total())));
}

void ImportRunPage::runFinished()
{
    m_poll->stop();
    m_finished = true;
    const ImportReport &report = m_job->report();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    // What happened decides, not what was asked: a cancel that came too late to stop the
    // commit is reported as the import it was.
    const bool cancelled = !report.written && (m_job->wasCancelled() ||
                                               report.error.kind == DatabaseError::Kind::Cancelled);
    m_wizard->setResult(report, cancelled);
    Q_EMIT completeChanged();
    // After the current event: QWizard::next() must not run inside a page's own signal.
    QTimer::singleShot(0, m_wizard, &QWizard::next);
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace Simutasi
