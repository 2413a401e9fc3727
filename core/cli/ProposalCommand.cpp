#include "ProposalCommand.h"

#include "CliLogin.h"
#include "CommandArguments.h"
#include "ProposalCreateCommand.h"
#include "workflow/ProposalCodes.h"
#include "workflow/ProposalRepository.h"
#include "workflow/ProposalWorkflow.h"

#include <QLocale>

namespace Simutasi {

namespace {

constexpr int ExitRefused = 1;
constexpr int DefaultLimit = 100;

QString listUsage()
{
    QStringList states;
    for (ProposalState state : ProposalStates::all())
        states << ProposalStates::code(state);
    return ProposalCommand::tr(
               "Usage: simutasi-cli proposals --db DB [--state S] [--limit N]\n\n"
               "Lists the transfer proposals, newest first: id, number, state, active lines, "
               "created, planned TMT and the decree number.\n"
               "  --state S  only proposals in state S: %1\n"
               "  --limit N  list at most N proposals (default %2)\n\n"
               "Exit codes: 0 done; 2 wrong usage or a database that cannot be opened.")
        .arg(states.join(QStringLiteral(", ")))
        .arg(DefaultLimit);
}

QString usage()
{
    return ProposalCommand::tr(
        "Usage: simutasi-cli proposal ACTION ID --db DB [--user U] [options]\n"
        "       simutasi-cli proposal create --db DB --user U --title T --tmt D ...\n\n"
        "  create --user U ...                  Operator BKD: a new proposal with its lines (see "
        "\"proposal create --help\")\n"
        "  show ID                              the lines and the timeline (no log-in)\n"
        "  submit ID --user U [--note T]        Operator BKD\n"
        "  verify ID --user U [--note T]        Verifikator BKD\n"
        "  return ID --user U --note T          Verifikator BKD: back to draft with notes\n"
        "  approve ID --user U --meeting-date D [--note T] [--reject-line L]...\n"
        "                                       Tim Penilai: the lines named (their numbers in "
        "show) are rejected\n"
        "  reject ID --user U --meeting-date D --note T   Tim Penilai\n"
        "  decree ID --user U --number N --date D         Pejabat Penandatangan\n"
        "  execute ID --user U                  Operator BKD or Administrator, on the TMT\n"
        "  close ID --user U [--note T]         Operator BKD or Administrator\n"
        "  cancel ID --user U --note REASON     Operator BKD or Administrator\n"
        "  withdraw-line ID --line N --reason R --user U\n"
        "                                       Operator BKD (draft), or Operator BKD or "
        "Administrator (approved or decree issued, e.g. an upheld keberatan): takes line N (its "
        "number in show) off the proposal\n\n"
        "The password is read from the environment variable SIMUTASI_PASSWORD, else asked.\n"
        "Exit codes: 0 done; 1 refused (log-in, role, state, conflict); 2 wrong usage or a "
        "database that cannot be opened.");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

void printProposal(QTextStream &out, ProposalRepository &repository, const Proposal &p)
{
    const QLocale locale;
    out << p.number << " (" << p.id << "): " << p.title << '\n'
        << "  " << ProposalCommand::tr("State: %1").arg(ProposalStates::name(p.state)) << '\n';
    if (!p.decreeNumber.isEmpty())
        out << "  "
            << ProposalCommand::tr("Decree: %1 of %2").arg(p.decreeNumber, dateText(p.decreeDate))
            << '\n';
    out << ProposalCommand::tr("Lines:") << '\n';
    for (const ProposalLine &l : repository.lines(p.id)) {
        const QString to = l.kind == MutasiKind::Outgoing
                               ? l.otherInstansi
                               : ProposalCommand::tr("%1, %2").arg(l.toJabatanName, l.toUnitName);
        out << QStringLiteral("  %1. ").arg(l.position) << l.employeeName << " (" << l.nip
            << "): " << l.fromJabatanName << ", " << l.fromUnitName << " -> " << to << " ["
            << ProposalCodes::name(l.kind) << ", TMT " << dateText(l.plannedTmt) << ", "
            << ProposalCodes::name(l.decision);
        if (l.jpm)
            out << ", JPM " << locale.toString(*l.jpm, 'f', 1);
        out << ", " << ProposalCodes::name(l.source) << "]\n";
        if (!l.justification.isEmpty())
            out << "     " << ProposalCommand::tr("Justification: %1").arg(l.justification) << '\n';
    }
    out << ProposalCommand::tr("Timeline:") << '\n';
    for (const ProposalEvent &e : repository.events(p.id)) {
        out << "  " << e.at.toUTC().toString(Qt::ISODate) << ' ' << e.user << ": " << e.action;
        if (e.toState && e.fromState != e.toState)
            out << " -> " << ProposalStates::code(*e.toState);
        if (!e.note.isEmpty())
            out << " (" << e.note << ')';
        out << '\n';
    }
}

// The id of the line numbered `position` on the proposal (as show lists them), or 0.
qint64 lineAt(ProposalRepository &repository, qint64 proposalId, const QString &position)
{
    bool ok = false;
    const int number = position.toInt(&ok);
    for (const ProposalLine &line : repository.lines(proposalId)) {
        if (ok && line.position == number)
            return line.id;
    }
    return 0;
}

} // namespace

int ProposalCommand::runList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandArguments args(QStringLiteral("proposals"), listUsage(), out, err);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("state"), QString(), QStringLiteral("S")},
                               {QStringLiteral("limit"), QString(), QStringLiteral("N")}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    ProposalFilter filter;
    if (args.isSet(QStringLiteral("state"))) {
        filter.state = ProposalStates::fromCode(args.value(QStringLiteral("state")));
        if (!filter.state)
            return args.usageError(
                tr("Unknown state \"%1\".").arg(args.value(QStringLiteral("state"))));
    }
    const auto limit = args.number(QStringLiteral("limit"), DefaultLimit, 1);
    if (!limit)
        return CommandArguments::ExitUsage;
    filter.limit = int(*limit);
    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    ProposalRepository repository(*database);
    const QList<ProposalSummary> rows = repository.list(filter);
    out << tr("id").rightJustified(6) << "  " << tr("number").leftJustified(15)
        << tr("state").leftJustified(14) << tr("lines").rightJustified(6) << "  "
        << tr("created").leftJustified(11) << tr("TMT").leftJustified(23) << tr("decree") << '\n';
    for (const ProposalSummary &s : rows) {
        const Proposal &p = s.proposal;
        const QString tmt = s.firstTmt == s.lastTmt
                                ? dateText(s.firstTmt)
                                : dateText(s.firstTmt) + QStringLiteral("..") + dateText(s.lastTmt);
        out << QString::number(p.id).rightJustified(6) << "  " << p.number.leftJustified(15)
            << ProposalStates::code(p.state).leftJustified(14)
            << QString::number(s.lines).rightJustified(6) << "  "
            << dateText(p.createdAt.date()).leftJustified(11) << tmt.leftJustified(23)
            << (p.decreeNumber.isEmpty() ? QStringLiteral("-") : p.decreeNumber) << '\n';
    }
    out << tr("%1 of %2 proposals.")
               .arg(QLocale().toString(rows.size()), QLocale().toString(repository.count(filter)))
        << '\n';
    return CommandArguments::ExitOk;
}

int ProposalCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == u"create")
        return ProposalCreateCommand::run(arguments.mid(1), out, err);
    CommandArguments args(QStringLiteral("proposal"), usage(), out, err);
    args.allowPositionals(2);
    const int parsed =
        args.parse(arguments, {{QStringLiteral("user"), QString(), QStringLiteral("U")},
                               {QStringLiteral("note"), QString(), QStringLiteral("T")},
                               {QStringLiteral("meeting-date"), QString(), QStringLiteral("D")},
                               {QStringLiteral("reject-line"), QString(), QStringLiteral("L")},
                               {QStringLiteral("number"), QString(), QStringLiteral("N")},
                               {QStringLiteral("date"), QString(), QStringLiteral("D")},
                               {QStringLiteral("line"), QString(), QStringLiteral("N")},
                               {QStringLiteral("reason"), QString(), QStringLiteral("R")}});
    if (parsed != CommandArguments::Continue)
        return parsed;
    const QStringList positionals = args.positionals();
    if (positionals.value(0) == u"create")
        return args.usageError(tr("Write \"proposal create\" first, then its options."));
    if (positionals.size() != 2)
        return args.usageError(tr("Name the action and the proposal id: proposal ACTION ID."));
    const QString action = positionals.at(0);
    bool ok = false;
    const qint64 id = positionals.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return args.usageError(tr("The proposal id must be a whole number."));
    static const QStringList actions{
        QStringLiteral("show"),   QStringLiteral("submit"),       QStringLiteral("verify"),
        QStringLiteral("return"), QStringLiteral("approve"),      QStringLiteral("reject"),
        QStringLiteral("decree"), QStringLiteral("execute"),      QStringLiteral("close"),
        QStringLiteral("cancel"), QStringLiteral("withdraw-line")};
    if (!actions.contains(action))
        return args.usageError(tr("Unknown action \"%1\".").arg(action));
    const auto meetingDate = args.date(QStringLiteral("meeting-date"), QDate());
    const auto decreeDate = args.date(QStringLiteral("date"), QDate());
    if (!meetingDate || !decreeDate)
        return CommandArguments::ExitUsage;
    const QString user = args.value(QStringLiteral("user"));
    if (action != u"show" && user.isEmpty())
        return args.usageError(tr("The option --user NAME is required to change a proposal."));

    const auto database = args.openDatabase();
    if (!database)
        return CommandArguments::ExitUsage;
    ProposalRepository repository(*database);
    const std::optional<Proposal> proposal = repository.proposal(id);
    if (!proposal) {
        args.printError(tr("There is no proposal with id %1.").arg(id));
        return ExitRefused;
    }
    if (action == u"show") {
        printProposal(out, repository, *proposal);
        return CommandArguments::ExitOk;
    }
    // The lines named by their numbers in show: --reject-line, --line.
    QList<qint64> lineIds;
    for (const QString &position : args.values(QCommandLineOption(QStringLiteral("reject-line"))) +
                                       args.values(QCommandLineOption(QStringLiteral("line")))) {
        const qint64 lineId = lineAt(repository, id, position);
        if (lineId == 0) {
            args.printError(tr("Proposal %1 has no line %2 (see proposal show).")
                                .arg(proposal->number, position));
            return ExitRefused;
        }
        lineIds << lineId;
    }
    if (action == u"withdraw-line" && lineIds.size() != 1)
        return args.usageError(tr("withdraw-line needs one --line N."));
    const std::optional<User> actor = CliLogin::logIn(*database, user, err);
    if (!actor)
        return ExitRefused;

    ProposalWorkflow workflow(*database, *actor);
    const QString note = args.value(QStringLiteral("note"));
    DatabaseError error;
    if (action == u"submit") {
        error = workflow.submit(id, note);
    } else if (action == u"verify") {
        error = workflow.verify(id, note);
    } else if (action == u"return") {
        error = workflow.returnToDraft(id, note);
    } else if (action == u"approve") {
        ProposalDecision decision;
        decision.meetingDate = *meetingDate;
        decision.notes = note;
        for (qint64 lineId : lineIds)
            decision.lines.insert(lineId, {false, note});
        error = workflow.approve(id, decision);
    } else if (action == u"reject") {
        error = workflow.reject(id, *meetingDate, note);
    } else if (action == u"decree") {
        error =
            workflow.markDecreeIssued(id, {0, args.value(QStringLiteral("number")), *decreeDate});
    } else if (action == u"execute") {
        error = workflow.execute(id);
    } else if (action == u"close") {
        error = workflow.close(id, note);
    } else if (action == u"cancel") {
        error = workflow.cancel(id, note);
    } else if (action == u"withdraw-line") {
        // A draft's line is simply taken off; an approved one is withdrawn from the decision.
        const QString reason =
            args.isSet(QStringLiteral("reason")) ? args.value(QStringLiteral("reason")) : note;
        error = proposal->state == ProposalState::Draft
                    ? workflow.withdrawLine(lineIds.constFirst(), reason)
                    : workflow.withdrawApprovedLine(lineIds.constFirst(), reason);
    }
    if (error)
        return CliLogin::failure(error, err);
    const std::optional<Proposal> after = repository.proposal(id);
    if (action == u"withdraw-line")
        out << tr("Line %1 of proposal %2 is withdrawn.")
                   .arg(args.value(QStringLiteral("line")), after->number)
            << ' ';
    out << tr("Proposal %1 is now %2.")
               .arg(after->number, ProposalStates::name(after->state).toLower())
        << '\n';
    return CommandArguments::ExitOk;
}

} // namespace Simutasi
