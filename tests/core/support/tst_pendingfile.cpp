// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Payload Studio developers
#include "PendingFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// What may be at the name before publish(): nothing, a file, a symbolic link to a file
// elsewhere, or a folder.
enum class Occupant { Nothing, File, Symlink, Folder };

bool writeAll(int fd, const QByteArray &bytes)
{
    return ::write(fd, bytes.constData(), size_t(bytes.size())) == ssize_t(bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every name in `folder`, hidden ones included, sorted: a leftover temporary shows here.
QStringList names(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

Q_DECLARE_METATYPE(Occupant)

// PendingFile, the atomic output of every writer: a file has no name in its folder until it is
// published, publishing replaces only when asked and never writes through a link, and every
// other way out (discard, the destructor, a failed publish) leaves the folder as it was.
class TestPendingFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_case = 0;

    // A fresh, empty folder for one case, opened as PendingFile wants it.
    struct Folder
    {
        QString path;
        int fd = -1;
        ~Folder()
        {
            if (fd >= 0)
                ::close(fd);
        }
    };
    void makeFolder(Folder *folder)
    {
        folder->path = m_root.filePath(QString::number(++m_case));
        QVERIFY(QDir().mkpath(folder->path));
        folder->fd = ::open(QFile::encodeName(folder->path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(folder->fd >= 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void beforeCreate()
    {
        Folder folder;
        makeFolder(&folder);
        PendingFile file(folder.fd, "out.img");
        QCOMPARE(file.handle(), -1);
        // Publishing what was never created fails and names nothing.
        errno = 0;
        QVERIFY(!file.publish(false));
        QCOMPARE(errno, EBADF);
        QCOMPARE(names(folder.path), QStringList());
    }

    // While it is written the file is readable through path() and, where the file system has
    // O_TMPFILE, absent from the folder; otherwise only its hidden temporary is there.
    void pendingIsInvisible()
    {
        Folder folder;
        makeFolder(&folder);
        PendingFile file(folder.fd, "out.img");
        QVERIFY(file.create());
        QVERIFY(file.handle() >= 0);
        QVERIFY(writeAll(file.handle(), "pending bytes"));
        QCOMPARE(readFile(QString::fromLatin1(file.path())), QByteArray("pending bytes"));
        const QStringList present = names(folder.path);
        if (file.isUnnamed()) {
            QCOMPARE(present, QStringList());
        } else {
            QCOMPARE(present.size(), 1);
            QVERIFY2(present.first().startsWith(QLatin1String(".out.img.")), qPrintable(present.first()));
            QVERIFY(present.first().endsWith(QLatin1String(".part")));
        }
        QVERIFY(!QFileInfo::exists(folder.path + QStringLiteral("/out.img")));
    }

    void publish_data()
    {
        QTest::addColumn<Occupant>("occupant");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<int>("error"); // errno of a refused publish, 0 when it succeeds

        QTest::newRow("free name") << Occupant::Nothing << false << 0;
        QTest::newRow("free name, replace") << Occupant::Nothing << true << 0;
        QTest::newRow("existing file is kept") << Occupant::File << false << EEXIST;
        QTest::newRow("existing file, replace") << Occupant::File << true << 0;
        QTest::newRow("symlink is kept") << Occupant::Symlink << false << EEXIST;
        QTest::newRow("symlink, replace: the link goes, its target stays") << Occupant::Symlink << true << 0;
        QTest::newRow("folder is kept") << Occupant::Folder << false << EEXIST;
        QTest::newRow("folder, replace: refused") << Occupant::Folder << true << EISDIR;
    }

    void publish()
    {
        QFETCH(Occupant, occupant);
        QFETCH(bool, replace);
        QFETCH(int, error);

        Folder folder;
        makeFolder(&folder);
        const QString target = folder.path + QStringLiteral("/out.img");
        // The link points out of the folder, so a write through it would show in `elsewhere`.
        const QString elsewhere = m_root.filePath(QStringLiteral("elsewhere-%1").arg(m_case));
        switch (occupant) {
        case Occupant::Nothing:
            break;
        case Occupant::File: {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            QCOMPARE(old.write("old"), qint64(3));
            break;
        }
        case Occupant::Symlink: {
            QFile linked(elsewhere);
            QVERIFY(linked.open(QIODevice::WriteOnly));
            QCOMPARE(linked.write("linked"), qint64(6));
            linked.close();
            QVERIFY(QFile::link(elsewhere, target));
            break;
        }
        case Occupant::Folder:
            QVERIFY(QDir().mkdir(target));
            break;
        }
        const QStringList before = names(folder.path);

        {
            PendingFile file(folder.fd, "out.img");
            QVERIFY(file.create());
            QVERIFY(writeAll(file.handle(), "new"));
            errno = 0;
            const bool published = file.publish(replace);
            const int publishErrno = errno;
            QCOMPARE(published, error == 0);
            if (error != 0)
                QCOMPARE(publishErrno, error);
            // Published or not, the file is no longer this object's.
            QCOMPARE(file.handle(), -1);
        }

        const QFileInfo info(target);
        if (error == 0) {
            QVERIFY(info.isFile());
            QVERIFY(!info.isSymLink());
            QCOMPARE(readFile(target), QByteArray("new"));
            QCOMPARE(names(folder.path), QStringList {QStringLiteral("out.img")});
        } else {
            QCOMPARE(names(folder.path), before);
            if (occupant == Occupant::File)
                QCOMPARE(readFile(target), QByteArray("old"));
            if (occupant == Occupant::Symlink)
                QVERIFY(info.isSymLink());
            if (occupant == Occupant::Folder)
                QVERIFY(info.isDir());
        }
        if (occupant == Occupant::Symlink)
            QCOMPARE(readFile(elsewhere), QByteArray("linked"));
    }

    void mode()
    {
        Folder folder;
        makeFolder(&folder);
        const mode_t previous = ::umask(027);
        PendingFile file(folder.fd, "out.img");
        const bool created = file.create();
        ::umask(previous);
        QVERIFY(created);
        QVERIFY(file.publish(false));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(folder.path + QStringLiteral("/out.img")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    // Every way out but publish() leaves the folder empty.
    void abandoned_data()
    {
        QTest::addColumn<bool>("explicitDiscard");
        QTest::newRow("discard") << true;
        QTest::newRow("destructor") << false;
    }

    void abandoned()
    {
        QFETCH(bool, explicitDiscard);
        Folder folder;
        makeFolder(&folder);
        {
            PendingFile file(folder.fd, "out.img");
            QVERIFY(file.create());
            QVERIFY(writeAll(file.handle(), QByteArray(100000, 'x')));
            if (explicitDiscard) {
                file.discard();
                QCOMPARE(file.handle(), -1);
                QCOMPARE(names(folder.path), QStringList());
                file.discard(); // twice is harmless
            }
        }
        QCOMPARE(names(folder.path), QStringList());
    }

    void createFails_data()
    {
        QTest::addColumn<bool>("validFolder");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<int>("error");
        QTest::newRow("no folder descriptor") << false << false << EBADF;
        QTest::newRow("read-only folder") << true << true << EACCES;
    }

    void createFails()
    {
        QFETCH(bool, validFolder);
        QFETCH(bool, readOnly);
        QFETCH(int, error);
        Folder folder;
        makeFolder(&folder);
        if (readOnly) {
            if (::geteuid() == 0)
                QSKIP("root writes into read-only folders");
            QVERIFY(QFile::setPermissions(folder.path, QFile::ReadOwner | QFile::ExeOwner));
        }
        PendingFile file(validFolder ? folder.fd : -1, "out.img");
        errno = 0;
        const bool created = file.create();
        const int createErrno = errno;
        if (readOnly)
            QFile::setPermissions(folder.path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!created);
        QCOMPARE(createErrno, error);
        QCOMPARE(file.handle(), -1);
        QCOMPARE(names(folder.path), QStringList());
    }

    // A name whose folder is gone by the time of publishing: refused, nothing left behind.
    void publishIntoMissingFolder()
    {
        Folder folder;
        makeFolder(&folder);
        PendingFile file(folder.fd, "missing/out.img");
        errno = 0;
        // Without O_TMPFILE the hidden temporary is made under the name's folder, so the
        // refusal comes at create() already.
        if (file.create()) {
            QVERIFY(writeAll(file.handle(), "new"));
            errno = 0;
            QVERIFY(!file.publish(false));
        }
        QCOMPARE(errno, ENOENT);
        QCOMPARE(file.handle(), -1);
        QCOMPARE(names(folder.path), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPendingFile)
#include "tst_pendingfile.moc"
