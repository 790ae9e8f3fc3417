// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a libFuzzer entry point over saved inputs, for compilers without -fsanitize=fuzzer (GCC): every file named
// on the command line, and every file inside a folder named there, is one input. Used to replay a corpus or a crash
// reproducer, and by CTest over the committed fixtures. Exit status 0 when every input ran, 1 when one could not be
// read, 2 on wrong usage; a crash in the readers ends the process as it would under libFuzzer.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

QStringList inputsOf(const QString& path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    int ran = 0;
    int unreadable = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& input : inputsOf(QFile::decodeName(argv[i]))) {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(input));
                ++unreadable;
                continue;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++ran;
        }
    }
    std::printf("%d inputs run, %d unreadable\n", ran, unreadable);
    return unreadable == 0 && ran > 0 ? 0 : 1;
}
