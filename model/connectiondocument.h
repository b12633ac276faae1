// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

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

    // As opened or as read back: nothing to save, no draft, nothing to undo.
    void load(const ConnectionSettings &settings);
    // Changed by the user, or brought in by paste, import or restore: unsaved work, kept in the draft
    // a moment later, and a step to undo. Edits in a row with the same non-empty group are one step
    // (the dialog names the field being typed in); without a group each edit is a step of its own.
    void edit(const ConnectionSettings &settings, const QString &group = QString());
    // A new, empty connection with no file.
    void startNew();

    // Undo and redo over whole settings, as a paste or an import replaces them all: a field's own
    // typing has Qt's undo too, this one also takes back a choice, a paste or an import. Back at the
    // settings last opened or saved, the document is unmodified again.
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    // The settings to show after the step; nullopt when there was none.
    std::optional<ConnectionSettings> undo();
    std::optional<ConnectionSettings> redo();
    static constexpr std::size_t MaxUndoSteps = 100;
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
    void undoStateChanged();

private:
    void rememberRecent(const QString &path);
    // Settings and the number of the state they are, so that undo knows the saved state again.
    struct State
    {
        ConnectionSettings settings;
        quint64 serial = 0;
    };
    std::optional<ConnectionSettings> step(std::vector<State> &from, std::vector<State> &to);

    ConnectionSettings m_settings;
    quint64 m_serial = 0;
    quint64 m_nextSerial = 0;
    quint64 m_cleanSerial = 0;
    std::vector<State> m_undo;
    std::vector<State> m_redo;
    QString m_lastGroup;
    QString m_filePath;
    bool m_modified = false;
    QTimer *m_draftTimer;
};

} // namespace Qonduit
