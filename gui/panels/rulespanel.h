// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "panels/caseoutlinemodel.h"
#include "rules/findings.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTextBrowser;
class QLabel;

namespace chiptrail {
class RuleBook;
}

namespace chiptrail::gui {

class CaseSession;

// "Export-rule checks": what the US rules say about the selected link, party or the whole case,
// step by step with citations and evidence; rules as of each link's date or a chosen date;
// counterfactual rule sets and what they change. Checks run off the GUI thread.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPanel(CaseSession *session, QWidget *parent = nullptr);
    ~RulesPanel() override;

    void setCase(const CaseData &data);
    void setSubject(const OutlineSubject &subject);
    void setRulesAsOf(const QDate &date); // invalid: each link's own date
    void setCounterfactuals(const QStringList &ids);

    const CaseFindings &findings() const { return m_findings; }
    QString shownText() const; // what the panel shows, as plain text (tests, screen readers)
    bool isChecking() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void linkColoursChanged(const QHash<qint64, QColor> &colours);
    void checked(); // new findings are shown

private:
    struct Result
    {
        CaseFindings findings;
        QList<FindingChange> changes;
        QString error;
    };
    void runCheck();
    void showResult();
    void render();
    void openLink(const QUrl &url);

    CaseSession *m_session;
    const RuleBook *m_book = nullptr;
    QString m_bookError;
    CaseData m_case;
    OutlineSubject m_subject;
    CaseFindings m_findings;
    QList<FindingChange> m_changes;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;

    QComboBox *m_rulesAt;
    QDateEdit *m_date;
    QCheckBox *m_aiDiffusion;
    QCheckBox *m_iaasKyc;
    QLabel *m_legend;
    QTextBrowser *m_view;
};

} // namespace chiptrail::gui
