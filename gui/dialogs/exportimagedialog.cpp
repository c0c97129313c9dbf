// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportimagedialog.h"

#include "error.h"
#include "model/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace chiptrail::gui {
namespace {

using picture::ExportOptions;
using picture::ImageFormat;
using picture::PagePreset;

QString formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Svg: return QStringLiteral("svg");
    case ImageFormat::Png: return QStringLiteral("png");
    case ImageFormat::Pdf: return QStringLiteral("pdf");
    case ImageFormat::Dot: return QStringLiteral("dot");
    }
    return {};
}

constexpr double mmPerPoint = 25.4 / 72;

} // namespace

ExportImageDialog::ExportImageDialog(const picture::ChainPicture &picture, const QDate &asOf,
                                     std::optional<ImageFormat> format, QWidget *parent)
    : QDialog(parent),
      m_picture(picture),
      m_asOf(asOf),
      m_format(new QComboBox),
      m_preset(new QComboBox),
      m_size(new QLabel),
      m_title(new QCheckBox(tr("&Title, subtitle and date"))),
      m_legend(new QCheckBox(tr("&Legend"))),
      m_sources(new QCheckBox(tr("&Sources"))),
      m_credit(new QCheckBox(tr("&Credit line and disclaimer"))),
      m_transparent(new QCheckBox(tr("T&ransparent background"))),
      m_asOfLabel(new QLabel),
      m_previewLabel(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_cancelPreview(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("exportImageDialog"));
    setWindowTitle(tr("Export Chain as Image"));
    m_format->setObjectName(QStringLiteral("format"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_size->setObjectName(QStringLiteral("size"));
    m_title->setObjectName(QStringLiteral("partTitle"));
    m_legend->setObjectName(QStringLiteral("partLegend"));
    m_sources->setObjectName(QStringLiteral("partSources"));
    m_credit->setObjectName(QStringLiteral("partCredit"));
    m_transparent->setObjectName(QStringLiteral("transparent"));
    m_asOfLabel->setObjectName(QStringLiteral("asOf"));
    m_previewLabel->setObjectName(QStringLiteral("preview"));

    m_format->addItem(tr("SVG (vector, for the web and for editing)"), int(ImageFormat::Svg));
    m_format->addItem(tr("PNG (picture)"), int(ImageFormat::Png));
    m_format->addItem(tr("PDF (print, with the sources on further pages)"), int(ImageFormat::Pdf));
    m_preset->addItem(tr("Web (1200 px wide)"), int(PagePreset::Web));
    m_preset->addItem(tr("Social (1080 × 1350 px)"), int(PagePreset::Social));
    m_preset->addItem(tr("A4 portrait"), int(PagePreset::A4));
    m_preset->addItem(tr("A4 landscape"), int(PagePreset::A4Landscape));
    m_preset->addItem(tr("Letter portrait"), int(PagePreset::Letter));
    m_preset->addItem(tr("Letter landscape"), int(PagePreset::LetterLandscape));
    m_preset->addItem(tr("Chain only (no frame)"), int(PagePreset::Bare));
    m_size->setWordWrap(true);
    m_asOfLabel->setWordWrap(true);
    m_asOfLabel->setText(asOf.isValid()
                             ? tr("As of %1, the date the canvas shows (set it with the timeline).")
                                   .arg(DisplayText::date(PartialDate::fromDate(asOf)))
                             : tr("All dates, as the canvas shows them (the timeline sets a date)."));

    auto *parts = new QGroupBox(tr("Parts of the frame"));
    auto *partsLayout = new QVBoxLayout(parts);
    for (QCheckBox *box : {m_title, m_legend, m_sources, m_credit})
        partsLayout->addWidget(box);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page:"), m_preset);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("Date:"), m_asOfLabel);
    form->addRow(parts);
    form->addRow(m_transparent);

    m_previewLabel->setFixedSize(previewWidth + 8, previewHeight + 8);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("QLabel { background: #8a8a8a; border: 1px solid #666; }"));
    m_previewLabel->setText(tr("Drawing the preview…"));
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("Preview:")));
    previewBox->addWidget(m_previewLabel);
    auto *previewNote = new QLabel(tr("In the file the lines run around the cards as Graphviz draws them."));
    previewNote->setWordWrap(true);
    previewNote->setMaximumWidth(previewWidth + 8);
    previewBox->addWidget(previewNote);
    previewBox->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(previewBox);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportImageDialog::startPreview);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_watcher.result();
        m_drawing = false;
        if (m_previewAgain) {
            m_previewAgain = false;
            startPreview();
            return;
        }
        if (image.isNull())
            return;
        m_preview = image;
        m_previewLabel->setPixmap(QPixmap::fromImage(image));
    });

    restoreChoices(format);
    for (QComboBox *combo : {m_format, m_preset})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportImageDialog::choicesChanged);
    for (QCheckBox *box : {m_title, m_legend, m_sources, m_credit, m_transparent})
        connect(box, &QCheckBox::toggled, this, &ExportImageDialog::choicesChanged);
    choicesChanged();
}

ExportImageDialog::~ExportImageDialog()
{
    *m_cancelPreview = true;
    m_watcher.waitForFinished();
}

ImageFormat ExportImageDialog::format() const { return ImageFormat(m_format->currentData().toInt()); }

PagePreset ExportImageDialog::preset() const { return PagePreset(m_preset->currentData().toInt()); }

ExportOptions ExportImageDialog::options() const
{
    ExportOptions options;
    options.preset = preset();
    options.parts.title = m_title->isChecked();
    options.parts.legend = m_legend->isChecked();
    options.parts.sources = m_sources->isChecked();
    options.parts.credit = m_credit->isChecked();
    options.transparent = format() == ImageFormat::Png && m_transparent->isChecked();
    options.asOf = m_asOf;
    return options;
}

QStringList ExportImageDialog::commandLineArguments() const
{
    const ExportOptions o = options();
    QStringList args{QStringLiteral("--format"), formatName(format()), QStringLiteral("--preset"),
                     picture::pagePresetName(preset())};
    if (!o.parts.title)
        args << QStringLiteral("--no-title");
    if (!o.parts.legend)
        args << QStringLiteral("--no-legend");
    if (!o.parts.sources)
        args << QStringLiteral("--no-sources");
    if (!o.parts.credit)
        args << QStringLiteral("--no-credit");
    if (o.transparent)
        args << QStringLiteral("--transparent");
    if (o.asOf.isValid())
        args << QStringLiteral("--as-of") << o.asOf.toString(Qt::ISODate);
    return args;
}

QString ExportImageDialog::suggestedFileName(const QString &caseTitle) const
{
    // Letters and digits of the title (any script), the rest one hyphen: a name every system takes.
    QString stem;
    for (const QChar c : caseTitle.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    stem = stem.left(60);
    if (stem.isEmpty())
        stem = QStringLiteral("chain");
    return stem + u'-' + picture::pagePresetName(preset()) + u'.' + formatName(format());
}

QString ExportImageDialog::sizeText() const
{
    const ExportOptions o = options();
    const ImageFormat f = format();
    const PagePreset p = preset();
    const picture::PageSpec spec = picture::pageSpec(p == PagePreset::Bare && f == ImageFormat::Pdf ? PagePreset::A4Landscape : p);
    QString page;
    if (p == PagePreset::Bare && f != ImageFormat::Pdf) {
        const QSizeF chain = m_picture.bounds.size();
        page = tr("The chain alone, %1 × %2 px").arg(std::lround(chain.width())).arg(std::lround(chain.height()));
    } else if (spec.print) {
        page = tr("%1 × %2 mm").arg(std::lround(spec.size.width() * mmPerPoint)).arg(std::lround(spec.size.height() * mmPerPoint));
        if (p == PagePreset::Bare)
            page = tr("%1, the chain alone").arg(page);
    } else {
        const QSizeF size = picture::framedPageFor(m_picture, o, f).size;
        page = spec.size.height() > 0 ? tr("%1 × %2 px").arg(std::lround(size.width())).arg(std::lround(size.height()))
                                      : tr("%1 px wide, %2 px tall").arg(std::lround(size.width())).arg(std::lround(size.height()));
    }
    if (f != ImageFormat::Png)
        return page;
    QSize pixels;
    try {
        pixels = picture::pngSizeFor(m_picture, o, tr("The PNG"));
    } catch (const CaseError &) {
        return page;
    }
    if (spec.print && p != PagePreset::Bare)
        return tr("%1; PNG at %2 dpi = %3 × %4 px").arg(page).arg(std::lround(spec.pngPixelsPerUnit * 72)).arg(pixels.width()).arg(pixels.height());
    const double factor = p == PagePreset::Bare ? pixels.width() / std::max(1.0, m_picture.bounds.width()) : spec.pngPixelsPerUnit;
    return tr("%1; PNG at %2× = %3 × %4 px").arg(page, QLocale().toString(factor, 'g', 2)).arg(pixels.width()).arg(pixels.height());
}

void ExportImageDialog::choicesChanged()
{
    const bool bare = preset() == PagePreset::Bare;
    for (QCheckBox *box : {m_title, m_legend, m_sources, m_credit})
        box->setEnabled(!bare);
    m_transparent->setEnabled(format() == ImageFormat::Png);
    // The same check the export makes before it starts: a PNG too big is refused here already.
    m_problem.clear();
    if (format() == ImageFormat::Png) {
        try {
            picture::pngSizeFor(m_picture, options(), tr("The PNG"));
        } catch (const CaseError &error) {
            m_problem = error.message();
        }
    }
    m_size->setText(m_problem.isEmpty() ? sizeText() : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    schedulePreview();
}

void ExportImageDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportImageDialog::startPreview()
{
    if (m_watcher.isRunning()) {
        // The one being drawn is out of date: stop it and draw again when it has stopped.
        *m_cancelPreview = true;
        m_previewAgain = true;
        return;
    }
    m_cancelPreview = std::make_shared<std::atomic<bool>>(false);
    m_drawing = true;
    const auto cancel = m_cancelPreview;
    m_watcher.setFuture(QtConcurrent::run([picture = m_picture, f = format(), o = options(), cancel] {
        return picture::previewImage(picture, f, o, QSize(previewWidth, previewHeight), [cancel] { return cancel->load(); });
    }));
}

void ExportImageDialog::restoreChoices(std::optional<ImageFormat> format)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    const auto select = [](QComboBox *combo, int value) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    const auto saved = picture::imageFormatFromName(settings.value(QStringLiteral("format"), QStringLiteral("png")).toString());
    select(m_format, int(format.value_or(saved.value_or(ImageFormat::Png))));
    const auto preset = picture::pagePresetFromName(settings.value(QStringLiteral("preset"), QStringLiteral("web")).toString());
    select(m_preset, int(preset.value_or(PagePreset::Web)));
    m_title->setChecked(settings.value(QStringLiteral("title"), true).toBool());
    m_legend->setChecked(settings.value(QStringLiteral("legend"), true).toBool());
    m_sources->setChecked(settings.value(QStringLiteral("sources"), true).toBool());
    m_credit->setChecked(settings.value(QStringLiteral("credit"), true).toBool());
    m_transparent->setChecked(settings.value(QStringLiteral("transparent"), false).toBool());
}

void ExportImageDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("format"), formatName(format()));
    settings.setValue(QStringLiteral("preset"), picture::pagePresetName(preset()));
    settings.setValue(QStringLiteral("title"), m_title->isChecked());
    settings.setValue(QStringLiteral("legend"), m_legend->isChecked());
    settings.setValue(QStringLiteral("sources"), m_sources->isChecked());
    settings.setValue(QStringLiteral("credit"), m_credit->isChecked());
    settings.setValue(QStringLiteral("transparent"), m_transparent->isChecked());
}

void ExportImageDialog::accept()
{
    if (!m_problem.isEmpty())
        return;
    saveChoices();
    QDialog::accept();
}

} // namespace chiptrail::gui
