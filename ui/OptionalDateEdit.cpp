#include "OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace Simutasi {

namespace {

constexpr int EarliestYear = 1900;

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    setCalendarPopup(true);
    setMinimumDate(emptyMarker());
    setMaximumDate(QDate(2199, 12, 31));
    // The minimum is the empty value: shown as a dash instead of 01-01-1900.
    setSpecialValueText(QStringLiteral("–"));
    setDate(emptyMarker());
    calendarWidget()->setGridVisible(false);
    connect(this, &QDateEdit::dateChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

QDate OptionalDateEdit::emptyMarker()
{
    return QDate(EarliestYear, 1, 1);
}

QDate OptionalDateEdit::value() const
{
    return date() == emptyMarker() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() && date > emptyMarker() ? date : emptyMarker());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Delete or Backspace on an empty field, or with everything selected, empties it.
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (erase && (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        setValue({});
        return;
    }
    // Typing into an empty field starts from today rather than from the 1900 marker.
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        setDate(QDate::currentDate());
        setSelectedSection(QDateTimeEdit::DaySection);
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    const bool wasEmpty = isEmpty();
    QDateEdit::mousePressEvent(event);
    // The calendar of an empty field opens on the current month, not on January 1900.
    if (wasEmpty) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
}

} // namespace Simutasi
