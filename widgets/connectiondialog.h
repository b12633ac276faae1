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
class QLayout;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Qonduit {

class CodeView;
class BackgroundRequest;
class ConnectionDocument;
class ConnectionForm;
class ConnectionSecrets;
class TestResultView;
class SelectDataPage;
struct ApiImport;
class ScriptPage;
class SecretStore;
class ConnectionSection;
class MessageBar;

// The window around Qlik's "Create new connection (REST)" form: the menus, the connection statement as
// it changes, the problems, Test connection and the pages that follow. The form is a ConnectionForm, the
// file side a ConnectionDocument, the keychain side ConnectionSecrets: this shell connects them.
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
    // File > Import and a dropped file: an OpenAPI, Swagger, Postman, Insomnia or HAR document is read
    // in the background and its requests offered in the import dialog; a curl command is imported at
    // once. An http(s) URL is fetched first. False when the file cannot be read.
    bool importFile(const QString &path);
    QString currentFile() const;

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
    SecretStore *secretStore() const;
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

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus(QMenuBar *bar);
    void buildLanguageMenu(QMenu *menu);
    void showUndone(const std::optional<ConnectionSettings> &settings);
    QWidget *buildStatementPane();
    QLayout *buildButtons();
    void connectTestAndPages();
    void onFormChanged();
    void refresh();
    void showProblemsMenu();
    void newConnection();
    void openWithDialog();
    void importWithDialog();
    void importUrlWithDialog();
    bool importInDialog(const QString &path, const QString &name);
    void applyImport(const ApiImport &imported, const QString &from);
    bool saveWithDialog(bool askForName);
    void pasteFromClipboard();
    void create();
    void finish();
    void fillRecentMenu();
    // Fills the form with what the user brought in: unsaved work, kept in the draft.
    void loadAsEdit(const ConnectionSettings &settings);
    // Fills the form and keeps whether it was modified: a secret or a password put in.
    void putInForm(const ConnectionSettings &settings);
    bool mayDiscardChanges();

    ConnectionDocument *m_document;
    ConnectionSecrets *m_secrets;
    std::unique_ptr<SecretStore> m_ownSecretStore;
    ConnectionForm *m_form;
    CodeView *m_statementView;
    QTabWidget *m_bottomTabs;
    TestResultView *m_testResult;
    BackgroundRequest *m_engine; // the test runs on a thread of its own
    QStackedWidget *m_pages;
    QWidget *m_formPage;
    SelectDataPage *m_selectData;
    ScriptPage *m_script;
    MessageBar *m_messageBar;
    QToolButton *m_problemsButton;
    QPushButton *m_testButton;
    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    QMenu *m_recentMenu;
    QList<ValidationProblem> m_problems;
    std::function<bool(const QString &)> m_confirm;
    std::function<std::optional<QString>(const QString &)> m_passwordPrompt;
};

} // namespace Qonduit
