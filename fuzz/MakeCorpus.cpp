// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
//
// fuzz-make-corpus OUT [SHARED]: writes the seed corpora of every fuzz target into OUT/<target>/.
// SHARED is the folder holding live-bootstrap/ and builder-hex0/ (run-fuzzers passes tests/data);
// without it the live-bootstrap seeds are only the synthetic ones. Archives are made with the
// system's tools through the archive suites' test kit, so a missing tool only means fewer seeds.

#include "ArchiveTestKit.h"
#include "CheckoutFixture.h"
#include "CorpusWriter.h"
#include "FuzzTargets.h"
#include "Manifest.h"
#include "TestImage.h"

#include <K7Zip>
#include <KZip>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

void imageSeeds(CorpusWriter &out)
{
    using TestImage::Entry;
    const QList<QList<Entry>> sets {
        TestImage::sample(),
        {},
        {{"a", {}}},
        {{"same.txt", "one"}, {"same.txt", "two"}},
        {{"../up", "x"}, {"dir/name", "y"}, {"back\\slash", "z"}, {QByteArray("nul\0byte", 8), "w"}},
        {{QByteArray(1024, 'n'), "long"}, {QByteArray(1025, 'n'), "too long"}},
        {{"bad-utf8-\xff\xfe", "q"}, {"ctrl-\x01\x1b", "r"}},
    };
    int i = 0;
    for (const QList<Entry> &set : sets) {
        for (const bool u64 : {false, true}) {
            const QString label = QStringLiteral("image-%1-%2").arg(i).arg(u64 ? u"u64" : u"u32");
            out.addWithTruncations(label, TestImage::assemble(u64, set));
        }
        ++i;
    }
    // Trailing bytes after the last entry: zeros (padding) and old disk contents.
    out.add(QStringLiteral("trailing-zero"), TestImage::assemble(false, TestImage::sample()) + QByteArray(512, '\0'));
    out.add(QStringLiteral("trailing-data"), TestImage::assemble(true, TestImage::sample()) + QByteArray(100, 'D'));
    // Counts the walk must not trust: a zero-filled disk's, and more than the importer takes.
    out.add(QStringLiteral("count-huge-u32"), QByteArray("LBPAYLD1") + TestImage::field(false, 0xffffffffu));
    out.add(QStringLiteral("count-huge-u64"), QByteArray("LBPAYLD1") + TestImage::field(true, ~0ull));
    out.add(QStringLiteral("count-200001"), QByteArray("LBPAYLD1") + TestImage::field(false, 200001));
    out.add(QStringLiteral("size-huge"),
        QByteArray("LBPAYLD1") + TestImage::field(true, 1) + TestImage::field(true, 1) + TestImage::field(true, ~0ull) +
            "a");
}

// First images as upstream writes them: a boot sector, a stage-2 text (the real a278124
// source when SHARED has builder-hex0/, else a stand-in), the script and its zero byte.
void firstImageSeeds(CorpusWriter &out, const QString &shared)
{
    QByteArray stage2 = "# stage 2\n#:stage2_stdin\nC7 05 00 00 00 01 02 00 00 00\n";
    QFile real(shared + u"/builder-hex0/builder-hex0-x86-stage2.hex0"_s);
    if (!shared.isEmpty() && real.open(QIODevice::ReadOnly))
        stage2 = real.readAll();
    QByteArray head(512, '\0');
    head[510] = char(0x55);
    head[511] = char(0xAA);
    head += stage2;
    head.append((512 - head.size() % 512) % 512, '\0');
    const QByteArray fiwix = "make_fiwix_initrd -s 1381376 /boot/fiwix.ext2\n";
    const QList<QByteArray> scripts {
        "src 0 .\nsrc 0 ./steps\nsrc 5 ./steps/a.sh\nhello",
        "src 0 .\nsrc 0 ./steps\nsrc 0 ./steps/jump\nsrc " + QByteArray::number(fiwix.size()) +
            " ./steps/jump/fiwix.sh\n" + fiwix,
        "src 0 ./external\nsrc 0 ./external/distfiles\nsrc 0 ./external/distfiles/x.tar.gz\n",
        "src 0 /bootstrap-seeds\nhex0 /x86/hex0_x86.hex0 /bootstrap-seeds/POSIX/x86/hex0-seed\n"
        "/bootstrap-seeds/POSIX/x86/kaem-optional-seed /kaem.x86\nf\n",
        "src 9 ./a\nshort",
        "src 12a ./a\nsh /init\n/init\n",
    };
    int i = 0;
    for (const QByteArray &script : scripts) {
        const QByteArray image = head + script + QByteArray(512, '\0');
        out.addWithTruncations(u"first-image-%1"_s.arg(i++), image);
    }
}

void manifestSeeds(CorpusWriter &out)
{
    Manifest manifest;
    manifest.layout = PayloadFormat::Layout::U64;
    manifest.imageSize = 200;
    manifest.entries = {
        {"a.tar.gz", 6, 41, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"with space.txt", 0, 66, "0000000000000000000000000000000000000000000000000000000000000000"},
        {"tab\there\nline", 3, 80, {}},
    };
    out.add(QStringLiteral("manifest.json"), manifest.toBytes(Manifest::Format::Json));
    out.add(QStringLiteral("manifest.tsv"), manifest.toBytes(Manifest::Format::Tsv));
    out.add(QStringLiteral("manifest.sha256"), manifest.toBytes(Manifest::Format::Sha256Sum));
    out.add(QStringLiteral("sha256-binary-mode"),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 *a.bin\n"
        "\\e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  back\\\\slash\n");
    out.add(QStringLiteral("json-wrong-types"),
        R"({"schemaVersion":1,"layout":7,"entries":[{"name":null,"size":"x","sha256":[]},3]})");
    out.add(QStringLiteral("json-big-numbers"),
        R"({"schemaVersion":1e308,"imageSize":-1e308,"entries":[{"name":"a","size":9007199254740993,"dataOffset":-5}]})");
    out.add(QStringLiteral("list-upstream"), "a.tar.gz /srv/distfiles/a.tar.gz\nrel.txt sub/rel.txt\n\nnopath\n");
    out.add(QStringLiteral("list-crlf"), "a.tar.gz /x/a.tar.gz\r\nb /x/b with space\r\n");
}

void liveBootstrapSeeds(CorpusWriter &out, const QString &shared)
{
    out.add(QStringLiteral("manifest-synthetic"),
        "# comment\nbuild: foo-1.0 ( ARCH == x86 )\nimprove: import_payload\ndefine: X = ( A == B )\n"
        "jump: break\nuninstall: bar\nbuild: baz#comment\nbuild:\n\nbuild: \tq\n");
    out.add(QStringLiteral("sources-synthetic"),
        "f https://example.org/a-1.0.tar.gz 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"
        "g https://git.example.org/r~v1 _ 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef "
        "r-v1.tar.gz\n"
        "f https://example.org/x/ 00\n\nf\ng a b\nf u 0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef "
        "a/b\n");
    // A checkout's importer and generator (the checkout suites' texts): each alone, and as the
    // pairs the target reads from one input, importer, NUL, generator; agreeing, disagreeing,
    // and with an importer that defines both helpers.
    for (const bool u64 : {false, true}) {
        const QString width = u64 ? QStringLiteral("u64") : QStringLiteral("u32");
        const QString other = u64 ? QStringLiteral("u32") : QStringLiteral("u64");
        out.add(QStringLiteral("importer-") + width, CheckoutFixture::importerSource(u64));
        out.add(QStringLiteral("importer-both-helpers-") + width, CheckoutFixture::importerSource(u64, true));
        out.add(QStringLiteral("generator-") + width, CheckoutFixture::generatorSource(u64));
        out.add(QStringLiteral("pair-%1-%1").arg(width),
            CheckoutFixture::importerSource(u64) + '\0' + CheckoutFixture::generatorSource(u64));
        out.add(QStringLiteral("pair-%1-%2").arg(width, other),
            CheckoutFixture::importerSource(u64, true) + '\0' + CheckoutFixture::generatorSource(!u64));
    }
    if (shared.isEmpty())
        return;
    const QString steps = shared + QStringLiteral("/live-bootstrap/steps");
    QFile manifest(steps + QStringLiteral("/manifest"));
    if (manifest.open(QIODevice::ReadOnly))
        out.add(QStringLiteral("manifest-upstream"), manifest.readAll());
    // A few dozen real sources files are plenty: they differ only in their URLs.
    QDirIterator it(steps, {QStringLiteral("sources")}, QDir::Files, QDirIterator::Subdirectories);
    for (int n = 0; it.hasNext() && n < 40; ++n) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out.add(QStringLiteral("sources-%1").arg(QFileInfo(file.fileName()).dir().dirName()), file.readAll());
    }
}

// The archive target reads its first byte as the index of the distfile name: seed each archive
// under the name that agrees with it and under one that does not.
void addArchive(CorpusWriter &out, const QString &label, const QByteArray &data, const QString &name)
{
    const QStringList names = FuzzTargets::archiveNames();
    const auto index = [&names](const QString &n) {
        return char(qMax(0, names.indexOf(n)));
    };
    out.addWithTruncations(label, index(name) + data);
    out.add(label + QStringLiteral(".misnamed"), index(QStringLiteral("a.txt")) + data);
}

void archiveSeeds(CorpusWriter &out)
{
    using namespace ArchiveTestKit;
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return;
    const QString dir = tmp.path();
    QDir().mkpath(dir + QStringLiteral("/pkg/src"));
    writeFile(dir + QStringLiteral("/pkg/README"), text(300, 1));
    writeFile(dir + QStringLiteral("/pkg/src/main.c"), text(900, 2));
    writeFile(dir + QStringLiteral("/pkg/src/blob.bin"), noise(200, 3));
    writeFile(dir + QStringLiteral("/pkg/src/empty"), {});
    QFile::link(QStringLiteral("../README"), dir + QStringLiteral("/pkg/src/link"));

    const QString tar = dir + QStringLiteral("/pkg.tar");
    if (run(QStringLiteral("tar"), {QStringLiteral("--format=gnu"), QStringLiteral("-cf"), tar, QStringLiteral("pkg")},
            dir) == 0) {
        addArchive(out, QStringLiteral("tar"), readFile(tar), QStringLiteral("a.tar"));
        for (const QString &c : {u"gz"_s, u"bz2"_s, u"xz"_s, u"lzma"_s, u"zst"_s}) {
            const QString packed = tar + QLatin1Char('.') + c;
            if (compress(c, tar, packed))
                addArchive(out, QStringLiteral("tar.") + c, readFile(packed), QStringLiteral("a.tar.") + c);
        }
        const QString lone = dir + QStringLiteral("/README.gz");
        if (compress(QStringLiteral("gz"), dir + QStringLiteral("/pkg/README"), lone))
            addArchive(out, QStringLiteral("gz"), readFile(lone), QStringLiteral("a.gz"));
    }
    if (run(QStringLiteral("tar"),
            {QStringLiteral("--format=pax"), QStringLiteral("-cf"), tar + QStringLiteral(".pax"),
                QStringLiteral("pkg")},
            dir) == 0)
        addArchive(out, QStringLiteral("tar-pax"), readFile(tar + QStringLiteral(".pax")), QStringLiteral("a.tar"));
    // Members no tool writes on request: climbing out, absolute, a hard link out, a device.
    out.add(QStringLiteral("tar-hostile"),
        char(FuzzTargets::archiveNames().indexOf(QStringLiteral("a.tar"))) + tarHeader("../evil", '0', 3) +
            padded("abc") + tarHeader("/etc/passwd", '0', 0) + tarHeader("hard", '1', 0, "../../outside") +
            tarHeader("dev", '3', 0) + tarEnd());
    const QString zip = dir + QStringLiteral("/pkg.zip");
    if (run(QStringLiteral("zip"), {QStringLiteral("-qry"), zip, QStringLiteral("pkg")}, dir) == 0)
        addArchive(out, QStringLiteral("zip"), readFile(zip), QStringLiteral("a.zip"));
    const QString ar = dir + QStringLiteral("/lib.a");
    if (run(QStringLiteral("ar"),
            {QStringLiteral("rc"), ar, QStringLiteral("pkg/README"), QStringLiteral("pkg/src/main.c")}, dir) == 0)
        addArchive(out, QStringLiteral("ar"), readFile(ar), QStringLiteral("a.a"));
    const QString sevenZip = dir + QStringLiteral("/pkg.7z");
    K7Zip writer(sevenZip);
    if (writer.open(QIODevice::WriteOnly)) {
        writer.writeFile(QStringLiteral("pkg/README"), text(300, 1));
        writer.writeFile(QStringLiteral("pkg/blob.bin"), noise(200, 3));
        writer.close();
        addArchive(out, QStringLiteral("7z"), readFile(sevenZip), QStringLiteral("a.7z"));
    }
    addArchive(
        out, QStringLiteral("html"), "<!DOCTYPE html><html><body>404</body></html>\n", QStringLiteral("a.tar.gz"));
    out.add(
        QStringLiteral("empty"), QByteArray(1, char(FuzzTargets::archiveNames().indexOf(QStringLiteral("a.tar.gz")))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2 || args.size() > 3) {
        err << "usage: fuzz-make-corpus OUT [SHARED]\n";
        return 2;
    }
    const QString root = args.at(1);
    const QString shared = args.value(2);
    CorpusWriter images(root, QStringLiteral("image-reader"));
    imageSeeds(images);
    CorpusWriter firstImages(root, QStringLiteral("first-image"));
    firstImageSeeds(firstImages, shared);
    CorpusWriter manifests(root, QStringLiteral("manifests"));
    manifestSeeds(manifests);
    CorpusWriter liveBootstrap(root, QStringLiteral("livebootstrap"));
    liveBootstrapSeeds(liveBootstrap, shared);
    CorpusWriter archives(root, QStringLiteral("archive"));
    archiveSeeds(archives);
    bool failed = false;
    for (const CorpusWriter *w : {&images, &firstImages, &manifests, &liveBootstrap, &archives}) {
        err << w->folder() << ": " << w->written() << " seeds\n";
        failed = failed || w->failed();
    }
    return failed ? 1 : 0;
}
