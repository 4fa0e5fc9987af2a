// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page: the editor (this file); sending and the history in requestspagesend.cpp.
#include "requestspage.h"
#include "namedbutton.h"

#include "confirmation.h"
#include "http/ratelimitretry.h"
#include "http/ratelimittracker.h"
#include "http/requesthistory.h"
#include "itemmodels/profilelistmodel.h"
#include "keyvaluetable.h"
#include "profiles/profilestore.h"
#include "responseview.h"
#include "statuspalette.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTone(QLabel *label, std::optional<StatusPalette::Tone> tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (tone)
        palette.setColor(QPalette::WindowText, StatusPalette::foreground(palette, *tone));
    label->setPalette(palette);
}

} // namespace

RequestsPage::RequestsPage(HttpClient *http, Profiles::ProfileStore *profiles, Profiles::SecretStore *secrets,
                           RateLimits::RateLimitTracker *tracker, Console::RequestHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_http(http)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tracker(tracker)
    , m_history(history)
    , m_messageBoxes(std::make_unique<MessageBoxConfirmation>())
    , m_confirmation(m_messageBoxes.get())
    , m_profileModel(new ProfileListModel(profiles, this))
{
    buildForm();

    connect(m_profileModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptProfileId = currentProfileId(); });
    connect(m_profileModel, &QAbstractItemModel::modelReset, this, [this] {
        int row = m_profileModel->rowOfId(m_keptProfileId);
        if (row < 0 && m_profileModel->rowCount() > 0)
            row = 0;
        const QSignalBlocker blocker(m_profile);
        m_profile->setCurrentIndex(row);
        onProfileChanged();
    });
    if (m_history) {
        connect(m_history, &Console::RequestHistory::changed, this, [this](const QString &profileId) {
            if (profileId == currentProfileId())
                reloadHistory();
        });
    }
    onProfileChanged();
    updateBody();
}

RequestsPage::~RequestsPage()
{
    if (m_running)
        m_running->disconnect(this); // no finished() into a half-destroyed page
}

void RequestsPage::buildForm()
{
    // The request line: connection, method, URL, Send, Cancel.
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("requestProfileCombo"));
    m_profile->setAccessibleName(tr("Connection"));
    m_profile->setModel(m_profileModel);
    m_profile->setModelColumn(ProfileListModel::Name);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("requestMethodCombo"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->lineEdit()->setAccessibleName(tr("HTTP method"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("requestUrlInput"));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setPlaceholderText(tr("{base}/api/admin/{tid}/servers"));
    m_url->setClearButtonEnabled(true);
    m_variables = noteLabel(QStringLiteral("requestVariablesHint"), this);
    m_variables->setAccessibleName(tr("URL variables of the connection"));

    m_send = namedButton(tr("&Send"), QStringLiteral("sendRequestButton"), tr("Send the request"), this);
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setDefault(true);
    m_cancel = namedButton(tr("Cancel"), QStringLiteral("cancelRequestButton"), tr("Cancel the request"), this);
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("maxRetriesSpin"));
    m_retries->setAccessibleName(tr("Retries after 429 Too Many Requests"));
    m_retries->setRange(0, 20);
    m_retries->setValue(3);
    if (auto *edit = m_retries->findChild<QLineEdit *>())
        edit->setAccessibleName(m_retries->accessibleName());
    m_retries->setToolTip(tr("How many times a request the server rejected with 429 is sent again after the wait it asks for"));

    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(buddyLabel(tr("&Method:"), m_method, this));
    lineRow->addWidget(m_method);
    lineRow->addWidget(buddyLabel(tr("&URL:"), m_url, this));
    lineRow->addWidget(m_url, 1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(buddyLabel(tr("Re&tries on 429:"), m_retries, this));
    sendRow->addWidget(m_retries);
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    sendRow->addWidget(m_cancel);

    // Query and headers.
    m_query = new KeyValueTable(QStringLiteral("query"), tr("Query parameters"), this);
    m_headers = new KeyValueTable(QStringLiteral("headers"), tr("Request headers"), this);

    // Body.
    auto *bodyPage = new QWidget(this);
    m_body = new QPlainTextEdit(bodyPage);
    m_body->setObjectName(QStringLiteral("requestBodyEditor"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true); // keyboard users leave with Tab; JSON indents with spaces
    m_body->setPlaceholderText(tr("JSON, or any text with a Content-Type header"));
    m_bodyProblem = noteLabel(QStringLiteral("bodyProblemLabel"), bodyPage);
    m_bodyProblem->setAccessibleName(tr("Body problem"));
    m_format = namedButton(tr("F&ormat"), QStringLiteral("formatBodyButton"), tr("Format the JSON body"), bodyPage);
    auto *bodyButtons = new QHBoxLayout;
    bodyButtons->addWidget(m_bodyProblem, 1);
    bodyButtons->addWidget(m_format);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addLayout(bodyButtons);

    // Authorization.
    auto *authPage = new QWidget(this);
    m_auth = new QComboBox(authPage);
    m_auth->setObjectName(QStringLiteral("authKindCombo"));
    m_auth->setAccessibleName(tr("Authorization kind"));
    m_auth->addItem(tr("None"), Console::authKindName(Console::AuthKind::None));
    m_auth->addItem(tr("Bearer token from the Tokens page"), Console::authKindName(Console::AuthKind::Bearer));
    m_auth->addItem(tr("API token from the keychain"), Console::authKindName(Console::AuthKind::ApiToken));
    m_auth->addItem(tr("Basic (user and password)"), Console::authKindName(Console::AuthKind::Basic));
    m_authPages = new QStackedWidget(authPage);

    auto *nonePage = new QLabel(tr("No Authorization header is added."), m_authPages);
    nonePage->setWordWrap(true);
    nonePage->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *bearerPage = new QWidget(m_authPages);
    m_bearerToken = new QComboBox(bearerPage);
    m_bearerToken->setObjectName(QStringLiteral("bearerTokenCombo"));
    m_bearerToken->setAccessibleName(tr("Token to send"));
    m_bearerToken->addItem(tr("Access token"), int(BearerToken::Access));
    m_bearerToken->addItem(tr("ID token"), int(BearerToken::Id));
    m_bearerNote = noteLabel(QStringLiteral("bearerNote"), bearerPage);
    m_bearerNote->setAccessibleName(tr("Token status"));
    auto *bearerLayout = new QFormLayout(bearerPage);
    bearerLayout->addRow(buddyLabel(tr("Toke&n:"), m_bearerToken, bearerPage), m_bearerToken);
    bearerLayout->addRow(m_bearerNote);

    m_apiTokenNote = noteLabel(QStringLiteral("apiTokenNote"), m_authPages);
    m_apiTokenNote->setAccessibleName(tr("API token header"));
    m_apiTokenNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *basicPage = new QWidget(m_authPages);
    m_basicUser = new QLineEdit(basicPage);
    m_basicUser->setObjectName(QStringLiteral("basicUserInput"));
    m_basicUser->setAccessibleName(tr("Basic user name"));
    m_basicPassword = new QLineEdit(basicPage);
    m_basicPassword->setObjectName(QStringLiteral("basicPasswordInput"));
    m_basicPassword->setAccessibleName(tr("Basic password"));
    m_basicPassword->setEchoMode(QLineEdit::Password);
    m_basicPassword->setToolTip(tr("Used for this session only: never stored, not in the history"));
    auto *basicLayout = new QFormLayout(basicPage);
    basicLayout->addRow(buddyLabel(tr("Us&er:"), m_basicUser, basicPage), m_basicUser);
    basicLayout->addRow(buddyLabel(tr("Pass&word:"), m_basicPassword, basicPage), m_basicPassword);

    m_authPages->addWidget(nonePage);
    m_authPages->addWidget(bearerPage);
    m_authPages->addWidget(m_apiTokenNote);
    m_authPages->addWidget(basicPage);
    auto *authLayout = new QFormLayout(authPage);
    authLayout->addRow(buddyLabel(tr("&Kind:"), m_auth, authPage), m_auth);
    authLayout->addRow(m_authPages);

    auto *requestTabs = new QTabWidget(this);
    requestTabs->setObjectName(QStringLiteral("requestTabs"));
    requestTabs->setAccessibleName(tr("Request parts"));
    requestTabs->tabBar()->setAccessibleName(tr("Request parts"));
    requestTabs->addTab(m_query, tr("&Query"));
    requestTabs->addTab(m_headers, tr("Heade&rs"));
    requestTabs->addTab(bodyPage, tr("&Body"));
    requestTabs->addTab(authPage, tr("&Authorization"));

    m_status = noteLabel(QStringLiteral("requestStatusLabel"), this);
    m_status->setAccessibleName(tr("Request status"));

    // History.
    auto *historyBox = new QWidget(this);
    m_historyList = new QTreeWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("requestHistoryList"));
    m_historyList->setAccessibleName(tr("Request history of the connection"));
    m_historyList->setHeaderLabels({tr("Method"), tr("URL"), tr("Status"), tr("Time")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->setUniformRowHeights(true);
    m_historyList->setAllColumnsShowFocus(true);
    m_historyList->header()->setStretchLastSection(false);
    m_historyList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_historyList->setToolTip(tr("Double-click or press Enter to load a request into the editor"));
    m_runAgain = namedButton(tr("Run a&gain"), QStringLiteral("runAgainButton"), tr("Send the selected history entry again"),
                        historyBox);
    m_clearHistory = namedButton(tr("C&lear history"), QStringLiteral("clearHistoryButton"),
                            tr("Clear the history of this connection"), historyBox);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_runAgain);
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_clearHistory);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(buddyLabel(tr("Histor&y:"), m_historyList, historyBox));
    historyLayout->addWidget(m_historyList, 1);
    historyLayout->addLayout(historyButtons);

    m_response = new ResponseView(this);
    m_response->setObjectName(QStringLiteral("responseView"));

    // Left: the editor over the history; right: the response.
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(buddyLabel(tr("&Connection:"), m_profile, editor));
    profileRow->addWidget(m_profile, 1);
    editorLayout->addLayout(profileRow);
    editorLayout->addLayout(lineRow);
    editorLayout->addWidget(m_variables);
    editorLayout->addWidget(requestTabs, 1);
    editorLayout->addLayout(sendRow);
    editorLayout->addWidget(m_status);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("requestsEditorSplitter"));
    left->setChildrenCollapsible(false);
    left->addWidget(editor);
    left->addWidget(historyBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_response);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_profile, m_method);
    setTabOrder(m_method, m_url);
    setTabOrder(m_url, requestTabs);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RequestsPage::send);
    }

    connect(m_profile, &QComboBox::currentIndexChanged, this, &RequestsPage::onProfileChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &RequestsPage::updateAuth);
    connect(m_bearerToken, &QComboBox::currentIndexChanged, this, &RequestsPage::updateAuth);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestsPage::updateBody);
    connect(m_headers, &KeyValueTable::edited, this, &RequestsPage::updateBody); // Content-Type decides
    connect(m_format, &QPushButton::clicked, this, [this] {
        m_body->setPlainText(QString::fromUtf8(Console::formatJson(m_body->toPlainText().toUtf8())));
    });
    connect(m_send, &QPushButton::clicked, this, &RequestsPage::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsPage::cancel);
    connect(m_historyList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { loadHistoryEntry(m_historyList->indexOfTopLevelItem(item)); });
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, &RequestsPage::updateButtons);
    connect(m_runAgain, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_historyList->currentItem())
            runHistoryEntry(m_historyList->indexOfTopLevelItem(item));
    });
    connect(m_clearHistory, &QPushButton::clicked, this, &RequestsPage::clearHistory);
    connect(m_response, &ResponseView::statusMessage, this, [this](const QString &message) { setStatus(message); });
}

void RequestsPage::setConfirmation(Confirmation *confirmation)
{
    m_confirmation = confirmation ? confirmation : m_messageBoxes.get();
    m_response->setConfirmation(confirmation);
}

std::optional<Profiles::Profile> RequestsPage::currentProfile() const
{
    const int row = m_profile->currentIndex();
    if (row < 0 || row >= m_profileModel->rowCount())
        return std::nullopt;
    return m_profileModel->profileAt(row);
}

QString RequestsPage::currentProfileId() const
{
    const auto profile = currentProfile();
    return profile ? profile->id : QString();
}

void RequestsPage::selectProfile(const QString &id)
{
    const int row = m_profileModel->rowOfId(id);
    if (row >= 0)
        m_profile->setCurrentIndex(row);
}

void RequestsPage::onProfileChanged()
{
    updateVariables();
    updateAuth();
    reloadHistory();
    updateButtons();
}

void RequestsPage::updateVariables()
{
    const auto profile = currentProfile();
    if (!profile) {
        m_variables->setText(tr("Add a connection on the Connections page to send requests."));
        return;
    }
    QStringList parts;
    for (const auto &[name, value] : Console::variables(*profile))
        parts << tr("%1 = %2").arg(name, value.isEmpty() ? tr("(not set)") : value); // name: "{base}"
    m_variables->setText(tr("Variables: %1").arg(parts.join(QStringLiteral(", "))));
}

void RequestsPage::setTokenSet(const OAuth::TokenSet &set)
{
    if (set.profileId.isEmpty())
        return;
    m_sets.insert(set.profileId, set);
    if (set.profileId == currentProfileId())
        updateAuth();
}

QString RequestsPage::bearerToken(const QString &profileId) const
{
    const auto it = m_sets.constFind(profileId);
    if (it == m_sets.constEnd())
        return {};
    return m_bearerToken->currentData().toInt() == int(BearerToken::Id) ? it->idToken : it->accessToken;
}

void RequestsPage::setBearerToken(BearerToken token)
{
    m_bearerToken->setCurrentIndex(m_bearerToken->findData(int(token)));
}

void RequestsPage::setBasicPassword(const QString &password)
{
    m_basicPassword->setText(password);
}

void RequestsPage::setMaxRetries(int retries)
{
    m_retries->setValue(retries);
}

void RequestsPage::updateAuth()
{
    m_authPages->setCurrentIndex(m_auth->currentIndex());
    const auto profile = currentProfile();

    const QString profileId = profile ? profile->id : QString();
    if (bearerToken(profileId).isEmpty()) {
        m_bearerNote->setText(m_bearerToken->currentData().toInt() == int(BearerToken::Id)
                                  ? tr("This connection has no ID token: get a token on the Tokens page first (with the openid scope).")
                                  : tr("This connection has no access token: get a token on the Tokens page first."));
        setTone(m_bearerNote, StatusPalette::Tone::Caution);
    } else {
        const OAuth::TokenSet &set = m_sets[profileId];
        m_bearerNote->setText(tr("Sends the token the Tokens page got at %1 (%2).")
                                  .arg(QLocale().toString(set.obtainedAt.toLocalTime().time(), QLocale::ShortFormat),
                                       OAuth::grantDisplayName(set.grant)));
        setTone(m_bearerNote, std::nullopt);
    }

    const QString header = profile ? profile->apiToken.headerName : QStringLiteral("Authorization");
    const QString prefix = profile ? profile->apiToken.prefix : QString();
    m_apiTokenNote->setText(prefix.isEmpty()
                                ? tr("Sends the connection's API token from the keychain in the %1 header.").arg(header)
                                : tr("Sends the connection's API token from the keychain in the %1 header, after \"%2\".")
                                      .arg(header, prefix));
    updateButtons();
}

std::optional<QString> RequestsPage::bodyBlocker() const
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (body.trimmed().isEmpty())
        return std::nullopt;
    // A Content-Type that names another format (a form, XML, text) takes the body as it is.
    for (const auto &[name, value] : m_headers->rows()) {
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
            && !value.contains(QLatin1String("json"), Qt::CaseInsensitive))
            return std::nullopt;
    }
    const auto problem = Console::jsonProblem(body);
    if (!problem)
        return std::nullopt;
    return tr("The body is not valid JSON (%1). Fix it, or set a Content-Type header for another format.").arg(*problem);
}

void RequestsPage::updateBody()
{
    const auto problem = bodyBlocker();
    m_bodyProblem->setText(problem.value_or(QString()));
    setTone(m_bodyProblem, StatusPalette::Tone::Bad);
    const QByteArray body = m_body->toPlainText().toUtf8();
    m_format->setEnabled(!body.trimmed().isEmpty() && !Console::jsonProblem(body));
    updateButtons();
}

QString RequestsPage::bodyProblem() const
{
    return m_bodyProblem->text();
}

void RequestsPage::updateButtons()
{
    const bool busy = isSending() || m_pending;
    m_send->setEnabled(!busy && m_http && currentProfile() && !bodyBlocker());
    m_cancel->setEnabled(busy);
    m_profile->setEnabled(!busy);
    m_runAgain->setEnabled(!busy && m_historyList->currentItem());
    m_clearHistory->setEnabled(!busy && m_historyList->topLevelItemCount() > 0);
}

void RequestsPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_statusIsProblem = problem;
    setTone(m_status, problem ? std::optional(StatusPalette::Tone::Bad) : std::nullopt);
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void RequestsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // A light/dark switch: the notes' tones are picked again for the new palette.
    updateAuth();
    updateBody();
    setTone(m_status, m_statusIsProblem ? std::optional(StatusPalette::Tone::Bad) : std::nullopt);
}

QString RequestsPage::statusText() const
{
    return m_status->text();
}

Console::ConsoleRequest RequestsPage::request() const
{
    Console::ConsoleRequest request;
    request.method = m_method->currentText().trimmed().toUpper().toLatin1();
    request.url = m_url->text().trimmed();
    request.headers = m_headers->rows();
    request.query = m_query->rows();
    request.body = m_body->toPlainText().toUtf8();
    request.auth = Console::authKindFromName(m_auth->currentData().toString()).value_or(Console::AuthKind::None);
    if (request.auth == Console::AuthKind::Basic)
        request.basicUser = m_basicUser->text();
    return request;
}

void RequestsPage::setRequest(const Console::ConsoleRequest &request)
{
    m_method->setCurrentText(QString::fromLatin1(request.method));
    m_url->setText(request.url);
    m_headers->setRows(request.headers);
    m_query->setRows(request.query);
    m_body->setPlainText(QString::fromUtf8(request.body));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(Console::authKindName(request.auth))));
    if (request.auth == Console::AuthKind::Basic)
        m_basicUser->setText(request.basicUser);
    updateBody();
}
