#pragma once

#include <QWidget>

class QLabel;

namespace Simutasi {

// The title line at the top of every page: a large title and a muted one-line subtitle, so all
// areas of the window start the same way.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, const QString &subtitle = {},
                        QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QString title() const;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace Simutasi
