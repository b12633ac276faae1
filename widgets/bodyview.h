// SPDX-License-Identifier: MIT
#pragma once

#include "connectiontestresult.h"
#include "latestjob.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Qonduit {

class CodeView;

// A response body in the test result: its first part indented and highlighted (formatted on a worker
// thread), and for a longer body a line saying how much more there is, with Open and Save for the whole
// of it. Never lays out more than the first part: a window showing a whole big body stops answering.
class BodyView : public QWidget
{
    Q_OBJECT

public:
    explicit BodyView(QWidget *parent = nullptr);

    void showBody(const ConnectionTestResult &result);
    // Writes the whole body to a file, on a worker thread; `done` gets an error, empty on success.
    void saveWholeBody(const QString &path, std::function<void(const QString &error)> done = {});
    bool isFormatting() const;

    // Where Save writes to (a file dialog unless a test sets another); empty: not saved.
    void setSaveFileChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_chooseSaveFile = std::move(choose);
    }
    // What Open does with the whole body's file (the desktop's application unless a test sets another).
    void setOpener(std::function<void(const QString &path)> open) { m_opener = std::move(open); }

signals:
    void formatted(); // the first part is shown

private:
    QString suggestedFileName() const;
    void setBusy(bool busy);

    CodeView *m_code;
    QWidget *m_rest;
    QLabel *m_restLabel;
    QPushButton *m_open;
    QPushButton *m_save;
    QByteArray m_body;
    std::shared_ptr<QTemporaryFile> m_bodyFile;
    qint64 m_size = 0;
    ResponseType m_type = ResponseType::Unknown;
    LatestJob m_format {this}; // a later body's formatting drops an earlier one's
    bool m_formatting = false; // the formatted text is not in the code view yet
    std::function<QString(const QString &)> m_chooseSaveFile;
    std::function<void(const QString &)> m_opener;
};

} // namespace Qonduit
