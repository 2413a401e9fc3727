#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Simutasi {

WelcomeDialog::WelcomeDialog(int demoEmployees, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Simutasi"));
    setObjectName(QStringLiteral("welcomeDialog"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(QSize(56, 56)));
    icon->setVisible(!appIcon.isNull());

    auto *title = new QLabel(tr("Welcome to Simutasi"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Simutasi keeps the register of the province's civil servants and "
                                "follows each transfer from the proposal to the decree. To begin, "
                                "choose a database."),
                             this);
    intro->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(4);
    heading->addWidget(title);
    heading->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    const auto addChoice = [this](QVBoxLayout *layout, const QString &text,
                                  const QString &description, Choice choice, const QString &name) {
        auto *button = new QCommandLinkButton(text, description, this);
        button->setObjectName(name);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice] { done(choice); });
        layout->addWidget(button);
        return button;
    };
    auto *choices = new QVBoxLayout;
    choices->setSpacing(4);
    QCommandLinkButton *demo = addChoice(
        choices, tr("Try with demo data"),
        tr("Creates a fictitious Provinsi Wanggar with %1 employees to explore Simutasi safely.")
            .arg(QLocale().toString(demoEmployees)),
        TryDemo, QStringLiteral("welcomeDemo"));
    addChoice(choices, tr("Create a new empty database…"),
              tr("Starts your office's own register in a new file."), CreateNew,
              QStringLiteral("welcomeNew"));
    addChoice(choices, tr("Open an existing database…"),
              tr("Opens a Simutasi database file that is already in use."), OpenExisting,
              QStringLiteral("welcomeOpen"));
    demo->setDefault(true);
    demo->setFocus();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addLayout(choices);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace Simutasi
