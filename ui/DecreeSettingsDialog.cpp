#include "DecreeSettingsDialog.h"

#include "DialogSeams.h"
#include "PermissionUi.h"
#include "decree/DecreeNumber.h"
#include "decree/DecreeRegistry.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Simutasi {

namespace {

constexpr int MaxPort = 65535;
constexpr double MaxMarginMm = 100;

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList items;
    const QStringList raw = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            items.append(line.trimmed());
    }
    return items;
}

QPlainTextEdit *listEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMinimumHeight(90);
    return edit;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QDoubleSpinBox *marginSpin(const QString &name, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, MaxMarginMm);
    spin->setDecimals(1);
    spin->setSuffix(QStringLiteral(" mm"));
    return spin;
}

// A form whose fields stay together at the top of a tab instead of spreading over its height.
QFormLayout *topForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    return form;
}

} // namespace

DecreeSettingsDialog::DecreeSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_loaded(DecreeTemplates::load(database))
    , m_loadedSmtp(SmtpSettings::load(database))
    , m_canSave(PermissionUi::allows(&database, DataAction::EditSettings))
{
    setObjectName(QStringLiteral("decreeSettingsDialog"));
    setWindowTitle(tr("Decree and e-mail settings"));

    auto *intro = new QLabel(tr("The texts every decree is printed with, the letterhead and paper, "
                                "and the mailbox notifications are sent from. Stored in the "
                                "database for every user; changes are recorded in the audit "
                                "trail. Decrees already issued keep their own text."),
                             this);
    intro->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createTextTab(), tr("Decree text"));
    m_tabs->addTab(createLetterheadTab(), tr("Letterhead && paper"));
    m_tabs->addTab(createMailTab(), tr("E-mail (SMTP)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!m_canSave) {
        QLabel *note = PermissionUi::viewOnlyNote(DataAction::EditSettings, this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        layout->addWidget(note);
        // No Save to press: Close instead of Save and Cancel.
        save->setEnabled(false);
        save->hide();
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        // The pages stay browsable (the tab bar works), their fields do not take input.
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->widget(i)->setEnabled(false);
    }
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(820, 680);

    setValues(m_loaded, m_loadedSmtp);
}

QWidget *DecreeSettingsDialog::createTextTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_numberTemplate = lineEdit(QStringLiteral("numberTemplate"), page);
    m_numberTemplate->setToolTip(tr("Placeholders: {klasifikasi}, {nomor}, {unit}, "
                                    "{bulan romawi}, {bulan}, {tahun}. {nomor} is required."));
    m_numberWidth = new QSpinBox(page);
    m_numberWidth->setObjectName(QStringLiteral("numberWidth"));
    m_numberWidth->setRange(1, 9);
    m_numberWidth->setSuffix(tr(" digits"));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberTemplate, 1);
    numberRow->addWidget(m_numberWidth);
    form->addRow(tr("Number template:"), numberRow);
    m_numberExample = new QLabel(page);
    m_numberExample->setObjectName(QStringLiteral("numberExample"));
    m_numberExample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Next number:"), m_numberExample);

    m_klasifikasi = lineEdit(QStringLiteral("klasifikasi"), page);
    m_unitCode = lineEdit(QStringLiteral("unitCode"), page);
    m_place = lineEdit(QStringLiteral("place"), page);
    form->addRow(tr("Klasifikasi:"), m_klasifikasi);
    form->addRow(tr("Unit code:"), m_unitCode);
    form->addRow(tr("Ditetapkan di:"), m_place);
    for (QLineEdit *edit : {m_numberTemplate, m_klasifikasi, m_unitCode})
        connect(edit, &QLineEdit::textChanged, this, &DecreeSettingsDialog::updateNumberExample);
    connect(m_numberWidth, &QSpinBox::valueChanged, this,
            &DecreeSettingsDialog::updateNumberExample);

    auto *hint = new QLabel(tr("One item per line."), page);
    hint->setStyleSheet(QStringLiteral("color: #5b6878;"));
    form->addRow(QString(), hint);
    m_menimbang = listEdit(QStringLiteral("menimbang"), page);
    m_mengingat = listEdit(QStringLiteral("mengingat"), page);
    m_tembusan = listEdit(QStringLiteral("tembusan"), page);
    form->addRow(tr("Menimbang:"), m_menimbang);
    form->addRow(tr("Mengingat:"), m_mengingat);
    form->addRow(tr("Tembusan:"), m_tembusan);

    m_capacity = new QComboBox(page);
    m_capacity->setObjectName(QStringLiteral("signatoryCapacity"));
    m_capacity->addItem(tr("Definitive"), int(DecreeSignatory::Capacity::Definitive));
    m_capacity->addItem(tr("On behalf (a.n.)"), int(DecreeSignatory::Capacity::OnBehalf));
    m_capacity->addItem(tr("Acting (Plt.)"), int(DecreeSignatory::Capacity::Acting));
    m_signAuthority = lineEdit(QStringLiteral("signatoryAuthority"), page);
    m_signJabatan = lineEdit(QStringLiteral("signatoryJabatan"), page);
    m_signName = lineEdit(QStringLiteral("signatoryName"), page);
    m_signNip = lineEdit(QStringLiteral("signatoryNip"), page);
    m_signPangkat = lineEdit(QStringLiteral("signatoryPangkat"), page);
    auto *signRow = new QHBoxLayout;
    signRow->addWidget(m_capacity);
    signRow->addWidget(m_signAuthority, 1);
    form->addRow(tr("Signatory:"), signRow);
    form->addRow(tr("Signer's post (a.n.):"), m_signJabatan);
    form->addRow(tr("Signer's name:"), m_signName);
    auto *nipRow = new QHBoxLayout;
    nipRow->addWidget(m_signNip, 1);
    nipRow->addWidget(new QLabel(tr("Pangkat:"), page));
    nipRow->addWidget(m_signPangkat, 1);
    form->addRow(tr("NIP:"), nipRow);
    return page;
}

QWidget *DecreeSettingsDialog::createLetterheadTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = topForm(page);
    m_headAuthority = lineEdit(QStringLiteral("letterheadAuthority"), page);
    m_headGovernment = lineEdit(QStringLiteral("letterheadGovernment"), page);
    m_headAgency = lineEdit(QStringLiteral("letterheadAgency"), page);
    m_headAddress = lineEdit(QStringLiteral("letterheadAddress"), page);
    form->addRow(tr("Authority (above the SK):"), m_headAuthority);
    form->addRow(tr("Government:"), m_headGovernment);
    form->addRow(tr("Agency:"), m_headAgency);
    form->addRow(tr("Address line:"), m_headAddress);

    m_logo = new QLabel(page);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setFixedSize(96, 96);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto *choose = new QPushButton(tr("Choose image…"), page);
    choose->setObjectName(QStringLiteral("chooseLogoButton"));
    connect(choose, &QPushButton::clicked, this, &DecreeSettingsDialog::chooseLogo);
    auto *remove = new QPushButton(tr("No logo"), page);
    remove->setObjectName(QStringLiteral("removeLogoButton"));
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(remove);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 0, Qt::AlignTop);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    form->addRow(tr("Logo:"), logoRow);

    m_paper = new QComboBox(page);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_paper->addItem(tr("F4 / Folio (215 × 330 mm)"), int(PageSetup::Paper::F4));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(PageSetup::Paper::A4));
    form->addRow(tr("Paper:"), m_paper);
    m_marginLeft = marginSpin(QStringLiteral("marginLeft"), page);
    m_marginTop = marginSpin(QStringLiteral("marginTop"), page);
    m_marginRight = marginSpin(QStringLiteral("marginRight"), page);
    m_marginBottom = marginSpin(QStringLiteral("marginBottom"), page);
    auto *margins = new QHBoxLayout;
    const auto addMargin = [margins, page](const QString &label, QDoubleSpinBox *spin) {
        margins->addWidget(new QLabel(label, page));
        margins->addWidget(spin);
    };
    addMargin(tr("Left"), m_marginLeft);
    addMargin(tr("Top"), m_marginTop);
    addMargin(tr("Right"), m_marginRight);
    addMargin(tr("Bottom"), m_marginBottom);
    margins->addStretch();
    form->addRow(tr("Margins:"), margins);
    return page;
}

QWidget *DecreeSettingsDialog::createMailTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = topForm(page);
    m_host = lineEdit(QStringLiteral("smtpHost"), page);
    m_host->setPlaceholderText(QStringLiteral("smtp.example.go.id"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_port->setRange(0, 99999); // out-of-range values get a message instead of a silent clamp
    m_security = new QComboBox(page);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_security->addItem(tr("None"), int(SmtpSettings::Security::None));
    m_security->addItem(tr("STARTTLS"), int(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS"), int(SmtpSettings::Security::Tls));
    m_user = lineEdit(QStringLiteral("smtpUser"), page);
    m_password = lineEdit(QStringLiteral("smtpPassword"), page);
    m_password->setEchoMode(QLineEdit::Password);
    m_fromAddress = lineEdit(QStringLiteral("smtpFromAddress"), page);
    m_fromName = lineEdit(QStringLiteral("smtpFromName"), page);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sender address:"), m_fromAddress);
    form->addRow(tr("Sender name:"), m_fromName);
    auto *note = new QLabel(tr("The password is stored in the database in clear text: protect "
                               "the database file accordingly."),
                            page);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5b6878;"));
    form->addRow(QString(), note);
    return page;
}

void DecreeSettingsDialog::setValues(const DecreeTemplates &t, const SmtpSettings &s)
{
    m_numberTemplate->setText(t.numberTemplate);
    m_numberWidth->setValue(t.numberWidth);
    m_klasifikasi->setText(t.klasifikasi);
    m_unitCode->setText(t.unitCode);
    m_place->setText(t.place);
    m_menimbang->setPlainText(t.menimbang.join(QLatin1Char('\n')));
    m_mengingat->setPlainText(t.mengingat.join(QLatin1Char('\n')));
    m_tembusan->setPlainText(t.tembusan.join(QLatin1Char('\n')));
    m_capacity->setCurrentIndex(m_capacity->findData(int(t.signatory.capacity)));
    m_signAuthority->setText(t.signatory.authority);
    m_signJabatan->setText(t.signatory.jabatan);
    m_signName->setText(t.signatory.name);
    m_signNip->setText(t.signatory.nip);
    m_signPangkat->setText(t.signatory.pangkat);

    m_headAuthority->setText(t.letterhead.authority);
    m_headGovernment->setText(t.letterhead.government);
    m_headAgency->setText(t.letterhead.agency);
    m_headAddress->setText(t.letterhead.address);
    m_logoPng = t.letterhead.logoPng;
    showLogo();
    m_paper->setCurrentIndex(m_paper->findData(int(t.page.paper)));
    m_marginLeft->setValue(t.page.marginsMm.left());
    m_marginTop->setValue(t.page.marginsMm.top());
    m_marginRight->setValue(t.page.marginsMm.right());
    m_marginBottom->setValue(t.page.marginsMm.bottom());

    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_fromAddress->setText(s.fromAddress);
    m_fromName->setText(s.fromName);
    updateNumberExample();
}

DecreeTemplates DecreeSettingsDialog::templates() const
{
    DecreeTemplates t = m_loaded; // title, diktum, certifier, font: not edited here
    t.numberTemplate = m_numberTemplate->text().trimmed();
    t.numberWidth = m_numberWidth->value();
    t.klasifikasi = m_klasifikasi->text().trimmed();
    t.unitCode = m_unitCode->text().trimmed();
    t.place = m_place->text().trimmed();
    t.menimbang = lines(m_menimbang);
    t.mengingat = lines(m_mengingat);
    t.tembusan = lines(m_tembusan);
    t.signatory.capacity = DecreeSignatory::Capacity(m_capacity->currentData().toInt());
    t.signatory.authority = m_signAuthority->text().trimmed();
    t.signatory.jabatan = m_signJabatan->text().trimmed();
    t.signatory.name = m_signName->text().trimmed();
    t.signatory.nip = m_signNip->text().trimmed();
    t.signatory.pangkat = m_signPangkat->text().trimmed();
    t.letterhead.authority = m_headAuthority->text().trimmed();
    t.letterhead.government = m_headGovernment->text().trimmed();
    t.letterhead.agency = m_headAgency->text().trimmed();
    t.letterhead.address = m_headAddress->text().trimmed();
    t.letterhead.logoPng = m_logoPng;
    t.page.paper = PageSetup::Paper(m_paper->currentData().toInt());
    t.page.marginsMm = QMarginsF(m_marginLeft->value(), m_marginTop->value(),
                                 m_marginRight->value(), m_marginBottom->value());
    return t;
}

SmtpSettings DecreeSettingsDialog::smtp() const
{
    SmtpSettings s = m_loadedSmtp; // the timeout is not edited here
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SmtpSettings::Security(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.password = m_password->text(); // a password may begin or end with a space
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    return s;
}

void DecreeSettingsDialog::updateNumberExample()
{
    const QString problem = DecreeNumber::validate(m_numberTemplate->text().trimmed());
    if (!problem.isEmpty()) {
        m_numberExample->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_numberExample->setText(problem);
        return;
    }
    const QDate today = QDate::currentDate();
    DecreeNumber::Parts parts;
    parts.klasifikasi = m_klasifikasi->text().trimmed();
    parts.sequence = DecreeRegistry(m_database).lastSequence(today.year()) + 1;
    parts.unit = m_unitCode->text().trimmed();
    parts.date = today;
    m_numberExample->setStyleSheet(QString());
    m_numberExample->setText(
        DecreeNumber::format(m_numberTemplate->text().trimmed(), parts, m_numberWidth->value()));
}

void DecreeSettingsDialog::chooseLogo()
{
    const QString path = DialogSeams::getOpenFileName(this, tr("Letterhead logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    const QImage image(path);
    if (image.isNull()) {
        DialogSeams::critical(this, tr("Logo not loaded"),
                              tr("%1 is not an image this program can read.").arg(path));
        return;
    }
    // Stored as PNG whatever the source format: the renderer and the PDF writer expect PNG.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logoPng = png;
    showLogo();
}

void DecreeSettingsDialog::showLogo()
{
    QPixmap pixmap;
    if (m_logoPng.isEmpty() || !pixmap.loadFromData(m_logoPng, "PNG")) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(
        pixmap.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void DecreeSettingsDialog::accept()
{
    if (!m_canSave) {
        DialogSeams::critical(this, tr("Settings not saved"),
                              tr("Only an administrator may change these settings."));
        return;
    }
    const DecreeTemplates t = templates();
    const SmtpSettings s = smtp();
    // Both are checked before either is stored, so that a refusal stores nothing at all.
    QString problem = t.validate();
    if (problem.isEmpty() && (s.port < 1 || s.port > MaxPort))
        problem = tr("The SMTP port must be between 1 and %1.").arg(MaxPort);
    if (!problem.isEmpty()) {
        DialogSeams::critical(this, tr("Settings not saved"), problem);
        return;
    }
    const QString user = Session::currentUser().name;
    if (const DatabaseError error = t.save(m_database, user)) {
        DialogSeams::critical(this, tr("Settings not saved"), error.message);
        return;
    }
    if (const DatabaseError error = s.save(m_database, user)) {
        DialogSeams::critical(
            this, tr("E-mail settings not saved"),
            tr("The decree texts were saved, the e-mail settings not: %1").arg(error.message));
        return;
    }
    QDialog::accept();
}

} // namespace Simutasi
