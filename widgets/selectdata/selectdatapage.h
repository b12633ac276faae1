// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectiontestresult.h"
#include "schema/schemapass.h"
#include "schema/selection.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Qonduit {

class FieldListModel;
class PageTimelineModel;
class PageWalker;
class PreviewModel;
class SchemaJob;
class TableTreeModel;
struct PageRecord;
struct PageWalkResult;

// "Select data to load": the response as the tables Qlik builds, with ticks, renames, the first rows
// and, for paginated connections, every page. Parsing and page walks run off the GUI thread; the
// tree fills in while they go.
class SelectDataPage : public QWidget
{
    Q_OBJECT

public:
    explicit SelectDataPage(QWidget *parent = nullptr);
    ~SelectDataPage() override;

    void setConnection(const ConnectionSettings &settings);
    // Parses a test's response with the toolbar's format and CSV options.
    // `origin` says where a response that came from no call came from (a document's example, a HAR
    // file); empty for a live answer.
    void showResponse(const ConnectionTestResult &response, const QString &origin = {});
    void previewAllPages();
    void cancel();
    bool isBusy() const;

    const Schema &schema() const { return m_schema; }
    const Selection &selection() const { return m_selection; }
    bool selectTable(const QString &name);
    QString currentTable() const;
    // For a field Qlik renamed name_u<N>: an action renaming it <table>_<name>; null for other fields.
    QAction *renameSuggestion(int row, QObject *parent);

signals:
    void backRequested();
    void scriptRequested();
    void parsed(); // a parse or a walk has finished and schema() holds its result

private:
    void buildToolbar(QWidget *bar);
    void buildCsvOptions(QWidget *bar);
    QWidget *buildTablePane();
    QWidget *buildFieldsTab();
    QWidget *buildPreviewTab();
    void connectJobsAndModels();
    void reparse();
    void onSnapshot(const Schema &schema);
    void onParsed(const Schema &schema);
    void onWalkFinished(const PageWalkResult &result);
    void setSchema(const Schema &schema);
    void showTable(int table);
    void onPreviewRowSelected();
    void updateLinkedLabel();
    void updateMetadata();
    void updateCsvOptionsVisibility();
    void setBusy(bool busy, const QString &status);
    SchemaOptions currentOptions() const;

    ConnectionSettings m_settings;
    ConnectionTestResult m_response;
    bool m_haveResponse = false;
    Schema m_schema;
    Selection m_selection;
    int m_table = -1;
    QVariant m_linkKey; // the __KEY_ of the row selected in m_linkTable
    int m_linkTable = -1;

    SchemaJob *m_job;
    PageWalker *m_walker;
    TableTreeModel *m_tableModel;
    QSortFilterProxyModel *m_tableFilterModel;
    FieldListModel *m_fieldModel;
    QSortFilterProxyModel *m_fieldFilterModel;
    PreviewModel *m_previewModel;
    PageTimelineModel *m_pageModel;

    QComboBox *m_format;
    QComboBox *m_delimiter;
    QComboBox *m_quote;
    QCheckBox *m_header;
    QComboBox *m_encoding;
    QWidget *m_csvOptions;
    QPushButton *m_reparse;
    QPushButton *m_allPages;
    QSpinBox *m_pageLimit;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_origin; // where a response that came from no call came from
    QLineEdit *m_tableFilter;
    QTreeView *m_tableTree;
    QTabWidget *m_tabs;
    QLineEdit *m_fieldFilter;
    QTableView *m_fieldTable;
    QTableView *m_previewTable;
    QLabel *m_linked;
    QPlainTextEdit *m_metadata;
    QTableView *m_pageTable;
};

} // namespace Qonduit
