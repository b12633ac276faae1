// SPDX-License-Identifier: MIT
#include "selectdata/selectdatapage.h"

#include "pagination/pagewalker.h"
#include "selectdata/fieldlistmodel.h"
#include "selectdata/pagetimelinemodel.h"
#include "selectdata/previewmodel.h"
#include "selectdata/tabletreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Qonduit {

namespace {

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QLineEdit *makeFilter(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *filter = new QLineEdit(parent);
    filter->setObjectName(name);
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(placeholder);
    return filter;
}

} // namespace

SelectDataPage::SelectDataPage(QWidget *parent)
    : QWidget(parent)
    , m_job(new SchemaJob(this))
    , m_walker(new PageWalker(this))
    , m_tableModel(new TableTreeModel(&m_selection, this))
    , m_tableFilterModel(new QSortFilterProxyModel(this))
    , m_fieldModel(new FieldListModel(&m_selection, this))
    , m_fieldFilterModel(new QSortFilterProxyModel(this))
    , m_previewModel(new PreviewModel(this))
    , m_pageModel(new PageTimelineModel(this))
{
    setObjectName(QStringLiteral("selectDataPage"));
    auto *bar = new QWidget(this);
    buildToolbar(bar);

    QWidget *left = buildTablePane();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildFieldsTab(), tr("Fie&lds"));
    m_tabs->addTab(buildPreviewTab(), tr("Data &preview"));

    m_metadata = new QPlainTextEdit(m_tabs);
    m_metadata->setObjectName(QStringLiteral("metadataView"));
    m_metadata->setReadOnly(true);
    m_metadata->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_metadata, tr("&Metadata"));

    m_pageTable = makeTable(QStringLiteral("pageTable"), m_tabs);
    m_pageTable->setModel(m_pageModel);
    m_pageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_pageTable, tr("P&ages"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("selectDataSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    connectJobsAndModels();
    setBusy(false, tr("Test the connection to see its data here."));
}

SelectDataPage::~SelectDataPage() = default;

void SelectDataPage::buildToolbar(QWidget *bar)
{
    auto *back = new QPushButton(tr("← &Connection"), bar);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the connection form (Alt+C)"));
    connect(back, &QPushButton::clicked, this, &SelectDataPage::backRequested);

    m_format = new QComboBox(bar);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Response type"));
    m_format->addItem(tr("Auto detect"), int(ResponseFormat::Auto));
    m_format->addItem(tr("JSON"), int(ResponseFormat::Json));
    m_format->addItem(tr("XML"), int(ResponseFormat::Xml));
    m_format->addItem(tr("CSV"), int(ResponseFormat::Csv));
    auto *formatLabel = new QLabel(tr("Response &type:"), bar);
    formatLabel->setBuddy(m_format);

    buildCsvOptions(bar);

    m_reparse = new QPushButton(tr("&Re-parse"), bar);
    m_reparse->setObjectName(QStringLiteral("reparseButton"));
    m_reparse->setToolTip(tr("Read the same response again with these settings; nothing is fetched"));
    m_allPages = new QPushButton(tr("Pre&view all pages"), bar);
    m_allPages->setObjectName(QStringLiteral("allPagesButton"));
    m_allPages->setToolTip(tr("Walk every page as the pagination settings say, into one set of tables"));
    m_pageLimit = new QSpinBox(bar);
    m_pageLimit->setObjectName(QStringLiteral("pageLimitSpin"));
    m_pageLimit->setRange(0, 1000000);
    m_pageLimit->setValue(100);
    m_pageLimit->setSpecialValueText(tr("No limit"));
    m_pageLimit->setSuffix(tr(" pages"));
    m_pageLimit->setAccessibleName(tr("Page limit"));
    m_pageLimit->setToolTip(tr("Stop after this many pages (0: no limit)"));
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setMaximumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_origin = new QLabel(bar);
    m_origin->setObjectName(QStringLiteral("originLabel"));
    m_origin->setWordWrap(true);
    m_origin->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_origin->hide();
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_format, &QComboBox::currentIndexChanged, this, &SelectDataPage::updateCsvOptionsVisibility);
    connect(m_reparse, &QPushButton::clicked, this, &SelectDataPage::reparse);
    connect(m_allPages, &QPushButton::clicked, this, &SelectDataPage::previewAllPages);
    connect(m_cancel, &QPushButton::clicked, this, &SelectDataPage::cancel);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(12);
    top->addWidget(formatLabel);
    top->addWidget(m_format);
    top->addWidget(m_csvOptions);
    top->addWidget(m_reparse);
    top->addStretch();
    top->addWidget(m_allPages);
    top->addWidget(m_pageLimit);
    auto *script = new QPushButton(tr("&Script →"), bar);
    script->setObjectName(QStringLiteral("scriptButton"));
    script->setToolTip(tr("The CONNECT, SELECT and LOAD script for what is ticked"));
    connect(script, &QPushButton::clicked, this, &SelectDataPage::scriptRequested);
    top->addSpacing(12);
    top->addWidget(script);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_origin);
    layout->addLayout(bottom);
    updateCsvOptionsVisibility();
}

QWidget *SelectDataPage::buildTablePane()
{
    m_tableFilter = makeFilter(QStringLiteral("tableFilter"), tr("Filter tables"), this);
    m_tableTree = new QTreeView(this);
    m_tableTree->setObjectName(QStringLiteral("tableTree"));
    m_tableTree->setAccessibleName(tr("Tables"));
    m_tableFilterModel->setSourceModel(m_tableModel);
    m_tableFilterModel->setRecursiveFilteringEnabled(true);
    m_tableFilterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableTree->setModel(m_tableFilterModel);
    m_tableTree->header()->setSectionResizeMode(TableTreeModel::NameColumn, QHeaderView::Stretch);
    m_tableTree->header()->setStretchLastSection(false);
    m_tableTree->setUniformRowHeights(true);
    connect(m_tableFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tableFilterModel->setFilterFixedString(text);
        m_tableTree->expandAll();
    });
    connect(m_tableTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showTable(current.data(TableTreeModel::TableIndexRole).toInt());
        });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tableFilter);
    leftLayout->addWidget(m_tableTree);
    return left;
}

QWidget *SelectDataPage::buildFieldsTab()
{
    auto *fieldsPane = new QWidget(m_tabs);
    m_fieldFilter = makeFilter(QStringLiteral("fieldFilter"), tr("Filter fields"), fieldsPane);
    m_fieldTable = makeTable(QStringLiteral("fieldTable"), fieldsPane);
    m_fieldFilterModel->setSourceModel(m_fieldModel);
    m_fieldFilterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_fieldFilterModel->setFilterKeyColumn(FieldListModel::NameColumn);
    m_fieldTable->setModel(m_fieldFilterModel);
    m_fieldTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_fieldTable->setToolTip(tr("Tick the fields to load; double-click or press F2 on a name to rename it"));
    connect(m_fieldFilter, &QLineEdit::textChanged, m_fieldFilterModel,
        &QSortFilterProxyModel::setFilterFixedString);
    // A name that repeats in the response gets Qlik's name_u<N>; offer one that says where it is from.
    m_fieldTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_fieldTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_fieldFilterModel->mapToSource(m_fieldTable->indexAt(at));
        QMenu menu(this);
        if (QAction *action = renameSuggestion(index.row(), &menu))
            menu.addAction(action);
        if (!menu.isEmpty())
            menu.exec(m_fieldTable->viewport()->mapToGlobal(at));
    });
    auto *fieldsLayout = new QVBoxLayout(fieldsPane);
    fieldsLayout->addWidget(m_fieldFilter);
    fieldsLayout->addWidget(m_fieldTable);
    return fieldsPane;
}

QWidget *SelectDataPage::buildPreviewTab()
{
    auto *previewPane = new QWidget(m_tabs);
    m_previewTable = makeTable(QStringLiteral("previewTable"), previewPane);
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linked = new QLabel(previewPane);
    m_linked->setObjectName(QStringLiteral("linkedLabel"));
    m_linked->setWordWrap(true);
    m_linked->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_linked, &QLabel::linkActivated, this, [this](const QString &table) { selectTable(table); });
    connect(m_previewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SelectDataPage::onPreviewRowSelected);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->addWidget(m_previewTable);
    previewLayout->addWidget(m_linked);
    return previewPane;
}

void SelectDataPage::connectJobsAndModels()
{
    connect(m_job, &SchemaJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &SchemaJob::snapshot, this, &SelectDataPage::onSnapshot);
    connect(m_job, &SchemaJob::finished, this, &SelectDataPage::onParsed);
    connect(m_walker, &PageWalker::pageFinished, this, [this](const PageRecord &page) {
        m_pageModel->append(page);
        m_status->setText(tr("Page %1 read…").arg(page.number));
    });
    connect(m_walker, &PageWalker::snapshot, this, &SelectDataPage::onSnapshot);
    connect(m_walker, &PageWalker::finished, this, &SelectDataPage::onWalkFinished);
    connect(m_tableModel, &TableTreeModel::selectionEdited, this,
        [this] { m_fieldModel->setTable(m_schema, m_table); });
    connect(
        m_fieldModel, &FieldListModel::selectionEdited, this, [this] { m_tableTree->viewport()->update(); });
}

// The CSV reading options, shown only while the response type is CSV or detected as CSV.
void SelectDataPage::buildCsvOptions(QWidget *bar)
{
    m_csvOptions = new QWidget(bar);
    m_delimiter = new QComboBox(m_csvOptions);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe |"), int('|'));
    m_quote = new QComboBox(m_csvOptions);
    m_quote->setObjectName(QStringLiteral("quoteCombo"));
    m_quote->setAccessibleName(tr("Quote character"));
    m_quote->addItem(tr("Double quote \""), int('"'));
    m_quote->addItem(tr("Single quote '"), int('\''));
    m_quote->addItem(tr("None"), 0);
    m_header = new QCheckBox(tr("&Header row"), m_csvOptions);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_header->setChecked(true);
    m_encoding = new QComboBox(m_csvOptions);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->setAccessibleName(tr("Text encoding"));
    m_encoding->addItem(tr("Detect (UTF-8, UTF-16 with BOM)"), int(TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("UTF-16"), int(TextEncoding::Utf16));
    m_encoding->addItem(tr("Windows-1252 / Latin-1"), int(TextEncoding::Latin1));
    auto *csvLayout = new QHBoxLayout(m_csvOptions);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_delimiter, m_quote, m_header, m_encoding})
        csvLayout->addWidget(w);
}

QAction *SelectDataPage::renameSuggestion(int row, QObject *parent)
{
    const SchemaField *field = m_fieldModel->fieldAt(row);
    if (!field || !field->isRenamed() || m_table < 0)
        return nullptr;
    const QString suggestion = m_schema.tables[m_table].name + u'_' + field->sourceName;
    auto *action = new QAction(tr("Rename to %1").arg(suggestion), parent);
    action->setObjectName(QStringLiteral("suggestedRenameAction"));
    connect(action, &QAction::triggered, this, [this, row, suggestion] {
        m_fieldModel->setData(m_fieldModel->index(row, FieldListModel::NameColumn), suggestion, Qt::EditRole);
    });
    return action;
}

void SelectDataPage::updateCsvOptionsVisibility()
{
    const auto format = ResponseFormat(m_format->currentData().toInt());
    m_csvOptions->setVisible(format == ResponseFormat::Csv
        || (format == ResponseFormat::Auto && m_schema.format == ResponseFormat::Csv));
}

SchemaOptions SelectDataPage::currentOptions() const
{
    SchemaOptions options = SchemaOptions::fromSettings(m_settings);
    options.format = ResponseFormat(m_format->currentData().toInt());
    options.csv.delimiter = char(m_delimiter->currentData().toInt());
    options.csv.quote = char(m_quote->currentData().toInt());
    options.csv.header = m_header->isChecked();
    options.csv.encoding = TextEncoding(m_encoding->currentData().toInt());
    return options;
}

void SelectDataPage::setConnection(const ConnectionSettings &settings)
{
    m_settings = settings;
    const PaginationType type = settings.pagination.type;
    const bool paged = type != PaginationType::None && type != PaginationType::Custom;
    m_allPages->setEnabled(paged && !isBusy());
    m_allPages->setToolTip(paged
            ? tr("Walk every page as the pagination settings say, into one set of tables")
            : tr("The connection has no pagination that Qonduit can walk"));
}

bool SelectDataPage::isBusy() const
{
    return m_job->isRunning() || m_walker->isRunning();
}

void SelectDataPage::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_reparse->setEnabled(!busy && m_haveResponse);
    const PaginationType type = m_settings.pagination.type;
    m_allPages->setEnabled(!busy && type != PaginationType::None && type != PaginationType::Custom);
    m_status->setText(status);
    if (busy)
        m_progress->setRange(0, 0);
}

void SelectDataPage::showResponse(const ConnectionTestResult &response, const QString &origin)
{
    m_origin->setText(origin);
    m_origin->setVisible(!origin.isEmpty());
    m_response = response;
    m_haveResponse = true;
    m_pageModel->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_pageTable), false);
    reparse();
}

void SelectDataPage::reparse()
{
    if (!m_haveResponse)
        return;
    m_walker->cancel();
    setBusy(true, tr("Reading %1 bytes…").arg(QLocale().toString(m_response.size)));
    m_job->start(m_response, currentOptions());
}

void SelectDataPage::previewAllPages()
{
    m_job->cancel();
    m_pageModel->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_pageTable), true);
    setBusy(true, tr("Reading the pages…"));
    PageWalkOptions options;
    options.pageLimit = m_pageLimit->value();
    m_walker->start(m_settings, currentOptions(), options);
}

void SelectDataPage::cancel()
{
    m_job->cancel();
    m_walker->cancel();
    if (!m_walker->isRunning())
        setBusy(false, tr("Canceled: the tables show what was read before."));
}

void SelectDataPage::onSnapshot(const Schema &schema)
{
    setSchema(schema);
    if (schema.totalBytes > 0)
        m_status->setText(
            tr("Reading… %1 of %2 bytes")
                .arg(QLocale().toString(schema.bytesRead), QLocale().toString(schema.totalBytes)));
}

void SelectDataPage::onParsed(const Schema &schema)
{
    setSchema(schema);
    QString status;
    if (schema.canceled) {
        status = tr("Canceled: the tables show what was read before.");
    } else if (!schema.problem.isEmpty()) {
        status = schema.problem.line > 0 ? tr("Line %1, column %2: %3")
                                               .arg(schema.problem.line)
                                               .arg(schema.problem.column)
                                               .arg(schema.problem.message)
                                         : schema.problem.message;
    } else {
        qint64 rows = 0;
        for (const SchemaTable &table : schema.tables)
            rows += table.rows;
        status = tr("%1: %Ln tables, %2 rows.", nullptr, int(schema.tables.size()))
                     .arg(responseFormatName(schema.format).toUpper(), QLocale().toString(rows));
    }
    if (!schema.warnings.isEmpty())
        status += u' ' + schema.warnings.join(u' ');
    setBusy(false, status);
    emit parsed();
}

void SelectDataPage::onWalkFinished(const PageWalkResult &result)
{
    if (result.end != PageWalkResult::End::Canceled)
        setSchema(result.schema);
    QString status = result.sentence;
    if (!result.pages.isEmpty())
        status += u' ' + tr("%1 pages/s.").arg(result.pagesPerSecond(), 0, 'f', 1);
    if (!result.schema.warnings.isEmpty())
        status += u' ' + result.schema.warnings.join(u' ');
    setBusy(false, status);
    emit parsed();
}

void SelectDataPage::setSchema(const Schema &schema)
{
    const QString current = currentTable();
    m_schema = schema;
    m_tableModel->setSchema(schema);
    m_tableTree->expandAll();
    updateCsvOptionsVisibility();
    int table = schema.indexOf(current);
    if (table < 0 && !schema.tables.isEmpty())
        table = 0;
    if (table >= 0) {
        const QModelIndex index = m_tableFilterModel->mapFromSource(m_tableModel->indexOfTable(table));
        m_tableTree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showTable(table);
}

QString SelectDataPage::currentTable() const
{
    return m_table >= 0 && m_table < m_schema.tables.size() ? m_schema.tables[m_table].name : QString();
}

bool SelectDataPage::selectTable(const QString &name)
{
    const int table = m_schema.indexOf(name);
    if (table < 0)
        return false;
    const QModelIndex index = m_tableFilterModel->mapFromSource(m_tableModel->indexOfTable(table));
    m_tableTree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showTable(table);
    return true;
}

void SelectDataPage::showTable(int table)
{
    m_table = table;
    m_fieldModel->setTable(m_schema, table);
    m_previewModel->setTable(m_schema, table);
    m_fieldTable->resizeColumnsToContents();
    m_previewTable->resizeColumnsToContents();
    // The children of the row picked in the parent table light up: the keys visibly link.
    if (table >= 0 && m_linkTable >= 0 && m_schema.tables[table].parent == m_linkTable
        && m_linkKey.isValid()) {
        m_previewModel->setHighlightedForeignKey(m_linkKey);
        const QList<int> rows = m_previewModel->highlightedRows();
        if (!rows.isEmpty())
            m_previewTable->scrollTo(
                m_previewModel->index(rows.first(), 0), QAbstractItemView::PositionAtTop);
    }
    updateLinkedLabel();
    updateMetadata();
}

void SelectDataPage::onPreviewRowSelected()
{
    const int row = m_previewTable->currentIndex().row();
    const QVariant key = m_previewModel->keyOfRow(row);
    if (key.isValid()) {
        m_linkKey = key;
        m_linkTable = m_table;
    }
    updateLinkedLabel();
}

void SelectDataPage::updateLinkedLabel()
{
    if (m_table < 0 || m_linkTable != m_table || !m_linkKey.isValid()
        || m_schema.tables[m_table].children.isEmpty()) {
        m_linked->clear();
        return;
    }
    QStringList parts;
    for (int child : m_schema.tables[m_table].children) {
        const SchemaTable &table = m_schema.tables[child];
        const int fk = table.foreignKeyField();
        int count = 0;
        for (const QVariantList &row : table.previewRows)
            count += fk >= 0 && row.value(fk) == m_linkKey;
        parts.append(tr("<a href=\"%1\">%1</a>: %2").arg(table.name.toHtmlEscaped()).arg(count));
    }
    m_linked->setText(tr("Rows linked to this row by its key %1 — %2")
                          .arg(m_linkKey.toString(), parts.join(QStringLiteral(", "))));
}

void SelectDataPage::updateMetadata()
{
    if (m_table < 0) {
        m_metadata->clear();
        return;
    }
    const SchemaTable &table = m_schema.tables[m_table];
    QString text = tr("Table %1\nPath in the response: %2\nRows: %3\nParent: %4\n")
                       .arg(table.name, table.path, QLocale().toString(table.rows),
                           table.parent < 0 ? tr("none") : m_schema.tables[table.parent].name);
    QStringList children;
    for (int child : table.children)
        children.append(m_schema.tables[child].name);
    text += tr("Child tables: %1\n")
                .arg(children.isEmpty() ? tr("none") : children.join(QStringLiteral(", ")));
    text += tr("Rows kept for the preview: %1\n\n").arg(table.previewRows.size());
    for (const SchemaField &field : table.fields) {
        text += tr("%1\t%2\tfilled %3 of %4, null %5\tfrom \"%6\"\n")
                    .arg(field.name, fieldTypeLabel(field.type))
                    .arg(field.filled())
                    .arg(table.rows)
                    .arg(field.nulls)
                    .arg(field.sourceName);
    }
    m_metadata->setPlainText(text);
}

} // namespace Qonduit
