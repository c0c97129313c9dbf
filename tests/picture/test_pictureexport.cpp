// SPDX-License-Identifier: GPL-3.0-or-later
// What the writers put into a file is what the picture holds, drawn as the page painter draws it:
// the PNG pixel for pixel as one plain painting of the page into one image, the SVG with every
// card's name and every label's lines inside their own boxes on the page, the PDF with the same
// words. Pins the pictures, so that making the writers faster cannot change what they show.
#include "casegenerator.h"
#include "interchange/casejson.h"
#include "picture/chainlayout.h"
#include "picture/chainstyle.h"
#include "picture/labelplacement.h"
#include "picture/lineplacement.h"
#include "picture/picturebuilder.h"
#include "picture/picturecheck.h"
#include "picture/pictureexport.h"
#include "rules/rulechecker.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace chiptrail;

namespace {

picture::ChainPicture pictureOf(const CaseData &data)
{
    picture::PictureRequest request;
    request.positions = picture::placesForExport(data, {});
    request.linkColours = picture::chainstyle::verdictColours(RuleChecker(RuleBook::load()).check(data, {}));
    return picture::buildChainPicture(data, request);
}

CaseData generated(int parties)
{
    bench::GeneratorOptions options;
    options.parties = parties;
    return bench::generateSupplyChainCase(options);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct SvgText
{
    QString group;
    QPointF at; // the baseline's start
    QString text;
};

QList<SvgText> svgTexts(const QByteArray &svg)
{
    QList<SvgText> texts;
    QStringList open;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g")) {
            open.append(xml.attributes().value(QLatin1String("class")).toString());
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g")) {
            open.removeLast();
        } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
            const QPointF at(xml.attributes().value(QLatin1String("x")).toDouble(),
                             xml.attributes().value(QLatin1String("y")).toDouble());
            texts.append({open.isEmpty() ? QString() : open.last(), at, xml.readElementText()});
        }
    }
    return xml.hasError() ? QList<SvgText>() : texts;
}

// A rectangle of the chain (scene units) where the page draws it.
QRectF onPage(const QRectF &rect, const picture::FramedPage &page, const QRectF &bounds)
{
    const auto map = [&](const QPointF &p) { return page.chainArea.topLeft() + (p - bounds.topLeft()) * page.chainScale; };
    return QRectF(map(rect.topLeft()), map(rect.bottomRight()));
}

int differingPixels(const QImage &a, const QImage &b, QPoint *first)
{
    int differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (rowA[x] != rowB[x] && differ++ == 0)
                *first = QPoint(x, y);
    }
    return differ;
}

} // namespace

class TestPictureExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void cases()
    {
        QTest::addColumn<int>("parties"); // 0: the sample
        QTest::addRow("sample") << 0;
        QTest::addRow("120 parties") << 120;
    }
    static CaseData caseOf(int parties)
    {
        return parties == 0 ? readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")) : generated(parties);
    }

private Q_SLOTS:
    void pngIsThePagePaintedIntoOneImage_data()
    {
        cases();
    }
    void pngIsThePagePaintedIntoOneImage()
    {
        QFETCH(int, parties);
        const CaseData data = caseOf(parties);
        const picture::ChainPicture chain = pictureOf(data);
        for (const picture::PagePreset preset : {picture::PagePreset::Web, picture::PagePreset::Social}) {
            picture::ExportOptions options;
            options.preset = preset;
            const QString path = m_dir.filePath(QStringLiteral("chain.png"));
            QVERIFY(picture::exportPicture(chain, picture::ImageFormat::Png, path, options));
            QImage written(path);
            QVERIFY(!written.isNull());
            written = written.convertToFormat(QImage::Format_ARGB32);

            // The same page, painted the plain way: the placed picture into one white image.
            const picture::ChainPicture placed = picture::pictureForPage(chain, picture::ImageFormat::Png, options);
            const picture::FramedPage page = picture::framedPageFor(placed, options, picture::ImageFormat::Png);
            const QSize size = picture::pngSizeFor(placed, options, path);
            QCOMPARE(written.size(), size);
            const double pixels = std::min(picture::pageSpec(preset).pngPixelsPerUnit,
                                           picture::ExportOptions::maxPngSide / std::max(page.size.width(), page.size.height()));
            QImage expected(size, QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::white);
            {
                QPainter p(&expected);
                p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                p.scale(pixels, pixels);
                picture::paintFramedPage(p, placed, picture::pageSpec(preset), options.parts, page, page.chainScale * pixels);
            }
            expected = expected.convertToFormat(QImage::Format_ARGB32);
            QPoint first;
            const int differ = differingPixels(written, expected, &first);
            QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1: %2 pixels differ, the first at %3, %4")
                                                 .arg(picture::pagePresetName(preset))
                                                 .arg(differ)
                                                 .arg(first.x())
                                                 .arg(first.y())));
        }
    }

    // The export dialog's preview is the file in miniature: the page painted with the file's
    // level of detail at the preview's scale (at its own, names were cut where the file has them
    // whole: "Megas…" for Megaspeed).
    void thePreviewIsTheFileInMiniature()
    {
        const picture::ChainPicture chain = pictureOf(caseOf(0));
        for (const picture::PagePreset preset : {picture::PagePreset::Web, picture::PagePreset::Social}) {
            picture::ExportOptions options;
            options.preset = preset;
            const QSize box(360, 300);
            QImage preview = picture::previewImage(chain, picture::ImageFormat::Png, options, box);
            QVERIFY(!preview.isNull());
            preview = preview.convertToFormat(QImage::Format_ARGB32);

            const picture::ChainPicture placed = picture::pictureForPage(chain, picture::ImageFormat::Png, options);
            const picture::FramedPage page = picture::framedPageFor(placed, options, picture::ImageFormat::Png);
            const double scale = std::min(box.width() / page.size.width(), box.height() / page.size.height());
            const double pixels = std::min(picture::pageSpec(preset).pngPixelsPerUnit,
                                           picture::ExportOptions::maxPngSide / std::max(page.size.width(), page.size.height()));
            QImage expected((page.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
            expected.fill(Qt::white);
            {
                QPainter p(&expected);
                p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                p.scale(scale, scale);
                picture::paintFramedPage(p, placed, picture::pageSpec(preset), options.parts, page, page.chainScale * pixels);
            }
            expected = expected.convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(preview.size(), expected.size());
            QPoint first;
            const int differ = differingPixels(preview, expected, &first);
            QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1: %2 pixels differ, the first at %3, %4")
                                                 .arg(picture::pagePresetName(preset))
                                                 .arg(differ)
                                                 .arg(first.x())
                                                 .arg(first.y())));
        }
    }

    void svgDrawsEveryNameAndLabelInItsPlace_data()
    {
        cases();
    }
    void svgDrawsEveryNameAndLabelInItsPlace()
    {
        QFETCH(int, parties);
        const CaseData data = caseOf(parties);
        const picture::ChainPicture chain = pictureOf(data);
        const QString path = m_dir.filePath(QStringLiteral("chain.svg"));
        QVERIFY(picture::exportPicture(chain, picture::ImageFormat::Svg, path));
        const QList<SvgText> texts = svgTexts(readAll(path));
        QVERIFY(!texts.isEmpty());

        const picture::ChainPicture placed = picture::pictureForPage(chain, picture::ImageFormat::Svg, {});
        const picture::FramedPage page = picture::framedPageFor(placed, {}, picture::ImageFormat::Svg);
        const auto drawnInside = [&](const QString &group, const QString &words, const QRectF &box) {
            for (const SvgText &text : texts)
                if (text.group == group && text.text == words && box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(text.at))
                    return true;
            return false;
        };
        // Each card's name inside it: on one line or two, the end cut off ("…") only where the card
        // is too narrow for it at the page's smallest text size.
        int whole = 0;
        for (const picture::Card &card : placed.cards) {
            const QRectF box = onPage(card.rect, page, placed.bounds).adjusted(-0.5, -0.5, 0.5, 0.5);
            QStringList inside;
            for (const SvgText &text : texts)
                if (text.group == QLatin1String("cards") && box.contains(text.at))
                    inside.append(text.text);
            QVERIFY2(!inside.isEmpty(), qPrintable(card.name));
            QString name = inside.first(); // the name comes first, the role line and badge after it
            if (inside.size() > 1 && card.name.startsWith(name + u' '))
                name += u' ' + inside.at(1);
            if (name == card.name)
                ++whole;
            else
                QVERIFY2(name.endsWith(QChar(0x2026)) && card.name.startsWith(name.chopped(1).trimmed()),
                         qPrintable(card.name + QStringLiteral(" drawn as ") + inside.join(u'|')));
        }
        qInfo("%d of %d names whole", whole, int(placed.cards.size()));
        if (parties == 0)
            QCOMPARE(whole, placed.cards.size());
        int labels = 0;
        for (const picture::LinkLabel &label : placed.labels) {
            if (label.text.isEmpty())
                continue;
            ++labels;
            for (const QString &line : label.text.split(QLatin1Char('\n')))
                QVERIFY2(drawnInside(QStringLiteral("labels"), line, onPage(label.box, page, placed.bounds)), qPrintable(line));
        }
        QVERIFY(labels > 0);
        int lines = 0;
        for (const SvgText &text : texts)
            lines += text.group == QLatin1String("labels") ? 1 : 0;
        QVERIFY(lines >= labels);
    }

    void pdfHasThePagesWords_data()
    {
        cases();
    }
    void pdfHasThePagesWords()
    {
        QFETCH(int, parties);
        const CaseData data = caseOf(parties);
        const picture::ChainPicture chain = pictureOf(data);
        const QString pdf = m_dir.filePath(QStringLiteral("words.pdf"));
        picture::ExportOptions options;
        options.preset = picture::PagePreset::A4Landscape;
        QVERIFY(picture::exportPicture(chain, picture::ImageFormat::Pdf, pdf, options));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
        QVERIFY(document && !document->isLocked());
        QString pdfText;
        for (int i = 0; i < document->numPages(); ++i)
            for (const std::unique_ptr<Poppler::TextBox> &box : document->page(i)->textList())
                pdfText += box->text() + QLatin1Char(' ');
        // Compatibility forms: the PDF keeps the font's ligatures ("ﬃ" in "Affiliation").
        QStringList pdfWords = pdfText.normalized(QString::NormalizationForm_KC).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Every word the chain shows on the first page, as the page painter draws it, is in the
        // PDF as often (the sources pages add more).
        const picture::ChainPicture placed = picture::pictureForPage(chain, picture::ImageFormat::Pdf, options);
        QStringList pageWords;
        for (const picture::DrawnText &text : picture::drawnTexts(picture::recordPage(placed, picture::ImageFormat::Pdf, options)))
            if (text.group == "cards" || text.group == "labels" || text.group == "boxes")
                pageWords += text.text.normalized(QString::NormalizationForm_KC).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(!pageWords.isEmpty());
        for (const QString &word : std::as_const(pageWords))
            QVERIFY2(pdfWords.count(word) >= pageWords.count(word),
                     qPrintable(word + QStringLiteral(": %1 in the PDF, %2 on the page").arg(pdfWords.count(word)).arg(pageWords.count(word))));
    }

    // "Text is never smaller than 6 pt in print or 11 px on web at 1×": every text of every
    // preset's page in every format it is made in, the chain's own included.
    void noTextIsSmallerThanThePageAllows_data()
    {
        cases();
    }
    void noTextIsSmallerThanThePageAllows()
    {
        QFETCH(int, parties);
        const picture::ChainPicture chain = pictureOf(caseOf(parties));
        using picture::ImageFormat;
        using picture::PagePreset;
        for (const PagePreset preset : {PagePreset::Web, PagePreset::Social, PagePreset::A4, PagePreset::A4Landscape,
                                        PagePreset::Letter, PagePreset::LetterLandscape}) {
            const picture::PageSpec spec = picture::pageSpec(preset);
            QCOMPARE(spec.minTextSize, spec.print ? 6.0 : 11.0);
            const QList<ImageFormat> formats = spec.print ? QList<ImageFormat>{ImageFormat::Pdf, ImageFormat::Png, ImageFormat::Svg}
                                                          : QList<ImageFormat>{ImageFormat::Svg, ImageFormat::Png};
            for (const ImageFormat format : formats) {
                picture::ExportOptions options;
                options.preset = preset;
                const picture::ChainPicture placed = picture::pictureForPage(chain, format, options);
                const QList<picture::DrawnText> texts = picture::drawnTexts(picture::recordPage(placed, format, options));
                const QString where = picture::pagePresetName(preset) + QStringLiteral(" %1").arg(int(format));
                double smallestInChain = 1e9;
                for (const picture::DrawnText &text : texts) {
                    QVERIFY2(text.size >= spec.minTextSize - 0.01,
                             qPrintable(QStringLiteral("%1: \"%2\" (%3) at %4").arg(where, text.text, QString::fromLatin1(text.group)).arg(text.size)));
                    if (text.group == "cards" || text.group == "labels" || text.group == "boxes")
                        smallestInChain = std::min(smallestInChain, text.size);
                }
                QVERIFY2(smallestInChain < 1e9, qPrintable(where + QStringLiteral(": no text in the chain")));
                qInfo("%s: smallest text of the chain %.2f (page allows %.0f)", qPrintable(where), smallestInChain, spec.minTextSize);
            }
        }
    }
};

QTEST_MAIN(TestPictureExport)
#include "test_pictureexport.moc"
