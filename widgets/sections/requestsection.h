// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Qonduit {

// "Specifying the data retrieval method": URL, timeout, method and body, protocol, response type, keys.
class RequestSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit RequestSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

signals:
    // The URL was typed or pasted into, not filled by load(): a pasted curl command shows up here.
    void urlTyped(const QString &text);

private:
    void addUrlAndTimeoutRows();
    void addMethodAndBodyRows();
    void addProtocolAndResponseRows();
    void updateVisibility();

    QLineEdit *m_url;
    QSpinBox *m_timeout;
    QSpinBox *m_readWriteTimeout;
    QCheckBox *m_retry;
    QLineEdit *m_retryCodes;
    QComboBox *m_method;
    QPlainTextEdit *m_body;
    QComboBox *m_bodyEncoding;
    QComboBox *m_protocol;
    QCheckBox *m_keepAlive;
    QCheckBox *m_expect100;
    QCheckBox *m_autoDetect;
    QCheckBox *m_checkResponseType;
    QComboBox *m_keyGeneration;
    QLabel *m_keyGenerationNote;
};

} // namespace Qonduit
