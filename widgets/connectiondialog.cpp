// SPDX-License-Identifier: MIT
#include "connectiondialog.h"

#include "backgroundrequest.h"
#include "codeview.h"
#include "connectiondocument.h"
#include "connectionfile.h"
#include "connectionform.h"
#include "connectioninput.h"
#include "connectionstring.h"
#include "curlimport.h"
#include "import/apidocument.h"
#include "import/documentfetch.h"
#include "import/importdialog.h"
#include "language.h"
#include "messagebar.h"
#include "namevaluemodel.h"
#include "publish/publishdialog.h"
#include "responsetype.h"
#include "script/scriptpage.h"
#include "script/secretheaders.h"
#include "secrets/connectionsecrets.h"
#include "secrets/secretstore.h"
#include "selectdata/selectdatapage.h"
#include "testresultview.h"
#include "token/tokenclient.h"
#include "variables.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qonduit {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_document(new ConnectionDocument(this))
    , m_secrets(new ConnectionSecrets(this))
    , m_form(new ConnectionForm(this))
    , m_statementView(new CodeView(this))
    , m_bottomTabs(new QTabWidget(this))
    , m_testResult(new TestResultView(this))
    , m_engine(new BackgroundRequest(this))
    , m_pages(new QStackedWidget(this))
    , m_formPage(new QWidget(this))
    , m_selectData(new SelectDataPage(this))
    , m_script(new ScriptPage(this))
    , m_messageBar(new MessageBar(this))
    , m_problemsButton(new QToolButton(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_createButton(new QPushButton(tr("C&reate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_recentMenu(nullptr)
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    })
    , m_passwordPrompt([this](const QString &question) -> std::optional<QString> {
        bool ok = false;
        const QString text
            = QInputDialog::getText(this, tr("Password"), question, QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    })
{
    setObjectName(QStringLiteral("connectionDialog"));
    setSizeGripEnabled(true);
    setAcceptDrops(true); // a .qonduit file opens, an API document or a curl command imports

    auto *menuBar = new QMenuBar(this);
    buildMenus(menuBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);
    m_bottomTabs->setObjectName(QStringLiteral("bottomTabs"));
    m_bottomTabs->addTab(buildStatementPane(), tr("Connection statement"));
    m_bottomTabs->addTab(m_testResult, tr("Test result"));
    splitter->addWidget(m_form);
    splitter->addWidget(m_bottomTabs);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *formPageLayout = new QVBoxLayout(m_formPage);
    formPageLayout->setContentsMargins(0, 0, 0, 0);
    formPageLayout->addWidget(splitter, 1);
    formPageLayout->addLayout(buildButtons());
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_formPage);
    m_pages->addWidget(m_selectData);
    m_pages->addWidget(m_script);
    connectTestAndPages();

    auto *layout = new QVBoxLayout(this);
    layout->setMenuBar(menuBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);

    connect(m_form, &ConnectionForm::changed, this, &ConnectionDialog::onFormChanged);
    connect(m_form, &ConnectionForm::secretHeadersShownChanged, this, &ConnectionDialog::refresh);
    // A curl command pasted into the URL field becomes the whole form (the clipboard has all its lines).
    connect(m_form, &ConnectionForm::urlTyped, this, [this](const QString &text) {
        if (!CurlImport::looksLikeCurl(text))
            return;
        const QString clipboard = QGuiApplication::clipboard()->text();
        const QString command = CurlImport::looksLikeCurl(clipboard) ? clipboard : text;
        // After the line edit's own signal: loading the form sets this very field.
        QMetaObject::invokeMethod(
            this, [this, command] { importCurl(command); }, Qt::QueuedConnection);
    });
    connect(m_document, &ConnectionDocument::modifiedChanged, this, &QWidget::setWindowModified);
    // Get token: the token request alone, with the whole connection (its proxy, its variables).
    auto *tokens = new TokenClient(this);
    connect(m_form, &ConnectionForm::tokenRequested, this,
        [this, tokens] { tokens->fetch(Variables::withTestValues(settings())); });
    connect(tokens, &TokenClient::finished, m_form, &ConnectionForm::showTokenResult);

    m_ownSecretStore = SecretStore::createDefault();
    setSecretStore(m_ownSecretStore.get());
    connect(m_secrets, &ConnectionSecrets::storeUnavailable, this, [this](const QString &message) {
        m_messageBar->show(MessageBar::Kind::Information,
            tr("The passwords were not saved: no system keychain answers (%1). They stay in memory until "
               "Qonduit closes; nothing is written to disk.")
                .arg(message));
    });
    connect(m_secrets, &ConnectionSecrets::restored, this, [this](const QString &key, const QString &secret) {
        ConnectionSettings current = settings();
        if (ConnectionSecrets::apply(current, key, secret))
            putInForm(current);
    });

    load(ConnectionSettings());
    QSize size(1100, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    splitter->setSizes({size.height() * 2 / 3, size.height() / 3});
}

ConnectionDialog::~ConnectionDialog() = default;

// The statement as Qlik will read it, always in step with the form.
QWidget *ConnectionDialog::buildStatementPane()
{
    auto *pane = new QWidget(this);
    auto *label = new QLabel(tr("Connection &statement"), pane);
    label->setBuddy(m_statementView);
    auto *copy = new QToolButton(pane);
    copy->setObjectName(QStringLiteral("copyStatementButton"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the statement to the clipboard (Ctrl+Shift+C)"));
    copy->setAccessibleName(tr("Copy the connection statement"));
    connect(
        copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(statement()); });
    m_statementView->setObjectName(QStringLiteral("statementView"));
    m_statementView->setAccessibleName(tr("Connection statement"));
    m_statementView->setToolTip(
        tr("The CUSTOM CONNECT statement for this connection, as a QlikView script or "
           "Qlik's data connection carries it."));
    auto *header = new QHBoxLayout;
    header->addWidget(label);
    header->addStretch();
    header->addWidget(copy);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_statementView);
    return pane;
}

QLayout *ConnectionDialog::buildButtons()
{
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_problemsButton->setToolTip(tr("List the problems; choose one to go to its field"));
    connect(m_problemsButton, &QToolButton::clicked, this, &ConnectionDialog::showProblemsMenu);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {m_testButton, m_createButton, m_cancelButton})
        button->setAutoDefault(false); // Enter in a field must not create the connection
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_createButton, &QPushButton::clicked, this, &ConnectionDialog::create);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problemsButton);
    buttons->addStretch();
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_cancelButton);
    return buttons;
}

// Test connection, its result, and the select-data and script pages a success leads to.
void ConnectionDialog::connectTestAndPages()
{
    connect(m_engine, &BackgroundRequest::progress, m_testResult, &TestResultView::showProgress);
    connect(m_testResult, &TestResultView::cancelRequested, m_engine, &BackgroundRequest::cancel);
    connect(m_testResult, &TestResultView::headerSuggested, this, [this](const NameValue &header) {
        // As an edit of the form: the header replaces one of the same name, and the draft keeps it.
        ConnectionSettings edited = settings();
        edited.queryHeaders.removeIf(
            [&](const NameValue &h) { return h.name.compare(header.name, Qt::CaseInsensitive) == 0; });
        edited.queryHeaders.append(header);
        loadAsEdit(edited);
        m_messageBar->show(MessageBar::Kind::Information,
            tr("The query header %1 is added; test the connection again.").arg(header.name));
    });
    connect(m_engine, &BackgroundRequest::finished, this, [this](const ConnectionTestResult &result) {
        m_testResult->showResult(result);
        m_testButton->setEnabled(true);
        // As in Qlik's Add data: a successful test goes on to selecting the data.
        if (result.succeeded()) {
            m_selectData->setConnection(settings());
            m_selectData->showResponse(result);
            m_pages->setCurrentWidget(m_selectData);
        }
    });
    connect(m_selectData, &SelectDataPage::backRequested, this,
        [this] { m_pages->setCurrentWidget(m_formPage); });
    connect(m_selectData, &SelectDataPage::scriptRequested, this, &ConnectionDialog::showScript);
    connect(m_script, &ScriptPage::backRequested, this, [this] { m_pages->setCurrentWidget(m_selectData); });
    connect(m_script, &ScriptPage::publishRequested, this, [this] {
        auto *dialog = new PublishDialog(settings(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void ConnectionDialog::buildMenus(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    const auto add
        = [this](QMenu *menu, const QString &text, const QString &name, const QKeySequence &keys, auto slot) {
              QAction *action = menu->addAction(text);
              action->setObjectName(name);
              action->setShortcut(keys);
              connect(action, &QAction::triggered, this, slot);
              return action;
          };
    add(file, tr("&New"), QStringLiteral("newAction"), QKeySequence::New, &ConnectionDialog::newConnection);
    add(file, tr("&Open..."), QStringLiteral("openAction"), QKeySequence::Open,
        &ConnectionDialog::openWithDialog);
    add(file, tr("&Import..."), QStringLiteral("importAction"), QKeySequence(tr("Ctrl+I")),
        &ConnectionDialog::importWithDialog);
    add(file, tr("Import from &URL..."), QStringLiteral("importUrlAction"), QKeySequence(tr("Ctrl+Shift+I")),
        &ConnectionDialog::importUrlWithDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ConnectionDialog::fillRecentMenu);
    add(file, tr("&Save"), QStringLiteral("saveAction"), QKeySequence::Save,
        [this] { saveWithDialog(false); });
    add(file, tr("Save &As..."), QStringLiteral("saveAsAction"), QKeySequence::SaveAs,
        [this] { saveWithDialog(true); });
    file->addSeparator();
    add(file, tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit, &ConnectionDialog::reject);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // In a text field Ctrl+Z is the field's own undo (the field takes the keys first); elsewhere, and
    // from the menu, it takes back the last change to the form: a choice, a paste, an import.
    QAction *undo = add(edit, tr("&Undo"), QStringLiteral("undoAction"), QKeySequence::Undo,
        [this] { showUndone(m_document->undo()); });
    QAction *redo = add(edit, tr("&Redo"), QStringLiteral("redoAction"), QKeySequence::Redo,
        [this] { showUndone(m_document->redo()); });
    const auto updateUndo = [this, undo, redo] {
        undo->setEnabled(m_document->canUndo());
        redo->setEnabled(m_document->canRedo());
    };
    connect(m_document, &ConnectionDocument::undoStateChanged, this, updateUndo);
    updateUndo();
    edit->addSeparator();
    add(edit, tr("&Paste connection"), QStringLiteral("pasteConnectionAction"),
        QKeySequence(tr("Ctrl+Shift+V")), &ConnectionDialog::pasteFromClipboard);
    add(edit, tr("&Import curl command"), QStringLiteral("importCurlAction"),
        QKeySequence(tr("Ctrl+Shift+U")), [this] { importCurl(QGuiApplication::clipboard()->text()); });
    add(edit, tr("&Copy statement"), QStringLiteral("copyStatementAction"), QKeySequence(tr("Ctrl+Shift+C")),
        [this] { QGuiApplication::clipboard()->setText(statement()); });

    QMenu *dataMenu = bar->addMenu(tr("&Data"));
    dataMenu->setObjectName(QStringLiteral("dataMenu"));
    // The page holds the last successful test's tables; with none yet, the test comes first and a
    // success opens the page.
    add(dataMenu, tr("&Select data"), QStringLiteral("selectDataAction"), QKeySequence(tr("Ctrl+D")), [this] {
        if (m_selectData->schema().isEmpty() && !m_selectData->isBusy())
            testConnection();
        else
            showSelectData();
    });
    add(dataMenu, tr("&Back to the connection"), QStringLiteral("backToConnectionAction"),
        QKeySequence(tr("Ctrl+E")), [this] { m_pages->setCurrentWidget(m_formPage); });

    QMenu *settingsMenu = bar->addMenu(tr("Sett&ings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    buildLanguageMenu(settingsMenu->addMenu(tr("&Language")));
}

// The language applies from the next start: the form keeps its state, nothing is rebuilt under the user.
void ConnectionDialog::buildLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = Language::chosen();
    const auto addChoice = [this, menu, group, &chosen](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(
            QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] {
            Language::choose(code);
            m_messageBar->show(MessageBar::Kind::Information,
                code.isEmpty() ? tr("Qonduit will follow the system's language from its next start.")
                               : tr("Qonduit will speak %1 from its next start.").arg(text));
        });
    };
    addChoice(QString(), tr("System language"));
    menu->addSeparator();
    for (const Language::Choice &choice : Language::available())
        addChoice(choice.code, choice.nativeName);
}

QList<ConnectionSection *> ConnectionDialog::sections() const
{
    return m_form->sections();
}

bool ConnectionDialog::showSection(const QString &id)
{
    return m_form->showSection(id);
}

QString ConnectionDialog::currentFile() const
{
    return m_document->filePath();
}

void ConnectionDialog::load(const ConnectionSettings &settings)
{
    m_form->load(settings);
    m_document->load(settings);
    refresh();
}

void ConnectionDialog::loadAsEdit(const ConnectionSettings &settings)
{
    // Pasted, imported or restored: what the user brought in is unsaved work, and goes to the draft.
    m_form->load(settings);
    m_document->edit(settings);
    refresh();
}

void ConnectionDialog::putInForm(const ConnectionSettings &settings)
{
    const bool wasModified = m_document->isModified();
    load(settings);
    m_document->setModified(wasModified);
}

ConnectionSettings ConnectionDialog::settings() const
{
    return m_form->settings();
}

QString ConnectionDialog::statement() const
{
    return ConnectionString::writeStatement(settings());
}

void ConnectionDialog::onFormChanged()
{
    // Typing in one field is one step to undo: the field's name groups the edits. A choice, a tick or
    // a table edit is a step of its own.
    const QWidget *focus = QApplication::focusWidget();
    const bool typing = focus && m_form->isAncestorOf(focus)
        && (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus));
    m_document->edit(settings(), typing ? focus->objectName() : QString());
    refresh();
}

void ConnectionDialog::showUndone(const std::optional<ConnectionSettings> &settings)
{
    if (!settings)
        return;
    m_form->load(*settings);
    refresh();
}

void ConnectionDialog::refresh()
{
    const ConnectionSettings current = settings();
    m_problems = validate(current);
    m_form->showProblems(m_problems);

    // Secret header values show as dots here too until the headers table reveals them; Copy statement
    // copies the real one.
    ConnectionSettings shown = current;
    if (!m_form->secretHeadersShown())
        replaceSecretHeaderValues(shown.queryHeaders, [] { return NameValueModel::Mask.toString(); });
    const QString text = ConnectionString::writeStatement(shown);
    if (m_statementView->toPlainText() != text)
        m_statementView->setPlainText(text);

    const auto errors
        = std::count_if(m_problems.begin(), m_problems.end(), [](auto &p) { return p.isError(); });
    const auto warnings = m_problems.size() - errors;
    if (m_problems.isEmpty())
        m_problemsButton->setText(tr("\u2714 No problems"));
    else if (errors == 0)
        m_problemsButton->setText(tr("%n warning(s)", nullptr, int(warnings)));
    else
        m_problemsButton->setText(tr("\u26a0 %n problem(s) to fix", nullptr, int(errors)));
    m_problemsButton->setAccessibleName(m_problemsButton->text());
    m_problemsButton->setEnabled(!m_problems.isEmpty());
    m_createButton->setEnabled(errors == 0);
    m_createButton->setToolTip(errors == 0 ? tr("Create the connection")
                                           : tr("Fix the problems first: see the list at the bottom left."));

    const QString name = m_document->displayName();
    setWindowTitle(tr("%1[*] \u2014 Create new connection (REST) \u2014 Qonduit")
                       .arg(name.isEmpty() ? tr("New connection") : name));
}

void ConnectionDialog::showProblemsMenu()
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("problemsMenu"));
    for (const ValidationProblem &problem : std::as_const(m_problems)) {
        QAction *action = menu.addAction((problem.isError() ? QString() : tr("Warning: ")) + problem.message);
        action->setToolTip(problem.field);
        connect(
            action, &QAction::triggered, this, [this, field = problem.field] { m_form->focusField(field); });
    }
    menu.exec(m_problemsButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

bool ConnectionDialog::openFile(const QString &path)
{
    const auto opened = m_document->open(path);
    if (!opened) {
        m_messageBar->show(MessageBar::Kind::Error, opened.error());
        return false;
    }
    m_form->load(opened.value().settings);
    refresh();
    m_messageBar->hide();
    m_secrets->opened(opened.value().settings);
    return true;
}

bool ConnectionDialog::saveFile(const QString &path)
{
    // The document holds what the form shows: every change of the form went to it.
    if (const auto saved = m_document->save(path); !saved) {
        m_messageBar->show(MessageBar::Kind::Error, saved.error());
        return false;
    }
    refresh();
    m_secrets->saved(settings());
    return true;
}

void ConnectionDialog::setSecretStore(SecretStore *store)
{
    m_secrets->setStore(store);
}

SecretStore *ConnectionDialog::secretStore() const
{
    return m_secrets->store();
}

bool ConnectionDialog::importCurl(const QString &command)
{
    const auto imported = CurlImport::read(command, settings());
    if (!imported) {
        m_messageBar->show(
            MessageBar::Kind::Error, tr("The curl command cannot be imported: %1.").arg(imported.error()));
        return false;
    }
    loadAsEdit(imported.value().settings);
    const QStringList &unmapped = imported.value().unmapped;
    m_messageBar->show(MessageBar::Kind::Information,
        unmapped.isEmpty()
            ? tr("The form now holds the curl command.")
            : tr("The form now holds the curl command. Not in the form:\n%1").arg(unmapped.join(u'\n')));
    return true;
}

void ConnectionDialog::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(currentFile()).path(),
        tr("API documents: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;"
           "curl commands (*.sh *.txt *.curl);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void ConnectionDialog::importUrlWithDialog()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Import from URL"),
        tr("The address of an OpenAPI or Swagger document, a Postman collection, an Insomnia export or a HAR "
           "file (http:// or https://; fetched once, with no credentials):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        importFile(url.trimmed());
}

bool ConnectionDialog::importFile(const QString &path)
{
    if (DocumentFetch::isUrl(path))
        return importInDialog(
            path, QUrl(path).fileName().isEmpty() ? QUrl(path).host() : QUrl(path).fileName());
    // A curl command is one line or a few: read it at once. Anything else may be a 10 MB document,
    // which the import dialog reads on a worker thread.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->show(
            MessageBar::Kind::Error, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        return false;
    }
    const QByteArray head = file.peek(64 * 1024);
    if (CurlImport::looksLikeCurl(QString::fromUtf8(head).trimmed()) && file.size() <= head.size())
        return importCurl(QString::fromUtf8(head));
    file.close();
    return importInDialog(path, QFileInfo(path).fileName());
}

bool ConnectionDialog::importInDialog(const QString &path, const QString &name)
{
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::failed, this, [this, dialog](const QString &sentence) {
        m_messageBar->show(MessageBar::Kind::Error, sentence); // the form is left as it was
        dialog->close();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const auto imported = dialog->importChosen(settings());
        if (!imported) {
            m_messageBar->show(MessageBar::Kind::Error, tr("Not imported: %1.").arg(imported.error()));
            return;
        }
        const int entry = dialog->chosenEntry();
        const ApiEntry &chosen = dialog->document()->entries()[entry];
        applyImport(imported.value(),
            QStringLiteral("%1 %2 (%3)")
                .arg(chosen.method, chosen.title.isEmpty() ? chosen.target : chosen.title, name));
    });
    if (DocumentFetch::isUrl(path))
        dialog->readUrl(QUrl(path));
    else
        dialog->readFile(path);
    dialog->open();
    return true;
}

void ConnectionDialog::applyImport(const ApiImport &imported, const QString &from)
{
    loadAsEdit(imported.settings);
    QStringList lines {tr("The form now holds %1.").arg(from)};
    if (!imported.paginationReason.isEmpty()) {
        lines.append(imported.settings.pagination.type == PaginationType::None
                ? tr("A pagination guess, not applied: %1.").arg(imported.paginationReason)
                : tr("Pagination from a guess, to be confirmed: %1.").arg(imported.paginationReason));
    }
    if (!imported.recordedResponse.isEmpty()) {
        // The document's example (or the HAR's recorded answer) stands in for a response: the tables
        // Qlik would build, before any call.
        ConnectionTestResult response;
        response.outcome = ConnectionTestResult::Outcome::Succeeded;
        response.status = 200;
        response.body = imported.recordedResponse;
        response.size = imported.recordedResponse.size();
        response.type = detectResponseType(imported.recordedContentType.toUtf8(), response.body).type;
        const QString origin = imported.responseIsExample
            ? tr("From the document's example: no call was made. Test connection for the API's own answer.")
            : tr("From the answer the browser recorded: no call was made. Test connection for today's "
                 "answer.");
        response.sentence = origin;
        m_selectData->setConnection(settings());
        m_selectData->showResponse(response, origin);
        lines.append(imported.responseIsExample
                ? tr("Data > Select data shows the tables of the document's example.")
                : tr("Data > Select data shows the tables of the recorded answer."));
    }
    if (!imported.unmapped.isEmpty())
        lines.append(tr("Not in the form:\n%1").arg(imported.unmapped.join(u'\n')));
    m_messageBar->show(MessageBar::Kind::Information, lines.join(u'\n'));
}

// A file from the file manager, or a link to a document dragged from a browser.
static bool isImportable(const QList<QUrl> &urls)
{
    return urls.size() == 1 && (urls.first().isLocalFile() || DocumentFetch::isUrl(urls.first().toString()));
}

void ConnectionDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (isImportable(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void ConnectionDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isImportable(urls))
        return;
    event->acceptProposedAction();
    const QString path = urls.first().isLocalFile() ? urls.first().toLocalFile() : urls.first().toString();
    // After the drop returns: the drag's source waits for it, and the import opens a dialog.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (path.endsWith(QStringLiteral(".qonduit"), Qt::CaseInsensitive)) {
                if (mayDiscardChanges())
                    openFile(path);
            } else {
                importFile(path);
            }
        },
        Qt::QueuedConnection);
}

bool ConnectionDialog::pasteConnection(const QString &text)
{
    if (CurlImport::looksLikeCurl(text))
        return importCurl(text);
    const auto read = ConnectionInput::read(text.toUtf8());
    if (!read) {
        m_messageBar->show(MessageBar::Kind::Error,
            tr("The pasted text is not a connection Qonduit can read: %1").arg(read.error()));
        return false;
    }
    ConnectionSettings pasted = read.value().settings;
    if (pasted.name.isEmpty())
        pasted.name = settings().name; // a connection string carries no name: keep the one given
    loadAsEdit(pasted);
    m_messageBar->show(MessageBar::Kind::Information, tr("The form now holds the pasted connection."));
    return true;
}

void ConnectionDialog::pasteFromClipboard()
{
    pasteConnection(QGuiApplication::clipboard()->text());
}

void ConnectionDialog::newConnection()
{
    if (!mayDiscardChanges())
        return;
    m_document->startNew();
    load(ConnectionSettings());
}

void ConnectionDialog::openWithDialog()
{
    if (!mayDiscardChanges())
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open connection"), QFileInfo(currentFile()).path(),
            tr("Qonduit connections (*.qonduit);;Qlik scripts and text (*.qvs *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ConnectionDialog::saveWithDialog(bool askForName)
{
    QString path = currentFile();
    if (askForName || path.isEmpty()) {
        const QString suggested = settings().name.isEmpty() ? tr("connection") : settings().name;
        path = QFileDialog::getSaveFileName(this, tr("Save connection"),
            QDir(QFileInfo(currentFile()).path()).filePath(suggested + ConnectionFile::Extension.toString()),
            tr("Qonduit connections (*.qonduit)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(ConnectionFile::Extension))
            path += ConnectionFile::Extension.toString();
    }
    return saveFile(path);
}

void ConnectionDialog::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ConnectionDocument::recentFiles();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (mayDiscardChanges())
                openFile(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
}

void ConnectionDialog::showSelectData()
{
    m_pages->setCurrentWidget(m_selectData);
}

void ConnectionDialog::showScript()
{
    m_script->setInput(settings(), m_selectData->schema(), m_selectData->selection());
    m_pages->setCurrentWidget(m_script);
}

void ConnectionDialog::testConnection()
{
    ConnectionSettings current = settings();
    // A password the file or the keychain did not give: asked for now, kept in the form for this
    // session only.
    const AuthSchema schema = current.authentication.schema;
    if ((schema == AuthSchema::Basic || schema == AuthSchema::Digest || schema == AuthSchema::Ntlm)
        && !current.authentication.userName.isEmpty() && current.authentication.password.isEmpty()) {
        const auto password = m_passwordPrompt(
            tr("The password of %1 for this test (kept until Qonduit closes, never written to a file):")
                .arg(current.authentication.userName));
        if (password && !password->isEmpty()) {
            current.authentication.password = *password;
            putInForm(current);
        }
    }
    m_bottomTabs->setCurrentWidget(m_testResult);
    m_testButton->setEnabled(false);
    m_testResult->showRunning(current.request.url);
    m_engine->start(current);
}

void ConnectionDialog::create()
{
    if (hasErrors(m_problems))
        return;
    emit created(settings());
    finish();
    accept();
}

void ConnectionDialog::reject()
{
    if (!mayDiscardChanges())
        return;
    finish();
    QDialog::reject();
}

void ConnectionDialog::finish()
{
    m_document->endDraft(); // closed on purpose: the draft has done its job
}

bool ConnectionDialog::mayDiscardChanges()
{
    return !m_document->isModified() || m_confirm(tr("Discard the changes to this connection?"));
}

QString ConnectionDialog::draftPath()
{
    return ConnectionDocument::draftPath();
}

void ConnectionDialog::saveDraftNow()
{
    m_document->saveDraftNow();
}

bool ConnectionDialog::offerDraft()
{
    const auto draft = ConnectionDocument::leftDraft();
    if (!draft)
        return false;
    if (!*draft) {
        m_messageBar->show(MessageBar::Kind::Error,
            tr("A draft from an earlier session could not be read (%1); it "
               "is kept at %2.")
                .arg(draft->error(), draftPath()));
        return false;
    }
    m_messageBar->show(MessageBar::Kind::Information,
        tr("Qonduit did not close normally last time. Restore the connection you were editing? "
           "Passwords are never kept in drafts."));
    const ConnectionSettings settings = draft->value();
    connect(m_messageBar->addButton(tr("Restore"), QStringLiteral("restoreDraftButton")),
        &QPushButton::clicked, this, [this, settings] { loadAsEdit(settings); });
    connect(m_messageBar->addButton(tr("Discard"), QStringLiteral("discardDraftButton")),
        &QPushButton::clicked, this, [this] { m_document->endDraft(); });
    return true;
}

} // namespace Qonduit
