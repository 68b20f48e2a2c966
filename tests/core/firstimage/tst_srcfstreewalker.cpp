// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "SrcfsTreeWalker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>

// SrcfsTreeWalker, the order upstream's generator walks a prepared folder in (os.walk from the
// top: a folder's subfolders, then its files, then into each subfolder), every folder's
// entries in byte order, ".git" anywhere in a path left out, links to folders listed but not
// entered, and what cannot go in a first image refused with its name.
class TestSrcfsTreeWalker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    // Makes a tree from words: "d:PATH" a folder, "f:PATH:SIZE" a file of SIZE bytes,
    // "l:PATH:TARGET" a symbolic link, "p:PATH" a FIFO. Returns the tree's folder.
    QString makeTree(const QStringList &spec)
    {
        const QString root = m_dir.filePath(QStringLiteral("tree-%1").arg(++m_case));
        if (!QDir().mkpath(root))
            return {};
        for (const QString &word : spec) {
            const QStringList f = word.split(QLatin1Char(':'));
            const QString path = root + QLatin1Char('/') + f.at(1);
            bool ok = false;
            if (f.at(0) == QLatin1String("d")) {
                ok = QDir().mkpath(path);
            } else if (f.at(0) == QLatin1String("f")) {
                QFile file(path);
                const QByteArray bytes(f.at(2).toInt(), 'x');
                ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
            } else if (f.at(0) == QLatin1String("l")) {
                ok = QFile::link(f.at(2), path);
            } else if (f.at(0) == QLatin1String("p")) {
                ok = ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
            }
            if (!ok)
                return {};
        }
        return root;
    }

    // The walk written as words: "./a/" a folder, "./a.txt:5" a file and its size.
    static QStringList spell(const QList<SrcfsTreeWalker::Entry> &entries)
    {
        QStringList words;
        for (const SrcfsTreeWalker::Entry &e : entries)
            words << (e.folder ? QString::fromUtf8(e.path + '/')
                               : QString::fromUtf8(e.path + ':' + QByteArray::number(e.size)));
        return words;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void walk_data()
    {
        QTest::addColumn<QStringList>("tree");
        QTest::addColumn<QStringList>("walk");
        QTest::addColumn<int>("gitSkipped");

        QTest::newRow("empty folder") << QStringList {} << QStringList {} << 0;
        QTest::newRow("folders first, then files, then into each folder")
            << QStringList {QStringLiteral("f:a.txt:5"), QStringLiteral("d:c"), QStringLiteral("f:c/x:1"),
                   QStringLiteral("d:b/z"), QStringLiteral("f:b/y:2"), QStringLiteral("f:b/z/w:3")}
            << QStringList {QStringLiteral("./b/"), QStringLiteral("./c/"), QStringLiteral("./a.txt:5"),
                   QStringLiteral("./b/z/"), QStringLiteral("./b/y:2"), QStringLiteral("./b/z/w:3"),
                   QStringLiteral("./c/x:1")}
            << 0;
        QTest::newRow("byte order: digits, then capitals, then small letters")
            << QStringList {QStringLiteral("f:b:0"), QStringLiteral("f:B:0"), QStringLiteral("f:a.b:0"),
                   QStringLiteral("f:a-b:0"), QStringLiteral("f:10:0"), QStringLiteral("f:9:0")}
            << QStringList {QStringLiteral("./10:0"), QStringLiteral("./9:0"), QStringLiteral("./B:0"),
                   QStringLiteral("./a-b:0"), QStringLiteral("./a.b:0"), QStringLiteral("./b:0")}
            << 0;
        QTest::newRow(".git anywhere is left out, and not entered")
            << QStringList {QStringLiteral("d:.git/objects"), QStringLiteral("f:.git/config:3"),
                   QStringLiteral("f:.gitignore:1"), QStringLiteral("f:foo.github:1"), QStringLiteral("d:src"),
                   QStringLiteral("f:src/main.c:4"), QStringLiteral("f:src/x.git.bak:1")}
            << QStringList {QStringLiteral("./src/"), QStringLiteral("./src/main.c:4")} << 4;
        QTest::newRow("links: a folder listed but not entered, a file read through")
            << QStringList {QStringLiteral("d:real"), QStringLiteral("f:real/inside:6"),
                   QStringLiteral("l:to-folder:real"), QStringLiteral("l:to-file:real/inside")}
            << QStringList {QStringLiteral("./real/"), QStringLiteral("./to-folder/"), QStringLiteral("./to-file:6"),
                   QStringLiteral("./real/inside:6")}
            << 0;
        QTest::newRow("empty files and folders")
            << QStringList {QStringLiteral("d:empty"), QStringLiteral("f:zero:0")}
            << QStringList {QStringLiteral("./empty/"), QStringLiteral("./zero:0")} << 0;
    }

    void walk()
    {
        QFETCH(QStringList, tree);
        QFETCH(QStringList, walk);
        QFETCH(int, gitSkipped);
        const QString root = makeTree(tree);
        QVERIFY(!root.isEmpty());
        SrcfsTreeWalker walker;
        int reports = 0;
        JobControl control;
        control.progress = [&](qint64, qint64, const QString &) {
            ++reports;
        };
        QVERIFY2(walker.walk(root, control), qPrintable(walker.error()));
        QCOMPARE(spell(walker.entries()), walk);
        QCOMPARE(walker.gitEntriesSkipped(), gitSkipped);
        QVERIFY(!walker.wasCanceled());
        // Progress once per folder entered: the top and every real folder below it.
        int folders = 1;
        for (const SrcfsTreeWalker::Entry &e : walker.entries()) {
            if (e.folder && !QFileInfo(root + QLatin1Char('/') + QString::fromUtf8(e.path)).isSymLink())
                ++folders;
            if (!e.folder)
                QCOMPARE(QFileInfo(QFile::decodeName(e.source)).canonicalFilePath(),
                    QFileInfo(root + QLatin1Char('/') + QString::fromUtf8(e.path)).canonicalFilePath());
        }
        QCOMPARE(reports, folders);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("tree");
        QTest::addColumn<QString>("error"); // a part of error(), after the tree's folder
        QTest::newRow("dangling link") << QStringList {QStringLiteral("d:a"), QStringLiteral("l:a/gone:nowhere")}
                                       << QStringLiteral("/a/gone: the symbolic link points nowhere readable");
        QTest::newRow("FIFO") << QStringList {QStringLiteral("p:pipe")}
                              << QStringLiteral("/pipe: neither a file nor a folder");
        QTest::newRow("FIFO in a .git folder is never looked at")
            << QStringList {QStringLiteral("d:.git"), QStringLiteral("p:.git/pipe")} << QString();
    }

    void refused()
    {
        QFETCH(QStringList, tree);
        QFETCH(QString, error);
        const QString root = makeTree(tree);
        QVERIFY(!root.isEmpty());
        SrcfsTreeWalker walker;
        const bool walked = walker.walk(root);
        QCOMPARE(walked, error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(walker.error().contains(error), qPrintable(walker.error()));
        QVERIFY(!walker.wasCanceled());
    }

    void notAFolder_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << false << QStringLiteral(": cannot read the folder: ");
        QTest::newRow("a file") << true << QStringLiteral(": is not a folder");
    }

    void notAFolder()
    {
        QFETCH(bool, exists);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("not-a-folder-%1").arg(++m_case));
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        SrcfsTreeWalker walker;
        QVERIFY(!walker.walk(path));
        QVERIFY2(walker.error().startsWith(path + error), qPrintable(walker.error()));
    }

    void canceled()
    {
        const QString root = makeTree({QStringLiteral("f:a:1")});
        QVERIFY(!root.isEmpty());
        const std::atomic<bool> cancel {true};
        SrcfsTreeWalker walker;
        QVERIFY(!walker.walk(root, JobControl::fromFlag(cancel)));
        QVERIFY(walker.wasCanceled());
        QCOMPARE(walker.error(), QStringLiteral("the walk was canceled"));
    }

    void isGitPath_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("git");
        QTest::newRow(".git") << QByteArray(".git") << true;
        QTest::newRow("inside") << QByteArray("a/.git/b") << true;
        QTest::newRow("suffix of a name") << QByteArray("foo.github") << true;
        QTest::newRow("git without the dot") << QByteArray("git/tools") << false;
        QTest::newRow("dot and git apart") << QByteArray("a.g/it") << false;
    }

    void isGitPath()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, git);
        QCOMPARE(SrcfsTreeWalker::isGitPath(path), git);
    }
};

QTEST_GUILESS_MAIN(TestSrcfsTreeWalker)
#include "tst_srcfstreewalker.moc"
