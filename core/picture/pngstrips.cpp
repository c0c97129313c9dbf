// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngstrips.h"

#include <QIODevice>
#include <QtEndian>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>
#include <zlib.h>

namespace chiptrail::picture {
namespace {

struct Strip
{
    QByteArray deflated;
    uLong adler = 1;
    qint64 rawLength = 0;
    bool ok = false;
};

// A row of the picture as PNG bytes: RGB, or RGBA with the alpha taken out again.
void pngRow(const QRgb *pixels, int width, bool alpha, uchar *out)
{
    if (alpha) {
        for (int x = 0; x < width; ++x) {
            const QRgb p = qUnpremultiply(pixels[x]);
            *out++ = uchar(qRed(p));
            *out++ = uchar(qGreen(p));
            *out++ = uchar(qBlue(p));
            *out++ = uchar(qAlpha(p));
        }
    } else {
        for (int x = 0; x < width; ++x) {
            const QRgb p = pixels[x];
            *out++ = uchar(qRed(p));
            *out++ = uchar(qGreen(p));
            *out++ = uchar(qBlue(p));
        }
    }
}

// One strip: PNG rows (a filter byte each), deflated as a piece of the whole stream.
Strip encodeStrip(const PngStrips &job, const QRect &rows, bool last)
{
    Strip strip;
    const QImage image = job.rows(rows);
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied || image.format() == QImage::Format_RGB32);
    const int bpp = job.alpha ? 4 : 3;
    const qsizetype rowBytes = qsizetype(rows.width()) * bpp;

    z_stream z{};
    // Z_RLE: runs only, no string matching. Filtered rows of line art are mostly runs of zeros;
    // it deflates them several times faster than level 1 for a file about as big as Qt's own.
    if (deflateInit2(&z, job.level, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return strip;
    strip.deflated.resize(qsizetype(deflateBound(&z, uLong((rowBytes + 1) * rows.height()))) + 64);
    z.next_out = reinterpret_cast<Bytef *>(strip.deflated.data());
    z.avail_out = uInt(strip.deflated.size());
    const auto bytes = static_cast<size_t>(rowBytes);
    std::vector<uchar> current(bytes), above(bytes), line(bytes + 1);
    for (int y = 0; y < rows.height(); ++y) {
        pngRow(reinterpret_cast<const QRgb *>(image.constScanLine(y)), rows.width(), job.alpha, current.data());
        // "Up" (the row above subtracted) suits line art on a plain ground; a strip's first row has
        // no row above it here: "Sub" (the pixel to the left).
        if (y == 0) {
            line[0] = 1;
            for (qsizetype x = 0; x < rowBytes; ++x)
                line[size_t(x) + 1] = uchar(current[size_t(x)] - (x >= bpp ? current[size_t(x - bpp)] : 0));
        } else {
            line[0] = 2;
            for (qsizetype x = 0; x < rowBytes; ++x)
                line[size_t(x) + 1] = uchar(current[size_t(x)] - above[size_t(x)]);
        }
        current.swap(above);
        strip.adler = adler32(strip.adler, line.data(), uInt(line.size()));
        z.next_in = line.data();
        z.avail_in = uInt(line.size());
        const bool end = y + 1 == rows.height();
        if (deflate(&z, end ? (last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH) == Z_STREAM_ERROR || z.avail_in != 0) {
            deflateEnd(&z);
            return strip;
        }
    }
    strip.deflated.resize(qsizetype(z.total_out));
    strip.rawLength = qint64(rows.height()) * (rowBytes + 1);
    deflateEnd(&z);
    strip.ok = true;
    return strip;
}

bool writeChunk(QIODevice &device, const char type[4], const QByteArray &data)
{
    uchar length[4];
    qToBigEndian(quint32(data.size()), length);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    uchar check[4];
    qToBigEndian(quint32(crc), check);
    return device.write(reinterpret_cast<const char *>(length), 4) == 4 && device.write(type, 4) == 4
           && device.write(data) == data.size() && device.write(reinterpret_cast<const char *>(check), 4) == 4;
}

} // namespace

bool writePngStrips(QIODevice &device, const PngStrips &job)
{
    const int height = job.size.height();
    const int count = (height + job.stripHeight - 1) / job.stripHeight;
    std::vector<Strip> strips(size_t(std::max(0, count)));
    std::atomic<int> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr helperFailed; // the first exception of a helper, rethrown on this thread
    std::mutex helperFailedMutex;
    // Takes the next strip until none is left; only the calling thread reports progress.
    const auto encodeStrips = [&](bool reportsProgress) {
        for (int i = next++; i < count && !stop; i = next++) {
            const QRect rows(0, i * job.stripHeight, job.size.width(), std::min(job.stripHeight, height - i * job.stripHeight));
            strips[size_t(i)] = encodeStrip(job, rows, i + 1 == count);
            if (!strips[size_t(i)].ok)
                stop = true;
            ++done;
            if (reportsProgress && job.progress && !job.progress(double(done) / count))
                stop = true;
        }
    };
    const auto work = [&] {
        try {
            encodeStrips(false);
        } catch (...) {
            const std::lock_guard lock(helperFailedMutex);
            if (!helperFailed)
                helperFailed = std::current_exception();
            stop = true;
        }
    };
    {
        // jthreads join on every way out (an exception here, or one helper that cannot be
        // started): a std::thread left joinable would std::terminate() the program.
        std::vector<std::jthread> helpers;
        try {
            for (int t = 1; t < std::min(job.threads, count); ++t)
                helpers.emplace_back(work);
            encodeStrips(true);
        } catch (...) {
            stop = true;
            throw;
        }
    }
    if (helperFailed)
        std::rethrow_exception(helperFailed);
    if (stop || count == 0)
        return false;
    if (job.progress && !job.progress(1.0))
        return false;

    static const char signature[] = "\x89PNG\r\n\x1a\n";
    if (device.write(signature, 8) != 8)
        return false;
    QByteArray header(13, '\0');
    qToBigEndian(quint32(job.size.width()), header.data());
    qToBigEndian(quint32(job.size.height()), header.data() + 4);
    header[8] = 8;                    // bits per channel
    header[9] = job.alpha ? 6 : 2;    // RGBA or RGB
    // compression, filter method, no interlace: 0
    if (!writeChunk(device, "IHDR", header))
        return false;
    uLong adler = 1;
    for (int i = 0; i < count; ++i) {
        const Strip &strip = strips[size_t(i)];
        adler = adler32_combine(adler, strip.adler, z_off_t(strip.rawLength));
        QByteArray data = i == 0 ? QByteArray("\x78\x01", 2) + strip.deflated : strip.deflated;
        if (i + 1 == count) {
            uchar sum[4];
            qToBigEndian(quint32(adler), sum);
            data.append(reinterpret_cast<const char *>(sum), 4);
        }
        if (!writeChunk(device, "IDAT", data))
            return false;
    }
    return writeChunk(device, "IEND", {});
}

} // namespace chiptrail::picture
