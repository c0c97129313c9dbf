// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>
#include <QSize>

#include <functional>

class QIODevice;

namespace chiptrail::picture {

// Writes a PNG compressed in horizontal strips on several threads: two cores deflate at once. The
// strips are pieces of one zlib stream, cut the way pigz does it (each strip deflated on its own,
// ended with a sync flush, the check sums combined), so any PNG reader sees one ordinary image.
// (Draw the picture into one image, or into views of one image with clip rectangles: Qt restarts
// the dash pattern of a thin line where it enters the *device*, so a picture drawn into separate
// strip images shows the strip borders in every dashed link.)
struct PngStrips
{
    QSize size;
    bool alpha = false;    // RGBA (transparent background) instead of RGB
    int stripHeight = 512;
    int threads = 2;
    int level = 1;         // zlib level (with run-length matching only, see pngstrips.cpp)
    // The rows `rows` of the picture, ARGB32_Premultiplied with alpha, RGB32 without (called on
    // any thread; several at once).
    std::function<QImage(const QRect &rows)> rows;
    // Called on the calling thread as strips are done (0..1); returning false stops the work.
    std::function<bool(double)> progress;
};

// False when progress() stopped it or the device refused the bytes (then the file is incomplete:
// write into a QSaveFile and do not commit).
bool writePngStrips(QIODevice &device, const PngStrips &job);

} // namespace chiptrail::picture
