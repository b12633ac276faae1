// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace Qonduit {

// The connection being edited, on the file side: its settings as the form last gave them, the file
// they came from, whether they changed since, the draft kept while they are unsaved, and the recent
// files. No widgets (after Tiled's Document): the dialog shows one, and a test drives one alone.
// Secrets never reach a file or a draft: ConnectionFile leaves them out.
class ConnectionDocument : public QObject
{
    Q_OBJECT

public:
    struct Opened
    {
        ConnectionSettings settings;
        // A statement opened from a text file is saved as a new .qonduit file, never over the text.
        bool isConnectionFile = false;
    };

    explicit ConnectionDocument(QObject *parent = nullptr);
    ~ConnectionDocument() override;

    const ConnectionSettings &settings() const { return m_settings; }
    QString filePath() const { return m_filePath; }
    // What the title shows: the connection's name, else the file's, else empty.
    QString displayName() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // As opened or as read back: nothing to save, no draft.
    void load(const ConnectionSettings &settings);
    // Changed by the user, or brought in by paste, import or restore: unsaved work, kept in the draft
    // a moment later.
    void edit(const ConnectionSettings &settings);
    // A new, empty connection with no file.
    void startNew();

    // Reads a .qonduit file, a statement or a string; on success the document holds it.
    Expected<Opened, QString> open(const QString &path);
    // Writes the settings to path atomically; on success that is the document's file.
    Expected<void, QString> save(const QString &path);

    // Where the draft of the connection being edited is kept until it is closed on purpose.
    static QString draftPath();
    void saveDraftNow();
    // The draft a session that did not close normally left; nullopt when there is none.
    static std::optional<Expected<ConnectionSettings, QString>> leftDraft();
    // Closed on purpose (or the draft discarded): the draft has done its job.
    void endDraft();

    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 8;

signals:
    void modifiedChanged(bool modified);

private:
    void rememberRecent(const QString &path);

    ConnectionSettings m_settings;
    QString m_filePath;
    bool m_modified = false;
    QTimer *m_draftTimer;
};

} // namespace Qonduit
