#pragma once

#include "analysis/TalentGrid.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Simutasi {

class Database;
class DatabaseTask;
class EmployeeLabelModel;
class EmployeeListPanel;

// The 9-box talent grid of the province or of one OPD (TalentGrid in core): a 3x3 grid of
// boxes with their counts, potential rising upwards and performance to the right. Choosing a box
// lists its employees (names read page by page); the succession pool (boxes 7-9) and the
// rotation candidates (boxes 4, 7, 8) are one click away. The grid is computed in a worker
// thread on its own connection (about 0.4 s at 100,000 employees) with a busy indicator.
class TalentGridView : public QWidget
{
    Q_OBJECT
public:
    // What the employee list shows.
    enum class Selection
    {
        None,
        Box,
        SuccessionPool,
        RotationCandidates
    };

    explicit TalentGridView(QWidget *parent = nullptr);
    ~TalentGridView() override;

    void setDatabase(Database *database); // nullptr: nothing open
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    // Reads the OPD list again and recomputes the grid when it has been shown.
    void reload();
    // Computes the grid for the chosen scope (in the background); computed() follows.
    void compute();
    bool isComputing() const;
    bool hasResult() const { return m_result != nullptr; }
    const TalentGridResult &result() const { return *m_result; }
    qint64 opdId() const;

    void selectBox(int box); // 1-9
    void showSuccessionPool();
    void showRotationCandidates();

    QComboBox *scopeChoice() const { return m_scope; }
    QPushButton *boxButton(int box) const { return m_boxes.value(box - 1); }
    QPushButton *successionButton() const { return m_succession; }
    QPushButton *rotationButton() const { return m_rotation; }
    QProgressBar *busyIndicator() const { return m_busy; }
    EmployeeLabelModel *listModel() const;
    QTableView *listView() const;
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *listTitle() const;

Q_SIGNALS:
    void computed();
    void employeeActivated(qint64 employeeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void taskFinished(DatabaseTask *task, const std::shared_ptr<TalentGridResult> &result);
    void showResult();
    void showList(Selection selection, int box, const QString &title, const QList<qint64> &ids);

    Database *m_database = nullptr;
    QDate m_referenceDate = QDate::currentDate();
    std::unique_ptr<TalentGridResult> m_result;
    DatabaseTask *m_task = nullptr;
    bool m_pending = false; // the scope changed while a computation ran
    bool m_stale = true;    // compute when next shown
    Selection m_selection = Selection::None;
    int m_selectedBox = 0;

    QComboBox *m_scope = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_boxes; // index 0 = box 1
    QButtonGroup *m_boxGroup = nullptr;
    QPushButton *m_succession = nullptr;
    QPushButton *m_rotation = nullptr;
    EmployeeListPanel *m_list = nullptr;
};

} // namespace Simutasi
