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
    m_serial = m_cleanSerial = ++m_nextSerial;
    m_undo.clear();
    m_redo.clear();
    m_lastGroup.clear();
    setModified(false);
    emit undoStateChanged();
}

void ConnectionDocument::edit(const ConnectionSettings &settings, const QString &group)
{
    if (settings != m_settings) {
        const bool merges = !group.isEmpty() && group == m_lastGroup && !m_undo.empty() && m_redo.empty();
        if (!merges) {
            m_undo.push_back({m_settings, m_serial});
            if (m_undo.size() > MaxUndoSteps)
                m_undo.erase(m_undo.begin());
        }
        m_redo.clear();
        m_lastGroup = group;
        m_settings = settings;
        m_serial = ++m_nextSerial;
        emit undoStateChanged();
    }
    setModified(true);
    m_draftTimer->start();
}

std::optional<ConnectionSettings> ConnectionDocument::undo()
{
    return step(m_undo, m_redo);
}

std::optional<ConnectionSettings> ConnectionDocument::redo()
{
    return step(m_redo, m_undo);
}

std::optional<ConnectionSettings> ConnectionDocument::step(std::vector<State> &from, std::vector<State> &to)
{
    if (from.empty())
        return std::nullopt;
    to.push_back({m_settings, m_serial});
    m_settings = std::move(from.back().settings);
    m_serial = from.back().serial;
    from.pop_back();
    m_lastGroup.clear(); // typing after an undo is a step of its own
    setModified(m_serial != m_cleanSerial);
    m_draftTimer->start();
    emit undoStateChanged();
    return m_settings;
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
    m_cleanSerial = m_serial;
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
