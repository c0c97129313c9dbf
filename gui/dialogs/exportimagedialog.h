// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "picture/pictureexport.h"

#include <QDate>
#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QTimer>

#include <atomic>
#include <optional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace chiptrail::gui {

// File → Export Chain → Image…: the format, the newsroom page (web, social, print, the chain
// alone) with the size it comes out at, which parts of the frame are drawn, a transparent PNG,
// and a small preview of the page, drawn off the GUI thread as the choices change. The options
// are the command line's (`chiptrail-cli export … --preset social --no-legend`), so the window and
// the command line write the same file; commandLineArguments() says which. The last choices are
// remembered (QSettings). The file name is asked for after OK (MainWindow::exportImage).
class ExportImageDialog : public QDialog
{
    Q_OBJECT
public:
    // `picture`: the chain as the canvas shows it now (sceneToPicture), drawn in the preview.
    // `asOf`: the canvas's date (invalid: every date). `format`: preselected; none: the last used.
    ExportImageDialog(const picture::ChainPicture &picture, const QDate &asOf,
                      std::optional<picture::ImageFormat> format = std::nullopt, QWidget *parent = nullptr);
    ~ExportImageDialog() override;

    picture::ImageFormat format() const;
    picture::PagePreset preset() const;
    picture::ExportOptions options() const;
    // The same export on the command line: `--format png --preset social --no-legend …`.
    QStringList commandLineArguments() const;
    // A file name from the case's title and the page: "inf-tech-indosat-social.png".
    QString suggestedFileName(const QString &caseTitle) const;
    // What the size field says, e.g. "1200 px wide; PNG at 2× = 2400 × 1630 px".
    QString sizeText() const;
    // Empty while the export can be made; else why not (a PNG too big), and OK is off.
    QString problem() const { return m_problem; }

    // The preview as last drawn (null until the first one is in), and whether one is being drawn.
    QImage previewImage() const { return m_preview; }
    bool isDrawingPreview() const { return m_drawing || m_previewTimer.isActive(); }
    static constexpr int previewWidth = 360;
    static constexpr int previewHeight = 300;

    void accept() override; // remembers the choices

    // Where the choices are kept (QSettings keys under this group).
    static constexpr const char *settingsGroup = "exportImage";

private:
    void restoreChoices(std::optional<picture::ImageFormat> format);
    void saveChoices() const;
    void choicesChanged();
    void schedulePreview();
    void startPreview();

    picture::ChainPicture m_picture;
    QDate m_asOf;
    QComboBox *m_format;
    QComboBox *m_preset;
    QLabel *m_size;
    QCheckBox *m_title;
    QCheckBox *m_legend;
    QCheckBox *m_sources;
    QCheckBox *m_credit;
    QCheckBox *m_transparent;
    QLabel *m_asOfLabel;
    QLabel *m_previewLabel;
    QDialogButtonBox *m_buttons;
    QString m_problem;

    QTimer m_previewTimer; // a short pause after the last change: no preview per keystroke
    QFutureWatcher<QImage> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelPreview;
    bool m_previewAgain = false; // choices changed while a preview was drawn
    bool m_drawing = false;      // from the start of a preview until its picture is shown
    QImage m_preview;
};

} // namespace chiptrail::gui
