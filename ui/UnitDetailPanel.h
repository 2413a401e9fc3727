#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;

namespace Simutasi {

class OrgTreeModel;

// The card about the unit chosen in the organisation tree: its name, kind and OPD, code,
// kabupaten/kota, remote flag, whether it is open, and how many employees work in it.
class UnitDetailPanel : public QFrame
{
    Q_OBJECT
public:
    explicit UnitDetailPanel(QWidget *parent = nullptr);

    void showUnit(const OrgTreeModel &model, qint64 unitId);
    // Compact: the facts in one column (a narrow card), else in two.
    void setCompact(bool compact);
    void clear();
    QString statusText() const;

private:
    QLabel *addFact(const QString &caption);
    void arrangeFacts();

    QLabel *m_name = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_region = nullptr;
    QLabel *m_remote = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_employees = nullptr;
    QLabel *m_units = nullptr;
    QList<std::pair<QLabel *, QLabel *>> m_factLabels; // caption, value
    bool m_compact = false;
    QGridLayout *m_facts = nullptr;
    QWidget *m_factsBox = nullptr;
};

} // namespace Simutasi
