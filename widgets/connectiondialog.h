// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectionvalidator.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QMenuBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Qonduit {

class CodeView;
class BackgroundRequest;
class TestResultView;
class SelectDataPage;
class ScriptPage;
class SecretStore;
class CollapsibleSection;
class ConnectionSection;
class MessageBar;

// Qlik's "Create new connection (REST)" form, section by section, with the connection statement as it
// changes, validation next to each field, files, drafts and paste.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void load(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    QList<ValidationProblem> problems() const { return m_problems; }
    QString statement() const;

    QList<ConnectionSection *> sections() const;
    // Unfolds a section and scrolls it to the top; false for an unknown id.
    bool showSection(const QString &id);

    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    // Fills the form from a statement, a string or a .qonduit file's text; on error says where.
    bool pasteConnection(const QString &text);
    // Fills the form from a curl command; what has no place in the form is listed in the message bar.
    bool importCurl(const QString &command);
    QString currentFile() const { return m_currentFile; }

    // Where the draft of the connection being edited is kept until the dialog closes normally.
    static QString draftPath();
    // Offers the draft left by a session that did not close normally; false when there is none.
    bool offerDraft();
    void saveDraftNow();

    // Seam for tests: how the dialog asks a yes/no question (a message box by default).
    void setConfirm(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }
    // Asks for a password a test needs and the form lacks (never saved); tests answer it themselves.
    void setPasswordPrompt(std::function<std::optional<QString>(const QString &)> prompt)
    {
        m_passwordPrompt = std::move(prompt);
    }

    MessageBar *messageBar() const { return m_messageBar; }
    TestResultView *testResultView() const { return m_testResult; }
    // Where remembered secrets go: the system keychain by default; tests give a memory store, which
    // must outlive the dialog.
    void setSecretStore(SecretStore *store);
    SecretStore *secretStore() const { return m_secrets; }
    SelectDataPage *selectDataPage() const { return m_selectData; }
    // The select-data page; it fills after a successful test.
    void showSelectData();
    // The script page for what the select-data page has ticked.
    void showScript();
    ScriptPage *scriptPage() const { return m_script; }

public slots:
    // Sends the request the form describes and shows the result below the form.
    void testConnection();

signals:
    void created(const ConnectionSettings &settings);

public slots:
    void reject() override;

private:
    void buildMenus(QMenuBar *bar);
    void buildLanguageMenu(QMenu *menu);
    void onFormChanged();
    void refresh();
    void showProblemsMenu();
    void newConnection();
    void openWithDialog();
    bool saveWithDialog(bool askForName);
    void pasteFromClipboard();
    void create();
    void finish();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void setModified(bool modified);
    void loadAsEdit(const ConnectionSettings &settings);
    void storeSecrets(const ConnectionSettings &saved);
    void restoreSecrets(const ConnectionSettings &opened);
    bool mayDiscardChanges();

    ConnectionSettings m_base; // what was loaded: fields without a widget, and the string's layout
    QList<CollapsibleSection *> m_boxes;
    QScrollArea *m_scroll;
    CodeView *m_statementView;
    QTabWidget *m_bottomTabs;
    TestResultView *m_testResult;
    BackgroundRequest *m_engine; // the test runs on a thread of its own
    QStackedWidget *m_pages;
    QWidget *m_formPage;
    SelectDataPage *m_selectData;
    ScriptPage *m_script;
    std::unique_ptr<SecretStore> m_ownSecretStore;
    SecretStore *m_secrets = nullptr;
    bool m_keychainProblemShown = false;
    bool m_secretsRemembered = false; // the current file's secrets are in the store
    MessageBar *m_messageBar;
    QToolButton *m_problemsButton;
    QPushButton *m_testButton;
    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    QMenu *m_recentMenu;
    QTimer *m_draftTimer;
    QList<ValidationProblem> m_problems;
    QString m_currentFile;
    bool m_loading = false;
    std::function<bool(const QString &)> m_confirm;
    std::function<std::optional<QString>(const QString &)> m_passwordPrompt;
};

} // namespace Qonduit
