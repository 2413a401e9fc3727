#include "ImportResultPage.h"

#include "ImportCountsWidget.h"
#include "ImportWizard.h"
#include "i18n/Plural.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Result"));
    setSubTitle(tr("What the import did to the register."));
    setFinalPage(true);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    m_headline->setFont(font);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_counts = new ImportCountsWidget(this);
    m_saveReport = new QPushButton(tr("Save report of rejected rows…"), this);
    m_saveReport->setObjectName(QStringLiteral("saveResultReport"));
    m_saved = new QLabel(this);
    m_saved->setStyleSheet(QStringLiteral("color: #5b6878;"));
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_saveReport);
    reportRow->addWidget(m_saved, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addLayout(reportRow);
    layout->addStretch();

    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        if (m_wizard->saveRejectReport(this, m_wizard->result().rejects))
            m_saved->setText(tr("Report saved."));
    });
}

void ImportResultPage::describe(const QString &headline, const QString &message, bool good)
{
    m_headline->setText(headline);
    m_headline->setStyleSheet(good ? QStringLiteral("color: #1e7a3d;")
                                   : QStringLiteral("color: #17202b;"));
    m_message->setText(message);
}

void ImportResultPage::initializePage()
{
    const ImportReport &report = m_wizard->result();
    const QLocale locale;
    m_saved->clear();
    m_counts->setVisible(report.written);
    m_counts->showReport(report, true);
    m_saveReport->setVisible(report.hasRejects());
    if (m_wizard->wasCancelled()) {
        describe(tr("Import cancelled"),
                 tr("Nothing was written: the database is exactly as it was before."), false);
    } else if (report.error) {
        QString where =
            report.failedRow > 0 ? tr(" (while writing row %1)").arg(report.failedRow) : QString();
        describe(tr("Import failed"),
                 report.error.message + where + u' ' +
                     tr("Nothing was written: the database is exactly as it was before."),
                 false);
    } else if (!report.written) {
        describe(tr("Nothing imported"),
                 report.hasRejects()
                     ? tr("The database was not changed. Fix the rejected rows in the file (the "
                          "report lists them) and import it again.")
                     : tr("The register already holds everything in this file; nothing was "
                          "changed."),
                 false);
    } else {
        QString message =
            plural(report.inserted + report.updated, tr("1 row was imported into the register."),
                   tr("%1 rows were imported into the register."));
        if (report.created > 0)
            message += u' ' + plural(report.created, tr("1 unit or jabatan was created for them."),
                                     tr("%1 units and jabatan were created for them."));
        if (report.hasRejects())
            message += u' ' + plural(report.rejectedRows, tr("1 rejected row was left out."),
                                     tr("%1 rejected rows were left out."));
        describe(tr("Import finished"), message, true);
    }
}

QString ImportResultPage::headline() const
{
    return m_headline->text();
}

QString ImportResultPage::message() const
{
    return m_message->text();
}

} // namespace Simutasi
