#pragma once

#include <QDateEdit>

namespace Simutasi {

// A date field that may be left empty: registers often lack a date (an SK date, the end of a
// sanction still running). Empty shows a dash; typing or the calendar sets a date, and the
// clear action (or deleting every digit) empties it again. Dates are written dd-mm-yyyy, as on
// Indonesian forms.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // null when empty
    void setValue(const QDate &date);
    bool isEmpty() const { return !value().isValid(); }

Q_SIGNALS:
    void valueChanged(const QDate &date); // also with a null date when emptied

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    static QDate emptyMarker();
};

} // namespace Simutasi
