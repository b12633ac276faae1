// SPDX-License-Identifier: MIT
#include "bodyview.h"

#include "bodyformatter.h"
#include "codeview.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qonduit {

namespace {

// The whole body into `path`: a copy of the spilled file, or the bytes in memory. Runs on a worker.
QString writeBody(const QByteArray &body, const std::shared_ptr<QTemporaryFile> &file, const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return BodyView::tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path));
    if (file) {
        QFile source(file->fileName());
        if (!source.copy(path))
            return BodyView::tr("Cannot write %1: %2.")
                .arg(QDir::toNativeSeparators(path), source.errorString());
        return {};
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.flush())
        return BodyView::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString());
    return {};
}

} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_code(new CodeView(this))
    , m_rest(new QWidget(this))
    , m_restLabel(new QLabel(m_rest))
    , m_open(new QPushButton(tr("Open the &whole body"), m_rest))
    , m_save(new QPushButton(tr("Save the whole bod&y…"), m_rest))
{
    setObjectName(QStringLiteral("testResult.bodyPage"));
    m_code->setObjectName(QStringLiteral("testResult.body"));
    m_code->setAccessibleName(tr("Response body"));
    m_rest->setObjectName(QStringLiteral("testResult.bodyRest"));
    m_restLabel->setObjectName(QStringLiteral("testResult.bodyRestLabel"));
    m_restLabel->setWordWrap(true);
    connect(m_code, &CodeView::loaded, this, [this] {
        if (!m_formatting)
            emit formatted();
    });
    m_open->setObjectName(QStringLiteral("testResult.openBody"));
    m_open->setToolTip(tr("Writes the whole body to a temporary file and opens it with the desktop's "
                          "application for its type"));
    m_save->setObjectName(QStringLiteral("testResult.saveBody"));
    for (QPushButton *button : {m_open, m_save})
        button->setAutoDefault(false);
    auto *restLayout = new QHBoxLayout(m_rest);
    restLayout->setContentsMargins(0, 0, 0, 0);
    restLayout->addWidget(m_restLabel, 1);
    restLayout->addWidget(m_open);
    restLayout->addWidget(m_save);
    m_rest->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code, 1);
    layout->addWidget(m_rest);

    m_chooseSaveFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the whole body"), suggested);
    };
    m_opener = [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseSaveFile(
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + suggestedFileName());
        if (!path.isEmpty())
            saveWholeBody(path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path
            = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u'/' + suggestedFileName();
        saveWholeBody(path, [this, path](const QString &error) {
            if (error.isEmpty())
                m_opener(path);
        });
    });
}

void BodyView::showBody(const ConnectionTestResult &result)
{
    m_body = result.body;
    m_bodyFile = result.bodyFile;
    m_size = result.size;
    m_type = result.type;
    m_rest->hide();
    setBusy(false);
    m_formatting = true; // before the placeholder: its loaded() is not the body's
    m_code->setCode(tr("Formatting the body ..."), CodeView::Language::Plain);
    const CodeView::Language language = result.type == ResponseType::Json ? CodeView::Language::Json
        : result.type == ResponseType::Xml                                ? CodeView::Language::Xml
                                                                          : CodeView::Language::Plain;
    // Only the first part goes to the worker: a copy of a 16 MB body would cost more than it shows.
    m_format.start([this, language, body = result.body.left(BodyPreviewBytes), type = result.type,
                       size = result.size](const LatestJob::Reporter &reporter) {
        reporter.post([this, language, text = prettyBody(body, type, size)] {
            const qint64 shown = std::min<qint64>(m_body.size(), BodyPreviewBytes);
            if (m_size > shown) {
                m_restLabel->setText(
                    tr("The first %1 of the body are shown; the rest is %2. Open or save the "
                       "whole body to read all of it.")
                        .arg(QLocale().formattedDataSize(shown, 0),
                            QLocale().formattedDataSize(m_size - shown)));
                m_rest->show();
            }
            m_formatting = false;
            m_code->setCode(text, language);
        });
    });
}

bool BodyView::isFormatting() const
{
    return m_formatting || m_code->isLoading();
}

void BodyView::saveWholeBody(const QString &path, std::function<void(const QString &)> done)
{
    setBusy(true);
    m_restLabel->setText(tr("Writing the body to %1 …").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, done] {
        watcher->deleteLater();
        setBusy(false);
        const QString error = watcher->result();
        m_restLabel->setText(
            error.isEmpty() ? tr("The whole body is in %1.").arg(QDir::toNativeSeparators(path)) : error);
        if (done)
            done(error);
    });
    watcher->setFuture(
        QtConcurrent::run([body = m_body, file = m_bodyFile, path] { return writeBody(body, file, path); }));
}

QString BodyView::suggestedFileName() const
{
    const QString extension = m_type == ResponseType::Json ? QStringLiteral("json")
        : m_type == ResponseType::Xml                      ? QStringLiteral("xml")
        : m_type == ResponseType::Csv                      ? QStringLiteral("csv")
                                                           : QStringLiteral("txt");
    return QStringLiteral("response-%1.%2")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), extension);
}

void BodyView::setBusy(bool busy)
{
    m_open->setEnabled(!busy);
    m_save->setEnabled(!busy);
}

} // namespace Qonduit
