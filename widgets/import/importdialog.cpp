// SPDX-License-Identifier: MIT
#include "import/importdialog.h"

#include "import/apientrymodel.h"
#include "import/documentfetch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qonduit {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_fetch(new DocumentFetch(this))
    , m_model(new ApiEntryModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_search(new QLineEdit(this))
    , m_entries(new QTableView(this))
    , m_serverLabel(new QLabel(tr("&Server:"), this))
    , m_server(new QComboBox(this))
    , m_pathParameters(new QTableWidget(0, 2, this))
    , m_paginationGuess(new QCheckBox(this))
    , m_why(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    setSizeGripEnabled(true);
    resize(900, 560);

    m_heading->setObjectName(QStringLiteral("importHeading"));
    m_heading->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_search->setObjectName(QStringLiteral("importSearch"));
    m_search->setPlaceholderText(tr("Search method, path, summary or tag"));
    m_search->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        // The choice follows the search: what was chosen and is filtered out gives way to the first
        // row that fits, so that Enter imports what is in sight.
        if (!m_entries->selectionModel()->currentIndex().isValid())
            selectFirstFitting();
        onChosen();
    });

    m_entries->setObjectName(QStringLiteral("importEntries"));
    m_entries->setModel(m_filter);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entries->setSortingEnabled(true);
    m_entries->sortByColumn(-1, Qt::AscendingOrder); // the document's order until a header is clicked
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setWordWrap(false);
    connect(
        m_entries->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportDialog::onChosen);
    connect(m_entries, &QTableView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    // Typing in the search and pressing Down goes to the list, as in a launcher.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            m_entries->setFocus();
            m_entries->selectRow(0);
        }
    });

    m_server->setObjectName(QStringLiteral("importServer"));
    m_serverLabel->setBuddy(m_server);
    m_pathParameters->setObjectName(QStringLiteral("importPathParameters"));
    m_pathParameters->setHorizontalHeaderLabels({tr("Path parameter"), tr("Value")});
    m_pathParameters->horizontalHeader()->setStretchLastSection(true);
    m_pathParameters->verticalHeader()->hide();
    m_pathParameters->setMaximumHeight(120);
    m_paginationGuess->setObjectName(QStringLiteral("importPaginationGuess"));
    m_paginationGuess->setChecked(false); // a guess is shown; the user confirms it
    m_why->setObjectName(QStringLiteral("importWhyNot"));
    m_why->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *choices = new QFormLayout;
    choices->addRow(m_serverLabel, m_server);
    choices->addRow(m_pathParameters);
    choices->addRow(m_paginationGuess);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_progress);
    layout->addWidget(m_search);
    layout->addWidget(m_entries, 1);
    layout->addLayout(choices);
    layout->addWidget(m_why);
    layout->addWidget(m_notes);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, &ImportDialog::onRead);
    connect(m_fetch, &DocumentFetch::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 100 : 0);
        if (total > 0)
            m_progress->setValue(int(received * 100 / total));
    });
    // Cancel stops a download in progress; the dialog closes as it would.
    connect(this, &QDialog::rejected, this, [this] {
        m_closed = true; // what arrives after Cancel is nobody's business: no error for it
        m_fetch->cancel();
    });
    onChosen();
}

ImportDialog::~ImportDialog()
{
    // The worker holds only its own copy of the text: let it finish, nothing waits for it.
    m_watcher.disconnect(this);
}

void ImportDialog::readFile(const QString &path)
{
    QFile file(path);
    const auto refuse = [this](const QString &sentence) {
        m_error = sentence;
        m_heading->setText(m_error);
        QMetaObject::invokeMethod(
            this, [this] { emit failed(m_error); }, Qt::QueuedConnection);
    };
    if (QFileInfo(path).size() > ApiDocument::MaxBytes) {
        refuse(tr("%1 is larger than %2 MB, more than an API document holds.")
                   .arg(QFileInfo(path).fileName())
                   .arg(ApiDocument::MaxBytes >> 20));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        return;
    }
    // Reading the bytes is quick; making sense of them is not, and goes to a worker.
    readText(file.readAll(), QFileInfo(path).fileName());
}

void ImportDialog::readText(const QByteArray &text, const QString &name)
{
    m_name = name;
    m_error.clear();
    m_document.reset();
    m_model->setEntries({});
    m_heading->setText(tr("Reading %1…").arg(name));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_search->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([text] { return ApiDocument::read(text); }));
}

void ImportDialog::readUrl(const QUrl &url)
{
    m_error.clear();
    m_document.reset();
    m_model->setEntries({});
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    m_heading->setText(tr("Fetching %1…").arg(where));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_search->setEnabled(false);
    connect(
        m_fetch, &DocumentFetch::finished, this,
        [this, url](const Expected<QByteArray, QString> &fetched) {
            if (m_closed)
                return;
            if (!fetched) {
                m_progress->hide();
                m_error = tr("Not imported: %1.").arg(fetched.error());
                m_heading->setText(m_error);
                emit failed(m_error);
                return;
            }
            readText(fetched.value(), url.fileName().isEmpty() ? url.host() : url.fileName());
        },
        Qt::SingleShotConnection);
    m_fetch->start(url);
}

bool ImportDialog::isReading() const
{
    return m_watcher.isRunning() || m_fetch->isRunning();
}

void ImportDialog::onRead()
{
    if (m_closed)
        return;
    m_progress->hide();
    m_search->setEnabled(true);
    const Read read = m_watcher.result();
    if (!read) {
        m_error = tr("%1 cannot be imported: %2.").arg(m_name, read.error());
        m_heading->setText(m_error);
        emit failed(m_error);
        return;
    }
    m_document = read.value();
    const int fitting = int(std::count_if(m_document->entries().begin(), m_document->entries().end(),
        [](const ApiEntry &entry) { return entry.fits(); }));
    const QString title = m_document->title().isEmpty() ? m_name : m_document->title();
    m_heading->setText(tr("%1, %2: %n request(s), %3 of them for Qlik's GET or POST.", nullptr,
        int(m_document->entries().size()))
                           .arg(title.toHtmlEscaped(), m_document->kindName())
                           .arg(fitting));
    m_model->setEntries(m_document->entries());
    m_entries->resizeColumnsToContents();
    m_server->clear();
    m_server->addItems(m_document->servers());
    m_server->setVisible(m_document->servers().size() > 1);
    m_serverLabel->setVisible(m_document->servers().size() > 1);
    m_notes->setText(m_document->notes().join(u'\n'));
    m_notes->setVisible(!m_document->notes().isEmpty());
    m_search->setFocus();
    // The first that fits is chosen: Enter imports it at once, as with a single request.
    selectFirstFitting();
    emit documentRead();
}

void ImportDialog::selectFirstFitting()
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(ApiEntryModel::FitsRole).toBool()) {
            m_entries->selectRow(row);
            return;
        }
    }
}

int ImportDialog::chosenEntry() const
{
    const QModelIndex current = m_entries->selectionModel()->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void ImportDialog::onChosen()
{
    const int entry = chosenEntry();
    const bool fits = m_document && entry >= 0 && m_document->entries()[entry].fits();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(fits);
    m_why->setText(m_document && entry >= 0 && !fits ? m_document->entries()[entry].whyNot : QString());
    m_why->setVisible(!m_why->text().isEmpty());
    fillPathParameters(fits ? entry : -1);
    // The guess needs the operation: ask the document what it would say, and offer it unticked.
    QString reason;
    if (fits) {
        if (const auto imported = m_document->import(entry, choice(), {}))
            reason = imported.value().paginationReason;
    }
    m_paginationGuess->setText(reason.isEmpty() ? QString() : tr("Use the pagination guess: %1").arg(reason));
    m_paginationGuess->setVisible(!reason.isEmpty());
}

void ImportDialog::fillPathParameters(int entry)
{
    const QList<PathParameter> parameters
        = entry >= 0 ? m_document->pathParameters(entry) : QList<PathParameter> {};
    m_pathParameters->setRowCount(int(parameters.size()));
    for (int row = 0; row < parameters.size(); ++row) {
        auto *name = new QTableWidgetItem(parameters[row].name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(parameters[row].description);
        m_pathParameters->setItem(row, 0, name);
        auto *value = new QTableWidgetItem(parameters[row].value);
        value->setToolTip(tr("Fill in the value for {%1}; it goes into the URL.").arg(parameters[row].name));
        m_pathParameters->setItem(row, 1, value);
    }
    m_pathParameters->setVisible(!parameters.isEmpty());
}

ApiChoice ImportDialog::choice() const
{
    ApiChoice choice;
    choice.server = std::max(0, m_server->currentIndex());
    for (int row = 0; row < m_pathParameters->rowCount(); ++row) {
        const auto *name = m_pathParameters->item(row, 0);
        const auto *value = m_pathParameters->item(row, 1);
        if (name && value && !value->text().isEmpty())
            choice.pathValues.append({name->text(), value->text()});
    }
    choice.applyPaginationGuess = !m_paginationGuess->isHidden() && m_paginationGuess->isChecked();
    return choice;
}

Expected<ApiImport, QString> ImportDialog::importChosen(const ConnectionSettings &base) const
{
    if (!m_document)
        return m_error.isEmpty() ? tr("no document has been read") : m_error;
    const int entry = chosenEntry();
    if (entry < 0)
        return tr("no request is chosen");
    return m_document->import(entry, choice(), base);
}

} // namespace Qonduit
