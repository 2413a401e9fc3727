#pragma once

#include "TestSupport.h"

#include "storage/Database.h"
#include "workflow/ProposalWorkflow.h"
#include "workflow/User.h"

#include <QSet>
#include <memory>

namespace Simutasi::Test {

// A demo registry (without the demo's own users and proposals) with one user per role, hashed
// at the minimal cost, and helpers to find employees who may move and to drive proposals.
// Formasi is raised everywhere so that capacity never refuses unless a test sets it up.
struct WorkflowFixture
{
    static inline const QDate Today{2026, 11, 27};
    static inline const QDate PastTmt{2026, 11, 1};

    TempDir dir;
    std::unique_ptr<Database> db;
    std::array<User, RoleCount> users; // by Role

    explicit WorkflowFixture(int employees = 400, bool roomyFormasi = true);

    const User &user(Role role) const { return users[int(role)]; }
    // A workflow acting as the user of `role`, "now" being Today 10:00 UTC.
    std::unique_ptr<ProposalWorkflow> as(Role role) const;
    std::unique_ptr<ProposalWorkflow> as(const User &user) const;

    // A clean move of a PNS (not yet used by this fixture) to the same jabatan in another unit.
    LineRequest findMove(const QDate &tmt = PastTmt);
    // A draft of the operator with `lines` clean lines.
    qint64 draft(int lines = 1, const QDate &tmt = PastTmt);
    // A proposal taken to `state` by the right users (Returned drafts are plain drafts).
    qint64 proposalIn(ProposalState state);
    // Takes the draft `proposalId` through submit, verify, approve (every line) and the decree.
    void issueDecree(qint64 proposalId, const QString &number,
                     const QDate &date = QDate(2026, 10, 20)) const;

    int count(const QString &sql) const;
    ProposalState state(qint64 proposalId) const;
    void exec(const QString &sql) const;

    QSet<qint64> used; // employees already put on a line

private:
    QList<std::pair<qint64, qint64>> m_posts; // (jabatan, unit) of every formasi row
};

} // namespace Simutasi::Test
