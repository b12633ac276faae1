// SPDX-License-Identifier: MIT
#pragma once

#include "import/apidocument.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QUrl;

namespace Qonduit {

class ApiEntryModel;
class DocumentFetch;

// File > Import: an OpenAPI or Swagger document, a Postman collection, an Insomnia export or a HAR
// file, read on a worker thread (a 10 MB document takes a while), its operations listed to search and
// choose from, with the server, the path's parameters and the pagination guess beside.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file in the background; documentRead() or failed() follows.
    void readFile(const QString &path);
    void readText(const QByteArray &text, const QString &name);
    // Fetches the document first (progress and cancel in the dialog), then reads it.
    void readUrl(const QUrl &url);
    bool isReading() const;

    std::shared_ptr<const ApiDocument> document() const { return m_document; }
    // The chosen entry (a row of the document), or -1.
    int chosenEntry() const;
    ApiChoice choice() const;
    // The import of the chosen entry on top of `base`; the sentence why not otherwise.
    Expected<ApiImport, QString> importChosen(const ConnectionSettings &base) const;
    QString error() const { return m_error; }

signals:
    void documentRead();
    void failed(const QString &sentence);

private:
    using Read = Expected<std::shared_ptr<const ApiDocument>, QString>;
    void onRead();
    void onChosen();
    void selectFirstFitting();
    void fillPathParameters(int entry);

    QFutureWatcher<Read> m_watcher;
    DocumentFetch *m_fetch;
    std::shared_ptr<const ApiDocument> m_document;
    QString m_name;
    QString m_error;
    bool m_closed = false;
    ApiEntryModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QLineEdit *m_search;
    QTableView *m_entries;
    QLabel *m_serverLabel;
    QComboBox *m_server;
    QTableWidget *m_pathParameters;
    QCheckBox *m_paginationGuess;
    QLabel *m_why;
    QLabel *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace Qonduit
