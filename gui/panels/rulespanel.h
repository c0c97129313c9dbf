// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "panels/caseoutlinemodel.h"
#include "rules/findings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTextBrowser;
class QLabel;

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

class CaseSession;

// "Export-rule checks": what the US rules say about the selected link, party or the whole case,
// step by step with citations and evidence; rules as of each link's date or a chosen date;
// counterfactual rule sets and what they change. The panel shows the case document's findings
// and sets how they are worked out; it never runs the checks itself.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPanel(CaseSession *session, QWidget *parent = nullptr);
    ~RulesPanel() override;

    void setSubject(const OutlineSubject &subject);
    void setRulesAsOf(const QDate &date); // invalid: each link's own date
    void setCounterfactuals(const QStringList &ids);

    const CaseFindings &findings() const;
    QString shownText() const; // what the panel shows, as plain text (tests, screen readers)
    bool isChecking() const;

Q_SIGNALS:
    void checked(); // new findings are shown
    void subjectRequested(const OutlineSubject &subject); // a link of the list was clicked

private:
    void applySettings();
    void showEvent(QShowEvent *event) override;
    void showFindings();
    void render();
    void renderNow();
    void openLink(const QUrl &url);

    CaseSession *m_session;
    CaseDocument *m_document;
    OutlineSubject m_subject;
    bool m_stale = true;
    QString m_shownHtml; // what the view holds, so an unchanged page is not laid out again

    QComboBox *m_rulesAt;
    QDateEdit *m_date;
    QCheckBox *m_aiDiffusion;
    QCheckBox *m_iaasKyc;
    QLabel *m_legend;
    QTextBrowser *m_view;
};

} // namespace chiptrail::gui
