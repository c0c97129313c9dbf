// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulespanel.h"

#include "casesession.h"
#include "commands/screeningcommands.h"
#include "error.h"
#include "panels/findingshtml.h"
#include "rules/rulechecker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chiptrail::gui {
namespace {

// The rule data ships inside the program and never changes while it runs: load it once.
const RuleBook *sharedRuleBook(QString *error)
{
    static std::optional<RuleBook> book;
    static QString loadError;
    static bool tried = false;
    if (!tried) {
        tried = true;
        try {
            book = RuleBook::load();
        } catch (const CaseError &e) {
            loadError = e.message();
        }
    }
    *error = loadError;
    return book ? &*book : nullptr;
}

} // namespace

RulesPanel::RulesPanel(CaseSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_book = sharedRuleBook(&m_bookError);

    m_rulesAt = new QComboBox;
    m_rulesAt->setObjectName(QStringLiteral("rulesAt"));
    m_rulesAt->addItem(tr("each link's own date"));
    m_rulesAt->addItem(tr("a chosen date"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(QStringLiteral("rulesDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    m_aiDiffusion = new QCheckBox(tr("AI Diffusion Rule as if enforced"));
    m_aiDiffusion->setObjectName(QStringLiteral("aiDiffusion"));
    m_aiDiffusion->setToolTip(tr("The rule of January 2025 was never enforced and was rescinded in May 2025."));
    m_iaasKyc = new QCheckBox(tr("Proposed IaaS know-your-customer rule"));
    m_iaasKyc->setObjectName(QStringLiteral("iaasKyc"));
    m_iaasKyc->setToolTip(tr("Proposed in January 2024 (89 FR 5698); not in force."));
    m_legend = new QLabel(findingshtml::legendHtml());
    m_legend->setWordWrap(true);
    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setOpenLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, &RulesPanel::openLink);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_rulesAt);
    dateRow->addWidget(m_date);
    auto *form = new QFormLayout;
    form->addRow(tr("Rules as of"), dateRow);
    form->addRow(m_aiDiffusion);
    form->addRow(m_iaasKyc);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);

    connect(m_rulesAt, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_date->setEnabled(index == 1);
        runCheck();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_rulesAt->currentIndex() == 1)
            runCheck();
    });
    connect(m_aiDiffusion, &QCheckBox::toggled, this, &RulesPanel::runCheck);
    connect(m_iaasKyc, &QCheckBox::toggled, this, &RulesPanel::runCheck);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &RulesPanel::showResult);
}

RulesPanel::~RulesPanel() { m_watcher.waitForFinished(); }

void RulesPanel::setCase(const CaseData &data)
{
    m_case = data;
    runCheck();
}

void RulesPanel::setSubject(const OutlineSubject &subject)
{
    m_subject = subject;
    render();
}

void RulesPanel::setRulesAsOf(const QDate &date)
{
    if (date.isValid())
        m_date->setDate(date);
    m_rulesAt->setCurrentIndex(date.isValid() ? 1 : 0);
}

void RulesPanel::setCounterfactuals(const QStringList &ids)
{
    m_aiDiffusion->setChecked(ids.contains(QStringLiteral("ai_diffusion")));
    m_iaasKyc->setChecked(ids.contains(QStringLiteral("iaas_kyc")));
}

void RulesPanel::runCheck()
{
    if (!m_book) {
        m_view->setPlainText(tr("The rule data could not be loaded: %1").arg(m_bookError));
        return;
    }
    if (m_watcher.isRunning()) { // the newest state wins; check again when this one is done
        m_pending = true;
        return;
    }
    CheckOptions base;
    if (m_rulesAt->currentIndex() == 1)
        base.rulesAt = m_date->date();
    QStringList counterfactuals;
    if (m_aiDiffusion->isChecked())
        counterfactuals << QStringLiteral("ai_diffusion");
    if (m_iaasKyc->isChecked())
        counterfactuals << QStringLiteral("iaas_kyc");
    const RuleBook *book = m_book;
    const CaseData data = m_case;
    m_watcher.setFuture(QtConcurrent::run([book, data, base, counterfactuals]() {
        Result result;
        try {
            const RuleChecker checker(*book);
            const CaseFindings inForce = checker.check(data, base);
            if (counterfactuals.isEmpty()) {
                result.findings = inForce;
            } else {
                CheckOptions what = base;
                what.counterfactuals = counterfactuals;
                result.findings = checker.check(data, what);
                result.changes = diffFindings(inForce, result.findings);
            }
        } catch (const CaseError &error) {
            result.error = error.message();
        }
        return result;
    }));
}

void RulesPanel::showResult()
{
    const Result result = m_watcher.result();
    if (m_pending) {
        m_pending = false;
        runCheck();
        return;
    }
    if (!result.error.isEmpty()) {
        m_view->setPlainText(result.error);
        return;
    }
    m_findings = result.findings;
    m_changes = result.changes;
    QHash<qint64, QColor> colours;
    for (const auto &f : m_findings.links)
        colours.insert(f.link.value, findingshtml::verdictColour(f));
    Q_EMIT linkColoursChanged(colours);
    render();
    Q_EMIT checked();
}

void RulesPanel::render()
{
    QString html = findingshtml::disclaimerHtml(m_findings);
    if (!m_findings.counterfactuals.isEmpty())
        html += findingshtml::changesHtml(m_changes);
    const auto partyKey = [this](qint64 id) {
        for (const auto &p : m_case.parties)
            if (p.id.value == id)
                return p.key;
        return QString();
    };
    if (m_subject.kind == OutlineSubject::Kind::Link) {
        for (const auto &f : m_findings.links)
            if (f.link.value == m_subject.id)
                html += findingshtml::linkHtml(f, m_case);
    } else if (m_subject.kind == OutlineSubject::Kind::Party) {
        const QString key = partyKey(m_subject.id);
        QList<const LinkFinding *> links;
        for (const auto &f : m_findings.links)
            if (f.fromKey == key || f.toKey == key)
                links.append(&f);
        for (const auto &p : m_findings.parties)
            if (p.partyKey == key)
                html += findingshtml::partyHtml(p, links, m_case);
    } else {
        html += findingshtml::chainsHtml(m_findings, m_case);
        for (const auto &f : m_findings.links)
            if (f.verdict == Verdict::LicenseRequired || !f.flags.isEmpty())
                html += findingshtml::linkHtml(f, m_case);
    }
    m_view->setHtml(html);
}

QString RulesPanel::shownText() const { return m_view->toPlainText(); }

void RulesPanel::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("decide")) {
        QDesktopServices::openUrl(url);
        return;
    }
    // decide:<match|not_a_match>:<party key>:<entry id>
    const QStringList parts = url.path().split(QLatin1Char(':'));
    if (parts.size() != 3 || !m_session->hasCase())
        return;
    ScreeningDecision decision;
    for (const auto &p : m_case.parties)
        if (p.key == parts.at(1))
            decision.party = p.id;
    decision.entryId = parts.at(2);
    decision.listName = QStringLiteral("Entity List"); // notr
    decision.isMatch = parts.at(0) == QLatin1String("match");
    bool ok = false;
    decision.reason = QInputDialog::getText(this, tr("Screening decision"),
                                            decision.isMatch ? tr("Why is this the listed party?")
                                                             : tr("Why is this not the listed party?"),
                                            QLineEdit::Normal, QString(), &ok);
    if (!ok || decision.reason.trimmed().isEmpty())
        return;
    decision.decidedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    try {
        m_session->perform(std::make_unique<SetScreeningDecisionCommand>(m_session, decision));
    } catch (const CaseError &error) {
        QMessageBox::warning(this, tr("Screening decision"), error.message());
    }
}

} // namespace chiptrail::gui
