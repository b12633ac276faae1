// SPDX-License-Identifier: MIT
#include "curlimport.h"

#include "messagecontext.h"

#include <QHash>
#include <QUrl>

#include <QUrlQuery>
#include <cmath>

namespace Qonduit::CurlImport {

namespace {

QString unclosed(QChar quote, qsizetype at)
{
    return Messages::CurlImport::tr("the command ends inside a %1 quote opened at character %2")
        .arg(quote)
        .arg(at + 1);
}

// The words of a command line as they are read: characters and quoted text join the current word, white
// space ends it. A pair of empty quotes still makes a word, so "joining" nothing counts too.
class Words
{
public:
    void add(QChar c) { add(QString(c)); }
    void add(const QString &text)
    {
        m_word += text;
        m_inWord = true;
    }
    void end()
    {
        if (m_inWord)
            m_words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }
    QStringList take()
    {
        end();
        return std::move(m_words);
    }

private:
    QStringList m_words;
    QString m_word;
    bool m_inWord = false;
};

Expected<QStringList, QString> splitBash(const QString &text)
{
    Words words;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < n) {
            const QChar next = text[i + 1];
            ++i;
            if (next == u'\n')
                continue; // a line continuation
            if (next == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
                ++i;
                continue;
            }
            words.add(next);
        } else if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0)
                return unclosed(c, i);
            words.add(text.mid(i + 1, close - i - 1));
            i = close;
        } else if (c == u'$' && i + 1 < n && text[i + 1] == u'\'') {
            // ANSI-C quoting, as Chrome's "Copy as cURL (bash)" writes bodies with quotes in them.
            qsizetype j = i + 2;
            words.add(QString());
            for (; j < n && text[j] != u'\''; ++j) {
                if (text[j] == u'\\' && j + 1 < n) {
                    const QChar e = text[++j];
                    if (e == u'n')
                        words.add(u'\n');
                    else if (e == u't')
                        words.add(u'\t');
                    else if (e == u'r')
                        words.add(u'\r');
                    else if (e == u'u' && j + 4 < n) {
                        words.add(QChar(text.mid(j + 1, 4).toUShort(nullptr, 16)));
                        j += 4;
                    } else
                        words.add(e); // \' \" \\ and the rest as themselves
                } else {
                    words.add(text[j]);
                }
            }
            if (j >= n)
                return unclosed(u'\'', i + 1);
            i = j;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            words.add(QString());
            for (; j < n && text[j] != u'"'; ++j) {
                if (text[j] == u'\\' && j + 1 < n && QStringView(u"\"\\$`\n").contains(text[j + 1])) {
                    if (text[j + 1] != u'\n')
                        words.add(text[j + 1]);
                    ++j;
                } else {
                    words.add(text[j]);
                }
            }
            if (j >= n)
                return unclosed(c, i);
            i = j;
        } else if (c.isSpace()) {
            words.end();
        } else {
            words.add(c);
        }
    }
    return words.take();
}

Expected<QStringList, QString> splitCmd(const QString &text)
{
    // First cmd itself: ^ escapes the next character, ^ at a line end continues the line.
    QString unescaped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'^' && i + 1 < text.size()) {
            ++i;
            if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (text[i] != u'\n')
                unescaped += text[i];
        } else {
            unescaped += text[i];
        }
    }
    // Then the program's own argument rules: "..." groups, \" is a quote, "" inside quotes is a quote.
    Words words;
    bool quoted = false;
    qsizetype openedAt = 0;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (c == u'\\' && i + 1 < unescaped.size() && unescaped[i + 1] == u'"') {
            words.add(u'"');
            ++i;
        } else if (c == u'"') {
            if (quoted && i + 1 < unescaped.size() && unescaped[i + 1] == u'"') {
                words.add(u'"');
                ++i;
            } else {
                quoted = !quoted;
                openedAt = i;
                words.add(QString());
            }
        } else if (c.isSpace() && !quoted) {
            words.end();
        } else {
            words.add(c);
        }
    }
    if (quoted)
        return unclosed(u'"', openedAt);
    return words.take();
}

// Options that take a value, as curl spells them; the short ones map to their long names.
const QHash<QString, QString> &valueOptions()
{
    static const QHash<QString, QString> options {
        {QStringLiteral("-X"), QStringLiteral("--request")},
        {QStringLiteral("-H"), QStringLiteral("--header")},
        {QStringLiteral("-d"), QStringLiteral("--data")},
        {QStringLiteral("-u"), QStringLiteral("--user")},
        {QStringLiteral("-x"), QStringLiteral("--proxy")},
        {QStringLiteral("-A"), QStringLiteral("--user-agent")},
        {QStringLiteral("-e"), QStringLiteral("--referer")},
        {QStringLiteral("-b"), QStringLiteral("--cookie")},
        {QStringLiteral("-m"), QStringLiteral("--max-time")},
        {QStringLiteral("-E"), QStringLiteral("--cert")},
        {QStringLiteral("-o"), QStringLiteral("--output")},
        {QStringLiteral("-F"), QStringLiteral("--form")},
        {QStringLiteral("-T"), QStringLiteral("--upload-file")},
        {QStringLiteral("-U"), QStringLiteral("--proxy-user")},
        {QStringLiteral("-w"), QStringLiteral("--write-out")},
        {QStringLiteral("-c"), QStringLiteral("--cookie-jar")},
    };
    return options;
}

bool takesValue(const QString &longName)
{
    static const QStringList longOptions {
        QStringLiteral("--request"),
        QStringLiteral("--header"),
        QStringLiteral("--data"),
        QStringLiteral("--data-raw"),
        QStringLiteral("--data-binary"),
        QStringLiteral("--data-ascii"),
        QStringLiteral("--data-urlencode"),
        QStringLiteral("--json"),
        QStringLiteral("--user"),
        QStringLiteral("--proxy"),
        QStringLiteral("--user-agent"),
        QStringLiteral("--referer"),
        QStringLiteral("--cookie"),
        QStringLiteral("--max-time"),
        QStringLiteral("--connect-timeout"),
        QStringLiteral("--cert"),
        QStringLiteral("--cert-type"),
        QStringLiteral("--key"),
        QStringLiteral("--pass"),
        QStringLiteral("--cacert"),
        QStringLiteral("--output"),
        QStringLiteral("--form"),
        QStringLiteral("--upload-file"),
        QStringLiteral("--proxy-user"),
        QStringLiteral("--write-out"),
        QStringLiteral("--cookie-jar"),
        QStringLiteral("--url"),
        QStringLiteral("--retry"),
        QStringLiteral("--limit-rate"),
        QStringLiteral("--resolve"),
    };
    return longOptions.contains(longName);
}

// Options that change nothing the request carries: listed as ignored, so nothing is dropped unsaid.
bool isOutputOption(const QString &longName)
{
    static const QStringList ignored {QStringLiteral("--silent"), QStringLiteral("--show-error"),
        QStringLiteral("--verbose"), QStringLiteral("--include"), QStringLiteral("--output"),
        QStringLiteral("--write-out"), QStringLiteral("--fail"), QStringLiteral("--progress-bar"),
        QStringLiteral("--no-progress-meter")};
    return ignored.contains(longName);
}

} // namespace

Shell guessShell(const QString &command)
{
    const QString trimmed = command.trimmed();
    if (trimmed.startsWith(QStringLiteral("curl.exe"), Qt::CaseInsensitive)
        || command.contains(QStringLiteral("^\n")) || command.contains(QStringLiteral("^\r\n"))
        || command.contains(QStringLiteral("^\"")))
        return Shell::Cmd;
    return Shell::Bash;
}

Expected<QStringList, QString> split(const QString &command, Shell shell)
{
    return shell == Shell::Cmd ? splitCmd(command) : splitBash(command);
}

bool looksLikeCurl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QStringLiteral("curl "), Qt::CaseInsensitive)
        || trimmed.startsWith(QStringLiteral("curl.exe "), Qt::CaseInsensitive)
        || trimmed.startsWith(QStringLiteral("curl\t"), Qt::CaseInsensitive);
}

namespace {

// What the options said that is settled only once all are read: the URL, the method, the body parts.
struct Reading
{
    Result result;
    QString url;
    QString method;
    QStringList data;
    bool dataToQuery = false;
    bool sawData = false; // curl sends a body, and so POSTs, even when Qonduit cannot take the body
    QString certificate;
    QString certificateType;
    bool timeoutFromMaxTime = false;
};

bool isCurl(const QString &word)
{
    return word.compare(u"curl", Qt::CaseInsensitive) == 0
        || word.endsWith(QStringLiteral("curl.exe"), Qt::CaseInsensitive)
        || word.endsWith(QStringLiteral("/curl"));
}

// Expands -XPOST and --header=value into an option and its value, in order; a bare word is the URL.
Expected<QList<std::pair<QString, QString>>, QString> optionsOf(const QStringList &args, Reading &r)
{
    QList<std::pair<QString, QString>> options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasValue = false;
        if (arg.startsWith(u"--")) {
            const qsizetype equals = arg.indexOf(u'=');
            if (equals > 0) {
                value = arg.mid(equals + 1);
                arg = arg.left(equals);
                hasValue = true;
            }
        } else if (arg.startsWith(u'-') && arg.size() > 2 && valueOptions().contains(arg.left(2))) {
            value = arg.mid(2);
            arg = arg.left(2);
            hasValue = true;
        }
        const QString longName = valueOptions().value(arg, arg);
        if (!hasValue && takesValue(longName)) {
            if (i + 1 >= args.size())
                return Messages::CurlImport::tr("%1 needs a value, and the command ends there").arg(arg);
            value = args[++i];
        }
        if (!arg.startsWith(u'-') || arg == u"-") {
            if (r.url.isEmpty())
                r.url = arg;
            else
                r.result.unmapped.append(
                    Messages::CurlImport::tr("%1: a second URL; a connection has one").arg(arg));
            continue;
        }
        options.append({longName, value});
    }
    return options;
}

bool isDataOption(const QString &option)
{
    return option == u"--data" || option == u"--data-raw" || option == u"--data-binary"
        || option == u"--data-ascii" || option == u"--data-urlencode";
}

int timeoutOf(const QString &value)
{
    return std::max(1, int(std::ceil(value.toDouble())));
}

// The options that carry the request: method, URL, headers, body.
bool readRequestOption(Reading &r, const QString &option, const QString &value)
{
    ConnectionSettings &s = r.result.settings;
    if (option == u"--url") {
        r.url = value;
    } else if (option == u"--request") {
        if (value.compare(u"GET", Qt::CaseInsensitive) == 0
            || value.compare(u"POST", Qt::CaseInsensitive) == 0)
            r.method = value.toUpper();
        else
            r.result.unmapped.append(
                Messages::CurlImport::tr("-X %1: Qlik's REST connector sends only GET and POST").arg(value));
    } else if (option == u"--header") {
        const qsizetype colon = value.indexOf(u':');
        if (colon <= 0)
            r.result.unmapped.append(
                Messages::CurlImport::tr("-H %1: not a \"Name: value\" header").arg(value));
        else
            s.queryHeaders.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
    } else if (isDataOption(option)) {
        r.sawData = true;
        if (value.startsWith(u'@') && option != u"--data-raw")
            r.result.unmapped.append(
                Messages::CurlImport::tr("%1 %2: the body comes from a file; paste its text into the "
                                         "request body")
                    .arg(option, value));
        else
            r.data.append(option == u"--data-urlencode"
                    ? QString::fromLatin1(QUrl::toPercentEncoding(value, "="))
                    : value);
    } else if (option == u"--json") {
        r.sawData = true;
        r.data.append(value);
        s.queryHeaders.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        s.queryHeaders.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    } else if (option == u"--get" || option == u"-G") {
        r.dataToQuery = true;
    } else if (option == u"--user-agent") {
        s.queryHeaders.append({QStringLiteral("User-Agent"), value});
    } else if (option == u"--referer") {
        s.queryHeaders.append({QStringLiteral("Referer"), value});
    } else if (option == u"--cookie") {
        if (value.contains(u'='))
            s.queryHeaders.append({QStringLiteral("Cookie"), value});
        else
            r.result.unmapped.append(Messages::CurlImport::tr("-b %1: cookies from a file").arg(value));
    } else {
        return false;
    }
    return true;
}

// The options that set a section of the form: authentication, certificates, proxy, timeout, protocol.
bool readSectionOption(Reading &r, const QString &option, const QString &value)
{
    ConnectionSettings &s = r.result.settings;
    if (option == u"--user") {
        const qsizetype colon = value.indexOf(u':');
        if (s.authentication.schema == AuthSchema::Anonymous)
            s.authentication.schema = AuthSchema::Basic;
        s.authentication.userName = colon < 0 ? value : value.left(colon);
        s.authentication.password = colon < 0 ? QString() : value.mid(colon + 1);
    } else if (option == u"--basic") {
        s.authentication.schema = AuthSchema::Basic;
    } else if (option == u"--digest") {
        s.authentication.schema = AuthSchema::Digest;
    } else if (option == u"--ntlm") {
        s.authentication.schema = AuthSchema::Ntlm;
    } else if (option == u"--insecure" || option == u"-k") {
        s.certificates.skipServerCertificateValidation = true;
    } else if (option == u"--cert") {
        r.certificate = value;
    } else if (option == u"--cert-type") {
        r.certificateType = value;
    } else if (option == u"--proxy") {
        s.proxy.useProxy = true;
        s.proxy.address = value.contains(u"://") ? value : QStringLiteral("http://") + value;
    } else if (option == u"--max-time") {
        s.request.timeoutSeconds = timeoutOf(value);
        r.timeoutFromMaxTime = true;
    } else if (option == u"--connect-timeout") {
        if (!r.timeoutFromMaxTime)
            s.request.timeoutSeconds = timeoutOf(value);
    } else if (option == u"--http1.0") {
        s.request.httpProtocol = HttpProtocol::Http10;
    } else if (option == u"--http1.1") {
        s.request.httpProtocol = HttpProtocol::Http11;
    } else {
        return false;
    }
    return true;
}

// Everything else is listed, with why where there is a why: nothing is dropped unsaid.
QString unmappedOption(const QString &option, const QString &value)
{
    if (option == u"--location" || option == u"-L")
        return Messages::CurlImport::tr("%1: redirects are followed within the host and the whitelist "
                                        "for redirects (Security)")
            .arg(option);
    if (option == u"--compressed")
        return Messages::CurlImport::tr("--compressed: compression is negotiated by the connector");
    if (isOutputOption(option) || option == u"-s" || option == u"-S" || option == u"-v" || option == u"-i"
        || option == u"-f" || option == u"-sS" || option == u"-sSL" || option == u"-sL")
        return Messages::CurlImport::tr("%1: an output option, ignored").arg(option);
    return Messages::CurlImport::tr("%1%2: no place in Qlik's REST form")
        .arg(option, value.isEmpty() ? QString() : u' ' + value);
}

// The URL without its query, whose items go to their own table as Qlik's form has them; with -G the
// body's pairs join them.
Expected<void, QString> settleUrl(Reading &r)
{
    ConnectionSettings &s = r.result.settings;
    if (r.url.isEmpty())
        return Messages::CurlImport::tr("the curl command has no URL");
    if (!r.url.contains(u"://"))
        r.url.prepend(QStringLiteral("http://"));
    QUrl parsed(r.url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Messages::CurlImport::tr("\"%1\" is not a URL").arg(r.url);

    QUrlQuery query(parsed);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        s.queryParameters.append({name, value});
    if (r.dataToQuery) {
        for (const QString &part : std::as_const(r.data)) {
            for (const QString &pair : part.split(u'&', Qt::SkipEmptyParts)) {
                const qsizetype equals = pair.indexOf(u'=');
                s.queryParameters.append(
                    {QUrl::fromPercentEncoding(pair.left(equals < 0 ? pair.size() : equals).toUtf8()),
                        equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8())});
            }
        }
        r.data.clear();
        r.sawData = false;
    }
    parsed.setQuery(QString());
    s.request.url = parsed.toString();
    return {};
}

void settleMethodAndBody(Reading &r)
{
    ConnectionSettings &s = r.result.settings;
    s.request.requestBody = r.data.join(u'&');
    s.request.method
        = r.method == u"GET" || (r.method.isEmpty() && !r.sawData) ? HttpMethod::Get : HttpMethod::Post;
    if (s.request.method == HttpMethod::Get && !s.request.requestBody.isEmpty()) {
        r.result.unmapped.append(
            Messages::CurlImport::tr("the body of a GET: Qlik sends a body only with POST"));
        s.request.requestBody.clear();
    }
}

void settleCertificate(Reading &r)
{
    if (r.certificate.isEmpty())
        return;
    ConnectionSettings &s = r.result.settings;
    // --cert file:password; a Windows path's drive colon is not the separator.
    const QString &certificate = r.certificate;
    const qsizetype colon
        = certificate.indexOf(u':', certificate.size() > 2 && certificate[1] == u':' ? 2 : 0);
    const QString file = colon < 0 ? certificate : certificate.left(colon);
    if (r.certificateType.compare(u"P12", Qt::CaseInsensitive) == 0
        || file.endsWith(QStringLiteral(".pfx"), Qt::CaseInsensitive)
        || file.endsWith(QStringLiteral(".p12"), Qt::CaseInsensitive)) {
        s.certificates.source = CertificateSource::FromFile;
        s.certificates.pfxFilePath = file;
        s.certificates.pfxPassword = colon < 0 ? QString() : certificate.mid(colon + 1);
    } else {
        r.result.unmapped.append(
            Messages::CurlImport::tr("--cert %1: Qlik reads client certificates from PFX (P12) files; "
                                     "convert it with openssl pkcs12 -export")
                .arg(certificate));
    }
}

} // namespace

Expected<Result, QString> read(const QString &command, const ConnectionSettings &base)
{
    auto words = split(command, guessShell(command));
    if (!words)
        return words.error();
    const QStringList args = std::move(words).value();
    if (args.isEmpty() || !isCurl(args[0]))
        return Messages::CurlImport::tr("this is not a curl command: it does not start with curl");

    Reading r;
    ConnectionSettings &s = r.result.settings;
    s = base;
    s.layout = {}; // a new connection: its string is written from scratch
    s.queryHeaders.clear();
    s.queryParameters.clear();

    auto options = optionsOf(args, r);
    if (!options)
        return options.error();
    for (const auto &[option, value] : options.value()) {
        if (!readRequestOption(r, option, value) && !readSectionOption(r, option, value))
            r.result.unmapped.append(unmappedOption(option, value));
    }
    if (const auto url = settleUrl(r); !url)
        return url.error();
    settleMethodAndBody(r);
    settleCertificate(r);
    return std::move(r.result);
}

} // namespace Qonduit::CurlImport
