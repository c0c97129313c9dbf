// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile names must reach Graphviz as label text and nothing else, and come back as typed.

#include "layout/dotescape.h"
#include "layout/dotwriter.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layouttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::layout;

class TestLayoutEscape : public QObject
{
    Q_OBJECT

private:
    // The DOT without its label="..." values (a scanner: a regular expression runs out of
    // backtracking stack on a 10,000-character label).
    static QString withoutLabels(const QString &dot)
    {
        QString rest;
        const QString open = QStringLiteral("label=\"");
        qsizetype i = 0;
        while (i < dot.size()) {
            const qsizetype at = dot.indexOf(open, i);
            if (at < 0) {
                rest += dot.mid(i);
                break;
            }
            rest += dot.mid(i, at - i);
            qsizetype j = at + open.size();
            for (;;) {
                while (j < dot.size() && dot.at(j) != u'"')
                    j += dot.at(j) == u'\\' ? 2 : 1;
                // A long label goes on as another quoted piece: "..." + "...".
                if (QStringView(dot).mid(j).startsWith(u"\" + \""))
                    j += 5;
                else
                    break;
            }
            i = j + 1;
        }
        return rest;
    }

    // What Graphviz's lexer makes of a quoted DOT string: pieces joined, \" turned into ".
    static QString lexed(const QByteArray &quoted)
    {
        const QString dot = QString::fromUtf8(quoted);
        QString value;
        for (qsizetype j = 1; j < dot.size();) {
            if (dot.at(j) == u'\\' && j + 1 < dot.size()) {
                if (dot.at(j + 1) == u'"')
                    value += u'"';
                else
                    value += dot.mid(j, 2);
                j += 2;
            } else if (dot.at(j) == u'"') {
                if (!QStringView(dot).mid(j).startsWith(u"\" + \""))
                    break;
                j += 5;
            } else {
                value += dot.at(j++);
            }
        }
        return value;
    }

    static QStringList hostileNames() { return layouttest::hostileNames(); }
    static CaseData hostileCase() { return layouttest::hostileCase(); }

private Q_SLOTS:
    void escapesEverySpecialSequence()
    {
        QCOMPARE(dotQuoted(QStringLiteral("a\"b")), QByteArray("\"a\\\"b\""));
        QCOMPARE(dotQuoted(QStringLiteral("\\N")), QByteArray("\"\\\\N\""));
        QCOMPARE(dotQuoted(QStringLiteral("x&y<z>")), QByteArray("\"x&amp;y&lt;z&gt;\""));
        QCOMPARE(dotQuoted(QStringLiteral("a\r\nb")), QByteArray("\"a\\nb\""));
        QCOMPARE(dotQuoted(QStringLiteral("a\tb")), QByteArray("\"a\tb\"")); // a tab stays a tab
        QString nul = QStringLiteral("a");
        nul.append(QChar(0));
        // NUL and other controls are replaced by U+FFFD (documented in dotescape.h).
        QCOMPARE(dotQuoted(nul), QByteArray("\"a\xEF\xBF\xBD\""));
        QCOMPARE(dotLabelRoundTrip(nul), QStringLiteral("a") + QChar(0xFFFD));
        QVERIFY(!dotQuoted(nul).contains('\0'));
    }

    void unescapeInvertsEscape()
    {
        for (const QString &name : hostileNames()) {
            // What Graphviz reports: the lexer has joined the pieces and turned \" into ".
            QCOMPARE(unescapeDotLabel(lexed(dotQuoted(name))), dotLabelRoundTrip(name));
        }
    }

    void dotHoldsUserTextOnlyInLabels()
    {
        const LayoutGraph graph = buildLayoutGraph(hostileCase());
        const QString dot = QString::fromUtf8(writeDot(graph));
        // Take out every label="..." (escape-aware); what is left must be our own syntax.
        const QString rest = withoutLabels(dot);
        // (no raw strings in this file: moc misreads them and skips the class)
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_=.;\\[\\]{}\\->\\s]*$"));
        QVERIFY2(allowed.match(rest).hasMatch(), qPrintable(rest.left(2000)));
        for (const char *word : {"URL", "href", "image", "shapefile", "tooltip", "javascript"})
            QVERIFY2(!rest.contains(QLatin1String(word)), word);
    }

    void graphvizGivesNamesBackAsTyped()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty())
            QSKIP("Graphviz dot is not installed");
        const CaseData data = hostileCase();
        const LayoutGraph graph = buildLayoutGraph(data);
        GraphvizRequest request;
        request.dot = writeDot(graph);
        request.format = QStringLiteral("json"); // with the drawing operations
        GraphvizRunner runner;
        const QByteArray json = runner.run(request);
        const QJsonObject root = QJsonDocument::fromJson(json).object();

        int nodes = 0;
        for (const QJsonValue &value : root.value(QLatin1String("objects")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString name = object.value(QLatin1String("name")).toString();
            if (!name.startsWith(u'p'))
                continue; // clusters, rank groups, skeleton
            ++nodes;
            const PartyId id = partyFromNodeId(name);
            QVERIFY(id.isValid());
            const QString typed = dotLabelRoundTrip(data.parties.at(int(id.value - 1)).name);
            // 1. the attribute, unescaped
            QCOMPARE(unescapeDotLabel(object.value(QLatin1String("label")).toString()), typed);
            // 2. the text Graphviz actually drew: no \N expansion, entities decoded
            QStringList drawn;
            for (const QJsonValue &op : object.value(QLatin1String("_ldraw_")).toArray()) {
                if (op.toObject().value(QLatin1String("op")).toString() == u"T")
                    drawn.append(op.toObject().value(QLatin1String("text")).toString());
            }
            QCOMPARE(drawn.join(u'\n'), typed);
            // 3. nothing but our attributes
            for (const char *key : {"URL", "href", "image", "shapefile", "tooltip", "id", "target"})
                QVERIFY2(!object.contains(QLatin1String(key)), key);
        }
        QCOMPARE(nodes, data.parties.size()); // no injected nodes
        QCOMPARE(root.value(QLatin1String("edges")).toArray().size(), 1); // one tier: no skeleton edge
        // Cluster labels (hostile countries) come back as typed too.
        for (const QJsonValue &value : root.value(QLatin1String("objects")).toArray()) {
            const QJsonObject object = value.toObject();
            if (!object.value(QLatin1String("name")).toString().startsWith(QLatin1String("cluster")))
                continue;
            const QString label = unescapeDotLabel(object.value(QLatin1String("label")).toString());
            bool known = label == u"US";
            for (const QString &name : hostileNames())
                known = known || label == dotLabelRoundTrip(name.left(50));
            QVERIFY2(known, qPrintable(label));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayoutEscape)
#include "test_layout_escape.moc"
