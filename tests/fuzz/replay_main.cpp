// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz harnesses without libFuzzer, for every build and CI: each seed, then a fixed number
// of deterministic mutations of the seeds (bytes flipped, inserted, deleted, repeated, and the
// tokens hostile input is made of). No coverage guidance: this keeps the harnesses compiling and
// catches what a short random walk finds; `./dev.sh fuzz` runs the real thing.
//
//     replay_<harness> SEED-FOLDER RUNS        (REPLAY_LAST=FILE: the input running now)
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <cstdio>
#include <cstdlib>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

const QList<QByteArray> &tokens()
{
    static const QList<QByteArray> list = {
        "\"", "\\", "\\u", "\\ud800", "\\udc00", "\xEF\xBB\xBF", "\xC3", "\xFF", "\n", "\r\n", "\t", ",", ";",
        "{", "}", "[", "]", ":", "null", "0", "-1", "1e999", "\xE2\x80\xAE", "<", ">", "&", "&amp;", "\\N",
        "\" + \"", "=HYPERLINK(\"x\")", QByteArray(1, '\0'), QByteArray(300, 'A'), QByteArray(20000, 'B'),
        QByteArray("\xE4\xB8\xAD").repeated(6000)};
    return list;
}

QByteArray mutated(QByteArray input, std::mt19937 &random)
{
    const int steps = 1 + int(random() % 4);
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random() % quint32(input.size() + 1));
        switch (random() % 5) {
        case 0:
            if (!input.isEmpty() && at < input.size())
                input[at] = char(random() % 256);
            break;
        case 1: input.insert(at, tokens().at(qsizetype(random() % quint32(tokens().size())))); break;
        case 2: input.remove(at, qsizetype(random() % 64)); break;
        case 3: input.insert(at, input.mid(at, qsizetype(random() % 256))); break;
        default: input.truncate(at); break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SEED-FOLDER RUNS\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QList<QByteArray> seeds;
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            seeds.append(file.readAll());
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "%s: no seeds in %s\n", argv[0], argv[1]);
        return 2;
    }
    // REPLAY_LAST=FILE keeps each input there before it runs: after an abort, it is the finding.
    const QString keep = qEnvironmentVariable("REPLAY_LAST");
    const auto run = [&keep](const QByteArray &input) {
        if (!keep.isEmpty()) {
            QFile last(keep);
            if (last.open(QIODevice::WriteOnly | QIODevice::Truncate))
                last.write(input);
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    };
    for (const QByteArray &seed : seeds)
        run(seed);
    std::mt19937 random(20261201);
    const long runs = std::strtol(argv[2], nullptr, 10);
    for (long i = 0; i < runs; ++i)
        run(mutated(seeds.at(qsizetype(random() % quint32(seeds.size()))), random));
    std::printf("%s: %lld seeds and %ld mutations, no finding\n", argv[0], static_cast<long long>(seeds.size()), runs);
    return 0;
}
