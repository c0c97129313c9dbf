// SPDX-License-Identifier: GPL-3.0-or-later
// Strangers' names through the SVG writer: the file is well-formed XML whatever the names hold,
// with no script, no event handler and no link that could run or fetch anything.
#include "fuzzcase.h"
#include "fuzzfiles.h"
#include "picture/picturebuilder.h"
#include "picture/pictureexport.h"

#include <QFile>
#include <QGuiApplication>
#include <QXmlStreamReader>
#include <cstdlib>


// Fonts and text layout need a QGuiApplication; offscreen, so no display is needed.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace chiptrail;
    const CaseData chain = fuzzcase::chainFrom(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    picture::PictureRequest request;
    for (const Party &party : chain.parties) // places in a row: no layout process per input
        request.positions.append({party.id, QPointF(double(party.id.value) * 320, double(party.id.value % 3) * 140), false});
    const QString path = fuzzfiles::folder().filePath(QStringLiteral("fuzz.svg"));
    picture::exportPicture(picture::buildChainPicture(chain, request), picture::ImageFormat::Svg, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0
            || xml.name().compare(QLatin1String("foreignObject"), Qt::CaseInsensitive) == 0)
            std::abort();
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name().startsWith(QLatin1String("on"), Qt::CaseInsensitive))
                std::abort();
            if (attribute.name().endsWith(QLatin1String("href"), Qt::CaseInsensitive))
                std::abort(); // the chain links to nothing
        }
    }
    if (xml.hasError())
        std::abort();
    return 0;
}
