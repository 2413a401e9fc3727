#include "DecreeCommand.h"

#include "CliLogin.h"
#include "CommandArguments.h"
#include "decree/DecreeNotifications.h"
#include "decree/DecreeRegistry.h"
#include "decree/DecreeRenderer.h"
#include "mail/MailQueue.h"
#include "mail/SmtpClient.h"
#include "session/Session.h"
#include "workflow/ProposalRepository.h"

#include <QDir>

namespace Simutasi {

namespace {

constexpr int ExitRefused = 1;

QString usage()
{
    return DecreeCommand::tr(
        "Usage: simutasi-cli decree --db DB --proposal ID [--pdf OUT.pdf] [--petikan DIR] "
        "[--letters DIR] [--user U] [--date YYYY-MM-DD] [--notify]\n\n"
        "Renders the transfer decree (SK with its Lampiran) of the proposal ID. For an approved "
        "proposal the decree is issued first: its number is drawn and the proposal moves to "
        "\"decree issued\"; this needs --user with the role Pejabat Penandatangan (password from "
        "SIMUTASI_PASSWORD, else asked). An issued decree is rendered from its stored content, "
        "exactly as issued.\n"
        "  --pdf OUT.pdf   write the SK and its Lampiran\n"
        "  --petikan DIR   write one petikan per employee into DIR\n"
        "  --letters DIR   write one notification letter (surat pemberitahuan) per employee\n"
        "  --date D        the date of a decree issued now (default: today)\n"
        "  --notify        e-mail the letter and the petikan to the employees with an address "
        "(SMTP settings of the database); needs --user with the role Operator BKD or "
        "Administrator once the database has user accounts\n\n"
        "Exit codes: 0 done; 1 refused (log-in, role, state) or a file that cannot be written; "
        "2 wrong usage or a database that cannot be opened.");
}

} // namespace

int DecreeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("decree"), usage(), out, err);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("proposal"), QString(), QStringLiteral("ID")},
                               {QStringLiteral("pdf"), QString(), QStringLiteral("OUT")},
                               {QStringLiteral("petikan"), QString(), QStringLiteral("DIR")},
                               {QStringLiteral("letters"), QString(), QStringLiteral("DIR")},
                               {QStringLiteral("user"), QString(), QStringLiteral("U")},
                               {QStringLiteral("date"), QString(), QStringLiteral("D")},
                               {QStringLiteral("notify"), QString()}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    if (!args.isSet(QStringLiteral("proposal")))
        return args.usageError(tr("The option --proposal ID is required."));
    const auto proposalId = args.number(QStringLiteral("proposal"), 0, 1);
    if (!proposalId)
        return CommandArguments::ExitUsage;
    const auto date = args.date(QStringLiteral("date"), QDate::currentDate());
    if (!date)
        return CommandArguments::ExitUsage;
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;

    const std::optional<Proposal> proposal = ProposalRepository(*database).proposal(*proposalId);
    if (!proposal) {
        args.printError(tr("There is no proposal with id %1.").arg(*proposalId));
        return ExitRefused;
    }
    DecreeRegistry registry(*database);
    if (proposal->state == ProposalState::Approved) {
        const QString name = args.value(QStringLiteral("user"));
        if (name.isEmpty())
            return args.usageError(tr("Proposal %1 is approved: issuing its decree needs --user.")
                                       .arg(proposal->number));
        const std::optional<User> user = CliLogin::logIn(*database, name, err);
        if (!user)
            return ExitRefused;
        qint64 id = 0;
        if (const DatabaseError error = registry.issue(*user, {proposal->id, *date, {}, {}}, &id)) {
            args.printError(error.message);
            return ExitRefused;
        }
        out << tr("Decree %1 issued for proposal %2.")
                   .arg(registry.decree(id)->number, proposal->number)
            << '\n';
    }
    const std::optional<IssuedDecree> decree = registry.decreeOfProposal(proposal->id);
    if (!decree) {
        args.printError(tr("Proposal %1 has no decree (state: %2).")
                            .arg(proposal->number, ProposalStates::name(proposal->state)));
        return ExitRefused;
    }
    const PageSetup setup = DecreeTemplates::load(*database).page;
    const DecreeRenderer renderer(decree->content, setup);
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (!pdf.isEmpty()) {
        if (!renderer.writeDecreePdf(pdf)) {
            args.printError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(pdf)));
            return ExitRefused;
        }
        out << tr("Decree %1 written to %2.").arg(decree->number, QDir::toNativeSeparators(pdf))
            << '\n';
    }
    // One file per employee: the petikan, the letter.
    const auto perLine = [&](const QString &option, const QString &prefix, bool petikan) {
        const QString dir = args.value(option);
        if (dir.isEmpty())
            return true;
        if (!QDir().mkpath(dir)) {
            args.printError(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        for (int i = 0; i < decree->content.lines.size(); ++i) {
            QString file = DecreeRenderer::petikanFileName(i, decree->content.lines.at(i));
            file.replace(QStringLiteral("petikan"), prefix);
            const QString path = QDir(dir).filePath(file);
            const bool written = petikan ? renderer.writePetikanPdf(path, i)
                                         : renderer.writeNotificationPdf(path, i);
            if (!written) {
                args.printError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
                return false;
            }
        }
        out << tr("%1 files written to %2.")
                   .arg(decree->content.lines.size())
                   .arg(QDir::toNativeSeparators(dir))
            << '\n';
        return true;
    };
    if (!perLine(QStringLiteral("petikan"), QStringLiteral("petikan"), true) ||
        !perLine(QStringLiteral("letters"), QStringLiteral("surat"), false))
        return ExitRefused;

    if (args.isSet(QStringLiteral("notify"))) {
        const SmtpSettings smtp = SmtpSettings::load(*database);
        if (!smtp.isConfigured()) {
            args.printError(tr("The SMTP server is not configured (smtp/host, "
                               "smtp/from_address)."));
            return ExitRefused;
        }
        // Sending is a change of its own (Operator BKD or Administrator): the user who issued
        // the decree above is already logged in, else --user logs in now.
        if (!Session::isLoggedIn() &&
            !CliLogin::logInToChange(*database, args.value(QStringLiteral("user")),
                                     QStringLiteral("decree --notify"), err))
            return ExitRefused;
        DecreeNotifications notifications(*database);
        int queued = 0;
        if (const DatabaseError error =
                notifications.queueEmails(*decree, setup, Session::userName(), &queued)) {
            args.printError(error.message);
            return ExitRefused;
        }
        const SmtpClient client(smtp);
        const MailQueue::RunResult run =
            MailQueue(*database).sendPending([&client](const MailMessage &message) {
                const SmtpClient::Result result = client.send(message);
                return result.sent ? QString() : result.error;
            });
        out << tr("E-mails: %1 queued, %2 sent, %3 failed.")
                   .arg(queued)
                   .arg(run.sent)
                   .arg(run.failed)
            << '\n';
        if (run.error) {
            args.printError(run.error.message);
            return ExitRefused;
        }
        if (run.failed > 0)
            return ExitRefused;
    }
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
