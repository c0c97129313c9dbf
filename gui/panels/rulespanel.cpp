// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulespanel.h"

#include "casesession.h"
#include "commands/screeningcommands.h"
#include "error.h"
#include "panels/findingshtml.h"
#include "document/casedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace chiptrail::gui {

RulesPanel::RulesPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_document(session->document())
{
    setObjectName(QStringLiteral("rulesPanel"));

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
        applySettings();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_rulesAt->currentIndex() == 1)
            applySettings();
    });
    connect(m_aiDiffusion, &QCheckBox::toggled, this, &RulesPanel::applySettings);
    connect(m_iaasKyc, &QCheckBox::toggled, this, &RulesPanel::applySettings);
    connect(m_document, &CaseDocument::findingsChanged, this, &RulesPanel::showFindings);
    // Another case: what the panel showed belongs to the old one.
    connect(m_document, &CaseDocument::reset, this, &RulesPanel::render);
    applySettings();
    render();
}

RulesPanel::~RulesPanel() = default;

const CaseFindings &RulesPanel::findings() const { return m_document->findings(); }

bool RulesPanel::isChecking() const { return m_document->isChecking(); }

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

void RulesPanel::applySettings()
{
    CheckSettings settings;
    if (m_rulesAt->currentIndex() == 1)
        settings.rulesAt = m_date->date();
    if (m_aiDiffusion->isChecked())
        settings.counterfactuals << QStringLiteral("ai_diffusion");
    if (m_iaasKyc->isChecked())
        settings.counterfactuals << QStringLiteral("iaas_kyc");
    m_document->setCheckSettings(settings);
}

void RulesPanel::showFindings()
{
    render();
    Q_EMIT checked();
}

void RulesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void RulesPanel::render()
{
    // Hidden (another dock tab is in front), the panel only notes that it is out of date.
    m_stale = !isVisible();
    if (!m_stale)
        renderNow();
}

void RulesPanel::renderNow()
{
    m_stale = false;
    if (!m_document->ruleBook()) {
        m_view->setPlainText(tr("The rule data could not be loaded: %1").arg(m_document->ruleBookError()));
        m_shownHtml.clear();
        return;
    }
    if (!m_document->checkError().isEmpty()) {
        m_view->setPlainText(m_document->checkError());
        m_shownHtml.clear();
        return;
    }
    const CaseFindings &findings = m_document->findings();
    const CaseData &data = m_document->data();
    QString html = findingshtml::disclaimerHtml(findings);
    if (!findings.counterfactuals.isEmpty())
        html += findingshtml::changesHtml(m_document->findingChanges());
    const auto partyKey = [this](qint64 id) {
        const Party *party = m_document->party(PartyId(id));
        return party ? party->key : QString();
    };
    if (m_subject.kind == OutlineSubject::Kind::Link) {
        for (const auto &f : findings.links)
            if (f.link.value == m_subject.id)
                html += findingshtml::linkHtml(f, data);
    } else if (m_subject.kind == OutlineSubject::Kind::Party) {
        const QString key = partyKey(m_subject.id);
        QList<const LinkFinding *> links;
        for (const auto &f : findings.links)
            if (f.fromKey == key || f.toKey == key)
                links.append(&f);
        for (const auto &p : findings.parties)
            if (p.partyKey == key)
                html += findingshtml::partyHtml(p, links, data);
    } else {
        // The whole case, as far as a reader takes it in: a big case lists thousands of findings,
        // and laying out all of them would hold up the window for seconds after every edit.
        // A short list shows each link's steps and sources; a long one a line per link (laying
        // out forty links' steps and quotes again after every edit held up the window for about
        // 20 ms on a 5,000-party case), and the steps come with selecting the link.
        constexpr int readable = 40;
        constexpr int inFull = 12;
        html += findingshtml::chainsHtml(findings, data, readable);
        QList<const LinkFinding *> attention;
        for (const auto &f : findings.links)
            if (f.verdict == Verdict::LicenseRequired || !f.flags.isEmpty())
                attention.append(&f);
        const int shown = int(std::min<qsizetype>(attention.size(), readable));
        const int more = int(attention.size()) - shown;
        if (attention.size() > inFull)
            html += QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                        .arg(tr("Links that need a licence or carry a flag").toHtmlEscaped(),
                             tr("Select a link to see the steps of the check and its sources.").toHtmlEscaped());
        for (int i = 0; i < shown; ++i)
            html += attention.size() > inFull ? findingshtml::linkLineHtml(*attention.at(i), data)
                                              : findingshtml::linkHtml(*attention.at(i), data);
        if (more > 0)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("… and %n more link(s) that need a licence or carry a flag. Select a party or a link to see its own.",
                                nullptr, more)
                                 .toHtmlEscaped());
    }
    // Findings arrive after every edit; most edits leave what this panel shows as it was, and
    // laying out a page of findings again would hold up the window for tens of milliseconds.
    if (html == m_shownHtml)
        return;
    m_shownHtml = html;
    m_view->setHtml(html);
}

QString RulesPanel::shownText() const
{
    if (m_stale)
        const_cast<RulesPanel *>(this)->renderNow();
    return m_view->toPlainText();
}

void RulesPanel::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("select")) { // select:link:<id>, a line of the whole case's list
        const QStringList parts = url.path().split(QLatin1Char(':'));
        bool ok = false;
        const qint64 id = parts.value(1).toLongLong(&ok);
        if (parts.size() == 2 && parts.at(0) == QLatin1String("link") && ok)
            Q_EMIT subjectRequested({OutlineSubject::Kind::Link, id});
        return;
    }
    if (url.scheme() != QLatin1String("decide")) {
        QDesktopServices::openUrl(url);
        return;
    }
    // decide:<match|not_a_match>:<party key>:<entry id>
    const QStringList parts = url.path().split(QLatin1Char(':'));
    if (parts.size() != 3 || !m_session->hasCase())
        return;
    ScreeningDecision decision;
    for (const auto &p : m_document->data().parties)
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
    m_session->attempt(tr("Screening decision"), std::make_unique<SetScreeningDecisionCommand>(m_session, decision));
}

} // namespace chiptrail::gui
