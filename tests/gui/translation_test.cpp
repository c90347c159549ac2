// SPDX-License-Identifier: GPL-3.0-or-later
// The English translation covers every visible string: lupdate over today's sources finds no
// string without a finished translation in resources/translations/tertial_en.ts.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

TEST(Translation, EveryStringHasAFinishedEnglishTranslation)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString source = QStringLiteral(TERTIAL_SOURCE_DIR);
    const QString ts = dir.filePath(QStringLiteral("tertial_en.ts"));
    ASSERT_TRUE(QFile::copy(source + QStringLiteral("/resources/translations/tertial_en.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    // lupdate marks new strings unfinished and drops vanished ones: what is left must be done.
    // The workbench's sources, as src/app/tertial/CMakeLists.txt hands them to lupdate: the
    // models, the widgets directly in src/gui and the comparison's in src/gui/comparison, the
    // charts' texts, the forms, and tertial's main (its --help).
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    for (const char *folder : {"/src/models", "/src/gui", "/src/gui/comparison", "/src/charts", "/ui", "/src/app/tertial"}) {
        const QDir sources(source + QString::fromLatin1(folder));
        for (const QString &name : sources.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                                                 QDir::Files))
            arguments << sources.filePath(name);
    }
    arguments << QStringLiteral("-ts") << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(TERTIAL_LUPDATE), arguments);
    ASSERT_TRUE(lupdate.waitForFinished(60000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QFile file(ts);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString sourceText;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name"))
            context = xml.readElementText();
        else if (xml.name() == QStringLiteral("source"))
            sourceText = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                missing << context + QStringLiteral(": ") + sourceText;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}

} // namespace
