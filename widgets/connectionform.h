// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectionvalidator.h"

#include <QScrollArea>

namespace Qonduit {

class CollapsibleSection;
class ConnectionSection;
class AuthenticationSection;
class QueryParametersSection;
struct TokenResult;
class RequestSection;

// Qlik's REST connection form: one folding box per section, in the order of Qlik's dialog, their
// fields aligned on one label column. It reads and writes settings and shows problems next to their
// fields; what the form means (files, secrets, tests) is the dialog's business.
class ConnectionForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);

    // Fills every field; emits no changed() for it.
    void load(const ConnectionSettings &settings);
    ConnectionSettings settings() const;

    void showProblems(const QList<ValidationProblem> &problems);
    QList<ConnectionSection *> sections() const;
    // Unfolds a section and scrolls it to the top; false for an unknown id.
    bool showSection(const QString &id);
    // Unfolds the field's section, scrolls to the field and puts the focus there; false if none has it.
    bool focusField(const QString &field);
    bool secretHeadersShown() const;
    void showTokenResult(const TokenResult &result);

signals:
    void changed();
    // The URL field was typed or pasted into (not filled by load()).
    void urlTyped(const QString &text);
    void secretHeadersShownChanged(bool shown);
    void tokenRequested();

private:
    // What was loaded: fields without a widget, and the string's layout, come back from here.
    ConnectionSettings m_base;
    QList<CollapsibleSection *> m_boxes;
    RequestSection *m_request;
    AuthenticationSection *m_authentication;
    QueryParametersSection *m_queryParameters;
    bool m_loading = false;
};

} // namespace Qonduit
