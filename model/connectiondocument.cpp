// SPDX-License-Identifier: MIT
#include "connectiondocument.h"

#include "connectionfile.h"
#include "connectioninput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace Qonduit {

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
// Long enough that typing a word writes one draft, short enough that a crash loses a few keys.
constexpr int DraftDelayMs = 800;
} // namespace

ConnectionDocument::ConnectionDocument(QObject *parent)
    : QObject(parent)
    , m_draftTimer(new QTimer(this))
{
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ConnectionDocument::saveDraftNow);
}

ConnectionDocument::~ConnectionDocument() = default;

QString ConnectionDocument::displayName() const
{
    return m_settings.name.isEmpty() ? QFileInfo(m_filePath).completeBaseName() : m_settings.name;
}

void ConnectionDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ConnectionDocument::load(const ConnectionSettings &settings)
{
    m_settings = settings;
    setModified(false);
}

void ConnectionDocument::edit(const ConnectionSettings &settings)
{
    m_settings = settings;
    setModified(true);
    m_draftTimer->start();
}

void ConnectionDocument::startNew()
{
    m_filePath.clear();
    load(ConnectionSettings());
}

Expected<ConnectionDocument::Opened, QString> ConnectionDocument::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2").arg(path, file.errorString());
    const auto read = ConnectionInput::read(file.readAll());
    if (!read)
        return tr("Cannot read %1: %2").arg(path, read.error());
    const bool isConnectionFile = read.value().kind == ConnectionInput::Kind::ConnectionFile;
    m_filePath = isConnectionFile ? path : QString();
    load(read.value().settings);
    rememberRecent(path);
    return Opened {read.value().settings, isConnectionFile};
}

Expected<void, QString> ConnectionDocument::save(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ConnectionFile::write(m_settings)) < 0
        || !file.commit())
        return tr("Cannot save %1: %2").arg(path, file.errorString());
    m_filePath = path;
    rememberRecent(path);
    setModified(false);
    return {};
}

QString ConnectionDocument::draftPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/draft")
        + ConnectionFile::Extension.toString();
}

void ConnectionDocument::saveDraftNow()
{
    m_draftTimer->stop();
    QDir().mkpath(QFileInfo(draftPath()).path());
    QSaveFile file(draftPath());
    if (file.open(QIODevice::WriteOnly) && file.write(ConnectionFile::write(m_settings)) >= 0)
        file.commit();
}

std::optional<Expected<ConnectionSettings, QString>> ConnectionDocument::leftDraft()
{
    QFile file(draftPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ConnectionFile::read(file.readAll());
}

void ConnectionDocument::endDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath());
}

QStringList ConnectionDocument::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void ConnectionDocument::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(RecentFilesKey, recent.mid(0, MaxRecentFiles));
}

} // namespace Qonduit
